// Placeholder until the SQL store lands (branch sql-store); replaced by its real module.
import type { Store } from '../types';
export type SqlOptions = { kind: 'pglite'; dataDir?: string } | { kind: 'postgres'; url: string; fresh?: boolean };
export const createSqlStore = async (_options: SqlOptions): Promise<Store> => {
  throw new Error('The SQL store is not merged yet');
};
