import 'server-only';
import { schema, type Db } from '@/db/client';

export type AuditInput = {
  actorId: number | null;
  action: string;
  entityType: string;
  entityId?: number | null;
  fromState?: string | null;
  toState?: string | null;
  comment?: string | null;
  data?: Record<string, unknown> | null;
};

/** Appends to the audit log, inside the caller's transaction. Never updates or deletes. */
export async function writeAudit(tx: Db, entry: AuditInput) {
  await tx.insert(schema.auditLog).values(entry);
}
