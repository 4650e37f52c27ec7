import { createContext, useContext } from 'react';
import type { RaRecord } from 'react-admin';

/** The record another save stored while this form was open (a 409 on save), or null. */
export interface RecordConflict {
  theirs: RaRecord | null;
  clear: () => void;
}
export const RecordConflictContext = createContext<RecordConflict>({
  theirs: null,
  clear: () => undefined,
});
export const useRecordConflict = () => useContext(RecordConflictContext);
