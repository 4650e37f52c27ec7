import type { Language } from '../../src/schemas';
import { createRng, type Rng } from './random';
import { prose } from './prose';
import { foldForSearch } from '../store/searchFold';

/**
 * Generated article bodies, stored compactly: each language has a pool of HTML blocks
 * (paragraphs, subheadings, lists) and an article keeps only the indices of its blocks, in
 * typed arrays. At 50,000 articles that is a few hundred kB instead of ~100 MB of strings, and a
 * full-text query scans the pool once instead of every body.
 */
const PARAGRAPHS = 1200;

interface Pool {
  html: string[];
  /** Plain text of each block, folded for `q` (foldForSearch). */
  text: string[];
  paragraphs: number;
  headings: number;
}

const fill = (template: string, slots: Record<string, string[]>, rng: Rng) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'n') return String(rng.between(3, 900));
    if (name === 'pct') return String(rng.between(1, 9));
    if (name === 'years') return String(rng.between(2, 10));
    return rng.pick(slots[name]);
  });

const buildPool = (lang: Language): Pool => {
  const p = prose[lang];
  const rng = createRng(lang === 'en' ? 101 : 202);
  const html: string[] = [];
  const text: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const n = rng.between(3, 5);
    const sentences = rng.sample(p.sentences, n).map((s) => fill(s, p.slots, rng));
    const plain = sentences.join(' ');
    html.push(`<p>${plain.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    text.push(foldForSearch(plain));
  }
  for (const h of p.headings) {
    html.push(`<h2>${h}</h2>`);
    text.push(foldForSearch(h));
  }
  for (let i = 0; i < 24; i++) {
    const items = rng.sample(p.listItems, 3);
    html.push(`<ul>${items.map((it) => `<li><p>${it}</p></li>`).join('')}</ul>`);
    text.push(foldForSearch(items.join(' ')));
  }
  return { html, text, paragraphs: PARAGRAPHS, headings: p.headings.length };
};

let pools: Record<Language, Pool> | undefined;
const getPools = () => (pools ??= { en: buildPool('en'), ar: buildPool('ar') });

/** Which blocks of each language's pool contain a (folded) query. */
export type BlockMatch = Record<Language, Uint8Array | null>;

export class GeneratedBodies {
  private start: Uint32Array;
  private blocks: Uint16Array;
  private langs: Uint8Array;
  private used = 0;

  constructor(private capacity: number) {
    this.start = new Uint32Array(capacity + 2);
    this.blocks = new Uint16Array(capacity * 9 + 16);
    this.langs = new Uint8Array(capacity + 2);
  }

  /** Draws a body (3 to 6 paragraphs, sometimes a subheading and a list) for article `id`. */
  generate(id: number, lang: Language, rng: Rng): void {
    const pool = getPools()[lang];
    const out: number[] = [];
    const paragraphs = rng.between(3, 6);
    const heading = rng.chance(0.25) ? 2 : -1;
    const list = rng.chance(0.15) ? 1 : -1;
    for (let i = 0; i < paragraphs; i++) {
      if (i === heading) out.push(pool.paragraphs + rng.int(pool.headings));
      out.push(rng.int(pool.paragraphs));
      if (i === list) out.push(pool.paragraphs + pool.headings + rng.int(24));
    }
    this.start[id] = this.used;
    this.blocks.set(out, this.used);
    this.used += out.length;
    this.start[id + 1] = this.used;
    this.langs[id] = lang === 'en' ? 1 : 2;
  }

  has(id: number): boolean {
    return id <= this.capacity && this.langs[id] !== 0;
  }

  html(id: number): string {
    const pool = getPools()[this.langs[id] === 1 ? 'en' : 'ar'];
    let s = '';
    for (let i = this.start[id]; i < this.start[id + 1]; i++) s += pool.html[this.blocks[i]];
    return s;
  }

  static match(q: string): BlockMatch {
    const p = getPools();
    const one = (pool: Pool) => {
      const flags = new Uint8Array(pool.text.length);
      let any = false;
      pool.text.forEach((t, i) => {
        if (t.includes(q)) {
          flags[i] = 1;
          any = true;
        }
      });
      return any ? flags : null;
    };
    return { en: one(p.en), ar: one(p.ar) };
  }

  matches(id: number, m: BlockMatch): boolean {
    const flags = this.langs[id] === 1 ? m.en : this.langs[id] === 2 ? m.ar : null;
    if (!flags) return false;
    for (let i = this.start[id]; i < this.start[id + 1]; i++) if (flags[this.blocks[i]]) return true;
    return false;
  }
}
