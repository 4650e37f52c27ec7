import '@testing-library/jest-dom/vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import {
  AdminContext,
  ResourceContextProvider,
  SimpleForm,
  TextInput,
  type DataProvider,
} from 'react-admin';
import { useWatch, type FieldValues } from 'react-hook-form';
import { BodyInput } from '../../../src/editor/BodyInput';
import type { BodyInputProps } from '../../../src/editor/types';
import { editorEn } from '../../../src/i18n/sections/editor.en';
import type { PhotoCredit } from '../../../src/schemas/photoCredit';

// jsdom has no layout: ProseMirror asks for rectangles when it scrolls the selection into view.
const rect = () => ({
  x: 0,
  y: 0,
  top: 0,
  left: 0,
  bottom: 0,
  right: 0,
  width: 0,
  height: 0,
  toJSON: () => ({}),
});
Range.prototype.getBoundingClientRect = rect as () => DOMRect;
Range.prototype.getClientRects = (() => []) as unknown as () => DOMRectList;
document.elementFromPoint ??= () => null;
if (typeof globalThis.ClipboardEvent === 'undefined') {
  globalThis.ClipboardEvent = class extends Event {
    clipboardData = null;
  } as unknown as typeof ClipboardEvent;
}

const messages = {
  ...englishMessages,
  nd: { editor: editorEn },
  resources: {
    articles: { name: 'Article |||| Articles', fields: { body: 'Body', lang: 'Language' } },
  },
};
const i18nProvider = polyglotI18nProvider(() => messages, 'en');

const audit = {
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  createdBy: 1,
  updatedBy: 1,
  version: 1,
};
export const credits: PhotoCredit[] = [
  {
    id: 7,
    photographer: 'ANDREW CABALLERO-REYNOLDS',
    agency: 'AFP',
    license: 'agency',
    notes: '',
    usageCount: 3,
    ...audit,
  },
  {
    id: 8,
    photographer: 'Hussein Faleh',
    agency: 'AFP',
    license: 'agency',
    notes: '',
    usageCount: 1,
    ...audit,
  },
  {
    id: 9,
    photographer: 'Staff photographer',
    agency: '',
    license: 'staff',
    notes: '',
    usageCount: 0,
    ...audit,
  },
];

const unsupported = () => Promise.reject(new Error('not used by the editor'));
/** Just what the image dialog asks for: the photo-credits lookup. */
export const dataProvider: DataProvider = {
  getList: async (_resource, { filter }) => {
    const q = String(filter?.q ?? '').toLowerCase();
    const data = credits.filter((c) => `${c.photographer} ${c.agency}`.toLowerCase().includes(q));
    return { data, total: data.length } as never;
  },
  getOne: async (_resource, { id }) =>
    ({ data: credits.find((c) => c.id === Number(id)) }) as never,
  getMany: async (_resource, { ids }) =>
    ({ data: credits.filter((c) => ids.includes(c.id)) }) as never,
  getManyReference: unsupported,
  create: unsupported,
  update: unsupported,
  updateMany: unsupported,
  delete: unsupported,
  deleteMany: unsupported,
};

/** The form's current body, as the save would send it. */
const BodyValue = () => (
  <output data-testid="body-value">{useWatch({ name: 'body' }) as string}</output>
);

/** articleLang is the record's Language field; BodyInputProps.lang is the input's override. */
type Options = {
  body?: string;
  articleLang?: 'en' | 'ar';
  onSubmit?: (values: FieldValues) => void;
} & BodyInputProps;

export const renderBodyInput = ({
  body = '',
  articleLang = 'en',
  onSubmit = () => {},
  ...props
}: Options = {}) => {
  const user = userEvent.setup();
  const view = render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="articles">
        <SimpleForm record={{ id: 1, body, lang: articleLang }} onSubmit={onSubmit}>
          <TextInput source="lang" />
          <BodyInput {...props} />
          <BodyValue />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return { ...view, user };
};

export const textbox = () => screen.getByRole('textbox', { name: 'Body' });
/** TipTap hangs the editor on its DOM node; tests drive selection and typing through it. */
export const editorOf = () => (textbox() as HTMLElement & { editor: Editor }).editor;
export const bodyValue = () => screen.getByTestId('body-value').textContent;
export const expectBody = (html: string) => waitFor(() => expect(bodyValue()).toBe(html));

/** Selects the text between two positions (1 is the start of the first paragraph). */
export const select = (from: number, to: number) =>
  act(() => {
    editorOf().commands.setTextSelection({ from, to });
  });
