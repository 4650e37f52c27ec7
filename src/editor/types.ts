import type { ReactNode } from 'react';
import type { Validator } from 'react-admin';
import type { BodyLang } from './creditText';

export type BodyInputProps = {
  resource?: string;
  /** Form field holding the HTML. Default `body`. */
  source?: string;
  /** Default: the `resources.<resource>.fields.<source>` translation, i.e. "Body". */
  label?: string;
  helperText?: ReactNode;
  validate?: Validator | Validator[];
  /** Text direction and alignment follow this; default: the form's `lang` value. */
  lang?: BodyLang;
  /** Delay before typed text reaches the form value (ms). Blur and submit flush at once. */
  commitDelay?: number;
  readOnly?: boolean;
};
