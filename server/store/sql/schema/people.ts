import { sql } from 'drizzle-orm';
import {
  bigint, boolean, foreignKey, index, integer, pgTable, text, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { authors } from './content';
import { auditColumns, instant } from './types';

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  role: text('role').notNull(),
  active: boolean('active').notNull().default(true),
  authorId: integer('author_id'),
  lastLoginAt: instant('last_login_at'),
  ...auditColumns(),
}, (t) => [
  uniqueIndex('users_email_key').on(sql`lower(${t.email})`),
  foreignKey({ name: 'users_author_fk', columns: [t.authorId], foreignColumns: [authors.id] }).onDelete('set null'),
]);

/** Password hashes: a self-describing string (server/rules/auth/passwords.ts). */
export const credentials = pgTable('credentials', {
  userId: integer('user_id').primaryKey(),
  hash: text('hash').notNull(),
}, (t) => [
  foreignKey({ name: 'credentials_user_fk', columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
]);

/** Sessions by the hash of their token; epoch milliseconds, as the rules count time. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id').notNull(),
  expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
}, (t) => [
  foreignKey({ name: 'sessions_user_fk', columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
  index('sessions_user_idx').on(t.userId),
  index('sessions_expires_idx').on(t.expiresAt),
]);

/** Failed sign-ins for the throttle; emails lower-cased by the rules. */
export const loginFailures = pgTable('login_failures', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  email: text('email').notNull(),
  at: bigint('at', { mode: 'number' }).notNull(),
}, (t) => [index('login_failures_email_idx').on(t.email, t.at), index('login_failures_at_idx').on(t.at)]);
