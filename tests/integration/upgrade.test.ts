import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@/db/client';
import { emptyDatabase, fillOldContent, migrationsUpTo, setOldMeta, shippedMigrations } from '../support/migrations';

// An install of an earlier release holds content when it is upgraded: every migration must
// apply to filled tables, not only to the empty ones of a fresh install. The test builds a
// database as each earlier release left it, fills it through plain SQL in that release's
// columns, and migrates it with the shipped migrations.

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('upgrading a filled database', () => {
  // Every release before the current one (the journal's tags but the last).
  const journal = JSON.parse(readFileSync(path.join(shippedMigrations, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const releases = journal.entries.slice(0, -1).map((e) => e.tag);
  const since = (tag: string, index: number) => index >= releases.indexOf(tag);
  for (const [index, release] of releases.entries()) {
    it(`migrates a database of ${release} with content to the current schema and keeps the content`, async () => {
      const { db, migrate } = await emptyDatabase(cleanups);
      await migrate(migrationsUpTo(release, cleanups));
      const old = await fillOldContent(db, { count: 1, updateTime: since('0002_authoring', index) });
      const [{ article: articleId, revision: revisionId, tag }] = old.items;
      const fields = {
        categoryId: old.category,
        sourceUnitId: old.unit,
        sourceText: '',
        language: 'en',
        translationId: null,
        seriesId: null,
        visibility: 'internal',
        pinned: false,
        featured: false,
        mustRead: false,
        tags: [tag],
        coverKey: null,
        attachments: [],
      };
      // From 0006 on, the app wrote every revision's metadata itself.
      if (since('0006_backfill_revision_meta', index)) await setOldMeta(db, revisionId, fields);

      await migrate(shippedMigrations);

      const { articles, articleRevisions } = schema;
      const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
      expect(article).toMatchObject({ slug: 'old-story-1', status: 'published', liveRevisionId: revisionId });
      const revisions = await db.select().from(articleRevisions).orderBy(asc(articleRevisions.id));
      expect(revisions).toHaveLength(1);
      const [revision] = revisions;
      expect(revision).toMatchObject({ title: 'Old story 1', body: '<p>Story 1, kept through every upgrade.</p>', autosave: false });
      // A revision written before revisions had their own update time was last changed when it was made.
      expect(revision.updatedAt.getTime()).toBe(revision.createdAt.getTime());
      // Later migrations fill in what the first schema did not hold.
      expect(revision.meta).toEqual(fields);
    });
  }
});
