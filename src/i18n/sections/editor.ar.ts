import type { DeepStrings } from '../types';
import type { editorEn } from './editor.en';

export const editorAr = {} satisfies DeepStrings<typeof editorEn>;
