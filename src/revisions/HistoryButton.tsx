import HistoryIcon from '@mui/icons-material/History';
import { useState } from 'react';
import { Button, useRecordContext } from 'react-admin';
import type { Article } from '../schemas';
import { HistoryDialog } from './HistoryDialog';

/** **History**: the article's revisions, their changes against the current version, Restore. */
export const HistoryButton = () => {
  const record = useRecordContext<Article>();
  const [open, setOpen] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button label="resources.revisions.history" onClick={() => setOpen(true)}>
        <HistoryIcon />
      </Button>
      {open && <HistoryDialog article={record} onClose={() => setOpen(false)} />}
    </>
  );
};
