import { passwordResetHandler } from './passwordReset';
import { referenceDeleteHandlers } from './referenceDelete';
import { tagMergeHandler } from './tagMerge';

/** Reference-data endpoints beyond plain CRUD; listed before the generic routes they refine. */
export const referenceHandlers = [tagMergeHandler, passwordResetHandler, ...referenceDeleteHandlers];
