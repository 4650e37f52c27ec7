import { all, isBlank, styleOf } from './dom';

/**
 * Word does not paste lists as lists: each item is a `<p style="mso-list:l0 level2 lfo1">`
 * whose marker ("1.", "·", "o") sits in a `<span style="mso-list:Ignore">`. Rebuild real,
 * nested `<ul>`/`<ol>` from consecutive such paragraphs.
 */
const listInfo = /mso-list:\s*l\d+\s+level(\d+)/;
const orderedMarker = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

type Open = { level: number; list: HTMLElement };

const takeMarker = (p: Element): string => {
  const ignore = all(p, 'span').find((s) => /mso-list:\s*ignore/.test(styleOf(s)));
  if (!ignore) return '';
  const marker = (ignore.textContent ?? '').replace(/[\s\u00a0]/g, '');
  // The marker is often wrapped in a Symbol-font span that is left empty.
  let box: Element = ignore;
  while (
    box.parentElement &&
    box.parentElement !== p &&
    box.parentElement.childNodes.length === 1
  ) {
    box = box.parentElement;
  }
  box.remove();
  return marker;
};

const isSiblingItem = (node: ChildNode | null): node is HTMLElement => {
  let n = node;
  while (n && n.nodeType !== 1) {
    if (n.nodeType === 3 && (n.textContent ?? '').trim()) return false;
    n = n.nextSibling;
  }
  return !!n && listInfo.test(styleOf(n as Element));
};

export const convertWordLists = (root: HTMLElement) => {
  let open: Open[] = [];
  for (const p of all(root, 'p')) {
    const match = listInfo.exec(styleOf(p));
    if (!match) continue;
    const level = Number(match[1]);
    const ordered = orderedMarker.test(takeMarker(p));
    while (open.length && open[open.length - 1].level > level) open.pop();
    let top = open[open.length - 1];
    if (!top || top.level < level) {
      const list = p.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else p.before(list);
      top = { level, list };
      open.push(top);
    }
    const li = p.ownerDocument.createElement('li');
    const para = p.ownerDocument.createElement('p');
    para.append(...Array.from(p.childNodes));
    if (!isBlank(para)) li.append(para);
    top.list.append(li);
    const continues = isSiblingItem(p.nextSibling);
    p.remove();
    if (!continues) open = [];
  }
};
