import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { HistoryButton } from '../revisions';
import { ArticleSaveProvider, editQueryOptions } from '../workflow';
import { ArticleForm } from './form/ArticleForm';
import { ArticleFormToolbar } from './form/ArticleFormToolbar';
import { normalizeArticle } from './articleFormValues';

/**
 * Pessimistic: the server may refuse (workflow, checklist, stale version) and the form must stay.
 * The workflow's provider does the saving (version check, conflict view, re-sign-in), so the
 * transform goes to it rather than to <Edit>; no refetch on focus resets the editor's work.
 */
export const ArticleEdit = () => (
  <Edit
    mutationMode="pessimistic"
    queryOptions={editQueryOptions}
    actions={
      <TopToolbar>
        <ShowButton />
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <ArticleSaveProvider transform={normalizeArticle}>
      <ArticleForm
        toolbar={
          <ArticleFormToolbar>
            <HistoryButton />
          </ArticleFormToolbar>
        }
      />
    </ArticleSaveProvider>
  </Edit>
);
