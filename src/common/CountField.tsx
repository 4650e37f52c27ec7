import { NumberField, type NumberFieldProps } from 'react-admin';
import { useIntlLocale } from './localeFormat';

/**
 * A count in the UI language's digits. NumberField alone formats for the browser's locale,
 * which need not be the interface's (Arabic digits in an English interface, or the reverse).
 */
export const CountField = (props: NumberFieldProps) => (
  <NumberField locales={useIntlLocale()} {...props} />
);
