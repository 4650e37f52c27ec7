import { act, screen, waitFor } from '@testing-library/react';
import { bodyValue, editorOf, expectBody, renderBodyInput } from './renderBodyInput';

const type = (text: string) =>
  act(() => {
    editorOf().commands.insertContent(text);
  });

describe('the form value follows the editor', () => {
  it('commits the first change at once and the rest of a burst after a pause', async () => {
    // The pause is long enough that a loaded CI machine cannot pass it between two keystrokes.
    renderBodyInput({ body: '<p>a</p>', commitDelay: 1500 });
    await act(() => editorOf().commands.setTextSelection(2));
    await type('b');
    expect(bodyValue()).toBe('<p>ab</p>');
    await type('c');
    await type('d');
    expect(bodyValue()).toBe('<p>ab</p>');
    await waitFor(() => expect(bodyValue()).toBe('<p>abcd</p>'), { timeout: 15_000 });
  });

  it('saves the latest text even when typing has not paused', async () => {
    const onSubmit = vi.fn();
    const { user } = renderBodyInput({ body: '<p>a</p>', commitDelay: 60_000, onSubmit });
    await act(() => editorOf().commands.setTextSelection(2));
    await type('b');
    await type('c');
    expect(bodyValue()).toBe('<p>ab</p>');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ body: '<p>abc</p>' });
  });

  it('commits when the editor loses focus', async () => {
    renderBodyInput({ body: '<p>a</p>', commitDelay: 60_000 });
    await act(() => editorOf().commands.focus('end'));
    await type('b');
    await type('c');
    act(() => editorOf().commands.blur());
    await expectBody('<p>abc</p>');
  });

  it('stores an emptied body as an empty string', async () => {
    renderBodyInput({ body: '<p>a</p>' });
    act(() => {
      editorOf().commands.clearContent(true);
    });
    await expectBody('');
  });

  it('counts words once typing pauses, announced politely', async () => {
    renderBodyInput({ body: '<p>one two three</p>' });
    const status = screen.getByRole('status', { name: 'Length' });
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('3 words · 1 min read');
    await act(() => editorOf().commands.setTextSelection(14));
    await type(' four');
    expect(status).toHaveTextContent('3 words');
    await waitFor(() => expect(status).toHaveTextContent('4 words · 1 min read'));
  });
});
