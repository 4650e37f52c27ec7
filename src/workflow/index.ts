import { clickedRecordFresh } from '../common/clickedRecord';

/** The article form's workflow and safety net (see README, "Plugging the workflow into the article form"). */
export { ArticleSaveProvider } from './ArticleSaveProvider';
export { EditSafetyNet } from './EditSafetyNet';
export { StatusInput } from './StatusInput';
export { PublishChecklist } from './PublishChecklist';
export { ConflictView } from './ConflictView';
export { useLocalDraft } from './useLocalDraft';
export { SessionExpiredDialog } from './SessionExpiredDialog';
export { clearDraft, draftKey } from './localDraft';
/**
 * Query options for <Edit>: a refetch on focus would otherwise reset the form under the editor.
 * An article a list row's click has just asked for opens without asking again.
 */
export const editQueryOptions = {
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  ...clickedRecordFresh,
} as const;
/** react-hook-form reset options for <SimpleForm>: a refetch keeps what the editor typed. */
export const keepTypedValues = { keepDirtyValues: true } as const;
