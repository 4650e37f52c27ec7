import PhotoIcon from '@mui/icons-material/PhotoCamera';
import type { ResourceProps } from 'react-admin';
import { creditLine, type PhotoCredit } from '../schemas';
import { PhotoCreditList } from './PhotoCreditList';
import { PhotoCreditCreate } from './PhotoCreditCreate';
import { PhotoCreditEdit } from './PhotoCreditEdit';

export const photoCredits = {
  list: PhotoCreditList,
  create: PhotoCreditCreate,
  edit: PhotoCreditEdit,
  icon: PhotoIcon,
  recordRepresentation: (record: PhotoCredit) => creditLine(record),
} satisfies Omit<ResourceProps, 'name'>;
