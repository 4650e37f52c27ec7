import { mergeAttributes, Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { isSafeImageSrc } from '../safeUrl';

export type FigureAttributes = {
  src: string;
  alt: string;
  caption: string;
  /** The credit line as printed ("Photo by NAME / AGENCY"), kept so the body reads alone. */
  credit: string;
  creditId: number | null;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: { setFigure: (attrs: FigureAttributes) => ReturnType };
  }
}

const text = (el: Element | null) => el?.textContent?.trim() ?? '';

const parseFigure = (figure: HTMLElement): FigureAttributes | false => {
  const img = figure.querySelector('img');
  if (!img || !isSafeImageSrc(img.getAttribute('src'))) return false;
  const caption = figure.querySelector('figcaption')?.cloneNode(true) as HTMLElement | undefined;
  const creditSpan = caption?.querySelector('span') ?? null;
  const credit = text(creditSpan);
  creditSpan?.remove();
  const id = Number(figure.getAttribute('data-credit-id'));
  return {
    src: img.getAttribute('src') ?? '',
    alt: img.getAttribute('alt') ?? '',
    caption: text(caption ?? null),
    credit,
    creditId: Number.isInteger(id) && id > 0 ? id : null,
  };
};

/**
 * A photo with its caption and credit: `<figure data-credit-id><img><figcaption>caption
 * <span>Photo by …</span></figcaption></figure>`. An atom: it is edited through the image
 * dialog, never typed into, so the stored markup keeps exactly this shape.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    // Values come from parseHTML's getAttrs as a whole; returning null here keeps them.
    const carried = (fallback: string | null) => ({
      default: fallback,
      parseHTML: () => null,
      rendered: false,
    });
    return {
      src: carried(''),
      alt: carried(''),
      caption: carried(''),
      credit: carried(''),
      creditId: carried(null),
    };
  },

  parseHTML() {
    return [
      { tag: 'figure', getAttrs: (dom) => parseFigure(dom as HTMLElement) },
      // A bare image (older bodies) is held as a figure without caption rather than lost.
      {
        tag: 'img[src]',
        getAttrs: (dom) => {
          const wrapper = document.createElement('figure');
          wrapper.append((dom as HTMLElement).cloneNode());
          return parseFigure(wrapper);
        },
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, caption, credit, creditId } = node.attrs as FigureAttributes;
    // Strings in an output spec render as text nodes.
    const figcaption: (string | DOMOutputSpec)[] = [];
    if (caption) figcaption.push(credit ? `${caption} ` : caption);
    if (credit) figcaption.push(['span', credit]);
    const figureAttrs = mergeAttributes(
      HTMLAttributes,
      creditId ? { 'data-credit-id': String(creditId) } : {},
    );
    const children: DOMOutputSpec[] = [['img', { src, alt }]];
    if (figcaption.length) children.push(['figcaption', ...figcaption] as DOMOutputSpec);
    return ['figure', figureAttrs, ...children] as DOMOutputSpec;
  },

  addCommands() {
    return {
      setFigure:
        (attrs) =>
        ({ commands }) =>
          isSafeImageSrc(attrs.src) && commands.insertContent({ type: this.name, attrs }),
    };
  },
});
