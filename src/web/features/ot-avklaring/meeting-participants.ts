/**
 * The participants of a clarification meeting as the summons form proposes them (the seed's
 * mandatory ones first: the school's leadership, the contact teacher or counsellor, the student,
 * OT, and the guardians while the student is under 18 on the meeting day, or the birth date is
 * missing), and what a list of
 * participants still lacks, by the domain's one rule (src/domain/ot/avklaring-participants.ts).
 */
import type { AvklaringDetail } from '../../../shared/ot-api';
import { guardiansSummoned, missingInvitations, missingMandatory, type AvklaringParticipantKind, type MandatoryPart } from '../../../domain/ot/avklaring-participants';
import { ageOn } from '../../../domain/school-calendar';

export type Proposed = { kind: AvklaringParticipantKind; name: string; staffId?: string };
type Detail = Pick<AvklaringDetail, 'student' | 'guardians' | 'participants' | 'responsible'>;

const hasRole = (person: { roles: readonly string[] }, role: string) => person.roles.includes(role);

/**
 * The proposed list, without the guardians (guardianRule says when they come): the responsible
 * person in the part they fill (leadership, or contact teacher or counsellor), the other of the
 * two school parts from the case's participants (or an empty row to fill in), the student, and OT
 * once an advisor takes part in the case (or an empty row).
 */
export function proposedParticipants(detail: Detail): Proposed[] {
  const staff = (person: { staffId: string; name: string }) => ({ name: person.name, staffId: person.staffId });
  const others = detail.participants.filter((p) => p.staffId !== detail.responsible.staffId);
  const responsible = detail.participants.find((p) => p.staffId === detail.responsible.staffId) ?? { ...detail.responsible, roles: [] };
  const teacherKind = (p: { roles: readonly string[] }): AvklaringParticipantKind => (hasRole(p, 'radgiver') && !hasRole(p, 'kontaktlaerer') ? 'radgjevar' : 'kontaktlaerar');
  const rows: Proposed[] = [];
  if (hasRole(responsible, 'skoleleder')) {
    const teacher = others.find((p) => hasRole(p, 'kontaktlaerer') || hasRole(p, 'radgiver'));
    rows.push({ kind: 'leiing', ...staff(responsible) });
    rows.push(teacher ? { kind: teacherKind(teacher), ...staff(teacher) } : { kind: 'kontaktlaerar', name: '' });
  } else {
    const leader = others.find((p) => hasRole(p, 'skoleleder'));
    rows.push(leader ? { kind: 'leiing', ...staff(leader) } : { kind: 'leiing', name: '' });
    rows.push({ kind: teacherKind(responsible), ...staff(responsible) });
  }
  rows.push({ kind: 'elev', name: detail.student.name });
  const ot = others.filter((p) => hasRole(p, 'ot_radgiver'));
  rows.push(...(ot.length > 0 ? ot.map((p) => ({ kind: 'ot' as const, ...staff(p) })) : [{ kind: 'ot' as const, name: '' }]));
  return rows;
}

/**
 * The guardians with parental responsibility, and whether they must be summoned to a meeting on
 * `meetingOn` (and why): by the age on that day, or today's until a day is chosen; always while
 * the birth date is missing (`birthDateMissing`), as for a minor.
 */
export function guardianRule(
  detail: Pick<Detail, 'student' | 'guardians'>,
  meetingOn: string | null,
): { summoned: boolean; ageOnDay: number | null; birthDateMissing: boolean; guardians: Proposed[] } {
  const guardians = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => ({ kind: 'foresett' as const, name: g.name }));
  const { birthDate, age } = detail.student;
  if (birthDate === null) return { summoned: true, ageOnDay: null, birthDateMissing: true, guardians };
  if (!meetingOn) return { summoned: age === null || age < 18, ageOnDay: null, birthDateMissing: false, guardians };
  return { summoned: guardiansSummoned(birthDate, meetingOn), ageOnDay: ageOn(birthDate, meetingOn), birthDateMissing: false, guardians };
}

/** The mandatory parts a list of invited people lacks for a meeting on `meetingOn`. */
export function missingInvited(kinds: readonly AvklaringParticipantKind[], birthDate: string | null, meetingOn: string): MandatoryPart[] {
  return missingInvitations(kinds, birthDate, meetingOn);
}

/** The mandatory parts not present, from the meeting's participants ticked present and anyone else who came. */
export function missingPresent(
  participants: ReadonlyArray<{ kind: AvklaringParticipantKind }>,
  present: ReadonlySet<number>,
  alsoPresent: ReadonlyArray<{ kind: AvklaringParticipantKind }>,
  birthDate: string | null,
  meetingOn: string,
): MandatoryPart[] {
  const kinds = [...participants.filter((_, i) => present.has(i)).map((p) => p.kind), ...alsoPresent.map((p) => p.kind)];
  return missingMandatory(kinds, birthDate, meetingOn);
}
