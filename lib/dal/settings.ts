import 'server-only';
import { inArray } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { db, schema, transaction } from '@/db/client';
import { env } from '@/lib/env';
import { ValidationError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/config';
import en from '@/lib/i18n/messages/en.json';
import zh from '@/lib/i18n/messages/zh.json';
import type { Actor } from '@/lib/permissions';
import { invalidatePublicPages } from '@/lib/server/page-cache';
import { sendMailNow } from '@/lib/server/mailer';
import { writeAudit } from './audit';
import { actorId, checkEmail, requireAdmin } from './user-refs';

const { settings } = schema;

// Portal settings that admins change in the console: the portal's name in both languages,
// the default language and the time zone. The environment gives the defaults (and keeps
// ruling until an admin saves); saved values are read by every instance within 30 seconds.

export type PortalSettings = { portalNameEn: string; portalNameZh: string; defaultLocale: Locale; timeZone: string };
const KEYS = ['portalNameEn', 'portalNameZh', 'defaultLocale', 'timeZone'] as const;
const NAME_MAX = 60;
const TTL_MS = 30_000;

/** The settings of a fresh install: the environment's, and the catalogs' name of the portal. */
export function defaultSettings(): PortalSettings {
  return { portalNameEn: en.site.name, portalNameZh: zh.site.name, defaultLocale: env.NEWSROOM_DEFAULT_LOCALE, timeZone: env.NEWSROOM_TIME_ZONE };
}

/** Whether `zone` is a time zone this server knows (an IANA name such as Europe/Berlin). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

let cached: { at: number; value: Promise<PortalSettings> } | undefined;

/** The name of the portal in a language. */
export const portalName = (s: PortalSettings, locale: Locale) => (locale === 'zh' ? s.portalNameZh : s.portalNameEn);

/**
 * The default language for proxy.ts, which routes before any page runs and reads no
 * database: the settings loaded last by this process, shared through globalThis.
 */
export function publishDefaultLocale(locale: Locale) {
  (globalThis as { __newsroomDefaultLocale?: Locale }).__newsroomDefaultLocale = locale;
}

/** The portal's settings. Public (the name is on every page). Never throws: without a database, the defaults. */
export function getPortalSettings(): Promise<PortalSettings> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const value = (async () => {
    const out = defaultSettings();
    try {
      const rows = await db.select().from(settings).where(inArray(settings.key, [...KEYS]));
      for (const r of rows) {
        if ((r.key === 'portalNameEn' || r.key === 'portalNameZh') && typeof r.value === 'string' && r.value) out[r.key] = r.value;
        if (r.key === 'defaultLocale' && isLocale(r.value)) out.defaultLocale = r.value;
        if (r.key === 'timeZone' && typeof r.value === 'string' && isTimeZone(r.value)) out.timeZone = r.value;
      }
    } catch {
      cached = undefined;
    }
    publishDefaultLocale(out.defaultLocale);
    return out;
  })();
  cached = { at: Date.now(), value };
  return value;
}

/** Saves the settings, each checked: an unknown time zone or language is refused, not stored. Admins only. */
export async function updatePortalSettings(actor: Actor, input: Partial<Record<(typeof KEYS)[number], string>>): Promise<PortalSettings> {
  requireAdmin(actor);
  const next: Partial<PortalSettings> = {};
  for (const key of ['portalNameEn', 'portalNameZh'] as const) {
    if (input[key] === undefined) continue;
    const v = input[key].replace(/[\u0000-\u001F\u007F]/g, '').trim();
    if (!v) throw new ValidationError('name_required', { field: key });
    if (v.length > NAME_MAX) throw new ValidationError('name_too_long', { field: key, max: NAME_MAX });
    next[key] = v;
  }
  if (input.defaultLocale !== undefined) {
    if (!isLocale(input.defaultLocale)) throw new ValidationError('locale_invalid', { value: String(input.defaultLocale).slice(0, 20) });
    next.defaultLocale = input.defaultLocale;
  }
  if (input.timeZone !== undefined) {
    const zone = input.timeZone.trim();
    if (!isTimeZone(zone)) throw new ValidationError('time_zone_invalid', { zone: zone.slice(0, 64) });
    next.timeZone = zone;
  }
  const before = await getPortalSettings();
  const changed = Object.entries(next).filter(([k, v]) => before[k as keyof PortalSettings] !== v);
  if (changed.length) {
    await transaction(async (tx) => {
      for (const [key, value] of changed) {
        await tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
      }
      await writeAudit(tx, {
        actorId: actorId(actor),
        action: 'settings.update',
        entityType: 'settings',
        data: { from: Object.fromEntries(changed.map(([k]) => [k, before[k as keyof PortalSettings]])), to: Object.fromEntries(changed) },
      });
    });
    cached = undefined;
    invalidatePublicPages();
  }
  return getPortalSettings();
}

/**
 * Sends a test mail through SMTP_URL at once and says what the server answered: null when
 * it took the mail, else the failure. On the audit log. Admins only.
 */
export async function sendTestMail(actor: Actor, input: { to: string; locale: Locale }, url?: string): Promise<{ error: string | null }> {
  requireAdmin(actor);
  const to = checkEmail(input.to);
  if (!url && !env.SMTP_URL) throw new ValidationError('smtp_unset');
  const t = createTranslator({ locale: input.locale, messages: (input.locale === 'zh' ? zh : en) as typeof en, namespace: 'adminMail' });
  const error = await sendMailNow({ to, subject: t('testSubject'), text: [t('testBody'), '', '--', t('footer')].join('\n') }, url);
  await writeAudit(db, { actorId: actorId(actor), action: 'settings.test_mail', entityType: 'settings', data: { to, ok: !error, error } });
  return { error };
}
