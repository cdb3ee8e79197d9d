import { describe, expect, it } from 'vitest';
import { accessRules, can, studentAccess, type Action, type ActorFacts, type Person, type ResourceOf } from './access-policy.js';
import { roleCodes, type RoleCode } from './vocabulary.js';

const school = 'school-a';
const otherSchool = 'school-b';
const actor = (roles: ActorFacts['roles'], contact: string[] = [], teaching: string[] = []): ActorFacts => ({
  roles,
  contactGroupIds: new Set(contact),
  teachingGroupIds: new Set(teaching),
});
const student = { schoolId: school, groupIds: ['1STA', '1STA-NOR', '1STA-MAT'] };

describe('studentAccess', () => {
  it('gives a contact teacher the whole picture of own class only', () => {
    const teacher = actor([{ role: 'kontaktlaerer', schoolId: school }], ['1STA']);
    expect(studentAccess(teacher, student)).toEqual({ kind: 'full', basis: 'kontaktlaerer' });
    expect(studentAccess(teacher, { schoolId: school, groupIds: ['2STA'] })).toEqual({ kind: 'none' });
  });

  it('gives a subject teacher only the shared teaching groups', () => {
    const teacher = actor([{ role: 'faglaerer', schoolId: school }], [], ['1STA-NOR', '2STB-NOR']);
    expect(studentAccess(teacher, student)).toEqual({ kind: 'subject', groupIds: ['1STA-NOR'] });
  });

  it('gives leadership and the rådgiver their own school, never another', () => {
    for (const role of ['skoleleder', 'radgiver'] as const) {
      const leader = actor([{ role, schoolId: school }]);
      expect(studentAccess(leader, student).kind).toBe('full');
      expect(studentAccess(leader, { ...student, schoolId: otherSchool })).toEqual({ kind: 'none' });
    }
  });

  it('does not let a relation at another school count', () => {
    // A teacher whose role is at school B cannot reach a student of school A through a stray group id.
    const teacher = actor([{ role: 'kontaktlaerer', schoolId: otherSchool }], ['1STA']);
    expect(studentAccess(teacher, student)).toEqual({ kind: 'none' });
  });

  it('gives support staff, OT and skoleeier no student by role alone', () => {
    for (const role of ['helsesykepleier', 'sosiallaerer', 'miljoterapeut', 'ot_radgiver', 'skoleeier', 'administrator'] as const) {
      expect(studentAccess(actor([{ role, schoolId: role === 'ot_radgiver' || role === 'skoleeier' ? null : school }]), student)).toEqual({
        kind: 'none',
      });
    }
  });
});

describe('school.see_overview', () => {
  it('is for leadership and rådgiver of that school', () => {
    const overview = (a: ActorFacts, schoolId: string) => can({ ...a, staffId: 'x' }, 'school.see_overview', { schoolId });
    expect(overview(actor([{ role: 'skoleleder', schoolId: school }]), school)).toBe(true);
    expect(overview(actor([{ role: 'radgiver', schoolId: school }]), school)).toBe(true);
    expect(overview(actor([{ role: 'skoleleder', schoolId: school }]), otherSchool)).toBe(false);
    expect(overview(actor([{ role: 'kontaktlaerer', schoolId: school }], ['1STA']), school)).toBe(false);
  });
});

/**
 * The whole table, walked at once: every action against every kind of person, each with one role
 * (at the school, or at another school) or one relation (teacher of the group, participant of the
 * case, the one a task is for). A new action or a changed rule shows here as a changed row.
 */
describe('the access table', () => {
  const group = '1STA';
  const me = 'staff-me';
  const roleAt = (role: RoleCode, at: string | null): Person => ({ staffId: me, roles: [{ role, schoolId: at }], contactGroupIds: new Set(), teachingGroupIds: new Set() });
  // OT and skoleeier belong to no school; the others have their role at one.
  const home = (role: RoleCode) => (role === 'ot_radgiver' || role === 'skoleeier' ? null : school);

  const people: Record<string, Person> = {
    ...Object.fromEntries(roleCodes.map((role) => [role, roleAt(role, home(role))])),
    ...Object.fromEntries(roleCodes.filter((role) => home(role) !== null).map((role) => [`${role} at another school`, roleAt(role, otherSchool)])),
    'kontaktlaerer of the class': { ...roleAt('kontaktlaerer', school), contactGroupIds: new Set([group]) },
    'faglaerer of the group': { ...roleAt('faglaerer', school), teachingGroupIds: new Set([group]) },
    'participant of the case': { ...roleAt('helsesykepleier', school), staffId: 'participant' },
    'the one the task is for': { ...roleAt('kontaktlaerer', school), staffId: 'assignee' },
    'responsible for the case': { ...roleAt('kontaktlaerer', school), staffId: 'responsible' },
    'responsible for the case, now at another school': { ...roleAt('kontaktlaerer', otherSchool), staffId: 'responsible' },
  };

  const resources: { [A in Action]: ResourceOf<A> } = {
    'student.see': { schoolId: school, groupIds: [group] },
    'student.see_everything': { schoolId: school, groupIds: [group] },
    'school.see_overview': { schoolId: school },
    'school.see_monthly_check': { schoolId: school },
    'school.see_all_cases': { schoolId: school },
    'school.import_files': { schoolId: school },
    'school.complete_birth_dates': { schoolId: school },
    'school.use_measures': { schoolId: school },
    'group.register': { groupId: group },
    'class.register_day': { groupId: group },
    'class.see_weekly_check': { schoolId: school, groupId: group },
    'class.hold_class_meeting': { schoolId: school, groupId: group },
    'class.see_report': { schoolId: school, groupId: group },
    'school.see_reports': { schoolId: school },
    'case.see': { schoolId: school, participantStaffIds: ['participant'] },
    'case.work_in': { schoolId: school, participantStaffIds: ['participant'] },
    'case.take_part': { schoolId: school, participantStaffIds: [] },
    'case.change_participants': { schoolId: school, responsibleStaffId: 'responsible' },
    'task.complete': { assigneeStaffId: 'assignee' },
    'student.mark_closer_follow_up': { schoolId: school, groupIds: [group] },
    'rule_profiles.edit': {},
    'student.report_concern': { schoolId: school, groupIds: [group] },
    'school.coordinate_iko': { schoolId: school },
    'school.see_follow_through': { schoolId: school },
    'school.edit_wheel': { schoolId: school },
    'school.see_notice_settings': { schoolId: school },
    'school.set_notice_settings': { schoolId: school },
    'school.record_wheel_activity': { schoolId: school },
    'owner.see_figures': {},
    'owner.see_absence_team': {},
    'student.open_ot_avklaring': { schoolId: school, groupIds: [group] },
    'student.register_departure': { schoolId: school, groupIds: [group] },
    'student.move_school': { schoolId: school, groupIds: [group] },
    'student.prepare_overgang': { schoolId: school, groupIds: [group] },
    'student.receive_overgang': { schoolId: school, groupIds: [group] },
    'ot.see_list': {},
    'ot.follow_up': {},
    'ot.see_statistics': {},
    'owner.see_ot_settings': {},
    'owner.edit_ot_settings': {},
    'owner.import_schools': {},
    'owner.sync_fint': {},
    'owner.compare_feide_groups': {},
    'staff.reset_second_factor': {},
    'student.see_access_report': { schoolId: school, groupIds: [group] },
    'staff.see_access_log': { staffId: 'a colleague', schoolIds: [school] },
    'school.control_access': { schoolId: school },
  };

  const leaders = ['skoleleder', 'radgiver'];
  const everyoneAtTheSchool = [
    ...roleCodes.filter((role) => home(role) !== null),
    'kontaktlaerer of the class',
    'faglaerer of the group',
    'participant of the case',
    'the one the task is for',
    'responsible for the case',
  ];
  const allowed: Record<Action, string[]> = {
    'student.see': [...leaders, 'kontaktlaerer of the class', 'faglaerer of the group'],
    'student.see_everything': [...leaders, 'kontaktlaerer of the class'],
    'school.see_overview': leaders,
    'school.see_monthly_check': leaders,
    'school.see_all_cases': ['skoleleder'],
    'school.import_files': ['skoleleder', 'administrator', 'administrator at another school'],
    // Those who import the files complete what they lacked; not the rådgiver, not the teachers.
    'school.complete_birth_dates': ['skoleleder', 'administrator', 'administrator at another school'],
    'school.use_measures': everyoneAtTheSchool,
    'group.register': ['kontaktlaerer of the class', 'faglaerer of the group'],
    'class.register_day': ['kontaktlaerer of the class'],
    'class.see_weekly_check': ['kontaktlaerer of the class'],
    'class.hold_class_meeting': [...leaders, 'kontaktlaerer of the class'],
    'class.see_report': [...leaders, 'kontaktlaerer of the class'],
    'school.see_reports': leaders,
    'case.see': ['skoleleder', 'participant of the case'],
    'case.work_in': ['skoleleder', 'participant of the case'],
    'case.take_part': everyoneAtTheSchool,
    // Not a participant, not the rådgiver: only the one who runs the case, and the school's leadership.
    'case.change_participants': ['skoleleder', 'responsible for the case'],
    'task.complete': ['the one the task is for'],
    'student.mark_closer_follow_up': [...leaders, 'kontaktlaerer of the class'],
    'rule_profiles.edit': ['administrator', 'administrator at another school'],
    'student.report_concern': ['kontaktlaerer of the class', 'faglaerer of the group'],
    'school.coordinate_iko': leaders,
    'school.see_follow_through': leaders,
    'school.edit_wheel': ['skoleleder'],
    'school.see_notice_settings': leaders,
    'school.set_notice_settings': ['skoleleder'],
    'school.record_wheel_activity': leaders,
    'owner.see_figures': ['skoleeier'],
    'owner.see_absence_team': ['skoleeier'],
    'student.open_ot_avklaring': [...leaders, 'kontaktlaerer of the class'],
    'student.register_departure': leaders,
    // The school's leadership decides for its open cases; not the rådgiver alone, not skoleeier.
    'student.move_school': ['skoleleder', 'administrator', 'administrator at another school'],
    'student.prepare_overgang': [...leaders, 'kontaktlaerer of the class'],
    'student.receive_overgang': leaders,
    'ot.see_list': ['ot_radgiver'],
    'ot.follow_up': ['ot_radgiver'],
    'ot.see_statistics': ['ot_radgiver', 'skoleeier'],
    'owner.see_ot_settings': ['ot_radgiver', 'skoleeier', 'administrator', 'administrator at another school'],
    'owner.edit_ot_settings': ['administrator', 'administrator at another school'],
    // Not skoleeier, not the schools' leadership: which schools there are, and their kind, is the administrator's.
    'owner.import_schools': ['administrator', 'administrator at another school'],
    'owner.sync_fint': ['administrator', 'administrator at another school'],
    'owner.compare_feide_groups': ['administrator', 'administrator at another school'],
    // A lost phone: the owner's administrator, who keeps the accounts; not the leadership, who need the second factor themselves.
    'staff.reset_second_factor': ['administrator', 'administrator at another school'],
    // Innsyn i logg: the school's leadership answers it; not the rådgiver, not the teachers who see the student.
    'student.see_access_report': ['skoleleder'],
    // Misuse control: the leadership of a school the colleague works at; not the administrator, who sees no student.
    'staff.see_access_log': ['skoleleder'],
    'school.control_access': ['skoleleder'],
  };

  it('has a row here for every action of the policy', () => {
    expect(Object.keys(allowed).sort()).toEqual(Object.keys(accessRules).sort());
    expect(Object.keys(resources).sort()).toEqual(Object.keys(accessRules).sort());
  });

  it.each(Object.keys(accessRules) as Action[])('%s: only the people of its row', (action) => {
    const granted = Object.entries(people)
      .filter(([, person]) => can(person, action, resources[action] as never))
      .map(([who]) => who);
    expect(granted.sort()).toEqual([...allowed[action]].sort());
  });

  it('lets nobody act on another school’s resources by a relation alone', () => {
    const stranger: Person = { staffId: 'participant', roles: [{ role: 'skoleleder', schoolId: otherSchool }], contactGroupIds: new Set([group]), teachingGroupIds: new Set([group]) };
    expect(can(stranger, 'student.see', { schoolId: school, groupIds: [group] })).toBe(false);
    expect(can(stranger, 'school.see_all_cases', { schoolId: school })).toBe(false);
    expect(can(stranger, 'case.take_part', { schoolId: school, participantStaffIds: [] })).toBe(false);
  });

  it('lets the school a student moved from read its cases until the read time ends, and write in them never', () => {
    const movedAway = (today: string) => ({ schoolId: school, participantStaffIds: ['participant'], movedAway: { readUntil: '2027-02-24', today } });
    for (const who of ['skoleleder', 'participant of the case']) {
      const person = people[who]!;
      expect(can(person, 'case.see', movedAway('2027-02-24')), who).toBe(true);
      expect(can(person, 'case.see', movedAway('2027-02-25')), who).toBe(false);
      expect(can(person, 'case.work_in', movedAway('2027-02-24')), who).toBe(false);
    }
    expect(can(people['skoleleder at another school']!, 'case.see', movedAway('2026-12-01'))).toBe(false);
  });

  it('lets a person read their own access log, and nobody another school’s colleague’s', () => {
    for (const who of ['kontaktlaerer', 'administrator', 'skoleeier']) expect(can(people[who]!, 'staff.see_access_log', { staffId: me, schoolIds: [otherSchool] }), who).toBe(true);
    expect(can(people['skoleleder']!, 'staff.see_access_log', { staffId: 'a colleague', schoolIds: [otherSchool] })).toBe(false);
    expect(can(people['skoleleder']!, 'staff.see_access_log', { staffId: 'a colleague', schoolIds: [] })).toBe(false);
  });

  it('lets OT take part in a clarification case, and in no other kind', () => {
    const ot = people['ot_radgiver']!;
    expect(can(ot, 'case.take_part', { schoolId: school, participantStaffIds: [], kind: 'ot_avklaring' })).toBe(true);
    for (const kind of ['iko', 'fravaer', 'skolemiljo'] as const) expect(can(ot, 'case.take_part', { schoolId: school, participantStaffIds: [], kind })).toBe(false);
    expect(can(people['skoleeier']!, 'case.take_part', { schoolId: school, participantStaffIds: [], kind: 'ot_avklaring' })).toBe(false);
  });
});

describe('the access table, read as text', () => {
  it('says in words who may, for every action', () => {
    const unsaid = Object.entries(accessRules).filter(([, rule]) => rule.who.trim().length < 8);
    expect(unsaid.map(([action]) => action)).toEqual([]);
  });
});

describe('a person with more than one role', () => {
  // A teacher who also leads another school, and an administrator who also teaches.
  const twoSchools: Person = {
    staffId: 'two',
    roles: [
      { role: 'kontaktlaerer', schoolId: otherSchool },
      { role: 'skoleleder', schoolId: school },
    ],
    contactGroupIds: new Set(),
    teachingGroupIds: new Set(),
  };

  it('keeps what each role gives, at its own school', () => {
    expect(can(twoSchools, 'school.see_overview', { schoolId: school })).toBe(true);
    expect(can(twoSchools, 'school.see_overview', { schoolId: otherSchool })).toBe(false);
    expect(can(twoSchools, 'case.take_part', { schoolId: school, participantStaffIds: [] })).toBe(true);
    expect(can(twoSchools, 'case.take_part', { schoolId: otherSchool, participantStaffIds: [] })).toBe(true);
    expect(can(twoSchools, 'case.take_part', { schoolId: 'school-c', participantStaffIds: [] })).toBe(false);
  });

  it('keeps the administrator’s rights for one who also teaches', () => {
    const adminWhoTeaches: Person = { staffId: 'admin', roles: [{ role: 'faglaerer', schoolId: school }, { role: 'administrator', schoolId: null }] };
    expect(can(adminWhoTeaches, 'rule_profiles.edit', {})).toBe(true);
    expect(can(adminWhoTeaches, 'school.import_files', { schoolId: otherSchool })).toBe(true);
    expect(can(adminWhoTeaches, 'owner.import_schools', {})).toBe(true);
  });
});
