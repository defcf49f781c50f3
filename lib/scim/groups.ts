import { flattenValue, invalidValue, type PatchOperation, ScimError, scimString } from './protocol';

// A SCIM Group: a displayName (what the group → role mapping matches), an externalId, and
// members by user id.

export type GroupFields = { displayName: string; externalId: string | null; members: number[] };
export type GroupPatch = { displayName?: string; externalId?: string | null; add: number[]; remove: number[]; replace?: number[] };

function memberIds(value: unknown, field: string): number[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((m, i) => {
    const id = m && typeof m === 'object' ? (m as { value?: unknown }).value : undefined;
    const n = typeof id === 'string' && /^\d{1,15}$/.test(id) ? Number(id) : typeof id === 'number' ? id : NaN;
    if (!Number.isSafeInteger(n) || n <= 0) throw invalidValue(`${field}[${i}].value must be the id of a user`);
    return n;
  });
}

function displayName(value: unknown) {
  const text = scimString(value, 'displayName', 256);
  if (!text) throw invalidValue('displayName must not be empty');
  return text;
}

export function groupFromResource(body: unknown): GroupFields {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ScimError(400, 'The body must be a JSON object', 'invalidSyntax');
  const b = body as Record<string, unknown>;
  if (b.displayName === undefined) throw invalidValue('displayName is required');
  return {
    displayName: displayName(b.displayName),
    externalId: b.externalId === undefined || b.externalId === null ? null : scimString(b.externalId, 'externalId', 256) || null,
    members: b.members === undefined || b.members === null ? [] : memberIds(b.members, 'members'),
  };
}

const MEMBER_FILTER = /^members\s*\[\s*value\s+eq\s+"(\d{1,15})"\s*\]$/i;

export function groupPatch(ops: PatchOperation[]): GroupPatch {
  const out: GroupPatch = { add: [], remove: [] };
  ops.forEach((op, i) => {
    const pairs: [string, unknown][] = op.path === undefined ? flattenValue(op.value, i) : [[op.path, op.value]];
    for (const [path, value] of pairs) {
      const key = path.trim();
      const one = MEMBER_FILTER.exec(key);
      if (one) {
        if (op.op !== 'remove') throw new ScimError(400, `Operations[${i}]: a member filter only goes with remove`, 'invalidPath');
        out.remove.push(Number(one[1]));
      } else if (key.toLowerCase() === 'members') {
        if (op.op === 'add') out.add.push(...memberIds(value, `Operations[${i}].value`));
        else if (op.op === 'replace') out.replace = memberIds(value ?? [], `Operations[${i}].value`);
        else if (value === undefined || value === null) out.replace = [];
        else out.remove.push(...memberIds(value, `Operations[${i}].value`));
      } else if (key.toLowerCase() === 'displayname') {
        if (op.op === 'remove') throw new ScimError(400, 'displayName cannot be removed', 'mutability');
        out.displayName = displayName(value);
      } else if (key.toLowerCase() === 'externalid') {
        out.externalId = op.op === 'remove' || value === null ? null : scimString(value, 'externalId', 256) || null;
      } else if (key.toLowerCase() !== 'id' && key.toLowerCase() !== 'schemas') {
        throw new ScimError(400, `Operations[${i}].path ${key.slice(0, 100)} is not an attribute of a Group`, 'invalidPath');
      }
    }
  });
  return out;
}
