export { HistoryButton } from './HistoryButton';
export { HistoryDialog } from './HistoryDialog';
export { restoreRevision } from './restoreRevision';
