import { Title, useGetIdentity, useTranslate } from 'react-admin';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { articleStatuses } from '../schemas';
import { StatusCount } from './StatusCount';

/** The landing page: article counts per status (the metrics dashboard comes later). */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="nd.dashboard.title" />
      <Typography component="h1" variant="h5" gutterBottom>
        {identity
          ? translate('nd.dashboard.welcome', { name: identity.fullName })
          : translate('nd.dashboard.title')}
      </Typography>
      <Typography component="h2" variant="h6" gutterBottom>
        {translate('nd.dashboard.articles_by_status')}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <StatusCount />
        {articleStatuses.map((status) => (
          <StatusCount key={status} status={status} />
        ))}
      </Box>
    </Box>
  );
};
