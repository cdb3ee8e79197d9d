/**
 * The closed vocabularies of Oppfølgingstenesta (OT, issue 12), as the county reports them: the
 * directorate's status codes for OT (Utdanningsdirektoratet, "Kodeverk for oppfølgingstjenesten",
 * used in VIGO OT; docs/ot.md), and the reason codes a school system exports when a student leaves.
 * The codes are kept exactly as they are reported, so that an export needs no mapping.
 */

/** Why a student left school, as the school's administrative system exports it. */
export const leaveReasons = ['FR', 'SL', 'PS', 'IM', 'AF'] as const;
export type LeaveReason = (typeof leaveReasons)[number];

/**
 * Why a student is no longer at the school, as Varde stores it: one of the codes above (the
 * student left before completing, OT's concern), or `fullfort` — the student completed the school's
 * last trinn and went on (a 10th grader in June), which is not leaving school (issue 13, part 5).
 */
export const studentLeaveReasons = [...leaveReasons, 'fullfort'] as const;
export type StudentLeaveReason = (typeof studentLeaveReasons)[number];

/** The groups of the code list, in the directorate's order (target-group codes "_IM" are left out: the youth is then not OT's). */
export const otStatusGroups = ['ukjent', 'oppfolging', 'aktivitet', 'avklart'] as const;
export type OtStatusGroup = (typeof otStatusGroups)[number];

export const otStatusCodes = {
  OTUK: 'ukjent',
  OTOV: 'oppfolging',
  OTOA: 'aktivitet',
  OTAP: 'aktivitet',
  OTKO: 'aktivitet',
  OTAR: 'aktivitet',
  OTEV: 'aktivitet',
  OTVF: 'aktivitet',
  OTLL: 'aktivitet',
  OTNO: 'avklart',
  OTMI: 'avklart',
  OTBA: 'avklart',
  OTSY: 'avklart',
  OTIF: 'avklart',
} as const satisfies Record<string, OtStatusGroup>;
export type OtStatusCode = keyof typeof otStatusCodes;
export const otStatusCodeList = Object.keys(otStatusCodes) as [OtStatusCode, ...OtStatusCode[]];

/** The first status of everyone who comes to OT: it stays until OT has made contact (the code list's own rule). */
export const firstOtStatus: OtStatusCode = 'OTUK';

export function otStatusGroup(code: OtStatusCode): OtStatusGroup {
  return otStatusCodes[code];
}
