import { isSafeHref } from '../safeUrl';
import { all, isBlank, rename, styleOf, unwrap } from './dom';
import { convertStyledSpans } from './inlineStyles';
import { convertWordLists } from './wordLists';

/** Elements dropped with their content: metadata, scripts, Office drawing markup, media. */
const dropped =
  'head,style,script,meta,link,title,xml,template,iframe,object,embed,svg,math,img,picture,video,audio,canvas,form,input,button,select,textarea';
/** Elements kept only for their content. */
const unwrapped =
  'span,font,div,section,article,header,footer,main,center,small,big,sup,sub,mark,abbr,cite,dfn,kbd,samp,var,time,label,ins';
const keptAttributes: Record<string, string[]> = { A: ['href', 'title'] };

const removeComments = (root: Node) => {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  // Word's <!--[if !supportLists]--> wrappers become comments: their content stays.
  comments.forEach((c) => c.parentNode?.removeChild(c));
};

/** Word's namespaced tags: <o:p> holds a stray no-break space, <v:shape> a drawing, <st1:*> real text. */
const cleanOfficeTags = (root: HTMLElement) => {
  for (const el of all(root)) {
    const name = el.tagName.toLowerCase();
    if (!name.includes(':')) continue;
    if (name === 'o:p' || name.startsWith('v:') || name.startsWith('w:')) el.remove();
    else unwrap(el);
  }
};

const normaliseBlocks = (root: HTMLElement) => {
  for (const el of all(root, 'h1,h2,h3,h4,h5,h6,p.MsoTitle,p.MsoSubtitle')) {
    const tag = el.tagName === 'P' ? (el.className === 'MsoTitle' ? 'h2' : 'h3') : el.tagName;
    rename(el, tag === 'H1' ? 'h2' : /^H[4-6]$/.test(tag) ? 'h3' : tag.toLowerCase());
  }
  for (const el of all(root, 'b')) rename(el, 'strong');
  for (const el of all(root, 'i')) rename(el, 'em');
  for (const el of all(root, 'strike,del')) rename(el, 's');
  // Google nests a sub-list beside its parent item instead of inside it.
  for (const list of all(root, 'ul > ul, ul > ol, ol > ul, ol > ol')) {
    const prev = list.previousElementSibling;
    if (prev?.tagName === 'LI') prev.append(list);
  }
};

const stripAttributes = (root: HTMLElement) => {
  for (const el of all(root)) {
    const keep = keptAttributes[el.tagName] ?? [];
    for (const { name } of Array.from(el.attributes))
      if (!keep.includes(name)) el.removeAttribute(name);
  }
};

const dropEmpty = (root: HTMLElement) => {
  // Breaks between blocks (Google puts <br> after lists and tables) are not line breaks.
  for (const br of all(root, 'br'))
    if (br.parentElement?.closest('p,h2,h3,li') == null) br.remove();
  for (const el of all(root, 'p,h2,h3,li,blockquote,ul,ol,strong,em,u,s,a').reverse()) {
    if (!isBlank(el)) continue;
    // A blank inline element may still be the space between two words.
    if (/^(P|H2|H3|LI|BLOCKQUOTE|UL|OL)$/.test(el.tagName)) el.remove();
    else unwrap(el);
  }
};

/**
 * What arrives on the clipboard from Word or Google Docs, reduced to the structure the schema
 * holds: headings (as h2/h3), paragraphs, lists, links, bold, italic, underline, strike.
 * Styles, classes, spans, Office tags and empty paragraphs are dropped; so are pasted images,
 * which point at the author's disk or at expiring Google URLs (images go in via the dialog,
 * with alt text and credit).
 */
export const cleanPastedHtml = (html: string): string => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  removeComments(body);
  for (const el of all(body, dropped)) el.remove();
  cleanOfficeTags(body);
  convertWordLists(body);
  convertStyledSpans(body);
  for (const a of all(body, 'a')) if (!isSafeHref(a.getAttribute('href'))) unwrap(a);
  for (const el of all(body, unwrapped)) if (!/mso-list/.test(styleOf(el))) unwrap(el);
  normaliseBlocks(body);
  stripAttributes(body);
  dropEmpty(body);
  return body.innerHTML.replace(/\u00a0(?=<\/(p|h2|h3|li)>)/g, '').trim();
};
