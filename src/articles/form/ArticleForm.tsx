import type { ReactElement } from 'react';
import { TabbedForm, TabbedFormTabs } from 'react-admin';
import { validateArticle } from '../articleFormValues';
import { ArticleFormToolbar } from './ArticleFormToolbar';
import { ContentFields, MetadataFields } from './ContentFields';
import { MediaFields } from './MediaTab';

/**
 * Every article field, in three tabs so the body gets the room. A tab holding an invalid field
 * turns red (react-admin's form groups), so an error on another tab is never invisible.
 */
export const ArticleForm = ({ toolbar = <ArticleFormToolbar /> }: { toolbar?: ReactElement }) => (
  <TabbedForm
    validate={validateArticle}
    noValidate
    toolbar={toolbar}
    warnWhenUnsavedChanges
    tabs={<TabbedFormTabs variant="scrollable" scrollButtons="auto" />}
  >
    <TabbedForm.Tab label="resources.articles.form.tabs.content">
      <ContentFields />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.articles.form.tabs.media">
      <MediaFields />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.articles.form.tabs.metadata">
      <MetadataFields />
    </TabbedForm.Tab>
  </TabbedForm>
);
