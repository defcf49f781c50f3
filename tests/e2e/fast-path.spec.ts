import { createClient, type InValue } from '@libsql/client';
import path from 'node:path';
import { expect, request as requests, test, type APIRequestContext } from '@playwright/test';
import { BASE_URL, E2E_DB } from '../../playwright.config';
import { articlesWhere, PASSWORD, USERS } from './support';

// Signed-in readers share the pages of their audience (rendered once, cached); only their
// own parts (name, inbox count, must-read notices) are read per request. Two readers, a
// member of staff and a guest ask for the same pages at once, interleaved, and each answer
// must carry that viewer's markers and nobody else's.

// Two readers of their own, so that the demo reader the other tests use keeps its state.
const FIRST = { email: 'reader.one@newsroom.example', name: 'Quinn First' };
const SECOND = { email: 'reader.two@newsroom.example', name: 'Rosa Second' };
// The member of staff authored no article, so that no byline carries their name.
const STAFF = { email: USERS.approver, name: '李静' };
const NAMES = [FIRST.name, SECOND.name, STAFF.name];

async function sql(statement: string, args: InValue[] = []) {
  const client = createClient({ url: `file:${path.resolve(E2E_DB)}` });
  try {
    return await client.execute({ sql: statement, args });
  } finally {
    client.close();
  }
}

const userId = async (email: string) => Number((await sql('select id from users where email = ?', [email])).rows[0].id);

/** A request context signed in as `email` (or a guest without one), with its own cookies. */
async function viewer(email?: string): Promise<APIRequestContext> {
  const context = await requests.newContext({ baseURL: BASE_URL, maxRedirects: 0 });
  if (!email) return context;
  const { csrfToken } = (await (await context.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const res = await context.post('/api/auth/callback/credentials', { form: { csrfToken, email, password: PASSWORD, callbackUrl: '/' } });
  expect(res.status()).toBe(302);
  return context;
}

type Page = { path: string; internal?: boolean };

test.describe('signed-in readers on the shared pages', () => {
  // Many requests at once, on machines that may be slow: beyond the default 60 s.
  test.describe.configure({ timeout: 180_000 });
  let pages: Page[];
  let mustReadIds: number[];

  test.beforeAll(async () => {
    // Two readers with the demo reader's password: the first has acknowledged every
    // must-read and has no unread notification, the second has one and acknowledged none.
    for (const u of [FIRST, SECOND]) {
      await sql(
        `insert or ignore into users (email, name, password_hash, active, locale, session_version, created_at, updated_at)
         select ?, ?, password_hash, 1, 'en', 1, created_at, updated_at from users where email = ?`,
        [u.email, u.name, USERS.reader],
      );
      const id = await userId(u.email);
      await sql(`delete from role_grants where user_id = ?`, [id]);
      await sql(`insert into role_grants (user_id, role, created_at) values (?, 'reader', ?)`, [id, Date.now()]);
      await sql(`update users set active = 1 where id = ?`, [id]);
    }
    const [first, second] = [await userId(FIRST.email), await userId(SECOND.email)];
    mustReadIds = (await articlesWhere(`a.status = 'published' and a.must_read = 1`)).map((a) => a.id);
    expect(mustReadIds.length).toBeGreaterThan(0);
    await sql(`delete from must_read_acks where user_id in (?, ?)`, [first, second]);
    for (const id of mustReadIds) await sql(`insert into must_read_acks (article_id, user_id, acked_at) values (?, ?, ?)`, [id, first, Date.now()]);
    await sql(`delete from notifications where user_id in (?, ?)`, [first, second]);
    await sql(`insert into notifications (user_id, kind, article_id, data, created_at) values (?, 'published', ?, ?, ?)`, [
      second,
      mustReadIds[0],
      JSON.stringify({ title: 'A notice' }),
      Date.now(),
    ]);
    const [internal] = await articlesWhere(`a.status = 'published' and a.visibility = 'internal' and a.language = 'en'`);
    const [pub] = await articlesWhere(`a.status = 'published' and a.visibility = 'public' and a.language = 'en'`);
    const category = String((await sql('select slug from categories order by id limit 1')).rows[0].slug);
    pages = [
      { path: '/' },
      { path: '/news' },
      { path: `/news/category/${category}` },
      { path: `/news/${internal.id}-${internal.slug}`, internal: true },
      { path: `/news/${pub.id}-${pub.slug}` },
      { path: '/about' },
    ];
  });

  test('interleaved under concurrent load, each page carries only its own viewer', async () => {
    const [quinn, rosa, staff, guest] = await Promise.all([viewer(FIRST.email), viewer(SECOND.email), viewer(STAFF.email), viewer()]);
    const everyone = [
      { who: FIRST.name, context: quinn, shared: true, mustReads: 0, unread: 0 },
      { who: SECOND.name, context: rosa, shared: true, mustReads: mustReadIds.length, unread: 1 },
      { who: STAFF.name, context: staff, shared: false },
      { who: null, context: guest, shared: false },
    ];
    const checks: Promise<void>[] = [];
    for (let round = 0; round < 6; round++) {
      for (const page of pages) {
        for (const v of everyone) {
          checks.push(
            (async () => {
              const res = await v.context.get(page.path);
              if (!v.who && page.internal) {
                expect(res.status(), page.path).toBe(307);
                expect(res.headers().location).toContain('/login');
                return;
              }
              expect(res.status(), `${v.who} ${page.path}`).toBe(200);
              const html = await res.text();
              const others = NAMES.filter((n) => n !== v.who);
              for (const name of others) expect(html, `${v.who} got ${name} on ${page.path}`).not.toContain(name);
              if (v.shared) {
                // Shared by the audience: nobody's name, the viewer's part read in the browser.
                expect(html).not.toContain(v.who);
                expect(html).toContain('data-testid="viewer-chrome-pending"');
                expect(res.headers()['cache-control']).toBe('private, no-store');
              } else if (v.who) {
                expect(html).toContain(v.who);
              } else {
                expect(html).toContain('href="/login"');
              }
            })(),
          );
        }
      }
      for (const v of everyone) {
        checks.push(
          (async () => {
            const res = await v.context.get('/api/viewer?locale=en&mustReads=1');
            expect(res.headers()['cache-control']).toBe('private, no-store');
            const data = await res.json();
            if (!v.who) return expect(data).toEqual({ signedIn: false });
            expect(data.links.signedInAs).toBe(`Signed in as ${v.who}`);
            if (v.shared) {
              expect(data.mustReads).toHaveLength(v.mustReads!);
              expect(data.links.unread).toBe(v.unread);
            }
          })(),
        );
      }
    }
    await Promise.all(checks);
  });

  test('a deactivated account, an ended session and a granted or revoked role act on the very next request', async () => {
    const rosa = await viewer(SECOND.email);
    const internal = pages.find((p) => p.internal)!.path;
    const id = await userId(SECOND.email);
    expect((await rosa.get(internal)).status()).toBe(200);

    await sql(`insert into role_grants (user_id, role, created_at) values (?, 'editor', ?)`, [id, Date.now()]);
    const asStaff = await (await rosa.get('/')).text();
    expect(asStaff).toContain(SECOND.name);
    await sql(`delete from role_grants where user_id = ? and role = 'editor'`, [id]);
    const asReader = await (await rosa.get('/')).text();
    expect(asReader).not.toContain(SECOND.name);
    expect(asReader).toContain('data-testid="viewer-chrome-pending"');

    await sql(`update users set active = 0 where id = ?`, [id]);
    const refused = await rosa.get(internal);
    expect(refused.status()).toBe(307);
    expect(refused.headers().location).toContain('/login');
    expect(await (await rosa.get('/api/viewer?locale=en')).json()).toEqual({ signedIn: false });
    await sql(`update users set active = 1 where id = ?`, [id]);
    expect((await rosa.get(internal)).status()).toBe(200);

    await sql(`update users set session_version = session_version + 1 where id = ?`, [id]);
    expect((await rosa.get(internal)).status()).toBe(307);
  });

  test('the shared pages cannot be addressed directly, even with the key a response showed', async () => {
    const [quinn, guest] = await Promise.all([viewer(FIRST.email), viewer()]);
    const internal = pages.find((p) => p.internal)!.path;
    const shown = (await quinn.get(internal)).headers()['x-middleware-rewrite'] ?? '';
    const key = /\/members\/([^/]+)\//.exec(shown)?.[1];
    expect(key).toBeTruthy();
    for (const path of [`/members/${key}${internal}`, `/members/x${internal}`, `/en/members/${key}${internal}`, '/members']) {
      for (const context of [quinn, guest]) {
        const res = await context.get(path);
        expect(res.status(), path).toBe(404);
        expect(await res.text()).not.toContain('data-testid="viewer-chrome-pending"');
      }
    }
  });

  test('in the browser, each reader sees their own name, inbox count and must-read notices', async ({ browser }) => {
    for (const [email, name, notices, unread] of [
      [SECOND.email, SECOND.name, true, '1'],
      [FIRST.email, FIRST.name, false, null],
    ] as const) {
      const api = await viewer(email);
      const context = await browser.newContext({ storageState: await api.storageState() });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${name}`);
      if (unread) await expect(page.getByTestId('inbox-unread')).toHaveText(unread);
      else await expect(page.getByTestId('inbox-unread')).toHaveCount(0);
      await expect(page.getByTestId('must-read-banner')).toHaveCount(notices ? 1 : 0);
      await page.goto(pages.find((p) => p.internal)!.path);
      await expect(page.getByTestId('signed-in-as')).toHaveText(`Signed in as ${name}`);
      await context.close();
    }
  });
});
