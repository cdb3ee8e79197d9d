/**
 * The contract of skolebytte (issue 13, part 6; OpenAPI tag `skolebytte`): a student moves to
 * another school of the same owner mid-year, and each open case is handed over to a responsible
 * person there or closed with a note (docs/decisions/023-overgang-and-skolebytte.md). The domain
 * decides (src/domain/overgang/skolebytte.ts); the routes are src/server/routes/skolebytte-routes.ts.
 * Same conventions as api.ts: English field names, Norwegian codes for domain values.
 */
import { z } from 'zod';
import { dateIn } from '../domain/date-windows.js';
import { caseHandlings } from '../domain/overgang/skolebytte.js';
import { caseKinds, roleCodes, schoolKinds } from '../domain/vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
const schoolRef = z.object({ id: uuid, name: z.string() });

export const caseHandling = z.enum(caseHandlings);

/** What happens to one open case: handed over to a person at the new school, or closed with a note (required). */
export const caseChoice = z.discriminatedUnion('handling', [
  z.object({ caseId: uuid, handling: z.literal('overta'), responsibleStaffId: uuid }),
  z.object({ caseId: uuid, handling: z.literal('avslutt'), note: text(2000) }),
]);
export type CaseChoiceBody = z.infer<typeof caseChoice>;

/**
 * POST /api/students/:studentId/school-move — by the leadership of the student's school or the
 * owner's administrator. Every open case of the student needs its choice. Refusals name their field:
 * 400 at `body.toSchoolId` (not another school of the owner), `body.movedOn` (more than 30 days
 * back or ahead), `body.cases` (an open case without a choice), `body.cases.N.caseId` (not an open
 * case of the student, or twice), `body.cases.N.note` (a closed case without a note),
 * `body.cases.N.responsibleStaffId` (not staff of the new school); 409 when the student has been
 * written out, or the day is not after the student's last move. Each detail's message starts with
 * its code (`note_missing: …`).
 */
export const schoolMoveBody = z.object({
  toSchoolId: uuid,
  movedOn: dateIn('near'),
  /** Why, or what the new school should know, if anything: in the history of every case handed over. */
  note: text(2000).default(''),
  cases: z.array(caseChoice).max(100).default([]),
});
export type SchoolMoveBody = z.input<typeof schoolMoveBody>;

/** What the move did. */
export const schoolMoveResult = z.object({
  moveId: uuid,
  fromSchool: schoolRef,
  toSchool: schoolRef,
  movedOn: isoDate,
  /** The last day the former school may read the cases it closed. */
  formerReadUntil: isoDate,
  handedOver: z.array(z.object({ caseId: uuid, kind: z.enum(caseKinds), responsible: z.object({ staffId: uuid, name: z.string() }) })),
  closed: z.array(z.object({ caseId: uuid, kind: z.enum(caseKinds) })),
  /** Open tasks that follow the handed-over cases, and those closed as `eleven_bytta_skole`. */
  tasksFollowing: z.number().int(),
  tasksClosed: z.number().int(),
  /** Open flags that moved with the student. */
  flagsMoved: z.number().int(),
  closerFollowUpEnded: z.boolean(),
});
export type SchoolMoveResult = z.infer<typeof schoolMoveResult>;

/** GET /api/students/:studentId/school-move/preview — what the move dialog asks from. */
export const schoolMovePreview = z.object({
  studentId: uuid,
  schoolId: uuid,
  /** The days the move may be dated: after the last move, at most 30 days back and ahead. */
  movedOn: z.object({ earliest: isoDate, latest: isoDate }),
  lastMovedOn: isoDate.nullable(),
  formerReadMonths: z.number().int(),
  /** The owner's other schools, each with the leadership and rådgiver who may take a case over. */
  schools: z.array(
    z.object({
      id: uuid,
      name: z.string(),
      kind: z.enum(schoolKinds),
      candidates: z.array(z.object({ staffId: uuid, name: z.string(), roles: z.array(z.enum(roleCodes)) })),
    }),
  ),
  openCases: z.array(
    z.object({ id: uuid, kind: z.enum(caseKinds), step: z.string(), openedAt: z.string(), stepDueOn: isoDate, responsible: z.object({ staffId: uuid, name: z.string() }) }),
  ),
  openTasks: z.array(z.object({ id: uuid, kind: z.string(), dueOn: isoDate, caseId: uuid.nullable(), assigneeName: z.string() })),
  openFlags: z.number().int(),
  closerFollowUp: z.boolean(),
});
export type SchoolMovePreview = z.infer<typeof schoolMovePreview>;

/**
 * GET /api/students/:studentId/school-move — the student's latest move: to whoever sees the
 * student now (where they came from), and to the leadership of the school they left while it may
 * still read what it wrote (where they went). To anyone else the student is missing (404).
 */
export const schoolMoveView = z.object({
  move: z
    .object({
      id: uuid,
      fromSchool: schoolRef,
      toSchool: schoolRef,
      movedOn: isoDate,
      formerReadUntil: isoDate,
      movedBy: z.string(),
      note: z.string().nullable(),
    })
    .nullable(),
});
export type SchoolMoveView = z.infer<typeof schoolMoveView>;
