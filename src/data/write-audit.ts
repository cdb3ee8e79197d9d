/**
 * The audit trail: who saw or changed what about which student, and when. Written in the same
 * request as the read or change; a read that cannot be logged is not served.
 */
import type { Db } from '../db/database.js';
import { auditLog } from '../db/schema.js';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'sign_in' | 'sign_out' | 'sign_in_failed';

export interface AuditEntry {
  ownerId: string;
  actorStaffId: string | null;
  action: AuditAction;
  entity: string;
  entityId?: string | null;
  studentId?: string | null;
  detail?: Record<string, unknown>;
}

export async function writeAudit(db: Db, entries: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = (Array.isArray(entries) ? entries : [entries]).map((e) => ({
    ownerId: e.ownerId,
    actorStaffId: e.actorStaffId,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    studentId: e.studentId ?? null,
    detail: e.detail ?? null,
  }));
  if (rows.length > 0) await db.insert(auditLog).values(rows);
}
