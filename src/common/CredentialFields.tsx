import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';

interface Props {
  email: string;
  password: string;
  onEmail: (email: string) => void;
  onPassword: (password: string) => void;
  /** Signing in again over an open page keeps the session's own account. */
  emailReadOnly?: boolean;
  /** Where the user starts typing: the password when the email is already known. */
  focusPassword?: boolean;
  margin?: 'normal' | 'dense';
}

/** The email and password fields of the sign-in page and of the session-expired dialog. */
export const CredentialFields = ({
  email,
  password,
  onEmail,
  onPassword,
  emailReadOnly = false,
  focusPassword = false,
  margin = 'normal',
}: Props) => {
  const translate = useTranslate();
  return (
    <>
      <TextField
        label={translate('nd.auth.email')}
        type="email"
        name="email"
        autoComplete="username"
        value={email}
        onChange={(e) => onEmail(e.target.value)}
        required
        fullWidth
        margin={margin}
        // An address reads left to right, in Arabic too.
        slotProps={{ htmlInput: { dir: 'ltr', readOnly: emailReadOnly } }}
      />
      <TextField
        label={translate('nd.auth.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        required
        fullWidth
        margin={margin}
        // The dialog opens for the password alone: the WAI-ARIA dialog pattern focuses it.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={focusPassword}
      />
    </>
  );
};
