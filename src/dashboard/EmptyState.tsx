import { useTranslate } from 'react-admin';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import InsightsIcon from '@mui/icons-material/Insights';

/** No views and no shares in the period: say so, and what to do, instead of empty charts. */
export const EmptyState = () => {
  const translate = useTranslate();
  return (
    <Box role="status" sx={{ textAlign: 'center', py: 6, color: 'text.secondary' }}>
      <InsightsIcon sx={{ fontSize: 64, opacity: 0.5 }} aria-hidden="true" />
      <Typography component="h2" variant="h6" color="text.primary">
        {translate('nd.dashboard.empty.title')}
      </Typography>
      <Typography>{translate('nd.dashboard.empty.hint')}</Typography>
    </Box>
  );
};
