import { createServer } from 'node:net';
import { and, asc, eq, gte } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, schema, transaction } from '@/db/client';
import {
  getInbox,
  getUnreadCount,
  INBOX_PAGE_SIZE,
  markNotificationsRead,
  notify,
  recipientsFor,
  type NotificationKind,
} from '@/lib/dal/notifications';
import { env } from '@/lib/env';
import { deliverDueMail, retryDelay } from '@/lib/server/mailer';
import { EMAILS, viewerFor } from '../support/viewers';

type Key = keyof typeof EMAILS;
const { articles, articleRevisions, mailOutbox, notifications, roleGrants, units, users } = schema;

const ids = new Map<Key, number>();
const idOf = (key: Key) => ids.get(key) as number;
const emailsOf = (list: { email: string }[]) => list.map((r) => r.email).sort();
const emails = (...keys: Key[]) => keys.map((k) => EMAILS[k]).sort();

beforeAll(async () => {
  for (const key of Object.keys(EMAILS) as Key[]) ids.set(key, (await viewerFor(key)).id);
});

async function unitId(code: string) {
  const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return u.id;
}

let counter = 0;

/** An article of `unit` written by `author` whose working revision `editor` saved last. */
async function makeArticle(opts: { author: Key; editor?: Key; unit: string | null; title?: string }) {
  const [category] = await db.select({ id: schema.categories.id }).from(schema.categories).limit(1);
  const title = opts.title ?? `Notification test ${++counter}`;
  const [article] = await db
    .insert(articles)
    .values({
      categoryId: category.id,
      authorId: idOf(opts.author),
      sourceUnitId: opts.unit ? await unitId(opts.unit) : null,
      language: 'en',
      status: 'in_review',
    })
    .returning({ id: articles.id });
  const [revision] = await db
    .insert(articleRevisions)
    .values({ articleId: article.id, version: 1, title, editorId: idOf(opts.editor ?? opts.author) })
    .returning({ id: articleRevisions.id });
  await db.update(articles).set({ workingRevisionId: revision.id }).where(eq(articles.id, article.id));
  return { id: article.id, title };
}

async function recipients(kind: NotificationKind, articleId: number, actor: Key | null) {
  return emailsOf(await transaction((tx) => recipientsFor(tx, { kind, articleId, actorId: actor ? idOf(actor) : null })));
}

function send(kind: NotificationKind, article: { id: number; title: string }, actor: Key | null, comment?: string | null) {
  return transaction((tx) =>
    notify(tx, { kind, articleId: article.id, actorId: actor ? idOf(actor) : null, data: { title: article.title, comment } }),
  );
}

describe('who is notified', () => {
  it('submitted: the approvers whose scope covers the source unit, not the actor, not admins', async () => {
    const mach = await makeArticle({ author: 'editor', unit: 'OU-MACH' });
    const pkg = await makeArticle({ author: 'editor', unit: 'OU-PKG' });
    const none = await makeArticle({ author: 'editor', unit: null });
    expect(await recipients('submitted', mach.id, 'editor')).toEqual(emails('approver', 'unitApprover'));
    expect(await recipients('submitted', pkg.id, 'editor')).toEqual(emails('approver'));
    expect(await recipients('submitted', none.id, 'editor')).toEqual(emails('approver'));

    // A unit below OU-MACH is in the scoped approver's scope too.
    const [sub] = await db
      .insert(units)
      .values({ code: 'OU-MACH-W1', nameEn: 'Works 1', nameZh: '一厂', kind: 'department', parentId: await unitId('OU-MACH') })
      .returning({ id: units.id });
    const below = await makeArticle({ author: 'editor', unit: 'OU-MACH-W1' });
    expect(await recipients('submitted', below.id, 'editor')).toEqual(emails('approver', 'unitApprover'));
    await db.update(articles).set({ sourceUnitId: null }).where(eq(articles.id, below.id));
    await db.delete(units).where(eq(units.id, sub.id));

    // The actor is never among them, even an approver submitting.
    expect(await recipients('submitted', mach.id, 'approver')).toEqual(emails('unitApprover'));
  });

  it('submitted: an admin only with the approver role, and never the last editor of the revision', async () => {
    const article = await makeArticle({ author: 'editor', editor: 'admin', unit: 'OU-PKG' });
    const other = await makeArticle({ author: 'editor', unit: 'OU-PKG' });
    const [grant] = await db
      .insert(roleGrants)
      .values({ userId: idOf('admin'), role: 'approver', unitId: null })
      .returning({ id: roleGrants.id });
    try {
      expect(await recipients('submitted', other.id, 'editor')).toEqual(emails('admin', 'approver'));
      // The admin saved the revision last: they may not approve it, so it is not waiting for them.
      expect(await recipients('submitted', article.id, 'editor')).toEqual(emails('approver'));
    } finally {
      await db.delete(roleGrants).where(eq(roleGrants.id, grant.id));
    }
  });

  it('approved, changes requested, rejected: the author and the last editor, once each, never the actor', async () => {
    const article = await makeArticle({ author: 'editor', editor: 'unitEditor', unit: 'OU-PKG' });
    for (const kind of ['approved', 'changes_requested', 'rejected'] as const) {
      expect(await recipients(kind, article.id, 'approver')).toEqual(emails('editor', 'unitEditor'));
      expect(await recipients(kind, article.id, 'unitEditor')).toEqual(emails('editor'));
    }
    const solo = await makeArticle({ author: 'unitEditor', unit: 'OU-PKG' });
    expect(await recipients('approved', solo.id, 'approver')).toEqual(emails('unitEditor'));
  });

  it('published: the author, unless the author published it', async () => {
    const article = await makeArticle({ author: 'editor', editor: 'unitEditor', unit: 'OU-PKG' });
    expect(await recipients('published', article.id, null)).toEqual(emails('editor'));
    expect(await recipients('published', article.id, 'unitEditor')).toEqual(emails('editor'));
    expect(await recipients('published', article.id, 'editor')).toEqual([]);
  });

  it('schedule failed: the editors covering the unit and every admin', async () => {
    const pkg = await makeArticle({ author: 'editor', unit: 'OU-PKG' });
    const mach = await makeArticle({ author: 'editor', unit: 'OU-MACH' });
    expect(await recipients('schedule_failed', pkg.id, null)).toEqual(emails('admin', 'editor', 'unitEditor'));
    expect(await recipients('schedule_failed', mach.id, null)).toEqual(emails('admin', 'editor'));
  });

  it('skips deactivated users and unknown articles', async () => {
    const article = await makeArticle({ author: 'editor', unit: 'OU-MACH' });
    await db.update(users).set({ active: false }).where(eq(users.id, idOf('approver')));
    try {
      expect(await recipients('submitted', article.id, 'editor')).toEqual(emails('unitApprover'));
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, idOf('approver')));
    }
    expect(await recipients('submitted', 987_654, 'editor')).toEqual([]);
  });

  it('notify writes one inbox row per recipient with the title and comment, and no mail without SMTP', async () => {
    const smtp = env.SMTP_URL;
    env.SMTP_URL = undefined;
    const article = await makeArticle({ author: 'editor', editor: 'unitEditor', unit: 'OU-PKG' });
    await send('changes_requested', article, 'approver', 'Please shorten the summary.');
    const rows = await db
      .select({ userId: notifications.userId, kind: notifications.kind, actorId: notifications.actorId, data: notifications.data })
      .from(notifications)
      .where(eq(notifications.articleId, article.id))
      .orderBy(asc(notifications.userId));
    expect(rows).toEqual(
      [idOf('editor'), idOf('unitEditor')].sort((a, b) => a - b).map((userId) => ({
        userId,
        kind: 'changes_requested',
        actorId: idOf('approver'),
        data: { title: article.title, comment: 'Please shorten the summary.' },
      })),
    );
    expect(await db.select({ id: mailOutbox.id }).from(mailOutbox)).toEqual([]);
    env.SMTP_URL = smtp;
  });
});

describe('inbox', () => {
  it('pages newest first, counts unread, and marks only the viewer’s own rows read', async () => {
    const reader = await viewerFor('reader');
    const editor = await viewerFor('editor');
    const article = await makeArticle({ author: 'reader', unit: null, title: 'Reader piece' });
    const total = INBOX_PAGE_SIZE + 5;
    for (let i = 0; i < total; i++) {
      await send('published', { id: article.id, title: `Reader piece ${i}` }, i % 2 ? 'editor' : null, i === total - 1 ? 'Well done' : null);
    }
    expect(await getUnreadCount({ viewer: reader })).toBe(total);

    const first = await getInbox({ viewer: reader, page: 1 });
    expect(first).toMatchObject({ total, unread: total, page: 1, pages: 2 });
    expect(first?.items).toHaveLength(INBOX_PAGE_SIZE);
    expect(first?.items[0]).toMatchObject({
      kind: 'published',
      articleId: article.id,
      title: `Reader piece ${total - 1}`,
      comment: 'Well done',
      read: false,
    });
    expect(first?.items[0].createdAt).toBeInstanceOf(Date);
    expect(first?.items[0].actorName).toBe((total - 1) % 2 ? 'Emma Editor' : null);
    expect(first?.items[1].actorName).toBe((total - 2) % 2 ? 'Emma Editor' : null);
    expect(first?.items[1].comment).toBeNull();
    const second = await getInbox({ viewer: reader, page: 2 });
    expect(second?.items.map((i) => i.title)).toEqual([4, 3, 2, 1, 0].map((i) => `Reader piece ${i}`));
    expect(await getInbox({ viewer: reader, page: 3 })).toBeNull();
    // Nobody else sees the reader's notifications.
    const editorsInbox = await getInbox({ viewer: editor, page: 1 });
    expect(editorsInbox?.items.some((i) => i.articleId === article.id)).toBe(false);

    const mine = first!.items.slice(0, 2).map((i) => i.id);
    const editorUnread = await getUnreadCount({ viewer: editor });
    // Someone else's ids change nothing.
    expect(await markNotificationsRead({ viewer: editor, ids: mine })).toBe(0);
    expect(await getUnreadCount({ viewer: reader })).toBe(total);

    expect(await markNotificationsRead({ viewer: reader, ids: [...mine, ...mine] })).toBe(2);
    expect(await markNotificationsRead({ viewer: reader, ids: mine })).toBe(0);
    expect(await markNotificationsRead({ viewer: reader, ids: [] })).toBe(0);
    expect(await getUnreadCount({ viewer: reader })).toBe(total - 2);
    const after = await getInbox({ viewer: reader, page: 1 });
    expect(after?.items.slice(0, 3).map((i) => i.read)).toEqual([true, true, false]);
    expect(after?.unread).toBe(total - 2);

    // "All" is the viewer's own: the editor's unread notifications stay unread.
    expect(await markNotificationsRead({ viewer: reader })).toBe(total - 2);
    expect(await getUnreadCount({ viewer: reader })).toBe(0);
    expect(await getUnreadCount({ viewer: editor })).toBe(editorUnread);
  });

  it('an empty inbox has one empty page', async () => {
    const [user] = await db
      .insert(users)
      .values({ email: 'quiet@newsroom.example', name: 'Quiet Reader' })
      .returning({ id: users.id });
    const viewer = { id: user.id, name: 'Quiet Reader', email: 'quiet@newsroom.example', locale: 'en' as const, grants: [] };
    expect(await getInbox({ viewer, page: 1 })).toEqual({ items: [], total: 0, unread: 0, page: 1, pages: 1 });
    expect(await getInbox({ viewer, page: 2 })).toBeNull();
    expect(await getUnreadCount({ viewer })).toBe(0);
    expect(await markNotificationsRead({ viewer })).toBe(0);
  });
});

// --- mail -----------------------------------------------------------------------------

type Received = { to: string[]; subject: string; text: string; from: string };

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
async function startSmtp(port = 0) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), ...parseMail(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on which nothing listens. */
async function closedPort() {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 1;
}

function bytesOfQuotedPrintable(text: string): Buffer {
  const out: number[] = [];
  const s = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(s.charCodeAt(i));
  }
  return Buffer.from(out);
}

/** Decodes RFC 2047 encoded words, joining the bytes of adjacent ones. */
function decodeHeader(value: string): string {
  const parts: (string | Buffer)[] = [];
  const re = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
  let last = 0;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const between = value.slice(last, m.index);
    if (!(parts.length && Buffer.isBuffer(parts[parts.length - 1]) && /^\s*$/.test(between))) parts.push(between);
    const bytes = m[1].toUpperCase() === 'B' ? Buffer.from(m[2], 'base64') : bytesOfQuotedPrintable(m[2].replace(/_/g, ' '));
    const prev = parts[parts.length - 1];
    if (Buffer.isBuffer(prev)) parts[parts.length - 1] = Buffer.concat([prev, bytes]);
    else parts.push(bytes);
    last = m.index + m[0].length;
  }
  parts.push(value.slice(last));
  return parts.map((p) => (Buffer.isBuffer(p) ? p.toString('utf8') : p)).join('');
}

function parseMail(raw: string): Omit<Received, 'to'> {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? bytesOfQuotedPrintable(body)
        : Buffer.from(body, 'latin1');
  return {
    subject: decodeHeader(headers.get('subject') ?? ''),
    from: decodeHeader(headers.get('from') ?? ''),
    text: bytes.toString('utf8').replace(/\r\n/g, '\n'),
  };
}

async function outbox() {
  return db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.toAddress,
      attempts: mailOutbox.attempts,
      sentAt: mailOutbox.sentAt,
      nextAttemptAt: mailOutbox.nextAttemptAt,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .orderBy(asc(mailOutbox.id));
}

describe('mail', () => {
  const saved = { smtp: env.SMTP_URL, auth: env.AUTH_URL };

  beforeEach(async () => {
    await db.delete(mailOutbox).where(gte(mailOutbox.id, 0));
    env.AUTH_URL = 'https://news.example.com';
  });

  afterEach(() => {
    env.SMTP_URL = saved.smtp;
    env.AUTH_URL = saved.auth;
  });

  afterAll(() => {
    env.SMTP_URL = saved.smtp;
    env.AUTH_URL = saved.auth;
  });

  it('queues a mail per recipient in their language and delivers it with the link', async () => {
    const smtp = await startSmtp();
    try {
      env.SMTP_URL = smtp.url;
      const article = await makeArticle({ author: 'editor', unit: 'OU-MACH', title: 'Safety week: results' });
      await send('submitted', article, 'editor', 'Ready for a look.\nThanks!');
      const queued = await outbox();
      expect(queued.map((r) => r.to).sort()).toEqual(emails('approver', 'unitApprover'));
      expect(queued.every((r) => r.sentAt === null && r.attempts === 0)).toBe(true);
      // The transition only queued: nothing reached the server yet.
      expect(smtp.received).toHaveLength(0);

      expect(await deliverDueMail()).toEqual({ sent: 2, failed: 0 });
      expect(smtp.received).toHaveLength(2);
      const link = `https://news.example.com/staff/articles/${article.id}`;
      const en = smtp.received.find((m) => m.to[0] === EMAILS.approver);
      expect(en?.to).toEqual([EMAILS.approver]);
      expect(en?.subject).toBe('For review: Safety week: results');
      expect(en?.from).toContain('newsroom@localhost');
      expect(en?.text).toContain('Emma Editor submitted “Safety week: results” for review.');
      expect(en?.text).toContain('Ready for a look.\nThanks!');
      expect(en?.text).toContain(link);
      const zh = smtp.received.find((m) => m.to[0] === EMAILS.unitApprover);
      expect(zh?.subject).toBe('待审核：Safety week: results');
      expect(zh?.text).toContain('Emma Editor提交了《Safety week: results》，等待您审核。');
      expect(zh?.text).toContain('意见：');
      expect(zh?.text).toContain(`打开稿件：${link}`);

      const sent = await outbox();
      expect(sent.every((r) => r.sentAt instanceof Date && r.attempts === 1 && r.lastError === null)).toBe(true);
      // Sent mail is not sent again.
      expect(await deliverDueMail()).toEqual({ sent: 0, failed: 0 });
      expect(smtp.received).toHaveLength(2);
    } finally {
      await smtp.close();
    }
  });

  it('links by path when the portal address is unknown', async () => {
    const smtp = await startSmtp();
    try {
      env.SMTP_URL = smtp.url;
      env.AUTH_URL = undefined;
      const article = await makeArticle({ author: 'editor', editor: 'unitEditor', unit: 'OU-PKG' });
      await send('rejected', article, 'approver', null);
      expect(await deliverDueMail()).toEqual({ sent: 2, failed: 0 });
      const zh = smtp.received.find((m) => m.to[0] === EMAILS.unitEditor);
      expect(zh?.subject).toBe(`已驳回：${article.title}`);
      expect(zh?.text).toContain(`打开稿件：/staff/articles/${article.id}\n`);
      expect(zh?.text).not.toContain('意见');
    } finally {
      await smtp.close();
    }
  });

  it('keeps mail queued while the server is down and sends it once it is back', async () => {
    const port = await closedPort();
    env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    const article = await makeArticle({ author: 'editor', editor: 'unitEditor', unit: 'OU-PKG' });
    // The transition itself does not need the mail server.
    await send('approved', article, 'approver');
    const now = new Date();
    expect(await deliverDueMail({ now })).toEqual({ sent: 0, failed: 2 });
    const failed = await outbox();
    expect(failed).toHaveLength(2);
    for (const row of failed) {
      expect(row).toMatchObject({ attempts: 1, sentAt: null });
      expect(row.lastError).toMatch(/ECONNREFUSED/);
      expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelay(1));
    }
    // Not due again yet.
    expect(await deliverDueMail({ now: new Date(now.getTime() + 30_000) })).toEqual({ sent: 0, failed: 0 });

    const smtp = await startSmtp(port);
    try {
      expect(await deliverDueMail({ now: new Date(now.getTime() + retryDelay(1)) })).toEqual({ sent: 2, failed: 0 });
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(emails('editor', 'unitEditor'));
      expect((await outbox()).every((r) => r.sentAt !== null && r.attempts === 2 && r.lastError === null)).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it('backs off exponentially up to an hour and gives up after ten attempts, keeping the row', async () => {
    expect([1, 2, 3, 6, 7, 10].map(retryDelay)).toEqual([60, 120, 240, 1920, 3600, 3600].map((s) => s * 1000));
    env.SMTP_URL = 'smtp://mailer:hunter2-secret@127.0.0.1:25';
    const article = await makeArticle({ author: 'editor', unit: 'OU-PKG' });
    await send('published', article, null);
    const [row] = await outbox();
    await db.update(mailOutbox).set({ attempts: 9 }).where(eq(mailOutbox.id, row.id));
    const failing = {
      sendMail: async () => {
        throw Object.assign(new Error('Invalid login: 535 for smtp://mailer:hunter2-secret@127.0.0.1:25'), { code: 'EAUTH' });
      },
    };
    expect(await deliverDueMail({ transport: failing })).toEqual({ sent: 0, failed: 1 });
    const [after] = await outbox();
    expect(after).toMatchObject({ attempts: 10, sentAt: null });
    expect(after.lastError).toContain('EAUTH');
    expect(after.lastError).not.toContain('hunter2');
    // Given up: not even a much later run tries again.
    const later = new Date(Date.now() + 24 * 3600_000);
    expect(await deliverDueMail({ transport: failing, now: later })).toEqual({ sent: 0, failed: 0 });
  });

  it('two mailers running at once send every mail exactly once', async () => {
    const smtp = await startSmtp();
    try {
      env.SMTP_URL = smtp.url;
      const first = await makeArticle({ author: 'editor', unit: 'OU-PKG' });
      const second = await makeArticle({ author: 'editor', unit: 'OU-PKG' });
      await send('schedule_failed', first, null, 'The category was deleted.');
      await send('schedule_failed', second, null, 'The category was deleted.');
      await send('submitted', first, 'editor');
      const queued = await outbox();
      expect(queued).toHaveLength(7);

      const results = await Promise.all([deliverDueMail({ url: smtp.url }), deliverDueMail({ url: smtp.url })]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(7);
      expect(results.every((r) => r.failed === 0)).toBe(true);
      expect(smtp.received).toHaveLength(7);
      const delivered = smtp.received.map((m) => `${m.to[0]} ${m.subject}`);
      expect(new Set(delivered).size).toBe(7);
      const rows = await db
        .select({ attempts: mailOutbox.attempts })
        .from(mailOutbox)
        .where(and(gte(mailOutbox.id, 0)));
      expect(rows.every((r) => r.attempts === 1)).toBe(true);
    } finally {
      await smtp.close();
    }
  });
});
