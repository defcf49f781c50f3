import { flattenValue, invalidValue, type PatchOperation, SCIM, ScimError, scimBoolean, scimString } from './protocol';

// A SCIM User as Newsroom keeps it: userName is the email address (the account's key),
// displayName (or name.formatted, or given and family name) the name, active the account's
// state, externalId the directory's id, the enterprise extension's department a unit code.
// Attributes Newsroom does not keep (title, phone numbers, addresses...) are accepted and
// ignored, so that a provisioning service can send its usual mapping.

export type UserFields = {
  email?: string;
  name?: string;
  active?: boolean;
  externalId?: string | null;
  department?: string | null;
  locale?: 'en' | 'zh';
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function email(value: unknown, field: string) {
  const text = scimString(value, field).toLowerCase();
  if (!EMAIL.test(text)) throw invalidValue(`${field} must be an email address (Newsroom accounts are keyed by email)`);
  return text;
}

function personName(value: unknown, field: string) {
  const text = scimString(value, field, 200);
  if (!text) throw invalidValue(`${field} must not be empty`);
  return text;
}

const localeOf = (value: unknown): 'en' | 'zh' | undefined =>
  typeof value === 'string' ? (value.toLowerCase().startsWith('zh') ? 'zh' : value.toLowerCase().startsWith('en') ? 'en' : undefined) : undefined;

function primaryEmail(emails: unknown): string | undefined {
  if (!Array.isArray(emails)) return undefined;
  const list = emails.filter((e): e is { value: unknown; primary?: unknown; type?: unknown } => !!e && typeof e === 'object');
  const chosen = list.find((e) => e.primary === true || e.primary === 'true') ?? list.find((e) => e.type === 'work') ?? list[0];
  return typeof chosen?.value === 'string' && EMAIL.test(chosen.value.trim()) ? chosen.value.trim().toLowerCase() : undefined;
}

/** The fields of a whole User (POST, PUT). userName is required. */
export function userFromResource(body: unknown): Required<Pick<UserFields, 'email' | 'name' | 'active'>> & UserFields {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ScimError(400, 'The body must be a JSON object', 'invalidSyntax');
  const b = body as Record<string, unknown>;
  if (b.userName === undefined) throw invalidValue('userName is required');
  const userName = scimString(b.userName, 'userName');
  const address = EMAIL.test(userName) ? userName.toLowerCase() : (primaryEmail(b.emails) ?? email(userName, 'userName'));
  const n = (b.name && typeof b.name === 'object' ? b.name : {}) as Record<string, unknown>;
  const composed = [n.givenName, n.familyName].filter((p) => typeof p === 'string' && p.trim()).join(' ');
  const rawName = b.displayName ?? n.formatted ?? (composed || undefined);
  const ext = (b[SCIM.enterprise] && typeof b[SCIM.enterprise] === 'object' ? b[SCIM.enterprise] : {}) as Record<string, unknown>;
  return {
    email: address,
    name: rawName === undefined ? address.slice(0, address.indexOf('@')) : personName(rawName, b.displayName !== undefined ? 'displayName' : 'name'),
    active: b.active === undefined ? true : scimBoolean(b.active, 'active'),
    externalId: b.externalId === undefined || b.externalId === null ? null : scimString(b.externalId, 'externalId', 256) || null,
    department: typeof ext.department === 'string' ? ext.department.trim() || null : null,
    locale: localeOf(b.preferredLanguage ?? b.locale),
  };
}

/** The changes of a PatchOp on a User, path by path (or the attributes of a value without one). */
export function userPatch(ops: PatchOperation[]): UserFields {
  const out: UserFields = {};
  let given: string | undefined;
  let family: string | undefined;
  ops.forEach((op, i) => {
    const pairs: [string, unknown][] = op.path === undefined ? flattenValue(op.value, i) : [[op.path, op.value]];
    for (const [path, raw] of pairs) {
      const key = path.trim().toLowerCase();
      const value = op.op === 'remove' ? null : raw;
      if (key === 'active') {
        if (value === null) throw new ScimError(400, 'active cannot be removed', 'mutability');
        out.active = scimBoolean(value, 'active');
      } else if (key === 'username') {
        if (value === null) throw new ScimError(400, 'userName cannot be removed', 'mutability');
        out.email = email(value, 'userName');
      } else if (key === 'displayname' || key === 'name.formatted') {
        if (value !== null && (key === 'displayname' || out.name === undefined)) out.name = personName(value, path);
      } else if (key === 'name.givenname') given = value === null ? undefined : scimString(value, path, 100);
      else if (key === 'name.familyname') family = value === null ? undefined : scimString(value, path, 100);
      else if (key === 'externalid') out.externalId = value === null ? null : scimString(value, 'externalId', 256) || null;
      else if (key === `${SCIM.enterprise}:department`.toLowerCase()) out.department = value === null ? null : scimString(value, path, 100) || null;
      else if (key === 'preferredlanguage' || key === 'locale') out.locale = localeOf(value) ?? out.locale;
    }
  });
  if (out.name === undefined && (given || family)) out.name = [given, family].filter(Boolean).join(' ');
  return out;
}
