import ActivityIcon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { ActivityList } from './ActivityList';

export const activity = {
  list: ActivityList,
  icon: ActivityIcon,
  recordRepresentation: 'label',
} satisfies Omit<ResourceProps, 'name'>;
