import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormContext, useFormState } from 'react-hook-form';
import { clearDraft, onDraftCleared, readDraft, writeDraft, type LocalDraft } from './localDraft';

type Values = Record<string, unknown>;

export const DRAFT_INTERVAL_MS = 2_000;

interface Options {
  /** From draftKey(userId, resource, id); undefined while the identity loads. */
  draftKey: string | undefined;
  /** The record the form was loaded from (the draft remembers it as its base). */
  base: () => Values | null;
  /** Called after a restore with the draft's base, so the next save sends its version. */
  onRestore?: (base: Values | null) => void;
  intervalMs?: number;
}

/**
 * Copies unsaved form values to IndexedDB every 2 s while the form is dirty (and when the tab
 * is hidden), and offers, on opening, a copy left by a reload, crash or closed tab. Clearing
 * after a successful save is the saver's job (clearDraft), which knows when it succeeded.
 */
export const useLocalDraft = ({ draftKey, base, onRestore, intervalMs = DRAFT_INTERVAL_MS }: Options) => {
  const form = useFormContext();
  // Read in render so react-hook-form keeps it current; the timer reads the ref.
  const { isDirty } = useFormState({ control: form.control });
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  // After a save cleared the copy, the form is reset to the saved record a moment later; a
  // copy taken in between (the timer, or the page leaving for the new record) would bring the
  // saved text back as "unsaved changes". Copying resumes once the form has been clean.
  const saved = useRef(false);
  if (!isDirty) saved.current = false;
  const [offer, setOffer] = useState<LocalDraft<Values> | null>(null);
  const last = useRef<string>('');
  const baseRef = useRef(base);
  baseRef.current = base;

  useEffect(() => {
    if (!draftKey) return;
    let alive = true;
    void readDraft<Values>(draftKey).then((draft) => {
      if (!alive || !draft) return;
      last.current = JSON.stringify(draft.values);
      setOffer(draft);
    });
    return () => {
      alive = false;
    };
  }, [draftKey]);

  useEffect(() => {
    if (!draftKey) return;
    return onDraftCleared((key) => {
      if (key === draftKey) saved.current = true;
    });
  }, [draftKey]);

  const flush = useCallback(() => {
    if (!draftKey || !dirty.current || saved.current) return;
    const values = form.getValues();
    const json = JSON.stringify(values);
    if (json === last.current) return;
    last.current = json;
    void writeDraft(draftKey, { values, base: baseRef.current(), savedAt: new Date().toISOString() });
  }, [draftKey, form]);

  useEffect(() => {
    const timer = setInterval(flush, intervalMs);
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [flush, intervalMs]);

  const restore = useCallback(() => {
    if (!offer) return;
    // The record stays the default, so the restored fields count as unsaved edits.
    form.reset(offer.values, { keepDefaultValues: true });
    onRestore?.(offer.base);
    setOffer(null);
  }, [form, offer, onRestore]);

  const discard = useCallback(() => {
    if (draftKey) void clearDraft(draftKey);
    last.current = '';
    setOffer(null);
  }, [draftKey]);
  return { offer, restore, discard, flush };
};
