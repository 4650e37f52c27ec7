import TagIcon from '@mui/icons-material/LocalOffer';
import type { ResourceProps } from 'react-admin';
import { TagList } from './TagList';
import { TagCreate } from './TagCreate';
import { TagEdit } from './TagEdit';

export const tags = {
  list: TagList,
  create: TagCreate,
  edit: TagEdit,
  icon: TagIcon,
  recordRepresentation: 'name',
} satisfies Omit<ResourceProps, 'name'>;
