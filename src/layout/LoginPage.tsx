import { useState, type FormEvent } from 'react';
import { useLogin, useTranslate, ToggleThemeButton } from 'react-admin';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { CredentialFields } from '../common/CredentialFields';
import { SignInError } from '../common/SignInError';
import { useServerMeta } from '../providers/serverMeta';
import { DemoAccounts, demoPassword } from './DemoAccounts';
import { LanguageSwitcher } from './LanguageSwitcher';
import { SignedInElsewhere } from './OtherTabs';

export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  // The demo accounts exist only in a database seeded with the demo newsroom.
  const demo = useServerMeta()?.demo;
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login({ email, password });
    } catch (e) {
      setError(e ?? new Error('nd.auth.login_failed'));
      setBusy(false);
    }
  };

  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', p: 2 }}>
      <SignedInElsewhere />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
        <LanguageSwitcher />
        <ToggleThemeButton />
      </Box>
      <Card sx={{ maxWidth: 420, mx: 'auto', mt: { xs: 2, sm: 8 } }}>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate('nd.auth.title')}
          </Typography>
          <form onSubmit={submit} noValidate>
            <CredentialFields
              email={email}
              password={password}
              onEmail={setEmail}
              onPassword={setPassword}
            />
            {error !== null && (
              <Alert severity="error" role="alert" sx={{ mt: 1 }}>
                <SignInError error={error} fallback="nd.auth.login_failed" />
              </Alert>
            )}
            <Button type="submit" variant="contained" fullWidth disabled={busy} sx={{ mt: 2 }}>
              {translate(busy ? 'nd.auth.signing_in' : 'nd.auth.sign_in')}
            </Button>
          </form>
          {demo && (
            <DemoAccounts
              onPick={(picked) => {
                setEmail(picked);
                setPassword(demoPassword);
                setError(null);
              }}
            />
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
