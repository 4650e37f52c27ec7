import PhotoIcon from '@mui/icons-material/PhotoCamera';
import type { ResourceProps } from 'react-admin';
import { creditLine, type PhotoCredit } from '../schemas';
import { PhotoCreditList } from './PhotoCreditList';
import { PhotoCreditCreate } from './PhotoCreditCreate';
import { PhotoCreditEdit } from './PhotoCreditEdit';
import { PhotoCreditShow } from './PhotoCreditShow';

export const photoCredits = {
  list: PhotoCreditList,
  create: PhotoCreditCreate,
  edit: PhotoCreditEdit,
  show: PhotoCreditShow,
  icon: PhotoIcon,
  recordRepresentation: (record: PhotoCredit) => creditLine(record),
} satisfies Omit<ResourceProps, 'name'>;
