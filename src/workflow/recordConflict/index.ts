/** Save conflicts of the small resources' forms (the article form has its own merge view). */
export { ConflictAwareEdit } from './ConflictAwareEdit';
export { RecordConflictDialog } from './RecordConflictDialog';
