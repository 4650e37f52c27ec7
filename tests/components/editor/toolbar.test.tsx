import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  bodyValue,
  editorOf,
  expectBody,
  renderBodyInput,
  select,
  textbox,
} from './renderBodyInput';

const hello = '<p>Hello world</p>';
const button = (name: string) =>
  within(screen.getByRole('toolbar', { name: 'Formatting' })).getByRole('button', { name });

describe('BodyInput', () => {
  it('is a labelled multi-line textbox with a translated placeholder', async () => {
    renderBodyInput();
    const box = textbox();
    expect(box).toHaveAttribute('aria-multiline', 'true');
    expect(box).toHaveAttribute('aria-placeholder', 'Write the story…');
    expect(box.querySelector('p')).toHaveAttribute('data-placeholder', 'Write the story…');
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
  });

  it.each([
    ['Heading', '<h2>Hello world</h2>'],
    ['Subheading', '<h3>Hello world</h3>'],
    ['Bold', '<p><strong>Hello world</strong></p>'],
    ['Italic', '<p><em>Hello world</em></p>'],
    ['Underline', '<p><u>Hello world</u></p>'],
    ['Strikethrough', '<p><s>Hello world</s></p>'],
    ['Bulleted list', '<ul><li><p>Hello world</p></li></ul>'],
    ['Numbered list', '<ol><li><p>Hello world</p></li></ol>'],
    ['Quote', '<blockquote><p>Hello world</p></blockquote>'],
  ])('%s produces %s and shows as pressed', async (name, html) => {
    const { user } = renderBodyInput({ body: hello });
    await select(1, 12);
    expect(button(name)).toHaveAttribute('aria-pressed', 'false');
    await user.click(button(name));
    await expectBody(html);
    expect(button(name)).toHaveAttribute('aria-pressed', 'true');
  });

  it('inserts a horizontal rule, by button and by Ctrl+Alt+H', async () => {
    const { user } = renderBodyInput({ body: hello });
    await select(12, 12);
    await user.click(button('Horizontal rule'));
    // The empty paragraph the editor keeps after a final rule is not saved.
    await expectBody('<p>Hello world</p><hr>');
    fireEvent.keyDown(textbox(), { key: 'h', ctrlKey: true, altKey: true });
    await expectBody('<p>Hello world</p><hr><hr>');
  });

  it('undoes and redoes', async () => {
    const { user } = renderBodyInput({ body: hello });
    expect(button('Undo')).toBeDisabled();
    await select(1, 6);
    await user.click(button('Bold'));
    await expectBody('<p><strong>Hello</strong> world</p>');
    await user.click(button('Undo'));
    await expectBody(hello);
    await user.click(button('Redo'));
    await expectBody('<p><strong>Hello</strong> world</p>');
  });

  it('clears formatting', async () => {
    const { user } = renderBodyInput({ body: '<h2><strong>Hello</strong> <em>world</em></h2>' });
    await select(1, 12);
    await user.click(button('Clear formatting'));
    await expectBody(hello);
  });

  it.each([
    [{ key: 'b', ctrlKey: true }, '<p><strong>Hello world</strong></p>'],
    [{ key: 'i', ctrlKey: true }, '<p><em>Hello world</em></p>'],
    [{ key: 'u', ctrlKey: true }, '<p><u>Hello world</u></p>'],
    [{ key: 's', ctrlKey: true, shiftKey: true }, '<p><s>Hello world</s></p>'],
    [{ key: '2', ctrlKey: true, altKey: true }, '<h2>Hello world</h2>'],
    [{ key: '3', ctrlKey: true, altKey: true }, '<h3>Hello world</h3>'],
    [{ key: 'b', ctrlKey: true, shiftKey: true }, '<blockquote><p>Hello world</p></blockquote>'],
    [{ key: '\\', ctrlKey: true }, hello],
  ])('keyboard shortcut %o', async (keys, html) => {
    renderBodyInput({ body: hello });
    await select(1, 12);
    fireEvent.keyDown(textbox(), keys);
    await expectBody(html);
  });

  it('names every button, its shortcut and tooltip', async () => {
    const { user } = renderBodyInput({ body: hello });
    const bold = button('Bold');
    expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
    await user.hover(bold);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Bold (Ctrl+B)');
    expect(
      within(screen.getByRole('toolbar', { name: 'Formatting' })).getAllByRole('button'),
    ).toHaveLength(15);
  });

  it('moves between buttons with the arrow keys, one Tab stop', async () => {
    const { user } = renderBodyInput({ body: hello });
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const tabbable = within(toolbar)
      .getAllByRole('button')
      .filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    act(() => button('Heading').focus());
    await user.keyboard('{ArrowRight}');
    expect(button('Subheading')).toHaveFocus();
    await user.keyboard('{End}');
    expect(button('Clear formatting')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(button('Heading')).toHaveFocus();
  });

  it('holds a 10,000-word body and commits what is typed into it', async () => {
    const paragraph = `<p>${'word '.repeat(100).trim()}</p>`;
    renderBodyInput({ body: paragraph.repeat(100) });
    expect(await screen.findByRole('status', { name: 'Length' })).toHaveTextContent('10,000 words');
    act(() => {
      editorOf().commands.focus('end');
      for (let i = 0; i < 50; i++) editorOf().commands.insertContent('x');
    });
    act(() => editorOf().commands.blur());
    await waitFor(() => expect(bodyValue().endsWith(`word${'x'.repeat(50)}</p>`)).toBe(true));
  });
});
