import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { publishChecklist, requiresPublishChecklist, type ArticleStatus, type ChecklistArticle } from '../schemas';

/**
 * The publish checklist, live from the form: shown while the chosen status is Scheduled or
 * Published (or always with `always`), before the editor presses Save. The server runs the
 * same checklist and refuses the same items. A missing item's link moves focus to its field.
 */
export const PublishChecklist = ({ always = false }: { always?: boolean }) => {
  const translate = useTranslate();
  const { setFocus } = useFormContext();
  const [status, title, summary, body, categoryId, authorId, featuredImage] = useWatch({
    name: ['status', 'title', 'summary', 'body', 'categoryId', 'authorId', 'featuredImage'],
  }) as [ArticleStatus, ...unknown[]];
  if (!always && !requiresPublishChecklist(status)) return null;
  const items = publishChecklist({ title, summary, body, categoryId, authorId, featuredImage } as ChecklistArticle);
  const missing = items.filter((i) => !i.ok).length;
  return (
    <Box component="section" aria-labelledby="nd-checklist-title" sx={{ p: 2, border: 1, borderColor: missing ? 'warning.main' : 'success.main', borderRadius: 1, width: '100%' }}>
      <Typography variant="subtitle1" component="h2" id="nd-checklist-title">
        {translate('nd.workflow.checklist.heading')}
      </Typography>
      <Typography variant="body2" role="status" sx={{ mb: 1 }}>
        {missing ? translate('nd.workflow.checklist.missing', { smart_count: missing }) : translate('nd.workflow.checklist.ready')}
      </Typography>
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {items.map((item) => {
          const text = translate(item.message, item.params);
          return (
            <Box component="li" key={item.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
              {item.ok ? (
                <CheckCircleIcon fontSize="small" color="success" titleAccess={translate('nd.workflow.checklist.done')} />
              ) : (
                <ErrorOutlineIcon fontSize="small" color="warning" titleAccess={translate('nd.workflow.checklist.todo')} />
              )}
              {item.ok ? (
                <Typography variant="body2">{text}</Typography>
              ) : (
                <Link component="button" type="button" variant="body2" onClick={() => setFocus(item.field)}>
                  {text}
                </Link>
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
};
