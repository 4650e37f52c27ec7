import englishMessages from 'ra-language-english';
import { validationEn } from './sections/validation.en';

/**
 * The English catalog: react-admin's own messages (`ra.*`), the app's (`nd.*`) and the
 * resources' names and field labels (`resources.*`). Each feature owns a section file.
 */
export const en = {
  ...englishMessages,
  nd: {
    validation: validationEn,
  },
  resources: {},
};
export type Messages = typeof en;
