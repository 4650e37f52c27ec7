import CardContent from '@mui/material/CardContent';
import type { ReactElement, ReactNode } from 'react';
import { TabbedForm, TabbedFormTabs } from 'react-admin';
import { EditSafetyNet, keepTypedValues, PublishChecklist } from '../../workflow';
import { validateArticle } from '../articleFormValues';
import { ArticleFormToolbar } from './ArticleFormToolbar';
import { ContentFields, MetadataFields } from './ContentFields';
import { MediaFields } from './MediaTab';

/**
 * Around every tab: the restore offer above (so it shows whichever tab is open) and the publish
 * checklist below, next to Save, since its items live on several tabs.
 */
const FormBody = ({ children }: { children?: ReactNode }) => (
  <CardContent>
    <EditSafetyNet />
    {children}
    <PublishChecklist />
  </CardContent>
);

/**
 * Every article field, in three tabs so the body gets the room. A tab holding an invalid field
 * turns red (react-admin's form groups), so an error on another tab is never invisible. A
 * refetch keeps what the editor typed (keepTypedValues).
 */
export const ArticleForm = ({ toolbar = <ArticleFormToolbar /> }: { toolbar?: ReactElement }) => (
  <TabbedForm
    validate={validateArticle}
    noValidate
    toolbar={toolbar}
    warnWhenUnsavedChanges
    resetOptions={keepTypedValues}
    component={FormBody}
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
