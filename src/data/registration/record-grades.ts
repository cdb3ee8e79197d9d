/** Midterm or half-year grades for a teaching group; saving again for the same date replaces them. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { grades } from '../../db/schema.js';
import type { GradeValue } from '../../domain/vocabulary.js';

export async function recordGrades(
  db: Db,
  input: {
    ownerId: string;
    group: { id: string; subjectCode: string; subjectName: string };
    kind: 'midtveis' | 'halvaar';
    givenOn: string;
    registeredBy: string;
    entries: Array<{ studentId: string; value: GradeValue }>;
  },
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .delete(grades)
      .where(
        and(
          eq(grades.ownerId, input.ownerId),
          eq(grades.groupId, input.group.id),
          eq(grades.kind, input.kind),
          eq(grades.givenOn, input.givenOn),
          inArray(grades.studentId, input.entries.map((e) => e.studentId)),
        ),
      );
    await tx.insert(grades).values(
      input.entries.map((e) => ({
        ownerId: input.ownerId,
        studentId: e.studentId,
        groupId: input.group.id,
        subjectCode: input.group.subjectCode,
        subjectName: input.group.subjectName,
        kind: input.kind,
        value: e.value,
        givenOn: input.givenOn,
        registeredBy: input.registeredBy,
      })),
    );
    return input.entries.length;
  });
}
