import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { Button, DeleteWithConfirmButton, useRecordContext, useTranslate } from 'react-admin';
import type { Category } from '../schemas';
import { bilingualText } from '../common/uiLocale';
import { useRefusedDelete } from '../tags/refusedDelete';
import { MoveArticlesDialog } from './MoveArticlesDialog';

/**
 * Delete for a section: an empty one asks the usual confirmation; one that still has articles
 * asks where they go, and moves them and removes the section in one request.
 */
export const CategoryDeleteButton = ({ redirect = false }: { redirect?: string | false }) => {
  const category = useRecordContext<Category>();
  const translate = useTranslate();
  const onError = useRefusedDelete('categories');
  const [open, setOpen] = useState(false);
  if (!category) return null;
  const name = bilingualText(category.name);
  if (category.articleCount === 0) {
    return (
      <DeleteWithConfirmButton
        redirect={redirect}
        mutationMode="pessimistic"
        mutationOptions={{ onError }}
        confirmTitle={translate('resources.categories.delete.title', { name })}
        confirmContent="resources.categories.delete.empty"
        aria-label={translate('resources.categories.delete.label', { name })}
      />
    );
  }
  return (
    <>
      <Button
        label="ra.action.delete"
        color="error"
        aria-label={translate('resources.categories.delete.label', { name })}
        onClick={() => setOpen(true)}
      >
        <DeleteIcon />
      </Button>
      {open && <MoveArticlesDialog category={category} redirect={redirect} onClose={() => setOpen(false)} />}
    </>
  );
};
