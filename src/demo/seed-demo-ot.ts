/**
 * Oppfølgingstenesta in the demo (issue 12): a few youth who left the demo school this school year,
 * in OT's list at different points of OT's follow-up — not yet reached (OTUK), under follow-up
 * with a plan (OTOV), in work (OTAR), an apprentice (OTLL), and one who declined (OTNO). Written
 * out and followed up through the same data functions the API uses. The clarification meetings
 * (one coming up, one held with a signed agreement) are seed-demo-avklaring.ts.
 */
import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { cases, groupMemberships, groups, students } from '../db/schema.js';
import { recordOtEntry } from '../data/ot/record-ot-entry.js';
import { registerDeparture } from '../data/ot/register-departure.js';
import { setYouthAdvisor } from '../data/ot/set-youth-advisor.js';
import type { LeaveReason, OtStatusCode } from '../domain/ot/ot-codes.js';
import type { OtEntryKind } from '../domain/ot/ot-follow-up.js';

interface Scope {
  ownerId: string;
  schoolId: string;
  /** The OT advisor of the demo (`ot`). */
  ot: string;
  /** Who writes the students out (the rådgiver). */
  writer: string;
  /** Classes whose students the other demo stories do not use. */
  groupIds: readonly string[];
  /** The n-th school day before today. */
  schoolDaysAgo: (n: number) => string;
}

type Entry = { kind: OtEntryKind; daysAgo: number; statusCode?: OtStatusCode; detail: Record<string, unknown> };

interface Story {
  leftDaysAgo: number;
  reason: LeaveReason;
  note: string;
  advisor: boolean;
  entries: Entry[];
}

const stories: Story[] = [
  {
    // Left last week without a word; OT has not reached the youth yet.
    leftDaysAgo: 6,
    reason: 'IM',
    note: 'Har ikkje møtt sidan haustferien, og skulen har ikkje nådd eleven.',
    advisor: false,
    entries: [
      { kind: 'kontaktforsok', daysAgo: 4, detail: { channel: 'telefon', reached: false, note: 'Ringte, ikkje svar. Sende SMS.' } },
      { kind: 'kontaktforsok', daysAgo: 2, detail: { channel: 'sms', reached: false, note: 'Ikkje svar på SMS.' } },
    ],
  },
  {
    leftDaysAgo: 30,
    reason: 'SL',
    note: 'Lei av skulen, vil prøve å jobbe.',
    advisor: true,
    entries: [
      { kind: 'kontaktforsok', daysAgo: 27, detail: { channel: 'telefon', reached: true, note: 'Avtalte møte på OT-kontoret.' } },
      { kind: 'status', daysAgo: 25, statusCode: 'OTOV', detail: { note: 'Første samtale halden. Ønskjer arbeid, kanskje læreplass seinare.' } },
      {
        kind: 'plan',
        daysAgo: 25,
        detail: {
          goal: 'Kome i arbeid eller arbeidspraksis før jul, og søkje læreplass til hausten.',
          steps: [
            { what: 'Registrere seg hos NAV', who: 'Ungdommen, med OT', by: null },
            { what: 'Skrive CV og søknad', who: 'OT-rådgjevar', by: null },
            { what: 'Samtale om læreplass i byggfag', who: 'OT og ungdommen', by: null },
          ],
        },
      },
      { kind: 'informasjon', daysAgo: 25, detail: { to: ['ungdom', 'foresette'], channel: 'brev' } },
    ],
  },
  {
    leftDaysAgo: 45,
    reason: 'PS',
    note: 'Sluttar av personlege grunnar.',
    advisor: true,
    entries: [
      { kind: 'kontaktforsok', daysAgo: 40, detail: { channel: 'telefon', reached: true, note: '' } },
      { kind: 'status', daysAgo: 40, statusCode: 'OTOV', detail: { note: '' } },
      { kind: 'informasjon', daysAgo: 40, detail: { to: ['ungdom', 'foresette'], channel: 'brev' } },
      { kind: 'aktivitet', daysAgo: 12, detail: { what: 'Deltidsjobb i daglegvarebutikk', provider: 'Lokal butikk', from: '', to: null } },
      { kind: 'status', daysAgo: 12, statusCode: 'OTAR', detail: { note: 'I arbeid 60 %.' } },
    ],
  },
  {
    leftDaysAgo: 55,
    reason: 'FR',
    note: 'Høgt fråvær heile hausten.',
    advisor: true,
    entries: [
      { kind: 'kontaktforsok', daysAgo: 50, detail: { channel: 'mote', reached: true, note: 'Møte med ungdommen og mor.' } },
      { kind: 'status', daysAgo: 50, statusCode: 'OTOV', detail: { note: '' } },
      { kind: 'informasjon', daysAgo: 50, detail: { to: ['ungdom', 'foresette'], channel: 'mote' } },
      { kind: 'aktivitet', daysAgo: 20, detail: { what: 'Lærekandidat i kokkfaget', provider: 'Fjellstova hotell', from: '', to: null } },
      { kind: 'status', daysAgo: 20, statusCode: 'OTLL', detail: { note: 'Lærekontrakt som lærekandidat.' } },
    ],
  },
  {
    leftDaysAgo: 40,
    reason: 'AF',
    note: 'Flyttar heim til far, vil ikkje ha skuleplass no.',
    advisor: true,
    entries: [
      { kind: 'kontaktforsok', daysAgo: 35, detail: { channel: 'telefon', reached: true, note: 'Ønskjer ikkje oppfølging no. Fekk informasjon om retten og om at ungdommen kan ta kontakt seinare.' } },
      { kind: 'informasjon', daysAgo: 35, detail: { to: ['ungdom'], channel: 'brev' } },
      { kind: 'status', daysAgo: 35, statusCode: 'OTNO', detail: { note: '' } },
    ],
  },
];

/** Writes the stories' students out and records OT's follow-up; returns how many youth are in the list. */
export async function seedDemoOtYouth(db: Db, scope: Scope): Promise<number> {
  const { ownerId } = scope;
  const withCases = db.select({ id: cases.studentId }).from(cases).where(eq(cases.ownerId, ownerId));
  const candidates = await db
    .select({ id: students.id })
    .from(groupMemberships)
    .innerJoin(groups, and(eq(groups.ownerId, groupMemberships.ownerId), eq(groups.id, groupMemberships.groupId)))
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    .where(and(eq(groupMemberships.ownerId, ownerId), inArray(groupMemberships.groupId, [...scope.groupIds]), eq(groups.kind, 'basisgruppe'), isNull(students.leftOn), notInArray(students.id, withCases)))
    .orderBy(asc(groups.name), asc(students.familyName), asc(students.givenName));
  // One from each class in turn, so that no class loses several.
  const byClass = candidates.filter((_, i) => i % 7 === 3);
  let made = 0;
  for (const [index, story] of stories.entries()) {
    const student = byClass[index];
    if (!student) break;
    const leftOn = scope.schoolDaysAgo(story.leftDaysAgo);
    const departed = await registerDeparture(db, {
      ownerId,
      studentId: student.id,
      leftOn,
      reason: story.reason,
      note: story.note,
      actorStaffId: scope.writer,
      today: leftOn,
      now: new Date(`${leftOn}T12:00:00+01:00`),
    });
    if (!departed.ok) continue;
    made++;
    if (story.advisor) await setYouthAdvisor(db, { ownerId, youthId: departed.otYouthId, advisorStaffId: scope.ot });
    for (const entry of story.entries) {
      const on = scope.schoolDaysAgo(entry.daysAgo);
      const detail = entry.kind === 'aktivitet' ? { ...entry.detail, from: on } : entry.detail;
      await recordOtEntry(db, { ownerId, youthId: departed.otYouthId, staffId: scope.ot, kind: entry.kind, on, statusCode: entry.statusCode ?? null, detail });
    }
  }
  return made;
}
