import { defineConfig } from 'drizzle-kit';

/**
 * `npx drizzle-kit generate --config server/store/sql/drizzle.config.ts` writes the next
 * migration from the schema; the store applies the folder at start (migrate.ts).
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './server/store/sql/schema/index.ts',
  out: './server/store/sql/migrations',
});
