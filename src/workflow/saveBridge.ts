import { createContext, useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ArticleValues } from './merge';

/**
 * What the save provider (outside the form) and the safety net (inside it) share: the form's
 * API, and the base, i.e. the record the editor's values were edited from. The base moves only
 * when the form is clean or after a save, so a background refetch never changes the version a
 * save sends (that would turn a conflict into a silent overwrite).
 */
export interface SaveBridge {
  form: { current: UseFormReturn | null };
  getBase: () => ArticleValues | null;
  setBase: (base: ArticleValues | null) => void;
  draftKey: string | undefined;
}

export const SaveBridgeContext = createContext<SaveBridge | null>(null);

export const useSaveBridge = () => useContext(SaveBridgeContext);
