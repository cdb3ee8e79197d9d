/**
 * The demo school has kept its annual wheel (IKO-hjulet) up to today — mostly: the school's own
 * preparations before the start were recorded on their dates, most classes recorded their
 * conversations with every student (Kartlegging B) and the subject teachers' assessment
 * (Kartlegging C) and held their klasselærermøter, while a class or two are behind, so that
 * leadership's wheel shows what a real November looks like. Only what lies before `today`.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { meetings } from '../db/schema.js';
import { loadWheel } from '../data/leadership/load-wheel.js';
import { recordWheelActivity } from '../data/leadership/record-wheel-activity.js';
import { loadSchoolCalendar } from '../data/load-school-calendar.js';
import { addSchoolDays } from '../domain/school-calendar.js';

interface Scope {
  ownerId: string;
  schoolId: string;
  today: string;
  rektor: string;
  radgiver: string;
  /** The school's classes in name order, with their contact teacher. */
  classes: ReadonlyArray<{ groupId: string; contactTeacher: string }>;
}

const decisions: Record<string, string> = {
  inntaksanalyse: 'Søkerdata gjennomgått; prioriteringsliste satt opp for alle Vg1-klasser.',
  klassesammensetting: 'Klassene satt sammen med vekt på at identifiserte elever fordeles.',
  informer_kontaktlaerere: 'Kontaktlærerne informert på planleggingsdagen om hvem som er identifisert.',
  informer_om_elevsamtale: 'Informasjon om elevsamtalen sendt til elever og foresatte.',
  kartlegging_b: 'Samtale med alle elevene i klassen gjennomført.',
  kartlegging_c: 'Faglærerne har vurdert de identifiserte og meldte elevene.',
  registrering_host: 'Elever med behov for tettere oppfølging registrert på klasselærermøtet.',
};

export async function seedDemoWheel(db: Db, scope: Scope): Promise<void> {
  const { ownerId, schoolId, today } = scope;
  const year = await loadSchoolCalendar(db, ownerId, schoolId, today);
  if (!year) return;
  const { wheel } = await loadWheel(db, ownerId, schoolId, year.schoolYearId, year.calendar);
  const dueOf = new Map(wheel.map((e) => [e.key, e.dueOn]));
  const record = async (activity: string, classId: string | null, doneOn: string | undefined, by: string) => {
    if (!doneOn || doneOn >= today) return;
    await recordWheelActivity(db, { ownerId, schoolId, schoolYearId: year.schoolYearId, activityKey: activity, classId, doneOn, decisions: decisions[activity] ?? '', actorStaffId: by });
  };

  await record('inntaksanalyse', null, dueOf.get('inntaksanalyse'), scope.radgiver);
  await record('klassesammensetting', null, dueOf.get('klassesammensetting'), scope.rektor);
  await record('informer_kontaktlaerere', null, dueOf.get('informer_kontaktlaerere'), scope.radgiver);
  await record('informer_om_elevsamtale', null, dueOf.get('informer_om_elevsamtale'), scope.rektor);

  const late = (activity: string, days: number) => {
    const due = dueOf.get(activity);
    return due ? addSchoolDays(year.calendar, due, days) : undefined;
  };
  for (const [index, c] of scope.classes.entries()) {
    // The last class is behind with its start-up round; the one before it recorded B a week late.
    const behind = index === scope.classes.length - 1;
    if (!behind) {
      await record('kartlegging_b', c.groupId, index === scope.classes.length - 2 ? late('kartlegging_b', 5) : late('kartlegging_b', -1), c.contactTeacher);
      await record('kartlegging_c', c.groupId, late('kartlegging_c', -1), c.contactTeacher);
      await holdClassMeeting(db, { ownerId, schoolId, groupId: c.groupId, on: late('klasselaerermote_oppstart', -2), today, by: c.contactTeacher });
    }
    // The autumn's klasselærermøte: held by most; the registration recorded by half.
    if (index % 4 !== 3) await holdClassMeeting(db, { ownerId, schoolId, groupId: c.groupId, on: late('klasselaerermote_host', -1), today, by: c.contactTeacher });
    if (index % 2 === 0) await record('registrering_host', c.groupId, late('registrering_host', 0), c.contactTeacher);
  }
}

async function holdClassMeeting(db: Db, m: { ownerId: string; schoolId: string; groupId: string; on: string | undefined; today: string; by: string }) {
  if (!m.on || m.on >= m.today) return;
  const startsAt = new Date(`${m.on}T14:00:00+01:00`);
  const existing = await db.select({ id: meetings.id }).from(meetings).where(and(eq(meetings.ownerId, m.ownerId), eq(meetings.groupId, m.groupId), eq(meetings.startsAt, startsAt)));
  if (existing.length > 0) return;
  await db.insert(meetings).values({ ownerId: m.ownerId, schoolId: m.schoolId, groupId: m.groupId, kind: 'klasselaerermote', startsAt, place: 'Møterom 2', minutes: 'Klassens elever gjennomgått.', createdBy: m.by });
}
