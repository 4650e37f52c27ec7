import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import type { Article, Revision } from '../schemas';
import { ConflictValue } from '../workflow/ConflictValue';
import { mergeFields, sameValue, type ArticleValues } from '../workflow/merge';
import { WordDiffView } from '../workflow/WordDiffView';

/** What differs between a revision and the current version: each field, then the body's words. */
export const RevisionChanges = ({ revision, current }: { revision: Revision; current: Article }) => {
  const translate = useTranslate();
  const old = revision.snapshot as ArticleValues;
  const now = current as ArticleValues;
  const changed = mergeFields.filter((f) => f !== 'body' && !sameValue(old[f], now[f]));
  const bodyChanged = !sameValue(old.body, now.body);
  if (!changed.length && !bodyChanged) return <Typography>{translate('resources.revisions.same')}</Typography>;
  return (
    <Box>
      <Typography variant="subtitle1" component="h3">{translate('resources.revisions.changed')}</Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, auto) 1fr 1fr', gap: 1, alignItems: 'start' }}>
        {changed.map((f) => (
          <Box key={f} sx={{ display: 'contents' }}>
            <Typography component="dt" sx={{ fontWeight: 600 }}>{translate(`resources.articles.fields.${f}`)}</Typography>
            <Box component="dd" sx={{ m: 0 }} aria-label={translate('resources.revisions.version', { version: revision.version })}>
              <ConflictValue field={f} values={old} />
            </Box>
            <Box component="dd" sx={{ m: 0 }} aria-label={translate('resources.revisions.current')}>
              <ConflictValue field={f} values={now} />
            </Box>
          </Box>
        ))}
      </Box>
      {bodyChanged && (
        <>
          <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>{translate('resources.revisions.body_changes')}</Typography>
          <WordDiffView before={String(old.body ?? '')} after={String(now.body ?? '')} />
        </>
      )}
    </Box>
  );
};
