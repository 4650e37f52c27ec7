import Dialog from '@mui/material/Dialog';
import { useId, type ReactNode } from 'react';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Rendered only while open, so each opening starts from the editor's selection. */
  children: (titleId: string) => ReactNode;
}

/** The frame of the editor's Link and Image dialogs. */
export const EditorDialog = ({ open, onClose, children }: Props) => {
  const titleId = useId();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      // BodyInput puts the focus back in the text, at the caret, whichever way it closes.
      disableRestoreFocus
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
    >
      {open && children(titleId)}
    </Dialog>
  );
};
