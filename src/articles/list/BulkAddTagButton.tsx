import TagIcon from '@mui/icons-material/LocalOffer';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Form,
  ReferenceInput,
  SaveButton,
  required,
  useTranslate,
} from 'react-admin';
import { useBulkArticleUpdate } from './useBulkArticleUpdate';

const titleId = 'bulk-add-tag-title';

/** "Add a tag": one tag, searched on the server, added to every selected article that lacks it. */
export const BulkAddTagButton = () => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const { run, pending } = useBulkArticleUpdate();
  const submit = async (values: Record<string, unknown>) => {
    const tagId = Number(values.tagId);
    setOpen(false);
    await run((a) => (a.tagIds.includes(tagId) ? null : { tagIds: [...a.tagIds, tagId] }));
  };
  return (
    <>
      <Button
        label="resources.articles.bulk.add_tag"
        onClick={() => setOpen(true)}
        disabled={pending}
      >
        <TagIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={titleId}
        fullWidth
        maxWidth="xs"
      >
        <Form onSubmit={submit}>
          <DialogTitle id={titleId}>{translate('resources.articles.bulk.add_tag')}</DialogTitle>
          <DialogContent>
            <ReferenceInput source="tagId" reference="tags" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput
                label="resources.articles.bulk.tag"
                filterToQuery={(q) => ({ q })}
                validate={required()}
                fullWidth
              />
            </ReferenceInput>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="resources.articles.bulk.add" icon={<TagIcon />} alwaysEnable />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
