/**
 * The audit trail: who saw or changed what about which student, and when, from where and in which
 * session. Written in the same request as the read or change; a read that cannot be logged is not
 * served. The table is append-only and hash-chained (migration 0012, audit/verify-audit-chain.ts).
 */
import type { Db } from '../db/database.js';
import { auditLog } from '../db/schema.js';
import { currentAuditContext } from './audit/audit-context.js';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'sign_in' | 'sign_out' | 'sign_in_failed';

/** The owner of entries that belong to no owner: a sign-in attempt with an unknown username. */
export const NO_OWNER = '00000000-0000-0000-0000-000000000000';

export interface AuditEntry {
  ownerId: string;
  actorStaffId: string | null;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  studentId?: string | null;
  detail?: Record<string, unknown>;
  /** The client's address; by default the current request's (audit/audit-context.ts). */
  address?: string | null;
  /** A reference to the session, never its token; by default the current request's. */
  sessionRef?: string | null;
}

/**
 * Writes the entries in one statement; the insert trigger chains them one by one, holding the
 * owner's chain until the transaction commits: inside a long transaction, write the entry last.
 */
export async function writeAudit(db: Db, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  const context = currentAuditContext();
  const rows = list.map((e) => ({
    ownerId: e.ownerId,
    actorStaffId: e.actorStaffId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    studentId: e.studentId ?? null,
    detail: e.detail ?? null,
    address: e.address !== undefined ? e.address : (context?.address ?? null),
    sessionRef: e.sessionRef !== undefined ? e.sessionRef : (context?.sessionRef ?? null),
  }));
  await db.insert(auditLog).values(rows);
}
