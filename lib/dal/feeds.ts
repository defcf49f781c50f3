import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import type { Locale } from '@/lib/i18n/config';
import type { Viewer } from '@/lib/permissions';
import { cardQuery, findCategory, newestFirst, readable, toCard } from './readable';
import { getViewerForSession } from './users';

const { articles, articleRevisions, feedTokens, users } = schema;

export const FEED_SIZE = 50;

// Personal feed tokens. The token itself is shown once; only its SHA-256 is stored, so a
// copy of the database gives no working links. A user has at most one token: creating a new
// one replaces the old, and revoking deletes it, which takes effect on the next request.

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates the viewer's feed token, replacing any earlier one; returns the token, once. Signed-in viewers, for themselves. */
export async function createFeedToken(input: { viewer: Viewer }): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await transaction(async (tx) => {
    await tx.delete(feedTokens).where(eq(feedTokens.userId, input.viewer.id));
    await tx.insert(feedTokens).values({ userId: input.viewer.id, tokenHash: hashToken(token) });
  });
  return token;
}

/** Revokes the viewer's feed token. Signed-in viewers, for themselves. */
export async function revokeFeedTokens(input: { viewer: Viewer }) {
  await db.delete(feedTokens).where(eq(feedTokens.userId, input.viewer.id));
}

/** Whether the viewer has a feed token, and when it was made and last used. Signed-in viewers, their own. */
export async function getFeedTokenStatus(input: { viewer: Viewer }) {
  const [row] = await db
    .select({ createdAt: feedTokens.createdAt, lastUsedAt: feedTokens.lastUsedAt })
    .from(feedTokens)
    .where(eq(feedTokens.userId, input.viewer.id))
    .limit(1);
  return row ?? null;
}

/**
 * The viewer a feed token stands for, read afresh (roles, active flag), or null for a
 * malformed, unknown or revoked token or an inactive user.
 */
export async function getViewerForFeedToken(token: unknown): Promise<Viewer | null> {
  if (typeof token !== 'string' || !TOKEN_FORMAT.test(token)) return null;
  const [row] = await db
    .select({ id: feedTokens.id, userId: users.id, sv: users.sessionVersion, lastUsedAt: feedTokens.lastUsedAt })
    .from(feedTokens)
    .innerJoin(users, eq(users.id, feedTokens.userId))
    .where(eq(feedTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) return null;
  const viewer = await getViewerForSession(row.userId, row.sv);
  if (!viewer) return null;
  // Record use at most once an hour: feed readers poll often.
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 3600_000) {
    await db.update(feedTokens).set({ lastUsedAt: now }).where(eq(feedTokens.id, row.id));
  }
  return viewer;
}

export type FeedEntry = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  language: Locale;
  publishedAt: Date;
  updatedAt: Date;
  category: { slug: string; name: string };
};

/**
 * The newest published articles the viewer may read (public ones only without a viewer),
 * optionally of one category. Never drafts, scheduled items or pending revisions: only the
 * live revision of published, due articles. Null when the category does not exist.
 */
export async function getFeedEntries(input: {
  viewer: Viewer | null;
  locale: Locale;
  categorySlug?: string;
  now?: Date;
}): Promise<{ category: { slug: string; name: string } | null; entries: FeedEntry[] } | null> {
  const { viewer, locale } = input;
  const category = input.categorySlug === undefined ? null : await findCategory(input.categorySlug, locale);
  if (category === undefined) return null;
  const rows = await cardQuery(and(readable(viewer, input.now), category ? eq(articles.categoryId, category.id) : undefined), {
    revisedAt: articleRevisions.updatedAt,
  })
    .orderBy(...newestFirst)
    .limit(FEED_SIZE);
  return {
    category: category && { slug: category.slug, name: category.name },
    entries: rows.map((r) => {
      const card = toCard(r, locale);
      const publishedAt = r.publishedAt as Date;
      return {
        id: card.id,
        slug: card.slug,
        title: card.title,
        summary: card.summary,
        language: card.language,
        publishedAt,
        updatedAt: r.revisedAt > publishedAt ? r.revisedAt : publishedAt,
        category: card.category,
      };
    }),
  };
}

