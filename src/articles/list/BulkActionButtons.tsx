import { BulkAddTagButton } from './BulkAddTagButton';
import { BulkArchiveButton } from './BulkArchiveButton';
import { BulkDeleteArticles } from './BulkDeleteArticles';
import { BulkStatusButton } from './BulkStatusButton';

/** The bulk actions of an editor, in their own chunk (BulkActions.tsx). */
export const BulkActionButtons = () => (
  <>
    <BulkStatusButton />
    <BulkAddTagButton />
    <BulkArchiveButton />
    <BulkDeleteArticles />
  </>
);
