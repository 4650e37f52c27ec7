import CardContent from '@mui/material/CardContent';
import type { Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactElement, ReactNode } from 'react';
import { TabbedForm, TabbedFormTabs, type TabbedFormTabsProps } from 'react-admin';
import { AfterFirstPaint } from '../../common/AfterFirstPaint';
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
 * The tabs scroll, with buttons, only where the three may not fit (a phone): MUI's scrollable
 * tabs measure and observe themselves, which cost the form's first paint about 90 ms at 1280 px
 * (bench/versus.mjs, row click to the editor).
 */
const ArticleFormTabs = (props: TabbedFormTabsProps) => {
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return narrow ? (
    <TabbedFormTabs {...props} variant="scrollable" scrollButtons="auto" />
  ) : (
    <TabbedFormTabs {...props} />
  );
};

/**
 * Every article field, in three tabs so the body gets the room. A tab holding an invalid field
 * turns red (react-admin's form groups), so an error on another tab is never invisible. A
 * refetch keeps what the editor typed (keepTypedValues). The Media and Metadata tabs, hidden
 * when the form opens, render just after its first paint (AfterFirstPaint), so the text and
 * the editor come first.
 */
export const ArticleForm = ({ toolbar = <ArticleFormToolbar /> }: { toolbar?: ReactElement }) => (
  <TabbedForm
    validate={validateArticle}
    noValidate
    toolbar={toolbar}
    warnWhenUnsavedChanges
    resetOptions={keepTypedValues}
    component={FormBody}
    tabs={<ArticleFormTabs />}
  >
    <TabbedForm.Tab label="resources.articles.form.tabs.content">
      <ContentFields />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.articles.form.tabs.media">
      <AfterFirstPaint>
        <MediaFields />
      </AfterFirstPaint>
    </TabbedForm.Tab>
    <TabbedForm.Tab label="resources.articles.form.tabs.metadata">
      <AfterFirstPaint>
        <MetadataFields />
      </AfterFirstPaint>
    </TabbedForm.Tab>
  </TabbedForm>
);
