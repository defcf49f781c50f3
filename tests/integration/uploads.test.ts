import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, schema, transaction } from '@/db/client';
import { metaOf, type RevisionMeta } from '@/lib/article-fields';
import { getViewer } from '@/lib/auth/session';
import { claimFiles, createUpload, getFileForViewer, type UploadedFile } from '@/lib/dal/files';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import type { Viewer } from '@/lib/permissions';
import { configureStorage, getStorage } from '@/lib/storage';
import { UploadError } from '@/lib/uploads/errors';
import { FILE_KEY_PATTERN } from '@/lib/uploads/keys';
import { imageSources } from '@/lib/uploads/urls';
import { POST as uploadRoute } from '@/app/api/uploads/route';
import { GET as fileRoute } from '@/app/files/[key]/route';
import {
  HTML_PAGE,
  makeHugePngHeader,
  makeImage,
  makeOfficeZip,
  makePdf,
  SVG_WITH_SCRIPT,
} from '../support/upload-fixtures';
import { articleInput } from '../support/article-input';
import { viewerFor } from '../support/viewers';

vi.mock('@/lib/auth/session', () => ({ getViewer: vi.fn(async () => null) }));

// lib/env is already loaded by the integration setup, so the upload folder is set here.
const uploadDir = mkdtempSync(path.join(tmpdir(), 'newsroom-uploads-'));
configureStorage({ root: uploadDir });
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

let editor: Viewer;
let approver: Viewer;
let admin: Viewer;
let reader: Viewer;
beforeAll(async () => {
  [editor, approver, admin, reader] = await Promise.all([
    viewerFor('editor'),
    viewerFor('approver'),
    viewerFor('admin'),
    viewerFor('reader'),
  ]);
});
beforeEach(() => vi.mocked(getViewer).mockResolvedValue(null));

/** Every file under the upload folder, temporary ones included. */
const filesOnDisk = () =>
  readdirSync(uploadDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(uploadDir, path.join(e.parentPath, e.name)))
    .sort();
const fileRows = async () =>
  (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(schema.files))[0].n;

const file = (bytes: Uint8Array | string, name: string, type = '') => new File([Buffer.from(bytes)], name, { type });
const streamOf = (bytes: Uint8Array) => new Response(Buffer.from(bytes)).body!;

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'accepted';
  } catch (error) {
    if (error instanceof UploadError) return error.code;
    if (error instanceof UnauthorizedError) return 'unauthorized';
    if (error instanceof ForbiddenError) return 'forbidden';
    throw error;
  }
}

/** Runs `fn` and checks that it left neither files on disk nor rows behind. */
async function leavesNothing(fn: () => Promise<void>) {
  const before = { disk: filesOnDisk(), rows: await fileRows() };
  await fn();
  expect({ disk: filesOnDisk(), rows: await fileRows() }).toEqual(before);
}

const pdfOfSize = (size: number) => {
  const base = makePdf();
  return Buffer.concat([base, Buffer.alloc(size - base.length, 0x20)]);
};

describe('createUpload', () => {
  it('refuses anonymous visitors and readers, before reading anything', async () => {
    await leavesNothing(async () => {
      const input = { purpose: 'attachment' as const, name: 'a.pdf', file: file(makePdf(), 'a.pdf') };
      expect(await refusal(createUpload({ ...input, viewer: null }))).toBe('unauthorized');
      expect(await refusal(createUpload({ ...input, viewer: reader }))).toBe('forbidden');
    });
  });

  it('stores a re-encoded image in width variants and returns its description', async () => {
    const uploaded = await createUpload({
      viewer: editor,
      purpose: 'image',
      name: 'C:\\fakepath\\Team photo.png',
      type: 'image/png',
      file: file(await makeImage('png', 1200, 600), 'Team photo.png', 'image/png'),
    });
    expect(uploaded.key).toMatch(FILE_KEY_PATTERN);
    expect(uploaded).toMatchObject({
      kind: 'image',
      name: 'Team photo.png',
      mime: 'image/png',
      width: 1200,
      height: 600,
      variants: [320, 640, 1024, 1200],
      url: `/files/${uploaded.key}?w=1024`,
    });
    expect(uploaded.srcset).toBe(imageSources(uploaded).srcset);
    for (const w of uploaded.variants) expect(await getStorage().exists(`${uploaded.key}.w${w}`)).toBe(true);
    expect(await getStorage().exists(uploaded.key)).toBe(false);
    const [row] = await db.select().from(schema.files).where(eq(schema.files.key, uploaded.key));
    expect(row).toMatchObject({ uploaderId: editor.id, articleId: null, kind: 'image', originalName: 'Team photo.png' });
    expect(filesOnDisk().some((f) => f.startsWith('.tmp'))).toBe(false);
  });

  it('stores attachments as uploaded, typed by their bytes, for approvers and admins too', async () => {
    const docx = await createUpload({
      viewer: approver,
      purpose: 'attachment',
      name: 'Plan.docx',
      type: 'application/octet-stream',
      file: file(makeOfficeZip('word'), 'Plan.docx'),
    });
    expect(docx).toMatchObject({
      kind: 'attachment',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      variants: [],
      srcset: null,
      url: `/files/${docx.key}`,
      width: null,
    });
    const pdf = await createUpload({ viewer: admin, purpose: 'attachment', name: 'r.pdf', file: streamOf(makePdf()) });
    expect(pdf).toMatchObject({ kind: 'attachment', mime: 'application/pdf', size: makePdf().length });
    // Images may be attachments; they are still re-encoded.
    const image = await createUpload({
      viewer: editor,
      purpose: 'attachment',
      name: 'chart.jpg',
      file: file(await makeImage('jpeg'), 'chart.jpg'),
    });
    expect(image).toMatchObject({ kind: 'image', mime: 'image/jpeg', variants: [40] });
  });

  it('refuses bad files with a reason and leaves nothing behind', async () => {
    const png = await makeImage('png');
    const cases: [string, Parameters<typeof createUpload>[0]][] = [
      ['unsupported_type', { viewer: editor, purpose: 'image', name: 'cat.jpg', type: 'image/jpeg', file: file(HTML_PAGE, 'cat.jpg') }],
      ['unsupported_type', { viewer: editor, purpose: 'attachment', name: 'x.svg', type: 'image/svg+xml', file: file(SVG_WITH_SCRIPT, 'x.svg') }],
      ['unsupported_type', { viewer: editor, purpose: 'attachment', name: 'a.png', type: 'image/png', file: file(HTML_PAGE, 'a.png', 'image/png') }],
      ['unsupported_type', { viewer: editor, purpose: 'image', name: 'r.pdf', file: file(makePdf(), 'r.pdf', 'image/png') }],
      ['empty', { viewer: editor, purpose: 'attachment', name: 'empty.pdf', file: file(new Uint8Array(), 'empty.pdf') }],
      ['empty', { viewer: editor, purpose: 'attachment', name: 'empty.pdf', file: streamOf(new Uint8Array()) }],
      ['bad_request', { viewer: editor, purpose: 'image', name: '../../etc/passwd.png', file: file(png, 'x.png') }],
      ['bad_request', { viewer: editor, purpose: 'image', name: '%2e%2e%2fx.png', file: file(png, 'x.png') }],
      ['bad_request', { viewer: editor, purpose: 'image', name: 'x.png\u0000.html', file: file(png, 'x.png') }],
      ['bad_request', { viewer: editor, purpose: 'video' as never, name: 'x.png', file: file(png, 'x.png') }],
      ['invalid_image', { viewer: editor, purpose: 'image', name: 'bomb.png', file: file(await makeHugePngHeader(60_000, 60_000), 'bomb.png') }],
      ['invalid_image', { viewer: editor, purpose: 'image', name: 'cut.png', file: file(png.subarray(0, 60), 'cut.png') }],
    ];
    for (const [expected, input] of cases) {
      await leavesNothing(async () => {
        expect(await refusal(createUpload(input)), input.name).toBe(expected);
      });
    }
  });

  it('accepts a file of exactly the limit and refuses one byte more, also when the size is unknown', async () => {
    const limit = 4000;
    const ok = await createUpload({ viewer: editor, purpose: 'attachment', name: 'ok.pdf', file: file(pdfOfSize(limit), 'ok.pdf'), maxBytes: limit });
    expect(ok.size).toBe(limit);
    const ok2 = await createUpload({ viewer: editor, purpose: 'attachment', name: 'ok.pdf', file: streamOf(pdfOfSize(limit)), maxBytes: limit });
    expect(ok2.size).toBe(limit);
    await leavesNothing(async () => {
      const over = pdfOfSize(limit + 1);
      expect(await refusal(createUpload({ viewer: editor, purpose: 'attachment', name: 'big.pdf', file: file(over, 'big.pdf'), maxBytes: limit }))).toBe('too_large');
      expect(await refusal(createUpload({ viewer: editor, purpose: 'attachment', name: 'big.pdf', file: streamOf(over), maxBytes: limit }))).toBe('too_large');
    });
  });

  it('cleans up when the upload stream breaks half way', async () => {
    await leavesNothing(async () => {
      const broken = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(makePdf());
          controller.error(new Error('connection reset'));
        },
      });
      expect(await refusal(createUpload({ viewer: editor, purpose: 'attachment', name: 'a.pdf', file: broken }))).toBe('bad_request');
    });
  });
});

// Articles and revisions for the access matrix, inserted directly.
async function makeArticle(options: {
  status: 'draft' | 'published';
  visibility: 'internal' | 'public';
  publishedAt?: Date | null;
  live?: { body?: string; meta?: Partial<RevisionMeta> };
  working?: { body?: string; meta?: Partial<RevisionMeta> };
}) {
  const [category] = await db.select({ id: schema.categories.id }).from(schema.categories).limit(1);
  const [article] = await db
    .insert(schema.articles)
    .values({
      categoryId: category.id,
      authorId: editor.id,
      language: 'en',
      visibility: options.visibility,
      status: options.status,
      publishedAt: options.status === 'published' ? (options.publishedAt ?? new Date(Date.now() - 60_000)) : null,
    })
    .returning({ id: schema.articles.id });
  const meta = (extra?: Partial<RevisionMeta>): RevisionMeta => metaOf(articleInput(category.id, { visibility: options.visibility, ...extra }));
  const revision = async (version: number, r: { body?: string; meta?: Partial<RevisionMeta> }) => {
    const [row] = await db
      .insert(schema.articleRevisions)
      .values({ articleId: article.id, version, title: `T${article.id}`, body: r.body ?? '<p>x</p>', meta: meta(r.meta), editorId: editor.id })
      .returning({ id: schema.articleRevisions.id });
    return row.id;
  };
  const liveRevisionId = options.live ? await revision(1, options.live) : null;
  const workingRevisionId = options.working ? await revision(2, options.working) : liveRevisionId;
  await db.update(schema.articles).set({ liveRevisionId, workingRevisionId }).where(eq(schema.articles.id, article.id));
  return article.id;
}

async function upload(kind: 'image' | 'pdf'): Promise<UploadedFile> {
  return kind === 'image'
    ? createUpload({ viewer: editor, purpose: 'image', name: 'p.png', file: file(await makeImage('png', 700, 350), 'p.png') })
    : createUpload({ viewer: editor, purpose: 'attachment', name: 'Résumé "final".pdf', file: file(makePdf(), 'x.pdf') });
}

async function attach(articleId: number, key: string) {
  return transaction((tx) => claimFiles(tx, { articleId, keys: [key] }));
}

const canGet = async (viewer: Viewer | null, key: string) => (await getFileForViewer({ viewer, key })) !== null;

describe('getFileForViewer', () => {
  it('unattached file: staff only', async () => {
    const { key } = await upload('pdf');
    expect(await canGet(editor, key)).toBe(true);
    expect(await canGet(approver, key)).toBe(true);
    expect(await canGet(reader, key)).toBe(false);
    expect(await canGet(null, key)).toBe(false);
  });

  it('file of a draft: staff only, even when the draft uses it', async () => {
    const { key } = await upload('image');
    const id = await makeArticle({ status: 'draft', visibility: 'public', live: { meta: { coverKey: key } } });
    expect(await attach(id, key)).toEqual([key]);
    expect(await canGet(editor, key)).toBe(true);
    expect(await canGet(reader, key)).toBe(false);
    expect(await canGet(null, key)).toBe(false);
  });

  it('file of a published internal article used by its live body: readers, not anonymous', async () => {
    const image = await upload('image');
    const { src, srcset } = imageSources(image);
    const id = await makeArticle({ status: 'published', visibility: 'internal', live: { body: `<p><img src="${src}" srcset="${srcset}" alt=""></p>` } });
    await attach(id, image.key);
    const served = await getFileForViewer({ viewer: reader, key: image.key });
    expect(served).toMatchObject({ cache: 'private', mime: 'image/png', width: 700 });
    expect(await canGet(null, image.key)).toBe(false);
  });

  it('file of a published public article in its live attachments: anyone, cacheable publicly', async () => {
    const { key } = await upload('pdf');
    const id = await makeArticle({ status: 'published', visibility: 'public', live: { meta: { attachments: [key] } } });
    await attach(id, key);
    expect(await getFileForViewer({ viewer: null, key })).toMatchObject({ cache: 'public', kind: 'attachment' });
    expect(await getFileForViewer({ viewer: editor, key })).toMatchObject({ cache: 'public' });
  });

  it('file only in the working revision of a published article: staff only', async () => {
    const { key } = await upload('pdf');
    const id = await makeArticle({
      status: 'published',
      visibility: 'public',
      live: { body: '<p>old</p>' },
      working: { body: `<p><a href="/files/${key}">new</a></p>`, meta: { attachments: [key] } },
    });
    await attach(id, key);
    expect(await canGet(reader, key)).toBe(false);
    expect(await canGet(null, key)).toBe(false);
    expect(await getFileForViewer({ viewer: editor, key })).toMatchObject({ cache: 'private' });
  });

  it('file of an article published in the future: staff only', async () => {
    const { key } = await upload('pdf');
    const id = await makeArticle({ status: 'published', visibility: 'public', publishedAt: new Date(Date.now() + 3_600_000), live: { meta: { attachments: [key] } } });
    await attach(id, key);
    expect(await canGet(reader, key)).toBe(false);
    expect(await canGet(null, key)).toBe(false);
    expect(await canGet(editor, key)).toBe(true);
  });

  it('unknown and malformed keys are simply not found', async () => {
    expect(await canGet(admin, 'A'.repeat(32))).toBe(false);
    expect(await canGet(admin, '../../etc/passwd')).toBe(false);
  });

  it('picks the stored width for ?w=', async () => {
    const image = await upload('image');
    expect((await getFileForViewer({ viewer: editor, key: image.key, width: 500 }))?.width).toBe(640);
    expect((await getFileForViewer({ viewer: editor, key: image.key, width: 5000 }))?.width).toBe(700);
    expect((await getFileForViewer({ viewer: editor, key: image.key }))?.width).toBe(700);
  });
});

describe('claimFiles', () => {
  it('claims unattached files and files already of the article, never those of another article', async () => {
    const [a, b] = [await upload('pdf'), await upload('pdf')];
    const first = await makeArticle({ status: 'draft', visibility: 'internal' });
    const second = await makeArticle({ status: 'draft', visibility: 'internal' });
    expect(await transaction((tx) => claimFiles(tx, { articleId: first, keys: [a.key, 'bogus'] }))).toEqual([a.key]);
    expect((await transaction((tx) => claimFiles(tx, { articleId: first, keys: [a.key, b.key] }))).sort()).toEqual([a.key, b.key].sort());
    expect(await transaction((tx) => claimFiles(tx, { articleId: second, keys: [a.key] }))).toEqual([]);
    const [row] = await db.select({ articleId: schema.files.articleId }).from(schema.files).where(eq(schema.files.key, a.key));
    expect(row.articleId).toBe(first);
  });
});

// The route handlers, with the session mocked.
const ORIGIN = 'http://newsroom.test';
function multipart(parts: { file?: { bytes: Uint8Array; name: string; type?: string }; purpose?: string }) {
  const form = new FormData();
  if (parts.file) form.append('file', new File([Buffer.from(parts.file.bytes)], parts.file.name, { type: parts.file.type ?? '' }));
  if (parts.purpose) form.append('purpose', parts.purpose);
  return form;
}
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  uploadRoute(new Request(`${ORIGIN}/api/uploads`, { method: 'POST', body, headers: { host: 'newsroom.test', ...headers }, duplex: 'half' } as RequestInit));

describe('POST /api/uploads', () => {
  it('answers 401 signed out, 403 for readers and for other origins', async () => {
    await leavesNothing(async () => {
      const form = () => multipart({ file: { bytes: makePdf(), name: 'a.pdf' }, purpose: 'attachment' });
      let res = await post(form());
      expect([res.status, (await res.json()).code]).toEqual([401, 'unauthorized']);
      vi.mocked(getViewer).mockResolvedValue(reader);
      res = await post(form());
      expect([res.status, (await res.json()).code]).toEqual([403, 'forbidden']);
      vi.mocked(getViewer).mockResolvedValue(editor);
      res = await post(form(), { origin: 'http://evil.test' });
      expect([res.status, (await res.json()).code]).toEqual([403, 'forbidden']);
    });
  });

  it('stores a file: 201 with its description', async () => {
    vi.mocked(getViewer).mockResolvedValue(editor);
    const res = await post(multipart({ file: { bytes: await makeImage('webp', 400, 200), name: 'w.webp' }, purpose: 'image' }), { origin: ORIGIN });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ kind: 'image', mime: 'image/webp', variants: [320, 400], name: 'w.webp' });
  });

  it('refuses with a code the client can translate, leaving nothing behind', async () => {
    vi.mocked(getViewer).mockResolvedValue(editor);
    await leavesNothing(async () => {
      const cases: [FormData | string, number, string][] = [
        [multipart({ file: { bytes: Buffer.from(HTML_PAGE), name: 'a.jpg', type: 'image/jpeg' }, purpose: 'image' }), 415, 'unsupported_type'],
        [multipart({ file: { bytes: new Uint8Array(), name: 'e.pdf' }, purpose: 'attachment' }), 400, 'empty'],
        [multipart({ purpose: 'attachment' }), 400, 'bad_request'],
        [multipart({ file: { bytes: makePdf(), name: 'a.pdf' } }), 400, 'bad_request'],
        [multipart({ file: { bytes: makePdf(), name: '../a.pdf' }, purpose: 'attachment' }), 400, 'bad_request'],
        ['{"file": "x"}', 400, 'bad_request'],
      ];
      for (const [body, status, code] of cases) {
        const res = await post(body, typeof body === 'string' ? { 'content-type': 'application/json' } : {});
        const json = await res.json();
        expect([res.status, json.code]).toEqual([status, code]);
        expect(typeof json.message).toBe('string');
      }
    });
  });

  it('answers 413 from Content-Length before reading, and while streaming when the header lies', async () => {
    vi.mocked(getViewer).mockResolvedValue(editor);
    await leavesNothing(async () => {
      const boundary = 'XbOuNdArY';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nattachment\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
      let sent = 0;
      const body = () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(Buffer.from(head + '%PDF-1.4\n'));
          },
          pull(controller) {
            // 21 MB of padding, produced only as it is read.
            if (sent > 21 * 1024 * 1024) {
              controller.enqueue(Buffer.from(`\r\n--${boundary}--\r\n`));
              controller.close();
              return;
            }
            sent += 256 * 1024;
            controller.enqueue(new Uint8Array(256 * 1024).fill(0x20));
          },
        });
      const type = { 'content-type': `multipart/form-data; boundary=${boundary}` };
      let res = await post(body(), { ...type, 'content-length': String(30 * 1024 * 1024) });
      expect([res.status, (await res.json()).code]).toEqual([413, 'too_large']);
      expect(sent).toBeLessThan(2 * 1024 * 1024);
      sent = 0;
      res = await post(body(), { ...type, 'content-length': '1000' });
      expect([res.status, (await res.json()).code]).toEqual([413, 'too_large']);
      expect(sent).toBeLessThan(21 * 1024 * 1024);
    });
  });
});

describe('GET /files/[key]', () => {
  const get = (key: string, headers: Record<string, string> = {}, query = '') =>
    fileRoute(new Request(`${ORIGIN}/files/${key}${query}`, { headers }), { params: Promise.resolve({ key }) });

  it('serves an image inline, locked down, with the chosen width and an ETag', async () => {
    vi.mocked(getViewer).mockResolvedValue(editor);
    const image = await upload('image');
    const res = await get(image.key, {}, '?w=320');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    const { default: sharp } = await import('sharp');
    expect((await sharp(bytes).metadata()).width).toBe(320);
    const again = await get(image.key, { 'if-none-match': res.headers.get('etag')! }, '?w=320');
    expect(again.status).toBe(304);
    expect((await get(image.key, { 'if-none-match': res.headers.get('etag')! }, '?w=640')).status).toBe(200);
  });

  it('serves other files as downloads with a safe name', async () => {
    vi.mocked(getViewer).mockResolvedValue(editor);
    const pdf = await upload('pdf');
    const res = await get(pdf.key);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="R_sum_ _final_.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20_final_.pdf`,
    );
    expect(Buffer.from(await res.arrayBuffer()).equals(makePdf())).toBe(true);
  });

  it('answers the same 404 for unknown keys, bad keys and files the viewer may not see', async () => {
    vi.mocked(getViewer).mockResolvedValue(editor);
    const { key } = await upload('pdf');
    vi.mocked(getViewer).mockResolvedValue(reader);
    const answers = await Promise.all([get(key), get('A'.repeat(32)), get('..%2f..%2fetc%2fpasswd'), get('x')]);
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('Not found.');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('marks files of live public articles as publicly cacheable', async () => {
    const { key } = await upload('pdf');
    const id = await makeArticle({ status: 'published', visibility: 'public', live: { meta: { attachments: [key] } } });
    await attach(id, key);
    const res = await get(key);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });
});
