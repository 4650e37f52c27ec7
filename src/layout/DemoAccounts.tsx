import { useTranslate } from 'react-admin';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { Role } from '../schemas';

/** The embedded backend's accounts (DESIGN.md); never shown against a real API. */
export const demoAccounts: { email: string; role: Role }[] = [
  { email: 'admin@newsdesk.test', role: 'admin' },
  { email: 'editor@newsdesk.test', role: 'editor' },
  { email: 'moderator@newsdesk.test', role: 'moderator' },
];
export const demoPassword = 'newsdesk';

export const DemoAccounts = ({ onPick }: { onPick: (email: string) => void }) => {
  const translate = useTranslate();
  return (
    <section aria-labelledby="demo-accounts-title">
      <Typography id="demo-accounts-title" component="h2" variant="subtitle1" sx={{ mt: 3 }}>
        {translate('nd.auth.demo_accounts')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('nd.auth.demo_hint')}
      </Typography>
      <List dense disablePadding>
        {demoAccounts.map(({ email, role }) => (
          <ListItem key={email} disableGutters>
            <Button
              variant="outlined"
              size="small"
              fullWidth
              sx={{ justifyContent: 'space-between', textTransform: 'none' }}
              aria-label={translate('nd.auth.use_account', {
                role: translate(`resources.users.roles.${role}`),
              })}
              onClick={() => onPick(email)}
            >
              <span dir="ltr">{email}</span>
              <span>{translate(`resources.users.roles.${role}`)}</span>
            </Button>
          </ListItem>
        ))}
      </List>
    </section>
  );
};
