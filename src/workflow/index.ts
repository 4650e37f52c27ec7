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
 * An article read in the last 2 s (a list row's click asks for it as it is clicked) opens
 * without asking again; a save that follows is still checked against the server's version.
 */
export const editQueryOptions = {
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
  staleTime: 2_000,
} as const;
/** react-hook-form reset options for <SimpleForm>: a refetch keeps what the editor typed. */
export const keepTypedValues = { keepDirtyValues: true } as const;
