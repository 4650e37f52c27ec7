import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';

interface Props {
  email: string;
  password: string;
  onClose: () => void;
}

/**
 * The temporary password, shown this once: the server keeps only its hash, so closing the
 * dialog loses it for good (the admin resets again if it is lost).
 */
export const TemporaryPasswordDialog = ({ email, password, onClose }: Props) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(password).catch(() => undefined);
    setCopied(true);
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="temp-password-title" maxWidth="xs" fullWidth>
      <DialogTitle id="temp-password-title">
        {translate('resources.users.password.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('resources.users.password.intro', { email })}
        </DialogContentText>
        <Typography
          data-testid="temporary-password"
          dir="ltr"
          sx={{
            fontFamily: 'monospace',
            fontSize: '1.4rem',
            letterSpacing: 2,
            my: 2,
            textAlign: 'center',
            userSelect: 'all',
          }}
        >
          {password}
        </Typography>
        <DialogContentText variant="body2">
          {translate('resources.users.password.once')}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button
          label={copied ? 'resources.users.password.copied' : 'resources.users.password.copy'}
          onClick={copy}
        />
        <Button label="resources.users.password.done" variant="contained" onClick={onClose} />
      </DialogActions>
    </Dialog>
  );
};
