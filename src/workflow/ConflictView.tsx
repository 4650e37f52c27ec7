import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { ConflictValue } from './ConflictValue';
import { analyseConflict, buildMerge, textFields, type ArticleValues, type Choice, type MergeField } from './merge';
import { WordDiffView } from './WordDiffView';

interface Props {
  base: ArticleValues;
  mine: ArticleValues;
  theirs: ArticleValues;
  onCancel: () => void;
  onSave: (merged: ArticleValues) => void;
}

/**
 * Shown on a 409: for each field both editors changed, theirs and mine side by side (the body
 * also as a word diff), keep theirs, mine or, for text, both; fields only one side changed are
 * merged without asking. Cancelling returns to the form untouched, so nothing typed is lost.
 */
export const ConflictView = ({ base, mine, theirs, onCancel, onSave }: Props) => {
  const translate = useTranslate();
  const analysis = useMemo(() => analyseConflict(base, mine, theirs), [base, mine, theirs]);
  const [choices, setChoices] = useState<Partial<Record<MergeField, Choice>>>({});
  const label = (f: MergeField) => translate(`resources.articles.fields.${f}`);
  const names = (fields: MergeField[]) => fields.map(label).join(', ');

  return (
    <Dialog open onClose={onCancel} maxWidth="lg" fullWidth aria-labelledby="nd-conflict-title">
      <DialogTitle id="nd-conflict-title">{translate('nd.workflow.conflict.title')}</DialogTitle>
      <DialogContent dividers>
        <Typography sx={{ mb: 2 }}>{translate('nd.workflow.conflict.intro', { version: theirs.version })}</Typography>
        {!analysis.both.length && <Alert severity="info" sx={{ mb: 2 }}>{translate('nd.workflow.conflict.nothing_overlaps')}</Alert>}
        {analysis.onlyTheirs.length > 0 && (
          <Typography variant="body2" sx={{ mb: 1 }}>{translate('nd.workflow.conflict.only_theirs', { fields: names(analysis.onlyTheirs) })}</Typography>
        )}
        {analysis.onlyMine.length > 0 && (
          <Typography variant="body2" sx={{ mb: 2 }}>{translate('nd.workflow.conflict.only_mine', { fields: names(analysis.onlyMine) })}</Typography>
        )}
        {analysis.both.map((field) => (
          <Box component="section" key={field} aria-labelledby={`nd-conflict-${field}`} sx={{ mb: 3 }}>
            <Typography variant="h6" component="h3" id={`nd-conflict-${field}`}>{label(field)}</Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2, my: 1 }}>
              <Box role="group" aria-label={`${label(field)}: ${translate('nd.workflow.conflict.theirs', { version: theirs.version })}`} sx={{ p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}>
                <Typography variant="subtitle2">{translate('nd.workflow.conflict.theirs', { version: theirs.version })}</Typography>
                <ConflictValue field={field} values={theirs} />
              </Box>
              <Box role="group" aria-label={`${label(field)}: ${translate('nd.workflow.conflict.mine')}`} sx={{ p: 1, border: 1, borderColor: 'primary.main', borderRadius: 1 }}>
                <Typography variant="subtitle2">{translate('nd.workflow.conflict.mine')}</Typography>
                <ConflictValue field={field} values={mine} />
              </Box>
            </Box>
            {field === 'body' && <WordDiffView before={String(theirs.body ?? '')} after={String(mine.body ?? '')} />}
            <RadioGroup
              row
              aria-label={label(field)}
              value={choices[field] ?? 'mine'}
              onChange={(e) => setChoices((c) => ({ ...c, [field]: e.target.value as Choice }))}
            >
              <FormControlLabel value="theirs" control={<Radio />} label={translate('nd.workflow.conflict.keep_theirs')} />
              <FormControlLabel value="mine" control={<Radio />} label={translate('nd.workflow.conflict.keep_mine')} />
              {textFields.has(field) && (
                <FormControlLabel value="both" control={<Radio />} label={translate('nd.workflow.conflict.keep_both')} />
              )}
            </RadioGroup>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('nd.workflow.conflict.cancel')}</Button>
        <Button variant="contained" onClick={() => onSave(buildMerge(base, mine, theirs, choices))}>
          {translate('nd.workflow.conflict.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
