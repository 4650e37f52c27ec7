import { forwardRef, useState } from 'react';
import { Confirm, useNotify, useTranslate, useUserMenu } from 'react-admin';
import MenuItem from '@mui/material/MenuItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import RestoreIcon from '@mui/icons-material/RestartAlt';
import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/** Embedded mode only: discard the browser's changes and restore the seed, then start afresh. */
export const ResetDemoMenuItem = forwardRef<HTMLLIElement>(function ResetDemoMenuItem(_props, ref) {
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
      <MenuItem ref={ref} onClick={() => setOpen(true)}>
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
      />
    </>
  );
});
