import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useGetMany, useGetOne, useTranslate } from 'react-admin';
import type { Article, Author, Category, Tag } from '../../schemas';
import { formatInZone } from '../../lib/time';
import { useNewsroomZone } from '../../common/timeZone';
import { pickLanguage } from '../../common/BilingualField';
import { SafeHtml } from '../../editor/SafeHtml';
import { bylineText } from './Byline';
import { FeaturedFigure } from './FeaturedFigure';
import { siteLocale, siteWords } from './siteWords';

export type ArticleDraft = Partial<Article>;

/**
 * An article as the site shows it: section, headline, standfirst, byline and time, featured
 * image with caption and credit, body, tags and copyright, in the article's direction. Shared
 * by Preview (unsaved form values) and the show page. Text goes through React (escaped); the
 * body through SafeHtml (sanitised again).
 */
export const ArticleView = ({ article }: { article: ArticleDraft }) => {
  const translate = useTranslate();
  const zone = useNewsroomZone();
  const lang = article.lang === 'ar' ? 'ar' : 'en';
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const { data: category } = useGetOne<Category>(
    'categories',
    { id: article.categoryId ?? 0 },
    { enabled: Boolean(article.categoryId) },
  );
  const { data: author } = useGetOne<Author>(
    'authors',
    { id: article.authorId ?? 0 },
    { enabled: Boolean(article.authorId) },
  );
  const { data: tags } = useGetMany<Tag>(
    'tags',
    { ids: article.tagIds ?? [] },
    { enabled: Boolean(article.tagIds?.length) },
  );
  const time = article.publishedAt ?? article.publishAt;
  return (
    <Box
      component="article"
      dir={dir}
      lang={lang}
      data-testid="article-view"
      sx={{ maxWidth: 760, mx: 'auto', textAlign: 'start' }}
    >
      {category && (
        <Typography variant="overline" color="primary" component="p">
          {pickLanguage(category.name, lang).text}
        </Typography>
      )}
      <Typography variant="h4" component="h1" sx={{ fontWeight: 700, lineHeight: 1.25 }}>
        {article.title}
      </Typography>
      {article.summary && (
        <Typography variant="subtitle1" component="p" color="text.secondary" sx={{ mt: 1 }}>
          {article.summary}
        </Typography>
      )}
      <Typography
        variant="body2"
        component="p"
        sx={{ mt: 1.5, display: 'flex', gap: 1.5, flexWrap: 'wrap' }}
      >
        {author && <span data-testid="byline">{bylineText(author, lang)}</span>}
        {time ? (
          <time dateTime={time}>{formatInZone(time, siteLocale(lang), zone)}</time>
        ) : (
          <span>{translate('resources.articles.preview.unpublished')}</span>
        )}
      </Typography>
      {article.featuredImage && <FeaturedFigure image={article.featuredImage} lang={lang} />}
      <SafeHtml html={article.body} dir={dir} lang={lang} sx={{ mt: 2 }} />
      {tags && tags.length > 0 && (
        <Box
          component="ul"
          aria-label={siteWords[lang].tags}
          sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', p: 0, mt: 3, listStyle: 'none' }}
        >
          {tags.map((t) => (
            <li key={t.id}>
              <Chip size="small" label={t.name} />
            </li>
          ))}
        </Box>
      )}
      {article.copyright && (
        <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 2 }}>
          {article.copyright}
        </Typography>
      )}
    </Box>
  );
};
