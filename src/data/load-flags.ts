/** Flags of students, with the name of whoever decided them. */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { flags, staff } from '../db/schema.js';
import type { FlagState } from '../domain/vocabulary.js';

export async function loadFlags(db: Db, ownerId: string, studentIds: readonly string[], states?: readonly FlagState[]) {
  if (studentIds.length === 0) return [];
  const rows = await db
    .select({ flag: flags, deciderGiven: staff.givenName, deciderFamily: staff.familyName })
    .from(flags)
    .leftJoin(staff, and(eq(staff.ownerId, flags.ownerId), eq(staff.id, flags.decidedBy)))
    .where(and(eq(flags.ownerId, ownerId), inArray(flags.studentId, [...studentIds]), states ? inArray(flags.state, [...states]) : undefined))
    .orderBy(desc(flags.detectedAt));
  return rows.map((r) => ({ ...r.flag, decidedByName: r.deciderGiven ? `${r.deciderGiven} ${r.deciderFamily}` : null }));
}

export type LoadedFlag = Awaited<ReturnType<typeof loadFlags>>[number];
