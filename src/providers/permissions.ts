import type { ResourceName, Role } from '../schemas';

/**
 * The role table of DESIGN.md, the single source for the server (403) and the UI (hidden).
 * Actions are react-admin's (list, show, create, edit, delete, export) plus the newsroom's own.
 */
export type Action =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'export'
  | 'publish'
  | 'schedule'
  | 'review'
  | 'merge'
  | 'reset';

const read: Action[] = ['list', 'show'];
const all = '*' as const;
type Grant = Action[] | typeof all;

const table: Record<Role, Partial<Record<ResourceName | 'dashboard' | 'schedule' | 'demo', Grant>>> = {
  admin: {
    articles: all,
    categories: all,
    tags: all,
    authors: all,
    'photo-credits': all,
    users: all,
    activity: all,
    metrics: [...read, 'export', 'review'],
    revisions: [...read, 'create'],
    dashboard: read,
    schedule: [...read, 'edit'],
    // Restoring the demo newsroom on a shared server (the in-browser demo lets anyone).
    demo: ['reset'],
  },
  editor: {
    articles: [...read, 'create', 'edit', 'schedule', 'publish', 'export'],
    categories: read,
    tags: [...read, 'create'],
    authors: [...read, 'create', 'edit'],
    'photo-credits': all,
    metrics: read,
    revisions: [...read, 'create'],
    dashboard: read,
    schedule: [...read, 'edit'],
  },
  moderator: {
    articles: [...read, 'export'],
    categories: read,
    tags: read,
    authors: read,
    'photo-credits': read,
    metrics: [...read, 'export', 'review'],
    revisions: read,
    dashboard: read,
    schedule: read,
  },
};

export const can = (role: Role | undefined, resource: string, action: string): boolean => {
  if (!role) return false;
  const grant = table[role][resource as ResourceName];
  if (!grant) return false;
  return grant === all || grant.includes(action as Action);
};
