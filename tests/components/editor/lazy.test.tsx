import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { AdminContext, ResourceContextProvider, SimpleForm } from 'react-admin';
import { expect, test } from 'vitest';
import { LazyBodyInput, preloadBodyInput } from '../../../src/editor/LazyBodyInput';
import { editorEn } from '../../../src/i18n/sections/editor.en';
import { dataProvider } from './renderBodyInput';

const i18nProvider = polyglotI18nProvider(
  () => ({
    ...englishMessages,
    nd: { editor: editorEn },
    resources: { articles: { fields: { body: 'Body' } } },
  }),
  'en',
);

const renderForm = () =>
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="articles">
        <SimpleForm record={{ id: 1, body: '<p>Kept</p>', lang: 'en' }}>
          <LazyBodyInput />
        </SimpleForm>
      </ResourceContextProvider>
    </AdminContext>,
  );

test('while the editor loads, a screen reader hears a named progress bar, then the editor takes its place, its toolbar naming the text it formats', async () => {
  renderForm();
  const placeholder = screen.getByRole('progressbar', { name: 'Loading the editor…' });
  expect(placeholder.closest('[aria-busy="true"]')).not.toBeNull();
  expect(
    await screen.findByRole('textbox', { name: 'Body' }, { timeout: 10_000 }),
  ).toHaveTextContent('Kept');
  expect(screen.queryByRole('progressbar', { name: 'Loading the editor…' })).toBeNull();
});

test('once its code was fetched ahead (the article list does when idle), a form shows the editor at once', async () => {
  await preloadBodyInput();
  renderForm();
  expect(screen.getByRole('textbox', { name: 'Body' })).toHaveTextContent('Kept');
  expect(screen.queryByRole('progressbar')).toBeNull();
});
