import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { env } from '@/lib/env';
import type { Viewer } from '@/lib/permissions';
import { readable } from './readable';

// Views are counted in memory and written in batches: one short transaction per flush
// instead of a write lock per page view. What was served and not yet flushed is lost
// only if the process dies without a clean shutdown (SIGTERM and SIGINT flush first);
// the loss is bounded by NEWSROOM_VIEW_FLUSH_MS.

const { articles, articleViews, articleReaders } = schema;

type Pending = { views: number; readers: Set<number> };
const buffer = new Map<number, Pending>();
const recent = new Map<string, number>();
let timer: NodeJS.Timeout | undefined;
let flushing: Promise<void> | undefined;

function dedupeWindowMs() {
  return env.NEWSROOM_VIEW_DEDUPE_MINUTES * 60_000;
}

function seenRecently(key: string, now: number) {
  const until = recent.get(key);
  if (until !== undefined && until > now) return true;
  recent.set(key, now + dedupeWindowMs());
  if (recent.size > 200_000) for (const [k, v] of recent) if (v <= now) recent.delete(k);
  return false;
}

export type ViewCounts = { views: number; readers: number };

/** Counts not yet written, added to what the database holds when a page is shown. */
export function pendingViews(articleId: number): ViewCounts {
  const p = buffer.get(articleId);
  return { views: p?.views ?? 0, readers: 0 };
}

/**
 * Counts one view of a published article by a browser. Anyone who may read the article
 * may count a view of it; a reload by the same reader (user, or anonymous visitor id)
 * within the de-duplication window is not counted again. Returns null when the viewer
 * may not read the article.
 */
export async function recordView(input: {
  viewer: Viewer | null;
  articleId: number;
  visitorId: string | null;
  now?: number;
}): Promise<(ViewCounts & { counted: boolean }) | null> {
  const now = input.now ?? Date.now();
  const [article] = await db
    .select({
      id: articles.id,
      views: articleViews.views,
      readers: articleViews.readers,
    })
    .from(articles)
    .leftJoin(articleViews, eq(articleViews.articleId, articles.id))
    .where(and(eq(articles.id, input.articleId), readable(input.viewer, new Date(now))))
    .limit(1);
  if (!article) return null;
  const reader = input.viewer ? `u${input.viewer.id}` : input.visitorId ? `v${input.visitorId}` : null;
  const counted = dedupeWindowMs() === 0 || !reader || !seenRecently(`${article.id}:${reader}`, now);
  if (counted) {
    let p = buffer.get(article.id);
    if (!p) {
      p = { views: 0, readers: new Set() };
      buffer.set(article.id, p);
    }
    p.views++;
    if (input.viewer) p.readers.add(input.viewer.id);
    schedule();
  }
  const pending = buffer.get(article.id);
  return { views: (article.views ?? 0) + (pending?.views ?? 0), readers: article.readers ?? 0, counted };
}

function schedule() {
  if (timer) return;
  timer = setTimeout(() => {
    timer = undefined;
    void flushViews().catch((error) => {
      console.error('Could not store view counts; will retry.', error instanceof Error ? error.message : error);
      schedule();
    });
  }, env.NEWSROOM_VIEW_FLUSH_MS);
  timer.unref?.();
}

/** Writes buffered counts in one transaction. Safe to call at any time, also concurrently. */
export async function flushViews(): Promise<void> {
  if (flushing) {
    await flushing;
    if (buffer.size === 0) return;
  }
  if (buffer.size === 0) return;
  const batch = new Map(buffer);
  buffer.clear();
  const run = transaction(async (tx) => {
    const ids = [...batch.keys()];
    // Skip articles deleted since the view was served.
    const existing = new Set(
      (await tx.select({ id: articles.id }).from(articles).where(inArray(articles.id, ids))).map((r) => r.id),
    );
    const now = new Date();
    for (const [articleId, p] of batch) {
      if (!existing.has(articleId)) continue;
      let newReaders = 0;
      if (p.readers.size > 0) {
        const inserted = await tx
          .insert(articleReaders)
          .values([...p.readers].map((userId) => ({ articleId, userId, firstViewedAt: now })))
          .onConflictDoNothing()
          .returning({ userId: articleReaders.userId });
        newReaders = inserted.length;
      }
      await tx
        .insert(articleViews)
        .values({ articleId, views: p.views, readers: newReaders })
        .onConflictDoUpdate({
          target: articleViews.articleId,
          set: {
            views: sql`${articleViews.views} + ${p.views}`,
            readers: sql`${articleViews.readers} + ${newReaders}`,
            updatedAt: now,
          },
        });
    }
  });
  flushing = run.then(
    () => undefined,
    (error) => {
      // Put the batch back so that nothing is lost, then let the caller see the error.
      for (const [id, p] of batch) {
        const cur = buffer.get(id);
        if (cur) {
          cur.views += p.views;
          for (const r of p.readers) cur.readers.add(r);
        } else buffer.set(id, p);
      }
      throw error;
    },
  );
  try {
    await flushing;
  } finally {
    flushing = undefined;
  }
}

/** For tests: forget de-duplication state. */
export function resetViewState() {
  recent.clear();
  buffer.clear();
}
