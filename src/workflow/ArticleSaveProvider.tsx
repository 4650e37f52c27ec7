import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  DataProviderContext, SaveContextProvider, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import type { UseFormReturn } from 'react-hook-form';
import type { Article } from '../schemas';
import { classifySaveError, failedSubmit } from './articleSaveErrors';
import { ConflictView } from './ConflictView';
import { clearDraft, draftKey as keyOf } from './localDraft';
import type { ArticleValues } from './merge';
import { SaveBridgeContext, type SaveBridge } from './saveBridge';

interface Props {
  children: ReactNode;
  /** Form values → request body (e.g. normalizeArticle); react-admin's `transform`. */
  transform?: (values: ArticleValues) => ArticleValues;
  /** After a successful save (e.g. redirect to the edit page after a create). */
  onSaved?: (record: Article, created: boolean) => void;
}

/**
 * The article form's save, replacing react-admin's for this form: pessimistic, and it never
 * loses a word. It sends the version the edit started from; on 409 it opens the conflict view;
 * on 401 the httpClient asks to sign in again and retries; on any other failure the form keeps every value.
 * Place it inside <Edit>/<Create> around the <SimpleForm>, with <EditSafetyNet/> in the form.
 */
export const ArticleSaveProvider = ({ children, transform = (v) => v, onSaved }: Props) => {
  const record = useRecordContext<Article>();
  // The raw provider: this save handles every failure itself (conflict, field errors, retry).
  const dataProvider = useContext(DataProviderContext);
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<{ mine: ArticleValues; theirs: ArticleValues; base: ArticleValues } | null>(null);

  const form = useRef<UseFormReturn | null>(null);
  const base = useRef<ArticleValues | null>(record ?? null);
  useEffect(() => {
    // A refetch moves the base only while the editor has nothing unsaved.
    if (record && (!base.current || base.current.id !== record.id || !form.current?.formState.isDirty)) base.current = record;
  }, [record]);

  const draftKey = identity ? keyOf(identity.id, 'articles', record?.id) : undefined;
  const bridge = useMemo<SaveBridge>(
    () => ({ form, draftKey, getBase: () => base.current, setBase: (b) => (base.current = b) }),
    [draftKey],
  );

  const succeeded = useCallback(
    (saved: Article, created: boolean) => {
      if (draftKey) void clearDraft(draftKey);
      base.current = saved;
      // A plain reset: after a merge the saved values must replace the dirty ones on screen.
      // A create form goes back to empty: the new article opens on its edit page, and this
      // form may still be what Create shows next (the router keeps it while that page loads).
      if (created) form.current?.reset();
      else form.current?.reset(saved);
      // Lists and the edit query catch up; the form is clean by now, so it takes the refetch.
      refresh();
      notify('nd.workflow.save.saved', { type: 'success' });
      onSaved?.(saved, created);
    },
    [draftKey, notify, onSaved, refresh],
  );

  const send = useCallback(
    async (values: ArticleValues) => {
      if (!dataProvider) throw new Error('No data provider');
      const data = transform({ ...values, version: base.current?.version ?? values.version });
      setSaving(true);
      try {
        const result = record
          ? await dataProvider.update<Article>('articles', { id: record.id, data, previousData: record })
          : await dataProvider.create<Article>('articles', { data: data as Omit<Article, 'id'> });
        succeeded(result.data, !record);
        return undefined;
      } catch (error) {
        const failure = classifySaveError(error);
        if (failure.kind === 'conflict') {
          setConflict({ mine: values, theirs: failure.theirs as ArticleValues, base: base.current ?? {} });
          return failedSubmit('nd.validation.stale');
        }
        if (failure.kind === 'invalid') {
          notify(failure.message, { type: 'error' });
          return failure.errors;
        }
        if (failure.kind === 'unreachable') {
          notify('nd.workflow.save.unreachable', { type: 'error', autoHideDuration: 10_000 });
          return failedSubmit('nd.common.unreachable');
        }
        notify(translate('nd.workflow.save.failed', { reason: failure.reason }), { type: 'error', autoHideDuration: 10_000 });
        return failedSubmit(failure.reason);
      } finally {
        setSaving(false);
      }
    },
    [dataProvider, notify, record, succeeded, transform, translate],
  );

  const saveMerge = async (merged: ArticleValues) => {
    if (!conflict) return;
    // Their record becomes the base: the merge is checked against what they saved.
    base.current = conflict.theirs;
    setConflict(null);
    const errors = await send(merged);
    if (errors) form.current?.reset(merged, { keepDefaultValues: true });
  };

  const saveContext = useMemo(
    () => ({ save: send as never, saving, mutationMode: 'pessimistic' as const }),
    [send, saving],
  );

  return (
    <SaveBridgeContext.Provider value={bridge}>
      <SaveContextProvider value={saveContext}>
        {children}
        {conflict && (
          <ConflictView {...conflict} onCancel={() => setConflict(null)} onSave={(merged) => void saveMerge(merged)} />
        )}
      </SaveContextProvider>
    </SaveBridgeContext.Provider>
  );
};
