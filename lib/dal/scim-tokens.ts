import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { db, schema, transaction } from '@/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { type Actor, isAdmin, isSystem } from '@/lib/permissions';
import { writeAudit } from './audit';

const { scimTokens, users } = schema;

// The bearer tokens of the SCIM endpoint. An admin creates one for the provisioning
// service (Entra ID, Okta...); it is shown once and only its SHA-256 is kept. Revoking it
// stops it at once.

declare const scimClient: unique symbol;
/** A SCIM request whose token checked out: what the SCIM functions of the data layer require. */
export type ScimClient = { readonly tokenId: number; readonly [scimClient]: true };

const hash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The client behind `Authorization: Bearer …`, or null for a missing, unknown or revoked token. */
export async function authenticateScim(authorization: string | null): Promise<ScimClient | null> {
  const match = /^Bearer\s+(\S{20,200})$/i.exec(authorization?.trim() ?? '');
  if (!match) return null;
  const [row] = await db
    .select({ id: scimTokens.id })
    .from(scimTokens)
    .where(and(eq(scimTokens.tokenHash, hash(match[1])), isNull(scimTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  const now = new Date();
  // Noted at most once a minute, so that a burst of provisioning writes once.
  await db
    .update(scimTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(scimTokens.id, row.id), or(isNull(scimTokens.lastUsedAt), lt(scimTokens.lastUsedAt, new Date(now.getTime() - 60_000)))));
  return { tokenId: row.id } as ScimClient;
}

export type ScimTokenItem = { id: number; name: string; createdBy: string | null; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

function requireAdmin(actor: Actor) {
  if (!isAdmin(actor)) throw new ForbiddenError();
}

/** Every token, newest first (never the token itself). Admins only. */
export async function listScimTokens(actor: Actor): Promise<ScimTokenItem[]> {
  requireAdmin(actor);
  return db
    .select({
      id: scimTokens.id,
      name: scimTokens.name,
      createdBy: users.name,
      createdAt: scimTokens.createdAt,
      lastUsedAt: scimTokens.lastUsedAt,
      revokedAt: scimTokens.revokedAt,
    })
    .from(scimTokens)
    .leftJoin(users, eq(users.id, scimTokens.createdBy))
    .orderBy(desc(scimTokens.createdAt), desc(scimTokens.id));
}

/** Creates a token; returns it once. Admins only. */
export async function createScimToken(actor: Actor, input: { name: string }): Promise<{ id: number; token: string }> {
  requireAdmin(actor);
  const name = input.name.trim();
  if (!name) throw new ValidationError('required', { field: 'name' });
  if (name.length > 100) throw new ValidationError('too_long', { field: 'name', max: 100 });
  const token = `scim_${randomBytes(32).toString('base64url')}`;
  return transaction(async (tx) => {
    const [row] = await tx
      .insert(scimTokens)
      .values({ name, tokenHash: hash(token), createdBy: isSystem(actor) ? null : actor.id })
      .returning({ id: scimTokens.id });
    await writeAudit(tx, { actorId: isSystem(actor) ? null : actor.id, action: 'scim.token_create', entityType: 'scim_token', entityId: row.id, data: { name } });
    return { id: row.id, token };
  });
}

/** Revokes a token: the next request with it is refused. Admins only. */
export async function revokeScimToken(actor: Actor, id: number) {
  requireAdmin(actor);
  await transaction(async (tx) => {
    const [row] = await tx
      .update(scimTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(scimTokens.id, id), isNull(scimTokens.revokedAt)))
      .returning({ name: scimTokens.name });
    if (!row) throw new NotFoundError('not_found');
    await writeAudit(tx, { actorId: isSystem(actor) ? null : actor.id, action: 'scim.token_revoke', entityType: 'scim_token', entityId: id, data: { name: row.name } });
  });
}
