import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useFormContext } from 'react-hook-form';
import { useResourceContext, useSaveContext, useTranslate } from 'react-admin';
import { useRecordConflict } from './conflictContext';
import { differences } from './conflictFields';

/**
 * What the form shows when another save came first: each field the two versions disagree on,
 * theirs beside yours, and the choice to take theirs or to save yours over theirs knowingly.
 * Nothing is lost without the editor choosing it. Place it inside the resource's form.
 */
export const RecordConflictDialog = () => {
  const { theirs, clear } = useRecordConflict();
  const form = useFormContext();
  const resource = useResourceContext();
  const { save } = useSaveContext();
  const translate = useTranslate();
  if (!theirs) return null;
  const mine = form.getValues();
  const rows = differences(theirs, mine);
  const shown = (v: unknown) =>
    v === null || v === undefined || v === ''
      ? translate('nd.workflow.conflict.empty')
      : typeof v === 'boolean'
        ? translate(v ? 'ra.boolean.true' : 'ra.boolean.false')
        : Array.isArray(v)
          ? v.join(', ')
          : String(v);
  const label = (field: string) => translate(`resources.${resource}.fields.${field}`, { _: field });

  const takeTheirs = () => {
    form.reset(theirs);
    clear();
  };
  const keepMine = () => {
    // Saving again from their version: the editor has seen theirs and chooses to replace it.
    form.setValue('version', theirs.version, { shouldDirty: true });
    clear();
    void save?.({ ...form.getValues(), version: theirs.version });
  };
  return (
    <Dialog open onClose={clear} aria-labelledby="nd-record-conflict-title" maxWidth="md" fullWidth>
      <DialogTitle id="nd-record-conflict-title">
        {translate('nd.workflow.record_conflict.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('nd.workflow.record_conflict.intro', { version: theirs.version })}
        </DialogContentText>
        <Table size="small" aria-label={translate('nd.workflow.record_conflict.table')}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate('nd.workflow.record_conflict.field')}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate('nd.workflow.conflict.theirs', { version: theirs.version })}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate('nd.workflow.conflict.mine')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.field}>
                <TableCell component="th" scope="row">
                  {label(r.field)}
                </TableCell>
                <TableCell dir="auto">{shown(r.theirs)}</TableCell>
                <TableCell dir="auto">{shown(r.mine)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={clear}>{translate('nd.workflow.conflict.cancel')}</Button>
        <Button onClick={takeTheirs}>{translate('nd.workflow.record_conflict.take_theirs')}</Button>
        <Button onClick={keepMine} variant="contained">
          {translate('nd.workflow.record_conflict.keep_mine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
