import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

const paste = (input: HTMLElement, text: string) =>
  fireEvent.paste(input, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });

describe('pasting a credit line', () => {
  it.each([
    ['Photo by ANDREW CABALLERO-REYNOLDS / AFP', 'ANDREW CABALLERO-REYNOLDS', 'AFP'],
    ['AFP PHOTO / SAUL LOEB', 'SAUL LOEB', 'AFP'],
    ['تصوير أحمد الربيعي / أ ف ب', 'أحمد الربيعي', 'AFP'],
  ])('"%s" fills Photographer and Agency, and the preview prints it in both languages', async (line, photographer, agency) => {
    await signInAs('editor');
    renderApp('/photo-credits/create');
    const input = await screen.findByLabelText(/^Photographer/, {}, { timeout: 10000 });
    paste(input, line);
    expect(input).toHaveValue(photographer);
    expect(screen.getByRole('textbox', { name: 'Agency' })).toHaveValue(agency);
    expect(screen.getByTestId('credit-en')).toHaveTextContent(`Photo by ${photographer} / ${agency}`);
    expect(screen.getByTestId('credit-ar')).toHaveTextContent(`تصوير ${photographer} / أ ف ب`);
  });

  it('leaves a plain name pasted as typed', async () => {
    await signInAs('editor');
    renderApp('/photo-credits/create');
    const input = await screen.findByLabelText(/^Photographer/, {}, { timeout: 10000 });
    paste(input, 'Hussein Faleh');
    // Not taken over: the browser's own paste (not simulated by fireEvent) inserts the text.
    expect(input).toHaveValue('');
    expect(screen.getByRole('textbox', { name: 'Agency' })).toHaveValue('');
  });
});
