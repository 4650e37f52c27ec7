import { TextIn } from '../../common/TextIn';
import { ImageThumbnail } from './ImageThumbnail';
import { PhotoCreditInput } from './PhotoCreditInput';
import { useArticleDir } from './useArticleDir';

const ltr = { htmlInput: { dir: 'ltr' } };

/** The featured image: address with a live thumbnail, alt text, caption and credit. */
export const MediaFields = () => {
  const { lang, slotProps } = useArticleDir();
  return (
    <>
      <TextIn
        source="featuredImage.url"
        label="resources.articles.fields.featuredImage.url"
        type="url"
        slotProps={ltr}
        fullWidth
      />
      <ImageThumbnail />
      <TextIn
        source="featuredImage.alt"
        label="resources.articles.fields.featuredImage.alt"
        helperText="resources.articles.form.alt_help"
        slotProps={slotProps}
        fullWidth
      />
      <TextIn
        source="featuredImage.caption"
        label="resources.articles.fields.featuredImage.caption"
        multiline
        slotProps={slotProps}
        fullWidth
      />
      <PhotoCreditInput lang={lang} />
    </>
  );
};
