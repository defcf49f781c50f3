import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, schema } from '@/db/client';
import { saveArticle } from '@/lib/dal/article-save';
import { createFeedToken, getFeedTokenStatus, getViewerForFeedToken, revokeFeedTokens } from '@/lib/dal/feeds';
import { setUserActive } from '@/lib/dal/users';
import { feedResponse } from '@/lib/feeds/handler';
import { SYSTEM } from '@/lib/permissions';
import { articleIn, fields, UNPUBLISHED, v, version } from '../support/published';
import { EMAILS } from '../support/viewers';

type Entry = { id: string; title: string; link: { href: string }; summary: string; updated: string; published: string };
type Feed = {
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: { rel: string; href: string }[];
  entry?: Entry | Entry[];
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '#text', parseTagValue: false });

/** Fetches a feed through the route's handler and parses it with a real XML parser. */
async function fetchFeed(path: string, expected = 200) {
  const res = await feedResponse(new NextRequest(`http://localhost${path}`), /^\/feed\/(.+)\.xml/.exec(path)?.[1]);
  expect(res.status).toBe(expected);
  const body = await res.text();
  if (expected !== 200) return { res, body, feed: null, entries: [] as Entry[] };
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  expect(XMLValidator.validate(body)).toBe(true);
  const doc = parser.parse(body) as { feed: Feed & { xmlns: string } };
  const feed = doc.feed;
  expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
  const text = (x: unknown) => (typeof x === 'object' && x && '#text' in x ? String((x as { '#text': string })['#text']) : String(x));
  const entries = (feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry]).map((e) => ({
    ...e,
    title: text(e.title),
    summary: text(e.summary),
  }));
  // RFC 4287: the feed has an id, a title, updated, an author and links; each entry an id,
  // a title, updated, a link and a summary.
  expect(feed.id).toBeTruthy();
  expect(text(feed.title)).toBeTruthy();
  expect(Date.parse(feed.updated)).not.toBeNaN();
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.map((l) => l.rel).sort()).toEqual(['alternate', 'self']);
  for (const e of entries) {
    expect(e.id).toMatch(/^http:\/\/localhost\/news\/\d+$/);
    expect(e.link.href).toMatch(/^http:\/\/localhost\/news\/\d+/);
    expect(Date.parse(e.updated)).not.toBeNaN();
    expect(Date.parse(e.published)).not.toBeNaN();
    expect(e.summary).toBeTruthy();
  }
  return { res, body, feed, entries };
}

const idsOf = (entries: Entry[]) => entries.map((e) => Number(/(\d+)$/.exec(e.id)![1]));

describe('feeds', () => {
  const canaries: number[] = [];
  let internal: number;
  let publicOne: number;
  let pending: number;
  let tricky: number;

  beforeAll(async () => {
    for (const state of UNPUBLISHED) canaries.push(await articleIn(state, { title: `Feedcanary ${state}`, summary: `feedcanary ${state}` }));
    internal = await articleIn('published', { title: 'Feedcanary internal', visibility: 'internal' });
    publicOne = await articleIn('published', { title: 'Feed public news', summary: 'A public summary' });
    pending = await articleIn('published', { title: 'Feed live title' });
    await saveArticle({
      viewer: await v('editor'),
      id: pending,
      baseVersion: await version(pending),
      fields: await fields({ title: 'Feedcanary pending title' }),
    });
    tricky = await articleIn('published', {
      title: `Tags <script>alert("x")</script> & 'quotes' ]]> \u0001\u0008 end`,
      summary: '5 < 6 && 7 > 3 — 数字化转型 😀',
    });
  });

  it('publishes public news as valid Atom, without drafts, internal news or pending text', async () => {
    const { res, body, entries } = await fetchFeed('/feed.xml');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const ids = idsOf(entries);
    expect(ids).toContain(publicOne);
    expect(ids).toContain(pending);
    for (const id of canaries) expect(ids).not.toContain(id);
    expect(ids).not.toContain(internal);
    expect(body).not.toMatch(/feedcanary/i);
    expect(entries.find((e) => idsOf([e])[0] === pending)!.title).toBe('Feed live title');
    const visibility = await db.select({ id: schema.articles.id, visibility: schema.articles.visibility }).from(schema.articles);
    const internalIds = new Set(visibility.filter((r) => r.visibility === 'internal').map((r) => r.id));
    for (const id of ids) expect(internalIds.has(id)).toBe(false);
  });

  it('escapes everything and drops characters XML does not allow', async () => {
    const { entries } = await fetchFeed('/feed.xml');
    const entry = entries.find((e) => idsOf([e])[0] === tricky)!;
    expect(entry.title).toBe(`Tags <script>alert("x")</script> & 'quotes' ]]>  end`);
    expect(entry.summary).toBe('5 < 6 && 7 > 3 — 数字化转型 😀');
  });

  it('has a feed per category, and 404 for an unknown or malformed one', async () => {
    const [cat] = await db
      .select({ id: schema.categories.id, slug: schema.categories.slug })
      .from(schema.categories)
      .where(eq(schema.categories.id, (await fields()).categoryId));
    const { entries } = await fetchFeed(`/feed/${cat.slug}.xml`);
    expect(idsOf(entries)).toContain(publicOne);
    const rows = await db.select({ id: schema.articles.id, categoryId: schema.articles.categoryId }).from(schema.articles);
    for (const id of idsOf(entries)) expect(rows.find((r) => r.id === id)!.categoryId).toBe(cat.id);
    await fetchFeed('/feed/no-such-category.xml', 404);
    await fetchFeed('/feed/..%2Fetc.xml', 404);
  });

  it('gives a personal feed with internal news for a token, never cached, and stores only its hash', async () => {
    const reader = await v('reader');
    const token = await createFeedToken({ viewer: reader });
    const stored = await db.select().from(schema.feedTokens).where(eq(schema.feedTokens.userId, reader.id));
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    const { res, body, entries } = await fetchFeed(`/feed.xml?token=${token}`);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(idsOf(entries)).toContain(internal);
    for (const id of canaries) expect(idsOf(entries)).not.toContain(id);
    expect(body).not.toMatch(/feedcanary (draft|in_review|approved|scheduled|rejected|archived|pending)/i);
    expect((await getFeedTokenStatus({ viewer: reader }))!.lastUsedAt).not.toBeNull();
  });

  it('revokes at once, replaces old tokens, and refuses tokens of deactivated users', async () => {
    const reader = await v('reader');
    const first = await createFeedToken({ viewer: reader });
    const second = await createFeedToken({ viewer: reader });
    const old = await fetchFeed(`/feed.xml?token=${first}`, 404);
    expect(old.res.headers.get('cache-control')).toBe('private, no-store');
    expect(old.body).not.toMatch(/feedcanary/i);
    await fetchFeed(`/feed.xml?token=${second}`);
    await revokeFeedTokens({ viewer: reader });
    await fetchFeed(`/feed.xml?token=${second}`, 404);
    expect(await getFeedTokenStatus({ viewer: reader })).toBeNull();

    const editor = await v('editor');
    const token = await createFeedToken({ viewer: editor });
    expect(await getViewerForFeedToken(token)).not.toBeNull();
    await setUserActive(SYSTEM, { user: EMAILS.editor, active: false });
    try {
      await fetchFeed(`/feed.xml?token=${token}`, 404);
    } finally {
      await setUserActive(SYSTEM, { user: EMAILS.editor, active: true });
    }
    for (const bad of ['', 'x', 'a'.repeat(43), `${token}x`, "' or 1=1 --"]) {
      expect(await getViewerForFeedToken(bad)).toBeNull();
      await fetchFeed(`/feed.xml?token=${encodeURIComponent(bad)}`, 404);
    }
  });
});
