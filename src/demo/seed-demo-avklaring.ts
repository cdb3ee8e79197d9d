/**
 * Two clarification meetings with Oppfølgingstenesta in the demo (issue 12), through the data
 * functions the API uses: one being prepared and summoned for a few school days from now, and one
 * held with a signed agreement, after which the student was written out and OT took over. The
 * contact teachers of two classes run them; the demo's OT advisor (`ot`) takes part in both.
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { groupMemberships, guardians, studentGuardians, students } from '../db/schema.js';
import { loadStaffNames } from '../data/cases/load-staff-names.js';
import { loadStaffMember } from '../data/load-staff-member.js';
import { findAvklaringMeeting } from '../data/ot/avklaring/find-pending-meeting.js';
import { loadAvklaring } from '../data/ot/avklaring/load-avklaring.js';
import { openAvklaring } from '../data/ot/avklaring/open-avklaring.js';
import { recordMeetingHeld } from '../data/ot/avklaring/record-meeting-held.js';
import { recordPreparation } from '../data/ot/avklaring/record-preparation.js';
import { saveAgreement } from '../data/ot/avklaring/save-agreement.js';
import { saveOpplysingar } from '../data/ot/avklaring/save-opplysingar.js';
import { summonAvklaringMeeting } from '../data/ot/avklaring/summon-avklaring-meeting.js';
import { recordOtEntry } from '../data/ot/record-ot-entry.js';
import { registerDeparture, type ArchiveAgreement } from '../data/ot/register-departure.js';
import { setYouthAdvisor } from '../data/ot/set-youth-advisor.js';
import type { AvklaringGround } from '../domain/ot/avklaring-workflow.js';
import type { AvklaringParticipantKind } from '../domain/ot/avklaring-participants.js';
import { guardiansSummoned } from '../domain/ot/avklaring-participants.js';
import type { Opplysingar } from '../shared/ot-api.js';

interface Scope {
  ownerId: string;
  schoolId: string;
  rektor: string;
  ot: string;
  /** Two classes with their contact teachers: the first prepares a meeting, the second has held one. */
  classes: ReadonlyArray<{ groupId: string; contactTeacher: string }>;
  /** The n-th school day before today, and after it. */
  schoolDaysAgo: (n: number) => string;
  schoolDaysAhead: (n: number) => string;
  /** Makes and keeps the agreement's PDF (src/server/ot/make-agreement-document.ts, handed in by main.ts). */
  archiveAgreement?: ArchiveAgreement | undefined;
}

const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`);

/** The first student of a class still at the school, with a guardian. */
async function studentOf(db: Db, ownerId: string, groupId: string, skip: number) {
  const rows = await db
    .select({ id: students.id, givenName: students.givenName, familyName: students.familyName, birthDate: students.birthDate })
    .from(groupMemberships)
    .innerJoin(students, and(eq(students.ownerId, groupMemberships.ownerId), eq(students.id, groupMemberships.studentId)))
    .where(and(eq(groupMemberships.ownerId, ownerId), eq(groupMemberships.groupId, groupId), isNull(students.leftOn)))
    .orderBy(asc(students.familyName), asc(students.givenName));
  const student = rows[skip];
  if (!student) return undefined;
  const [guardian] = await db
    .select({ name: guardians.givenName, family: guardians.familyName })
    .from(studentGuardians)
    .innerJoin(guardians, and(eq(guardians.ownerId, studentGuardians.ownerId), eq(guardians.id, studentGuardians.guardianId)))
    .where(and(eq(studentGuardians.ownerId, ownerId), inArray(studentGuardians.studentId, [student.id]), eq(studentGuardians.parentalResponsibility, true)));
  return { ...student, name: `${student.givenName} ${student.familyName}`, guardian: guardian ? `${guardian.name} ${guardian.family}` : null };
}

interface Story {
  ground: AvklaringGround;
  reason: string;
  openedDaysAgo: number;
  background: string;
}

/** Opens a case and does the school's preparation up to a summoned meeting on `meetingOn` at `time`. */
async function prepareAndSummon(db: Db, scope: Scope, who: { groupId: string; contactTeacher: string }, story: Story, meetingOn: string, summonedOn: string, skip: number) {
  const { ownerId, schoolId } = scope;
  const student = await studentOf(db, ownerId, who.groupId, skip);
  if (!student) return undefined;
  const teacher = who.contactTeacher;
  const opened = await openAvklaring(db, {
    ownerId,
    schoolId,
    studentId: student.id,
    actorStaffId: teacher,
    opener: await loadStaffMember(db, ownerId, teacher),
    ground: story.ground,
    reason: story.reason,
    today: scope.schoolDaysAgo(story.openedDaysAgo),
  });
  if (!opened.ok) return undefined;
  let avklaring = (await loadAvklaring(db, ownerId, opened.caseId))!;
  const change = { kase: avklaring.kase, actorStaffId: teacher };
  await recordPreparation(db, change, { item: 'ressursteam', on: scope.schoolDaysAgo(story.openedDaysAgo - 1), note: 'Drøfta i ressursteamet: avklaringssamtale med OT før jul.' });
  await recordPreparation(db, change, { item: 'ot_kontakta', on: scope.schoolDaysAgo(story.openedDaysAgo - 1), otStaffId: scope.ot, channel: 'e_post', note: 'Sende e-post til OT-rådgjevar og avtalte tid.' });
  await recordPreparation(db, change, { item: 'telefon_sms', at: at(summonedOn, '15:10').toISOString(), channel: 'sms', who: student.name, outcome: 'naadd', note: 'Eleven stadfesta tidspunktet på SMS.' });
  const opplysingar: Opplysingar = { ...(avklaring.form.opplysingar as Opplysingar), background: story.background };
  await saveOpplysingar(db, change, { opplysingar, now: at(summonedOn, '12:00') });

  const names = await loadStaffNames(db, ownerId, [scope.rektor, teacher, scope.ot]);
  const participants: Array<{ kind: AvklaringParticipantKind; name: string; staffId?: string }> = [
    { kind: 'leiing', name: names.get(scope.rektor) ?? 'Rektor', staffId: scope.rektor },
    { kind: 'kontaktlaerar', name: names.get(teacher) ?? 'Kontaktlærar', staffId: teacher },
    { kind: 'elev', name: student.name },
    { kind: 'ot', name: names.get(scope.ot) ?? 'OT-rådgjevar', staffId: scope.ot },
  ];
  if (guardiansSummoned(student.birthDate, meetingOn)) participants.push({ kind: 'foresett', name: student.guardian ?? 'Føresett' });
  avklaring = (await loadAvklaring(db, ownerId, opened.caseId))!;
  const summoned = await summonAvklaringMeeting(db, avklaring, {
    startsAt: at(meetingOn, '10:00').toISOString(),
    place: 'Møterom 2, administrasjonen',
    participants,
    summonsChannel: 'brev',
    student,
    actorStaffId: teacher,
    today: summonedOn,
    now: at(summonedOn, '14:00'),
  });
  if (!summoned.ok) return undefined;
  return { caseId: opened.caseId, meetingId: summoned.meetingId, student, participants };
}

/** Returns how many clarification cases were made. */
export async function seedDemoAvklaring(db: Db, scope: Scope): Promise<number> {
  const [first, second] = scope.classes;
  if (!first || !second) return 0;
  let made = 0;

  // 1. Being prepared: summoned for three school days from now.
  const coming = await prepareAndSummon(
    db,
    scope,
    first,
    {
      ground: 'fare_for_avbrot',
      reason: 'Eleven seier at det er aktuelt å slutte etter jul. Fråværet har auka sidan haustferien, og eleven trur ikkje programområdet var rett val.',
      openedDaysAgo: 6,
      background: 'Eleven har sagt til kontaktlæraren at det er aktuelt å slutte etter jul og heller jobbe. Eleven trivst i klassen, men kjem ofte for seint og manglar vurdering i to fag.',
    },
    scope.schoolDaysAhead(3),
    scope.schoolDaysAgo(3),
    0,
  );
  if (coming) made++;

  // 2. Held with a signed agreement; the student was then written out and OT took over.
  const heldOn = scope.schoolDaysAgo(6);
  const held = await prepareAndSummon(
    db,
    scope,
    second,
    {
      ground: 'sikker_slutt',
      reason: 'Eleven har fått tilbod om arbeid og har bestemt seg for å slutte.',
      openedDaysAgo: 14,
      background: 'Eleven har vore lite på skulen denne hausten, har fått tilbod om arbeid i ein butikk og ønskjer å ta fagbrev seinare.',
    },
    heldOn,
    scope.schoolDaysAgo(10),
    1,
  );
  if (held) {
    made++;
    const { ownerId } = scope;
    const agreement = {
      whatCameUp: 'Eleven er lei av teori og vil tene pengar, har eit tilbod om 80 % stilling i ein butikk frå januar og vil gjerne ta fagbrev i sal og service seinare.',
      alternatives: 'Byte til Vg1 sal, service og reiseliv til hausten; lærekandidat i butikken; praksisbrev. OT informerte om retten til vidaregåande opplæring og til oppfølging.',
      decision: 'sluttar' as const,
      plan: [
        { what: 'Skrive ut eleven frå skulen', who: 'Rektor', by: scope.schoolDaysAgo(4) },
        { what: 'Første oppfølgingssamtale med OT', who: 'OT-rådgjevar og eleven', by: scope.schoolDaysAgo(1) },
        { what: 'Søkje læreplass eller skuleplass til hausten', who: 'Eleven, med hjelp frå OT', by: '2027-03-01' },
      ],
      otFollowUp: 'OT tek kontakt innan ei veke og følgjer opp til eleven er i arbeid eller opplæring.',
    };
    await saveAgreement(db, { ownerId, caseId: held.caseId, agreement, now: at(heldOn, '10:30') });
    const avklaring = (await loadAvklaring(db, ownerId, held.caseId))!;
    const found = (await findAvklaringMeeting(db, ownerId, held.caseId, held.meetingId))!;
    await recordMeetingHeld(db, avklaring, found, {
      present: held.participants.map((_, index) => index),
      alsoPresent: [],
      signedBy: held.participants.map((p) => p.name),
      student: held.student,
      actorStaffId: second.contactTeacher,
      today: heldOn,
      now: at(heldOn, '11:00'),
    });
    const leftOn = scope.schoolDaysAgo(4);
    const departed = await registerDeparture(db, {
      ownerId,
      studentId: held.student.id,
      leftOn,
      reason: 'SL',
      note: '',
      actorStaffId: scope.rektor,
      today: leftOn,
      now: at(leftOn, '12:00'),
      archiveAgreement: scope.archiveAgreement,
    });
    if (departed.ok) {
      await setYouthAdvisor(db, { ownerId, youthId: departed.otYouthId, advisorStaffId: scope.ot });
      const contactOn = scope.schoolDaysAgo(2);
      await recordOtEntry(db, { ownerId, youthId: departed.otYouthId, staffId: scope.ot, kind: 'kontaktforsok', on: contactOn, statusCode: null, detail: { channel: 'telefon', reached: true, note: 'Avtalte møte neste veke.' } });
      await recordOtEntry(db, { ownerId, youthId: departed.otYouthId, staffId: scope.ot, kind: 'status', on: contactOn, statusCode: 'OTOV', detail: { note: 'Følgjer opp etter avtalen frå avklaringssamtalen.' } });
    }
  }
  return made;
}
