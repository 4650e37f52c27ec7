import DownloadIcon from '@mui/icons-material/GetApp';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { Button, useListContext, useTranslate } from 'react-admin';
import { useFormatNumber } from '../../common/localeFormat';
import { useCsvExport } from './useCsvExport';

const titleId = 'export-articles-title';

/** Export to CSV with a progress dialog (a full export at 50,000 articles is 100 requests). */
export const ExportCsvButton = () => {
  const translate = useTranslate();
  // A search's page may come without its total: rows on the page are what make it exportable.
  const { data } = useListContext();
  const { start, cancel, progress } = useCsvExport();
  const format = useFormatNumber();
  const percent =
    progress && progress.total ? Math.round((100 * progress.done) / progress.total) : 0;
  return (
    <>
      <Button
        label="ra.action.export"
        onClick={() => void start()}
        disabled={!data?.length || Boolean(progress)}
      >
        <DownloadIcon />
      </Button>
      <Dialog open={Boolean(progress)} aria-labelledby={titleId} fullWidth maxWidth="xs">
        <DialogTitle id={titleId}>{translate('resources.articles.export.title')}</DialogTitle>
        <DialogContent>
          <LinearProgress
            variant="determinate"
            value={percent}
            aria-label={translate('resources.articles.export.title')}
          />
          <Typography variant="body2" sx={{ mt: 1 }} role="status">
            {translate('resources.articles.export.progress', {
              done: format(progress?.done ?? 0),
              total: format(progress?.total ?? 0),
            })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={cancel} />
        </DialogActions>
      </Dialog>
    </>
  );
};
