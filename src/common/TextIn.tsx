import { TextInput, type TextInputProps } from 'react-admin';

/** react-admin turns an emptied text input into null; the schemas want '' for "no text". */
const keepEmptyString = (value: string) => value;

export const TextIn = (props: TextInputProps) => <TextInput parse={keepEmptyString} {...props} />;
