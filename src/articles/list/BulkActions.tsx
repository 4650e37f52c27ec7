import { BulkAddTagButton } from './BulkAddTagButton';
import { BulkArchiveButton } from './BulkArchiveButton';
import { BulkDeleteArticles } from './BulkDeleteArticles';
import { BulkStatusButton } from './BulkStatusButton';

export const BulkActions = () => (
  <>
    <BulkStatusButton />
    <BulkAddTagButton />
    <BulkArchiveButton />
    <BulkDeleteArticles />
  </>
);
