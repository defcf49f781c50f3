import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { createDemoCover, drawCovers } from '@/db/seed/cover-files';
import { coverSvg } from '@/db/seed/covers';
import { getArticleForReader } from '@/lib/dal/article-detail';
import { getFrontPage, getPublishedArticles } from '@/lib/dal/articles';
import { createUpload, getFileForViewer } from '@/lib/dal/files';
import { invalidateReadModels } from '@/lib/dal/memo';
import { configureStorage, getStorage } from '@/lib/storage';
import { variantKey } from '@/lib/uploads/keys';
import { articleIn, v } from '../support/published';
import { makeImage } from '../support/upload-fixtures';

// Cover images as readers meet them: thumbnails on cards, the byline beside them, and the
// covers the demo seed draws for itself.

const uploadDir = mkdtempSync(path.join(tmpdir(), 'newsroom-covers-'));
configureStorage({ root: uploadDir });
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

describe('cover images on cards', () => {
  it('show an uploaded cover as a thumbnail in lists and a large one on the page, with the author, to guests too', async () => {
    const editor = await v('editor');
    const upload = await createUpload({ viewer: editor, purpose: 'image', name: 'cover.png', file: await makeImage('png', 1300, 700) });
    const id = await articleIn('published', { title: 'Article with a cover', coverKey: upload.key, visibility: 'public' });
    const plain = await articleIn('published', { title: 'Article without a cover', visibility: 'public' });
    invalidateReadModels();

    const list = await getPublishedArticles({ viewer: null, locale: 'en', page: 1 });
    const card = list?.items.find((a) => a.id === id);
    expect(card?.thumbnail).toMatchObject({ src: `/files/${upload.key}?w=640`, width: 1300, height: 700 });
    expect(card?.thumbnail?.srcset).toContain(`/files/${upload.key}?w=320 320w`);
    expect(card?.author).toBe(editor.name);
    expect(list?.items.find((a) => a.id === plain)?.thumbnail).toBeNull();

    // The front page leads with the newest, and the picture it shows is one a guest may fetch.
    const front = await getFrontPage({ viewer: null, locale: 'en' });
    const onFront = front.sections.flatMap((s) => s.items).find((a) => a.id === id);
    expect(onFront?.thumbnail?.src).toBe(card?.thumbnail?.src);
    expect(await getFileForViewer({ viewer: null, key: upload.key, width: 640 })).not.toBeNull();

    const page = await getArticleForReader({ viewer: null, locale: 'en', id });
    expect(page.kind).toBe('ok');
    if (page.kind !== 'ok') return;
    expect(page.article.cover).toMatchObject({ src: `/files/${upload.key}?w=1024`, width: 1300, height: 700 });
    expect(page.article.thumbnail?.src).toBe(`/files/${upload.key}?w=640`);
    expect(page.article.author).toBe(editor.name);
  });

  it('never show the cover of an internal article to guests', async () => {
    const upload = await createUpload({ viewer: await v('editor'), purpose: 'image', name: 'inside.png', file: await makeImage('png', 800, 450) });
    await articleIn('published', { title: 'Internal with a cover', coverKey: upload.key, visibility: 'internal' });
    expect(await getFileForViewer({ viewer: null, key: upload.key, width: 320 })).toBeNull();
    expect(await getFileForViewer({ viewer: await v('reader'), key: upload.key, width: 320 })).not.toBeNull();
  });
});

describe('demo covers', () => {
  it('are drawn, not downloaded: the same article always gets the same picture, another one a different one', () => {
    expect(coverSvg('meeting-a', 'meetings')).toBe(coverSvg('meeting-a', 'meetings'));
    expect(coverSvg('meeting-a', 'meetings')).not.toBe(coverSvg('meeting-b', 'meetings'));
    expect(coverSvg('x', 'operations')).not.toBe(coverSvg('x', 'innovation'));
    expect(coverSvg('x', 'anything')).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('are stored at every width and belong to their article', async () => {
    const editor = await v('editor');
    const id = await articleIn('published', { title: 'Seeded cover' });
    const drawn = drawCovers(new Map([['seeded', 'meetings']]));
    const stored: string[] = [];
    const key = await createDemoCover(db, schema, {
      image: drawn.get('seeded')!,
      name: 'seeded.jpg',
      articleId: id,
      uploaderId: editor.id,
      createdAt: new Date(),
      stored,
    });
    const [file] = await db.select().from(schema.files).where(eq(schema.files.key, key));
    expect(file).toMatchObject({ kind: 'image', mime: 'image/jpeg', articleId: id, width: 1200, height: 675, variants: [320, 640, 1024, 1200] });
    expect(stored).toEqual([320, 640, 1024, 1200].map((w) => variantKey(key, w)));
    for (const k of stored) expect(await getStorage().exists(k)).toBe(true);
  });
});
