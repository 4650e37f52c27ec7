import Typography from '@mui/material/Typography';
import {
  ChipField, RecordContextProvider, ReferenceArrayField, ReferenceField, SingleFieldList, useLocale, useTranslate,
} from 'react-admin';
import { htmlToText } from '../lib/words';
import { formatInZone } from '../lib/time';
import { dateLocale } from '../common/timeZone';
import { useNewsroomZone } from '../schedule/timeZoneSetting';
import type { ArticleValues, MergeField } from './merge';

const references: Partial<Record<MergeField, string>> = {
  categoryId: 'categories',
  authorId: 'authors',
  translationOf: 'articles',
};

/** One side's value of a field, readable: names for ids, text for the body, zone for times. */
export const ConflictValue = ({ field, values }: { field: MergeField; values: ArticleValues }) => {
  const translate = useTranslate();
  const locale = dateLocale(useLocale());
  const zone = useNewsroomZone();
  const value = values[field];
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
    return <Typography color="text.secondary">{translate('nd.workflow.conflict.empty')}</Typography>;
  }
  const reference = references[field];
  if (reference) {
    return (
      <RecordContextProvider value={values}>
        <ReferenceField source={field} reference={reference} link={false} />
      </RecordContextProvider>
    );
  }
  if (field === 'tagIds') {
    return (
      <RecordContextProvider value={values}>
        <ReferenceArrayField source="tagIds" reference="tags">
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </RecordContextProvider>
    );
  }
  let text: string;
  if (typeof value === 'boolean') text = translate(value ? 'nd.common.yes' : 'nd.common.no');
  else if (field === 'status') text = translate(`resources.articles.statuses.${String(value)}`);
  else if (field === 'publishAt') text = formatInZone(String(value), locale, zone);
  else if (field === 'body') text = htmlToText(String(value));
  else if (field === 'featuredImage' && typeof value === 'object') {
    const image = value as { url?: string; alt?: string; caption?: string };
    text = [image.url, image.alt, image.caption].filter(Boolean).join(' — ');
  } else text = String(value);
  return (
    <Typography dir="auto" sx={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }}>
      {text}
    </Typography>
  );
};
