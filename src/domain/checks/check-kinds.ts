/**
 * What the kinds of check are about (docs/domain.md, the absence routine). Ukesjekken and the
 * review of the absence record (fraværsprotokollen) are the contact teacher's, for a class; the
 * monthly check (rektor with the skolemiljøteam) and the semester check (the system meeting) are
 * done in a meeting of the school's leadership and resource persons, and recorded with its day and
 * who took part.
 */
import type { CheckKind, RoleCode } from '../vocabulary.js';

/** The checks of a class, kept by its contact teacher. */
export const classCheckKinds = ['ukesjekk', 'fravaersprotokoll'] as const satisfies readonly CheckKind[];

/** The checks done in a meeting: recorded with the meeting's day and its participants. */
export const meetingCheckKinds = ['manedssjekk', 'semestersjekk'] as const satisfies readonly CheckKind[];

export const isClassCheck = (kind: CheckKind): kind is (typeof classCheckKinds)[number] => (classCheckKinds as readonly CheckKind[]).includes(kind);
export const isMeetingCheck = (kind: CheckKind): kind is (typeof meetingCheckKinds)[number] => (meetingCheckKinds as readonly CheckKind[]).includes(kind);

/**
 * The school's resource persons (ressurspersoner) who may take part in a meeting check: its
 * leadership, the rådgiver, the school nurse, the sosiallærer and the miljøterapeut — the
 * skolemiljøteam the seed names, as Varde's roles hold them.
 */
export const resourcePersonRoles = ['skoleleder', 'radgiver', 'helsesykepleier', 'sosiallaerer', 'miljoterapeut'] as const satisfies readonly RoleCode[];
export type ResourcePersonRole = (typeof resourcePersonRoles)[number];
