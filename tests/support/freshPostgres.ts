import pg from 'pg';

/** Empties the test database of TEST_DATABASE_URL: the store's migrations then start afresh. */
export const dropSchemas = async (url: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public');
  } finally {
    await client.end();
  }
};

/** Runs one statement (CREATE / DROP DATABASE: outside a transaction) on a connection of its own. */
export const runStatement = async (url: string, statement: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
};
