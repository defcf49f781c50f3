import 'server-only';
import { createTransport } from 'nodemailer';
import { claimDueMail, MAIL_MAX_ATTEMPTS, recordMailFailure, recordMailSent } from '@/lib/dal/notifications';
import { env } from '@/lib/env';

// Sends the mail that workflow transitions queue in the outbox (lib/dal/notifications.ts).
// Transitions never talk to the mail server; this loop does, and a server that is down only
// means retries with backoff.

export type MailTransport = {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close?(): void;
};

export type DeliveryResult = { sent: number; failed: number };

const INTERVAL_MS = 15_000;
const BATCH = 20;
/** Longer than one send can take with the timeouts below, so a claimed mail is never taken twice. */
const LEASE_MS = 5 * 60_000;
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 60 * 60_000;

/** Waiting time after the n-th failed attempt: 1 min, 2, 4, … at most an hour. */
export function retryDelay(attempts: number): number {
  return Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_MS);
}

function transportFor(url: string): MailTransport {
  return createTransport({
    url,
    // Bounded, so that a hanging server cannot hold a mail past its lease.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}

let shared: { url: string; transport: MailTransport } | undefined;

function configuredTransport(): MailTransport | null {
  if (!env.SMTP_URL) return null;
  if (shared?.url !== env.SMTP_URL) shared = { url: env.SMTP_URL, transport: transportFor(env.SMTP_URL) };
  return shared.transport;
}

/** One line about a failure, without credentials: what lands in mail_outbox.last_error. */
function describeFailure(error: unknown, url: string | undefined): string {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown };
  let text = typeof e?.message === 'string' ? e.message.split('\n')[0] : String(error);
  if (typeof e?.code === 'string' && !text.includes(e.code)) text = `${e.code}: ${text}`;
  if (url) {
    try {
      const { password, username } = new URL(url);
      for (const secret of [password, decodeURIComponent(password), username, decodeURIComponent(username)]) {
        if (secret.length >= 3) text = text.split(secret).join('***');
      }
    } catch {
      // an unparsable URL has nothing more to hide than the rule below removes
    }
  }
  return text.replace(/\/\/[^\s/@]*@/g, '//***@').slice(0, 300);
}

/**
 * Sends the outbox mail that is due, one claimed row at a time, up to `batch` of them.
 * A failure is recorded on the row with a later next attempt; after MAIL_MAX_ATTEMPTS
 * the row is kept, unsent, with its last error. Uses SMTP_URL unless `transport` or
 * `url` is given (tests); without any of them it does nothing.
 */
export async function deliverDueMail(
  opts: { now?: Date; transport?: MailTransport; url?: string; batch?: number } = {},
): Promise<DeliveryResult> {
  const own = !opts.transport && opts.url ? transportFor(opts.url) : null;
  const transport = opts.transport ?? own ?? configuredTransport();
  const result: DeliveryResult = { sent: 0, failed: 0 };
  if (!transport) return result;
  const url = opts.url ?? env.SMTP_URL;
  try {
    for (let i = 0; i < (opts.batch ?? BATCH); i++) {
      const now = opts.now ?? new Date();
      const mail = await claimDueMail({ now, leaseUntil: new Date(now.getTime() + LEASE_MS) });
      if (!mail) break;
      try {
        await transport.sendMail({ from: env.SMTP_FROM, to: mail.toAddress, subject: mail.subject, text: mail.body });
      } catch (error) {
        const attempts = mail.attempts + 1;
        const message = describeFailure(error, url);
        await recordMailFailure({ id: mail.id, error: message, nextAttemptAt: new Date(now.getTime() + retryDelay(attempts)) });
        result.failed++;
        if (attempts >= MAIL_MAX_ATTEMPTS) console.error(`Mail ${mail.id} given up after ${attempts} attempts: ${message}`);
        continue;
      }
      await recordMailSent({ id: mail.id, now: opts.now ?? new Date() });
      result.sent++;
    }
  } finally {
    own?.close?.();
  }
  return result;
}

let timer: ReturnType<typeof setInterval> | undefined;

/**
 * Starts sending queued mail every 15 seconds when SMTP_URL is set. One run at a time;
 * the timer does not keep the process alive. Returns a stop function (tests, shutdown).
 */
export function startMailer(): () => void {
  if (!env.SMTP_URL || timer) return () => {};
  let running = false;
  timer = setInterval(() => {
    if (running) return;
    running = true;
    deliverDueMail()
      .then(({ failed }) => {
        if (failed) console.warn(`Mail: ${failed} message(s) could not be sent; they will be retried.`);
      })
      .catch((error) => console.error('Mail delivery failed, retrying in 15 s:', describeFailure(error, env.SMTP_URL)))
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    timer = undefined;
  };
}

/**
 * Sends one mail now, past the outbox: the console's test mail, whose point is to see the
 * mail server's answer at once. Uses SMTP_URL unless `url` is given (tests). Resolves to
 * null when sent, or to the failure in one line without credentials.
 */
export async function sendMailNow(mail: { to: string; subject: string; text: string }, url = env.SMTP_URL): Promise<string | null> {
  if (!url) return 'SMTP_URL is not set';
  const transport = url === env.SMTP_URL ? (configuredTransport() as MailTransport) : transportFor(url);
  try {
    await transport.sendMail({ from: env.SMTP_FROM, ...mail });
    return null;
  } catch (error) {
    return describeFailure(error, url);
  } finally {
    if (url !== env.SMTP_URL) transport.close?.();
  }
}
