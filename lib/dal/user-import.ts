import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { db, schema, transaction, type Db } from '@/db/client';
import { CsvSyntaxError, parseCsv } from '@/lib/csv';
import { AppError, type ErrorCode, type ErrorParams, ValidationError } from '@/lib/errors';
import { type Actor, ROLES, type Role } from '@/lib/permissions';
import { writeAudit } from './audit';
import { createInvitation } from './invitations';
import { insertUser } from './user-admin';
import { formatGrants } from './user-directory';
import { actorId, assertAdminRemains, checkEmail, checkName, lockAdmins, requireAdmin } from './user-refs';

const { users, roleGrants, units } = schema;

// The CSV import of users. The same plan is made twice: for the dry run, which writes
// nothing and shows each row's outcome, and again inside the transaction of the import,
// which writes every row or, if any row is refused, none.
//
// Columns (a header row names them, in any order): email and name, required; unit (a unit
// code); roles ("editor@OU-EAST;approver", the roles besides reader, each with an optional
// unit scope; an existing user's roles become exactly these); active (yes/no). Other
// columns, such as the export's last_sign_in, are ignored.

export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

type Field = 'email' | 'name' | 'unit' | 'roles' | 'active';
export type RowProblem = { field: Field | null; code: ErrorCode; params: ErrorParams };
export type RowPlan = {
  line: number;
  email: string;
  outcome: 'create' | 'update' | 'unchanged' | 'error';
  /** What an update changes, by field. */
  changes: Field[];
  problems: RowProblem[];
};
export type ImportPlan = { rows: RowPlan[]; counts: Record<RowPlan['outcome'], number> };

type Parsed = {
  line: number;
  email: string;
  name: string | null;
  unitId: number | null | undefined;
  unitCode: string | null | undefined;
  grants: { role: Role; unitId: number | null; unit: string | null }[] | undefined;
  active: boolean | undefined;
  existingId: number | null;
};

const YES = new Set(['yes', 'y', 'true', '1', 'active', '是']);
const NO = new Set(['no', 'n', 'false', '0', 'inactive', 'deactivated', '否']);

/** Undoes the export's guard against spreadsheet formulas ('=…). */
const unguard = (v: string) => (/^'[=+\-@]/.test(v) ? v.slice(1) : v);

function problem(field: Field | null, error: unknown): RowProblem {
  if (error instanceof AppError) return { field, code: error.code, params: error.params };
  throw error;
}

async function plan(tx: Db, text: string): Promise<{ plan: ImportPlan; parsed: Parsed[] }> {
  if (Buffer.byteLength(text, 'utf8') > IMPORT_MAX_BYTES) throw new ValidationError('import_too_big', { max: IMPORT_MAX_BYTES / 1024 / 1024 });
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ValidationError('csv_syntax', { line: error.line });
    throw error;
  }
  if (records.length < 2) throw new ValidationError('csv_empty');
  if (records.length - 1 > IMPORT_MAX_ROWS) throw new ValidationError('import_too_many', { max: IMPORT_MAX_ROWS });
  const header = records[0].fields.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  for (const required of ['email', 'name']) if (!header.includes(required)) throw new ValidationError('csv_header', { column: required });
  const col = (fields: string[], name: Field) => {
    const i = header.indexOf(name);
    return i < 0 ? undefined : unguard((fields[i] ?? '').trim());
  };

  const unitRows = await tx.select({ id: units.id, code: units.code, retiredAt: units.retiredAt }).from(units);
  const unitByCode = new Map(unitRows.map((u) => [u.code, u]));
  const unitOf = (code: string, allowRetired: boolean) => {
    const u = unitByCode.get(code.toUpperCase());
    if (!u) throw new ValidationError('unknown_unit', { code });
    if (u.retiredAt && !allowRetired) throw new ValidationError('unit_retired', { code: u.code });
    return u.id;
  };

  const emails = records.slice(1).map((r) => col(r.fields, 'email')?.toLowerCase() ?? '');
  const existing = new Map<string, { id: number; name: string; unitId: number | null; active: boolean; erased: boolean }>();
  for (let i = 0; i < emails.length; i += 500) {
    const chunk = emails.slice(i, i + 500).filter(Boolean);
    if (chunk.length === 0) continue;
    const rows = await tx
      .select({ id: users.id, email: users.email, name: users.name, unitId: users.unitId, active: users.active, erasedAt: users.erasedAt })
      .from(users)
      .where(inArray(users.email, chunk));
    for (const r of rows) existing.set(r.email, { id: r.id, name: r.name, unitId: r.unitId, active: r.active, erased: !!r.erasedAt });
  }
  const grantsOf = new Map<number, string>();
  const ids = [...existing.values()].map((e) => e.id);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await tx
      .select({ userId: roleGrants.userId, role: roleGrants.role, unit: units.code })
      .from(roleGrants)
      .leftJoin(units, eq(units.id, roleGrants.unitId))
      .where(inArray(roleGrants.userId, ids.slice(i, i + 500)));
    const by = new Map<number, { role: Role; unit: string | null }[]>();
    for (const r of rows) by.set(r.userId, [...(by.get(r.userId) ?? []), { role: r.role, unit: r.unit ?? null }]);
    for (const [id, list] of by) grantsOf.set(id, canonical(list));
  }

  const seen = new Map<string, number>();
  const rows: RowPlan[] = [];
  const parsed: Parsed[] = [];
  for (const record of records.slice(1)) {
    const problems: RowProblem[] = [];
    const f = record.fields;
    if (f.length > header.length && f.slice(header.length).some((v) => v.trim() !== '')) problems.push({ field: null, code: 'csv_columns', params: { expected: header.length, found: f.length } });
    let email = col(f, 'email') ?? '';
    try {
      email = checkEmail(email);
    } catch (e) {
      problems.push(problem('email', e));
    }
    const twin = seen.get(email);
    if (email && twin !== undefined) problems.push({ field: 'email', code: 'import_duplicate', params: { line: twin } });
    else if (email) seen.set(email, record.line);
    const before = existing.get(email);
    if (before?.erased) problems.push({ field: 'email', code: 'email_taken', params: { email } });
    const rawName = col(f, 'name') ?? '';
    let name: string | null = null;
    if (rawName || !before) {
      try {
        name = checkName(rawName);
      } catch (e) {
        problems.push(problem('name', e));
      }
    }
    const rawUnit = col(f, 'unit');
    let unitId: number | null | undefined;
    if (rawUnit !== undefined) {
      try {
        unitId = rawUnit ? unitOf(rawUnit, before?.unitId === unitByCode.get(rawUnit.toUpperCase())?.id) : null;
      } catch (e) {
        problems.push(problem('unit', e));
      }
    }
    const rawRoles = col(f, 'roles');
    let grants: Parsed['grants'];
    if (rawRoles !== undefined) {
      grants = [];
      for (const part of rawRoles.split(/[;|]/).map((p) => p.trim()).filter(Boolean)) {
        const [role, unit] = part.split('@').map((p) => p.trim());
        try {
          if (!(ROLES as readonly string[]).includes(role.toLowerCase())) throw new ValidationError('unknown_role', { role });
          grants.push({ role: role.toLowerCase() as Role, unitId: unit ? unitOf(unit, false) : null, unit: unit ? unit.toUpperCase() : null });
        } catch (e) {
          problems.push(problem('roles', e));
        }
      }
    }
    const rawActive = col(f, 'active')?.toLowerCase();
    let active: boolean | undefined;
    if (rawActive) {
      if (YES.has(rawActive)) active = true;
      else if (NO.has(rawActive)) active = false;
      else problems.push({ field: 'active', code: 'import_active', params: { value: rawActive.slice(0, 20) } });
    }
    const changes: Field[] = [];
    if (before && problems.length === 0) {
      if (name !== null && name !== before.name) changes.push('name');
      if (unitId !== undefined && unitId !== before.unitId) changes.push('unit');
      if (grants && canonical(grants) !== (grantsOf.get(before.id) ?? '')) changes.push('roles');
      if (active !== undefined && active !== before.active) changes.push('active');
    }
    const outcome = problems.length ? 'error' : !before ? 'create' : changes.length ? 'update' : 'unchanged';
    rows.push({ line: record.line, email, outcome, changes, problems });
    parsed.push({ line: record.line, email, name, unitId, unitCode: rawUnit ? rawUnit.toUpperCase() : rawUnit, grants, active, existingId: before?.id ?? null });
  }
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const r of rows) counts[r.outcome]++;
  return { plan: { rows, counts }, parsed };
}

/** The roles besides reader in one sorted text, to compare a row with the database. */
function canonical(grants: { role: Role; unit: string | null }[]) {
  return formatGrants(grants).split(';').filter(Boolean).sort().join(';');
}

/** The dry run: each row's outcome and problems; writes nothing. Admins only. */
export async function planUserImport(actor: Actor, text: string): Promise<ImportPlan> {
  requireAdmin(actor);
  return (await plan(db, text)).plan;
}

/**
 * The import: every row written in one transaction, or none when any row is refused (the
 * plan is made again inside it, so what changed since the dry run is seen). New accounts
 * get no password; with `invite` each gets an invitation. Admins only.
 */
export async function runUserImport(actor: Actor, text: string, opts: { invite?: boolean } = {}) {
  requireAdmin(actor);
  return transaction(async (tx) => {
    await lockAdmins(tx);
    const { plan: result, parsed } = await plan(tx, text);
    if (result.counts.error > 0) throw new ValidationError('import_has_errors', { count: result.counts.error });
    const invitations: { email: string; link: string; mailed: boolean }[] = [];
    for (const [i, row] of result.rows.entries()) {
      const p = parsed[i];
      if (row.outcome === 'create') {
        const id = await insertUser(tx, actor, {
          email: p.email,
          name: p.name as string,
          unit: p.unitId ?? null,
          grants: (p.grants ?? []).map((g) => ({ role: g.role, unit: g.unitId })),
          active: p.active ?? true,
        }, null);
        if (opts.invite && p.active !== false) invitations.push({ email: p.email, ...(await createInvitation(tx, { id, email: p.email, name: p.name as string, locale: 'en' })) });
      } else if (row.outcome === 'update') {
        const id = p.existingId as number;
        const set: { name?: string; unitId?: number | null; active?: boolean; sessionVersion?: ReturnType<typeof sql> } = {};
        if (row.changes.includes('name')) set.name = p.name as string;
        if (row.changes.includes('unit')) set.unitId = p.unitId ?? null;
        if (row.changes.includes('active')) set.active = p.active;
        if (row.changes.includes('active') || row.changes.includes('roles')) set.sessionVersion = sql`${users.sessionVersion} + 1`;
        if (Object.keys(set).length) await tx.update(users).set(set).where(eq(users.id, id));
        if (row.changes.includes('roles')) {
          await tx.delete(roleGrants).where(eq(roleGrants.userId, id));
          const grants = new Map([['reader:', { role: 'reader' as Role, unitId: null as number | null }], ...(p.grants ?? []).map((g) => [`${g.role}:${g.unitId ?? ''}`, { role: g.role, unitId: g.unitId }] as const)]);
          await tx.insert(roleGrants).values([...grants.values()].map((g) => ({ userId: id, ...g })));
        }
        await writeAudit(tx, { actorId: actorId(actor), action: 'user.update', entityType: 'user', entityId: id, data: { import: true, line: row.line, changes: row.changes, roles: p.grants ? formatGrants(p.grants) : undefined, unit: p.unitCode, active: p.active } });
      }
    }
    await assertAdminRemains(tx);
    await writeAudit(tx, { actorId: actorId(actor), action: 'user.import', entityType: 'user', data: { ...result.counts } });
    return { counts: result.counts, invitations };
  });
}
