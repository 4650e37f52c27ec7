import type { Change, Tables } from '../memory/tables';
import type { LooseTable } from '../memory/table';
import type { StoredArticle, StoredSession } from '../memory/types';

/**
 * Overlay keys: `r:RESOURCE:ID` a record (null: deleted), `n:RESOURCE` the next id of a table
 * (so an id freed by a delete is never handed out again), `s:TOKENHASH` a session (null:
 * ended), `c:USERID` a password hash (null: none).
 */
type Write = [key: string, value: unknown];

const tableOf = (t: Tables, resource: string): LooseTable | undefined => {
  const tables: Record<string, LooseTable> = {
    articles: t.articles, categories: t.categories, tags: t.tags, authors: t.authors,
    'photo-credits': t.photoCredits, users: t.users, revisions: t.revisions, activity: t.activity,
    reviews: t.reviews,
  };
  return tables[resource];
};

/** The overlay writes of a transaction's changes (a key written twice keeps its last value). */
export const writesOf = (changes: readonly Change[], t: Tables): Write[] => {
  const out = new Map<string, unknown>();
  for (const c of changes) {
    if (c.kind === 'record') {
      out.set(`r:${c.resource}:${c.id}`, c.value);
      out.set(`n:${c.resource}`, tableOf(t, c.resource)?.nextId ?? 0);
    } else if (c.kind === 'session') out.set(`s:${c.tokenHash}`, c.value);
    else if (c.kind === 'credential') out.set(`c:${c.userId}`, c.value);
  }
  return [...out];
};

/** Applies one overlay entry to the tables, outside any transaction (nothing to undo or announce). */
export const applyEntry = (t: Tables, key: string, value: unknown): void => {
  const [kind, a, b] = key.split(':');
  if (kind === 'r' && a === 'articles') {
    if (value) t.putArticle(value as StoredArticle);
    else t.removeArticle(Number(b));
  } else if (kind === 'r') {
    const table = tableOf(t, a);
    if (!table) return;
    if (value) table.put(value as { id: number });
    else table.remove(Number(b));
  } else if (kind === 'n') {
    const table = tableOf(t, a);
    if (table) table.nextId = Math.max(table.nextId, Number(value));
  } else if (kind === 's') t.setSession(a, (value as StoredSession | null) ?? null);
  else if (kind === 'c') t.setCredential(Number(a), typeof value === 'string' ? value : null);
};
