// SCIM 2.0 (RFC 7643, RFC 7644): the parts of the protocol that Newsroom speaks, without
// the database. lib/dal/scim-*.ts keep users and groups; app/scim/v2 serves them.

export const SCIM = {
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  group: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  enterprise: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
  list: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  patch: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  config: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
} as const;

export const SCIM_CONTENT_TYPE = 'application/scim+json';

export type ScimType = 'invalidFilter' | 'invalidValue' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'uniqueness' | 'mutability' | 'tooMany';

/** A refusal in SCIM's own words: an HTTP status, a scimType and a detail that names the field. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
  }
}

export const invalidValue = (detail: string) => new ScimError(400, detail, 'invalidValue');
export const notFound = (what: string, id: string) => new ScimError(404, `${what} ${id} not found`);

export function errorBody(error: ScimError) {
  return { schemas: [SCIM.error], status: String(error.status), ...(error.scimType ? { scimType: error.scimType } : {}), detail: error.detail };
}

/** SCIM clients send booleans as true, "true" or, Entra ID, "True"/"False". */
export function scimBoolean(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw invalidValue(`${field} must be true or false`);
}

export function scimString(value: unknown, field: string, max = 320): string {
  if (typeof value !== 'string') throw invalidValue(`${field} must be a string`);
  const text = value.trim();
  if (text.length > max) throw invalidValue(`${field} is longer than ${max} characters`);
  return text;
}

export type Filter = { attribute: string; value: string };

/**
 * The filters provisioning clients send to find a resource: `attribute eq "value"`, for
 * the attributes listed (compared as the caller decides). Anything else is invalidFilter.
 */
export function parseFilter(filter: string | null, attributes: readonly string[]): Filter | null {
  if (filter === null || filter.trim() === '') return null;
  const match = /^\s*([A-Za-z][\w.:-]*)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!match) throw new ScimError(400, `Unsupported filter: ${filter.slice(0, 200)}. Use attribute eq "value".`, 'invalidFilter');
  const attribute = attributes.find((a) => a.toLowerCase() === match[1].toLowerCase());
  if (!attribute) throw new ScimError(400, `Filtering on ${match[1]} is not supported (only ${attributes.join(', ')})`, 'invalidFilter');
  return { attribute, value: match[2].replace(/\\(.)/g, '$1') };
}

export type Page = { startIndex: number; count: number };

/** startIndex (1-based) and count of a list request; count at most 200. */
export function parsePage(params: URLSearchParams): Page {
  const number = (name: string, fallback: number) => {
    const raw = params.get(name);
    if (raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n)) throw invalidValue(`${name} must be a whole number`);
    return n;
  };
  return { startIndex: Math.max(1, number('startIndex', 1)), count: Math.min(200, Math.max(0, number('count', 100))) };
}

export function listResponse<T>(resources: T[], total: number, page: Page) {
  return { schemas: [SCIM.list], totalResults: total, startIndex: page.startIndex, itemsPerPage: resources.length, Resources: resources };
}

export type PatchOperation = { op: 'add' | 'replace' | 'remove'; path?: string; value?: unknown };

/** The operations of a PatchOp body; `op` in any letter case (Entra ID writes "Replace"). */
export function parsePatch(body: unknown): PatchOperation[] {
  const ops = (body as { Operations?: unknown } | null)?.Operations;
  if (!Array.isArray(ops) || ops.length === 0) throw new ScimError(400, 'Operations must be a non-empty list', 'invalidSyntax');
  if (ops.length > 1000) throw new ScimError(400, 'At most 1000 operations per request', 'tooMany');
  return ops.map((raw, i) => {
    const o = raw as { op?: unknown; path?: unknown; value?: unknown };
    const op = typeof o?.op === 'string' ? o.op.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') throw new ScimError(400, `Operations[${i}].op must be add, replace or remove`, 'invalidSyntax');
    if (o.path !== undefined && typeof o.path !== 'string') throw new ScimError(400, `Operations[${i}].path must be a string`, 'invalidPath');
    if (op !== 'remove' && o.value === undefined) throw new ScimError(400, `Operations[${i}].value is required`, 'invalidValue');
    return { op, path: o.path as string | undefined, value: o.value };
  });
}

/** The attributes of a patch without a path (`value: {active: false}`) as path/value pairs. */
export function flattenValue(value: unknown, i: number): [string, unknown][] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ScimError(400, `Operations[${i}].value must be an object when there is no path`, 'invalidValue');
  const out: [string, unknown][] = [];
  for (const [key, v] of Object.entries(value)) {
    // The enterprise extension arrives as one object: its attributes become full paths.
    if (key.toLowerCase() === SCIM.enterprise.toLowerCase() && v && typeof v === 'object') {
      for (const [sub, sv] of Object.entries(v)) out.push([`${SCIM.enterprise}:${sub}`, sv]);
    } else if (key.toLowerCase() === 'name' && v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [sub, sv] of Object.entries(v)) out.push([`name.${sub}`, sv]);
    } else out.push([key, v]);
  }
  return out;
}
