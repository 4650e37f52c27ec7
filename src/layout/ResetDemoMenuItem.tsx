import { forwardRef, useState, type KeyboardEvent } from 'react';
import { Confirm, useNotify, useTranslate, useUserMenu } from 'react-admin';
import MenuItem, { type MenuItemProps } from '@mui/material/MenuItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import RestoreIcon from '@mui/icons-material/RestartAlt';
import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/**
 * Embedded mode only: discard the browser's changes and restore the seed, then start afresh.
 * The menu's props reach the item: MenuList gives its first item autoFocus and tabIndex, without
 * which the opened user menu could not be walked with the arrow keys.
 */
export const ResetDemoMenuItem = forwardRef<HTMLLIElement, MenuItemProps>(
  function ResetDemoMenuItem(props, ref) {
    const translate = useTranslate();
    const notify = useNotify();
    const userMenu = useUserMenu();
    const [open, setOpen] = useState(false);
    const [busy, setBusy] = useState(false);

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
        <Confirm
          isOpen={open}
          loading={busy}
          title="nd.layout.reset_demo.title"
          content="nd.layout.reset_demo.content"
          confirm="nd.layout.reset_demo.confirm"
          confirmColor="warning"
          onConfirm={reset}
          onClose={close}
          // The dialog is a React child of the menu: without this, its Tab key presses bubble to
          // the MenuList, which closes the menu on Tab and pulls the focus out of the dialog.
          onKeyDown={(event: KeyboardEvent) => event.stopPropagation()}
        />
      </>
    );
  },
);
