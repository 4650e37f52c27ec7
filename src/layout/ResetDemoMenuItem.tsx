import { forwardRef, useId, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useNotify, useTranslate, useUserMenu } from 'react-admin';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem, { type MenuItemProps } from '@mui/material/MenuItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import CancelIcon from '@mui/icons-material/ErrorOutlineOutlined';
import ConfirmIcon from '@mui/icons-material/CheckCircle';
import RestoreIcon from '@mui/icons-material/RestartAlt';
import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/**
 * Demo data only: restore the seed, then start afresh. In the in-browser demo that discards
 * this browser's changes; on a shared server (`shared`, admins only) everybody's.
 * The menu's props reach the item: MenuList gives its first item autoFocus and tabIndex, without
 * which the opened user menu could not be walked with the arrow keys.
 *
 * The dialog is react-admin's <Confirm> rebuilt on MUI's Dialog (same texts, icons and colours)
 * because <Confirm> always focuses its confirm button: an Enter pressed as the dialog opens
 * would wipe every change. Here Cancel has the focus, so only a deliberate choice resets.
 */
export const ResetDemoMenuItem = forwardRef<HTMLLIElement, MenuItemProps & { shared?: boolean }>(
  function ResetDemoMenuItem({ shared = false, ...props }, ref) {
    const translate = useTranslate();
    const notify = useNotify();
    const userMenu = useUserMenu();
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    const titleId = useId();
    const contentId = useId();

    const close = () => {
      setOpen(false);
      userMenu?.onClose();
    };
    const reset = async () => {
      setBusy(true);
      try {
        await httpClient(`${apiUrl}/demo/reset`, { method: 'POST' });
        window.location.reload();
      } catch {
        setBusy(false);
        close();
        notify('nd.layout.reset_demo.failed', { type: 'error' });
      }
    };

    return (
      <>
        <MenuItem {...props} ref={ref} onClick={() => setOpen(true)}>
          <ListItemIcon>
            <RestoreIcon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{translate('nd.layout.reset_demo.menu')}</ListItemText>
        </MenuItem>
        <Dialog
          open={open}
          onClose={close}
          aria-labelledby={titleId}
          aria-describedby={contentId}
          // The dialog is a React child of the menu item and the menu: clicks would reach the item
          // (reopening it), and Tab presses the MenuList, which closes the menu on Tab and pulls
          // the focus out of the dialog.
          onClick={(event: MouseEvent) => event.stopPropagation()}
          onKeyDown={(event: KeyboardEvent) => event.stopPropagation()}
        >
          <DialogTitle id={titleId}>{translate('nd.layout.reset_demo.title')}</DialogTitle>
          <DialogContent>
            <DialogContentText id={contentId}>{translate(shared ? 'nd.layout.reset_demo.content_shared' : 'nd.layout.reset_demo.content')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            {/* The APG alert-dialog pattern: the focus starts on the least destructive action. */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
            <Button disabled={busy} onClick={close} startIcon={<CancelIcon />} autoFocus>
              {translate('ra.action.cancel')}
            </Button>
            <Button disabled={busy} onClick={() => void reset()} color="error" startIcon={<ConfirmIcon />}>
              {translate('nd.layout.reset_demo.confirm')}
            </Button>
          </DialogActions>
        </Dialog>
      </>
    );
  },
);
