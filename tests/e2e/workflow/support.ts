import { expect, type BrowserContext, type Page } from '@playwright/test';
import { quiet } from '../browser/tabs';
import { api } from '../support/app';

/**
 * Helpers of the workflow specs. The embedded backend lives in each page (MSW), so two browser
 * contexts would be two newsrooms; `shareBackend` makes a second context talk to the first
 * page's backend instead, as two editors' browsers talk to one server in production.
 */

interface BridgedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | null;
}
interface BridgedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Routes every `/api` fetch of `context` to `owner`'s embedded backend. Call before any page opens. */
export async function shareBackend(context: BrowserContext, owner: Page) {
  await context.exposeFunction('__ndBridge', (req: BridgedRequest): Promise<BridgedResponse> =>
    owner.evaluate(async ({ method, path, headers, body }) => {
      const res = await fetch(path, { method, headers, body: body ?? undefined });
      const out: Record<string, string> = {};
      res.headers.forEach((value, key) => (out[key] = value));
      return { status: res.status, headers: out, body: await res.text() };
    }, req),
  );
  await context.addInitScript(() => {
    const bridge = (window as unknown as { __ndBridge: (r: unknown) => Promise<BridgedResponse> }).__ndBridge;
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      if (url.origin !== location.origin || !url.pathname.startsWith('/api/')) return original(input, init);
      const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.text();
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => (headers[key] = value));
      const r = await bridge({ method: request.method, path: url.pathname + url.search, headers, body });
      return new Response(r.status === 204 ? null : r.body, { status: r.status, headers: r.headers });
    };
  });
}

/** Makes the next article save answer 500 (the embedded backend runs in the page, out of page.route's reach). */
export async function failNextArticleSave(page: Page) {
  await page.evaluate(() => {
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'PUT' && new URL(request.url).pathname.startsWith('/api/articles/')) {
        window.fetch = original;
        return new Response(JSON.stringify({ message: 'Internal error' }), { status: 500, headers: { 'Content-Type': 'application/json' } });
      }
      return original(input, init);
    };
  });
}

export interface ArticleRow {
  id: number;
  title: string;
  body: string;
  status: string;
  version: number;
  publishAt: string | null;
  publishedAt: string | null;
}

/** The first article in `status` (drafts carry the seed's full text, so they can be scheduled). */
export async function firstArticle(page: Page, status: string): Promise<ArticleRow> {
  const filter = encodeURIComponent(JSON.stringify({ status }));
  const { json } = await api<ArticleRow[]>(page, 'GET', `/articles?filter=${filter}&range=[0,0]&sort=["id","ASC"]`);
  return json[0];
}

export const getArticle = async (page: Page, id: number) => (await api<ArticleRow>(page, 'GET', `/articles/${id}`)).json;

/** Opens the edit page and waits for the record in the Title field. */
export async function openArticle(page: Page, article: ArticleRow) {
  await page.goto(`/#/articles/${article.id}`);
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(article.title);
}

/**
 * Waits until an open article form has drawn all it draws on its own: the fields of its Media
 * and Metadata tabs (rendered just after the form's first paint) are there, and their reference
 * lists and lookups have been answered (`quiet`; trackRequests(page) must come before sign-in).
 * A test that ends the session next then meets it with its own request, not a late lookup's.
 */
export async function formDrawn(page: Page) {
  await expect(page.locator('[name="featuredImage.url"]')).toBeAttached();
  await expect(page.locator('[name="seoTitle"]')).toBeAttached();
  await quiet(page);
}

export const bodyEditor = (page: Page) => page.getByRole('textbox', { name: 'Body' });

/**
 * Whether this browser's copy of unsaved work (IndexedDB, `useLocalDraft`) holds `text`: the
 * copy is taken on a timer, and a test waits for it rather than for a span of wall-clock time.
 * A database not created yet is not created here (the upgrade is aborted), so the app's own
 * first open still makes its object store.
 */
export const deviceCopyHolds = (page: Page, text: string) =>
  page.evaluate(async (text) => {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const open = indexedDB.open('newsdesk-drafts');
      open.onupgradeneeded = () => open.transaction?.abort();
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(null);
    });
    if (!db) return false;
    try {
      if (!db.objectStoreNames.contains('drafts')) return false;
      const copies = await new Promise<unknown[]>((resolve, reject) => {
        const all = db.transaction('drafts').objectStore('drafts').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      return JSON.stringify(copies).includes(text);
    } finally {
      db.close();
    }
  }, text);
