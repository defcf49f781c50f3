import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { env } from '@/lib/env';
import { writeAudit } from './audit';
import { applyDirectoryGroups } from './directory-groups';
import { auditSignIn } from './sign-in';
import { getUnitIdsByCode } from './units';
import { normalizeEmail } from './users';

const { users, userIdentities, roleGrants } = schema;

// Single sign-on: what happens when the identity provider has vouched for someone. The
// claims of the ID token are the input; Auth.js has already checked the token's signature,
// issuer, audience, nonce, state and PKCE. A first sign-in creates the account (a reader,
// in the unit its claims name); an existing account with the same verified email is
// linked, never duplicated; roles follow the groups at every sign-in.

export type SsoRefusal = 'claim_missing' | 'domain' | 'unverified' | 'inactive';
export type SsoResult = { ok: true; userId: number; sessionVersion: number } | { ok: false; reason: SsoRefusal; field?: string };

type Claims = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The groups the token lists, or undefined when it has no groups claim at all. */
export function groupsOf(claims: Claims, claim = env.AUTH_OIDC_GROUPS_CLAIM): string[] | undefined {
  const value = claims[claim];
  if (value === undefined || value === null) return undefined;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\s]+/) : [];
  return list.filter((g): g is string => typeof g === 'string' && g.trim() !== '').slice(0, 1000);
}

/** The allowed domains of AUTH_OIDC_ALLOWED_DOMAINS; empty allows every domain. */
export function allowedDomains(setting = env.AUTH_OIDC_ALLOWED_DOMAINS): string[] {
  return (setting ?? '')
    .split(',')
    .map((d) => d.trim().replace(/^@/, '').toLowerCase())
    .filter(Boolean);
}

export function emailDomainAllowed(email: string, domains = allowedDomains()) {
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return domains.length === 0 || domains.includes(domain);
}

function displayName(claims: Claims, email: string) {
  const joined = [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ');
  return (str(claims.name) ?? (joined || undefined) ?? email.slice(0, email.indexOf('@'))).slice(0, 200);
}

/** Signs in the person behind verified ID token claims; creates or links their account. */
export async function ssoSignIn(claims: Claims, client: string): Promise<SsoResult> {
  const refuse = async (reason: SsoRefusal, email: string | null, field?: string): Promise<SsoResult> => {
    await auditSignIn({ action: 'auth.sso_refused', email, client, method: 'sso', reason, data: field ? { field } : undefined });
    return { ok: false, reason, field };
  };
  const subject = str(claims.sub);
  if (!subject) return refuse('claim_missing', null, 'sub');
  const rawEmail = str(claims[env.AUTH_OIDC_EMAIL_CLAIM]);
  if (!rawEmail || !/^[^\s@]+@[^\s@]+$/.test(rawEmail)) return refuse('claim_missing', null, env.AUTH_OIDC_EMAIL_CLAIM);
  const email = normalizeEmail(rawEmail);
  if (!emailDomainAllowed(email)) return refuse('domain', email);
  const verified = env.AUTH_OIDC_TRUST_EMAIL || claims.email_verified === true || claims.email_verified === 'true';
  const groups = groupsOf(claims);
  const unitCode = env.AUTH_OIDC_UNIT_CLAIM ? str(claims[env.AUTH_OIDC_UNIT_CLAIM]) : undefined;
  const unitId = unitCode ? ((await getUnitIdsByCode([unitCode])).get(unitCode.toUpperCase()) ?? null) : undefined;
  const name = displayName(claims, email);

  const [linked] = await db
    .select({ id: users.id })
    .from(userIdentities)
    .innerJoin(users, eq(users.id, userIdentities.userId))
    .where(and(eq(userIdentities.provider, 'oidc'), eq(userIdentities.subject, subject)))
    .limit(1);
  const [byEmail] = linked
    ? [undefined]
    : await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!linked && !verified) return refuse('unverified', email, 'email_verified');

  const outcome = await transaction(async (tx) => {
    let userId = linked?.id ?? byEmail?.id;
    let event: 'created' | 'linked' | 'known' = 'known';
    if (!userId) {
      const [created] = await tx
        .insert(users)
        .values({ email, name, passwordHash: null, unitId: unitId ?? null })
        .returning({ id: users.id });
      userId = created.id;
      await tx.insert(roleGrants).values({ userId, role: 'reader', unitId: null });
      await writeAudit(tx, { actorId: null, action: 'user.create', entityType: 'user', entityId: userId, toState: 'reader', data: { email, via: 'sso', unit: unitCode ?? null } });
      event = 'created';
    }
    if (!linked) {
      await tx.insert(userIdentities).values({ userId, provider: 'oidc', subject });
      if (event === 'known') event = 'linked';
    }
    const [user] = await tx.select({ active: users.active, sv: users.sessionVersion, email: users.email }).from(users).where(eq(users.id, userId));
    if (!user.active) return { userId, inactive: true as const };
    // The directory is the source of the name, and of the email and unit when it sends them.
    const emailFree =
      user.email === email || !(await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1)).length;
    await tx
      .update(users)
      .set({
        name,
        lastLoginAt: new Date(),
        ...(verified && emailFree ? { email } : {}),
        ...(unitId !== undefined && unitId !== null ? { unitId } : {}),
      })
      .where(eq(users.id, userId));
    if (groups) await applyDirectoryGroups(tx, userId, groups, 'sso');
    return { userId, sv: user.sv, event };
  });
  if ('inactive' in outcome) return refuse('inactive', email);
  if (outcome.event === 'linked' || outcome.event === 'created') {
    await auditSignIn({ action: 'auth.sso_link', userId: outcome.userId, email, client, method: 'sso', reason: outcome.event });
  }
  await auditSignIn({
    action: 'auth.sign_in',
    userId: outcome.userId,
    email,
    client,
    method: 'sso',
    data: { groups: groups ?? null, unit: unitCode ?? null, unitKnown: unitCode ? unitId !== null : null },
  });
  return { ok: true, userId: outcome.userId, sessionVersion: outcome.sv };
}
