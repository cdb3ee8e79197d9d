/**
 * Students whose birth date the school's files lacked (issue 17): listed for the school to
 * complete, and completed one at a time. Only a missing one: a birth date Varde has is corrected
 * in the school's own system, from which the next file brings it.
 */
import { z } from 'zod';
import { birthDateIn } from '../domain/date-windows.js';

const uuid = z.string().uuid();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
/** A real day, not after today (the request guard, with the server's clock); not before 1990 (src/domain/student-age.ts, in the route). */
const birthDate = birthDateIn();

/** GET /api/schools/:schoolId/students-without-birth-date — the school's current students without one. */
export const studentsWithoutBirthDate = z.object({
  students: z.array(z.object({ id: uuid, givenName: z.string(), familyName: z.string(), className: z.string().nullable() })),
});
export type StudentsWithoutBirthDate = z.infer<typeof studentsWithoutBirthDate>;

/** PUT /api/students/:studentId/birth-date */
export const completeBirthDateBody = z.object({ birthDate });
export type CompleteBirthDateBody = z.infer<typeof completeBirthDateBody>;

export const completedBirthDate = z.object({ id: uuid, birthDate: isoDate, age: z.number().int() });
export type CompletedBirthDate = z.infer<typeof completedBirthDate>;
