import { act, screen } from '@testing-library/react';
import { bodyValue, editorOf, expectBody, renderBodyInput, textbox } from './renderBodyInput';

const withTable =
  '<p>Casualty figures:</p><table><tbody><tr><td>Basra</td><td>12</td></tr></tbody></table>';

describe('content the editor cannot hold', () => {
  it('warns, and keeps the original untouched until the body is edited', async () => {
    renderBodyInput({ body: withTable });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Part of this body could not be loaded into the editor (<table>). The original is kept untouched until you edit the body',
    );
    expect(bodyValue()).toBe(withTable);
    act(() => {
      editorOf().chain().setTextSelection(1).insertContent('New: ').run();
    });
    await expectBody('<p>New: Casualty figures:</p><p>Basra12</p>');
  });

  it('shows no warning for content of its own schema', async () => {
    renderBodyInput({ body: '<h2>Title</h2><p><strong>ok</strong></p>' });
    expect(textbox()).toHaveTextContent('Titleok');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
