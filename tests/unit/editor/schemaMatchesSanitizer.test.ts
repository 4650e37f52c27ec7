import { allowedTags, sanitizeBody } from '../../../src/editor/sanitize';
import { headlessEditor } from './headlessEditor';

/** Every construct of the schema, built through editor commands as a user would. */
const everything = () => {
  const editor = headlessEditor('<p>x</p>');
  editor
    .chain()
    .setContent('')
    .insertContent('<h2>Heading</h2><h3>Sub</h3>')
    .insertContent(
      '<p><strong>b</strong> <em>i</em> <u>u</u> <s>s</s> <a href="https://afp.com">l</a></p>',
    )
    .insertContent(
      '<p>line<br>break</p><ul><li><p>bullet</p></li></ul><ol start="2"><li><p>n</p></li></ol>',
    )
    .insertContent('<blockquote><p>q</p></blockquote><hr><p>after the rule</p>')
    .setFigure({
      src: 'https://cdn.newsdesk.test/p.jpg',
      alt: 'Alt',
      caption: 'Caption',
      credit: 'Photo by A / AFP',
      creditId: 3,
    })
    .run();
  return editor.getHTML();
};

describe('the sanitiser’s allow-list is the editor’s schema', () => {
  it('keeps everything the editor produces, byte for byte', () => {
    const html = everything();
    expect(html).toContain('<figure data-credit-id="3">');
    expect(sanitizeBody(html)).toBe(html);
  });

  it('allows no tag the editor cannot produce', () => {
    const produced = new Set(
      Array.from(
        new DOMParser().parseFromString(everything(), 'text/html').body.querySelectorAll('*'),
      ).map((el) => el.tagName.toLowerCase()),
    );
    expect([...allowedTags].sort()).toEqual([...produced].sort());
  });

  it('loads back what it saved (figure and credit round-trip)', () => {
    const html = everything();
    const again = headlessEditor(html);
    expect(again.getHTML()).toBe(html);
  });
});
