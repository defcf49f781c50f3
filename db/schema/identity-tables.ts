import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ColumnKit } from '@/db/dialect';

// The tables of sign-in and provisioning: the lockout counters, the accounts at the
// identity provider linked to users, the group → role mapping and the SCIM tokens and
// groups. Declared like ./tables.ts, with the column kit of one database.

type Refs = { users: { id: AnySQLiteColumn }; units: { id: AnySQLiteColumn } };

export function defineIdentityTables(kit: ColumnKit, refs: Refs) {
  const { table, id, int, text, timestamp, now, index, uniqueIndex, primaryKey } = kit;
  const createdAt = () => timestamp('created_at').notNull().default(now());
  const ofUser = () =>
    int('user_id')
      .notNull()
      .references(() => refs.users.id, { onDelete: 'cascade' });

  /**
   * Failed sign-ins, one row per account (`account:<email>`) and per client address
   * (`client:<address>`), shared by every instance and both sign-in paths.
   */
  const signInAttempts = table('sign_in_attempts', {
    key: text('key').primaryKey(),
    failures: int('failures').notNull().default(0),
    windowStart: timestamp('window_start').notNull(),
    lockedUntil: timestamp('locked_until'),
  });

  /** Accounts elsewhere linked to a user: the OpenID Connect subject, the SCIM externalId. */
  const userIdentities = table(
    'user_identities',
    {
      id: id(),
      userId: ofUser(),
      provider: text('provider', { enum: ['oidc', 'scim'] }).notNull(),
      subject: text('subject').notNull(),
      createdAt: createdAt(),
    },
    (t) => [
      uniqueIndex('user_identities_subject_idx').on(t.provider, t.subject),
      index('user_identities_user_idx').on(t.userId),
    ],
  );

  /** A directory group gives a role, optionally scoped to a unit; applied at every sign-in. */
  const groupMappings = table(
    'group_mappings',
    {
      id: id(),
      groupName: text('group_name').notNull(),
      role: text('role', { enum: ['reader', 'editor', 'approver', 'admin'] }).notNull(),
      unitId: int('unit_id').references(() => refs.units.id),
      createdAt: createdAt(),
    },
    (t) => [index('group_mappings_group_idx').on(t.groupName)],
  );

  /** Bearer tokens of the SCIM endpoint: only a hash is kept; revoking keeps the row. */
  const scimTokens = table('scim_tokens', {
    id: id(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: int('created_by').references(() => refs.users.id, { onDelete: 'set null' }),
    lastUsedAt: timestamp('last_used_at'),
    revokedAt: timestamp('revoked_at'),
    createdAt: createdAt(),
  });

  /** Groups pushed by a SCIM client; their names are what the group mapping matches. */
  const scimGroups = table('scim_groups', {
    id: id(),
    displayName: text('display_name').notNull().unique(),
    externalId: text('external_id'),
    createdAt: createdAt(),
  });

  const scimGroupMembers = table(
    'scim_group_members',
    {
      groupId: int('group_id')
        .notNull()
        .references(() => scimGroups.id, { onDelete: 'cascade' }),
      userId: ofUser(),
    },
    (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('scim_group_members_user_idx').on(t.userId)],
  );

  return { signInAttempts, userIdentities, groupMappings, scimTokens, scimGroups, scimGroupMembers };
}
