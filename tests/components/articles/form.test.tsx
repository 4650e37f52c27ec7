import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../mocks/node';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

const openCreate = async () => {
  await signInAs('editor');
  const view = renderApp('/articles/create');
  const title = await screen.findByLabelText(/^Title/, {}, { timeout: 10000 });
  return { ...view, title };
};

describe('article form', () => {
  it('fills the slug from the title until the editor types in it', async () => {
    const { user, title } = await openCreate();
    await user.type(title, "Iraq's budget: what changes in 2026");
    const slug = screen.getByLabelText(/^Slug(?! line)/);
    await waitFor(() => expect(slug).toHaveValue('iraqs-budget-what-changes-in-2026'));
    await user.clear(slug);
    await user.type(slug, 'budget-2026');
    await user.type(title, ' and after');
    expect(slug).toHaveValue('budget-2026');
  });

  it('transliterates an Arabic title into a Latin slug', async () => {
    const { user, title } = await openCreate();
    await user.type(title, 'بغداد');
    await waitFor(() => expect(screen.getByLabelText(/^Slug(?! line)/)).toHaveValue('bghdad'));
  });

  it('shows a duplicate slug from the server under Slug', async () => {
    const { user, title } = await openCreate();
    const taken = [...getDb().articles.rows.values()].find((a) => a.lang === 'en')!;
    await user.type(title, 'A new story');
    const slug = screen.getByLabelText(/^Slug(?! line)/);
    await user.clear(slug);
    await user.type(slug, taken.slug);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('This slug is already used in this language', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(slug).toHaveAccessibleDescription('This slug is already used in this language');
  });

  it('requires alt text when there is an image, and marks the Media tab', async () => {
    const { user, title } = await openCreate();
    await user.type(title, 'A story with a photo');
    await user.click(screen.getByRole('tab', { name: 'Media' }));
    await user.type(screen.getByLabelText(/^Image URL/), 'https://example.com/photo.jpg');
    await user.click(screen.getByRole('tab', { name: 'Content' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const media = screen.getByRole('tab', { name: 'Media' });
    await waitFor(() => expect(media.className).toMatch(/error/));
    await user.click(media);
    expect(
      await screen.findByText('Alt text is required when there is an image'),
    ).toBeInTheDocument();
    expect(getDb().articles.size).toBe(2000);
  });

  it('previews the article as the site shows it: byline, credit line, time zone, tags, copyright', async () => {
    await signInAs('editor');
    const { user } = renderApp('/articles/1');
    await screen.findByDisplayValue(/rare earths supply/, {}, { timeout: 10000 });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview' });
    const view = within(dialog).getByTestId('article-view');
    expect(view).toHaveAttribute('dir', 'ltr');
    expect(within(view).getByRole('heading', { level: 1 })).toHaveTextContent(
      "US, Japan sign agreement on 'securing' rare earths supply",
    );
    expect(await within(view).findByTestId('byline')).toHaveTextContent('AFP by AFP');
    expect(
      await within(view).findByText(/\(Photo by ANDREW CABALLERO-REYNOLDS \/ AFP\)/),
    ).toBeInTheDocument();
    expect(within(view).getByText(/\(Iraq Time, GMT\+3\)/)).toBeInTheDocument();
    expect(await within(view).findByText('japan')).toBeInTheDocument();
    expect(within(view).getByText('© Agence France-Presse')).toBeInTheDocument();
  });
});
