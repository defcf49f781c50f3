import { sqliteColumns } from '../dialects/sqlite/columns';
import { defineTables } from './tables';

// The tables of SQLite: the one declaration (./tables.ts) with the column kit of
// SQLite. drizzle-kit reads the named exports of this file (npm run db:generate).

export const {
  users, units, roleGrants, categories, meetingSeries, meetingKinds, tags, articles, articleRevisions,
  articleTags, articleViews, articleReaders, mustReadAcks, files, notifications, mailOutbox, auditLog,
  searchDocuments, feedTokens, signInAttempts, userIdentities, groupMappings, scimTokens, scimGroups,
  scimGroupMembers, settings, invitations, archiveImports,
} = defineTables(sqliteColumns);
