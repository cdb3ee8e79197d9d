/**
 * The IKO annual wheel (årshjul) as the IKO seed's "IKO-hjulet" lists it: what a school must do,
 * who does it, and when, counted from the first school day or from the seed's fixed dates. The
 * activities are codes; their words are in the catalogs. Which date each activity gets, and why,
 * is `build-wheel.ts`; the school's own changes, `edit-wheel-map.ts`; how far each has come,
 * `measure-wheel-progress.ts` (docs/domain.md, "The annual wheel").
 */
import type { RoleCode } from '../vocabulary.js';

/** The wheel's four rounds: the school start, and the three assessments with their meetings. */
export const wheelRounds = ['oppstart', 'midtveis_host', 'halvaar', 'midtveis_var'] as const;
export type WheelRound = (typeof wheelRounds)[number];

export const wheelActivityCodes = [
  'inntaksanalyse',
  'klassesammensetting',
  'informer_kontaktlaerere',
  'informer_om_elevsamtale',
  'kartlegging_a',
  'kartlegging_b',
  'kartlegging_c',
  'klasselaerermote_oppstart',
  'midtveisvurdering_host',
  'klasselaerermote_host',
  'registrering_host',
  'gjennomgang_host',
  'halvaarsvurdering',
  'klasselaerermote_halvaar',
  'registrering_halvaar',
  'gjennomgang_halvaar',
  'midtveisvurdering_var',
  'klasselaerermote_var',
  'registrering_var',
  'gjennomgang_var',
] as const;
export type WheelActivityCode = (typeof wheelActivityCodes)[number];

/** `klasse`: done per class (basisgruppe), by the class's people; `skole`: once for the school. */
export const wheelScopes = ['skole', 'klasse'] as const;
export type WheelScope = (typeof wheelScopes)[number];

/**
 * How an activity's progress is read: from the mapping conversations held with the identified
 * students, from the grades given, from a klasselærermøte recorded for the class, or — where the data
 * cannot tell — from a person recording it done.
 */
export const wheelProgressKinds = ['samtaler_identifiserte', 'vurderinger_satt', 'klasselaerermote_holdt', 'registrert'] as const;
export type WheelProgressKind = (typeof wheelProgressKinds)[number];

/**
 * Where an activity's date comes from:
 * - `plandag`: the planning day before the start, or `weekdaysBefore` weekdays before it;
 * - `skolestart`: `schoolDays` school days after the first school day ("within three weeks" is 15);
 * - `dato`: a date of the school year (August–December in the year the school year starts,
 *   January–July in the next), the seed's "ca. 1. november";
 * - `etter`: `schoolDays` school days after another activity's date.
 */
export type WheelAnchor =
  | { kind: 'plandag'; weekdaysBefore: number }
  | { kind: 'skolestart'; schoolDays: number }
  | { kind: 'dato'; month: number; day: number }
  | { kind: 'etter'; activity: WheelActivityCode; schoolDays: number };

export interface WheelActivityDefinition {
  code: WheelActivityCode;
  round: WheelRound;
  scope: WheelScope;
  /** Who is responsible, the one who leads first (the seed's "Kontaktlærer/IKO-ansvarlig"). */
  roles: readonly RoleCode[];
  anchor: WheelAnchor;
  progress: WheelProgressKind;
}

/** "Within a week" is five school days, as for every deadline in Varde (decisions/011). */
const week = 5;

/**
 * After each assessment: the klasselærermøte within two weeks (time to gather the grades), the
 * students who need closer follow-up registered at that meeting, and leadership's review within a
 * week of it. The seed gives only "nov, apr + 1. halvårsvurd."; two and one weeks keep the
 * autumn round inside November, as the seed has it.
 */
const meetingAfterAssessment = 2 * week;
const reviewAfterMeeting = week;

function assessmentRound(
  round: Exclude<WheelRound, 'oppstart'>,
  codes: { vurdering: WheelActivityCode; mote: WheelActivityCode; registrering: WheelActivityCode; gjennomgang: WheelActivityCode },
  date: { month: number; day: number },
): WheelActivityDefinition[] {
  return [
    { code: codes.vurdering, round, scope: 'klasse', roles: ['faglaerer'], anchor: { kind: 'dato', ...date }, progress: 'vurderinger_satt' },
    {
      code: codes.mote,
      round,
      scope: 'klasse',
      roles: ['kontaktlaerer', 'radgiver'],
      anchor: { kind: 'etter', activity: codes.vurdering, schoolDays: meetingAfterAssessment },
      progress: 'klasselaerermote_holdt',
    },
    // Only a person can say that everyone who needs closer follow-up is registered.
    { code: codes.registrering, round, scope: 'klasse', roles: ['kontaktlaerer'], anchor: { kind: 'etter', activity: codes.mote, schoolDays: 0 }, progress: 'registrert' },
    // "Ledelsen/lærere": leadership leads the review and answers for it; the teachers take part.
    { code: codes.gjennomgang, round, scope: 'skole', roles: ['skoleleder'], anchor: { kind: 'etter', activity: codes.mote, schoolDays: reviewAfterMeeting }, progress: 'registrert' },
  ];
}

/** The seed's wheel, in the order of the school year. */
export const wheelActivities: readonly WheelActivityDefinition[] = [
  // Before the start: the intake is analysed and the classes composed before the planning day, on
  // which the contact teachers are told who is identified.
  { code: 'inntaksanalyse', round: 'oppstart', scope: 'skole', roles: ['radgiver'], anchor: { kind: 'plandag', weekdaysBefore: 1 }, progress: 'registrert' },
  { code: 'klassesammensetting', round: 'oppstart', scope: 'skole', roles: ['skoleleder'], anchor: { kind: 'plandag', weekdaysBefore: 1 }, progress: 'registrert' },
  { code: 'informer_kontaktlaerere', round: 'oppstart', scope: 'skole', roles: ['radgiver'], anchor: { kind: 'plandag', weekdaysBefore: 0 }, progress: 'registrert' },
  // At the start.
  { code: 'informer_om_elevsamtale', round: 'oppstart', scope: 'skole', roles: ['skoleleder'], anchor: { kind: 'skolestart', schoolDays: 0 }, progress: 'registrert' },
  { code: 'kartlegging_a', round: 'oppstart', scope: 'klasse', roles: ['kontaktlaerer'], anchor: { kind: 'skolestart', schoolDays: 3 * week }, progress: 'samtaler_identifiserte' },
  // The conversation with every student is the contact teacher's own, with no concern and no case:
  // Varde keeps no record of it per student, so the contact teacher records the class done.
  { code: 'kartlegging_b', round: 'oppstart', scope: 'klasse', roles: ['kontaktlaerer'], anchor: { kind: 'skolestart', schoolDays: 4 * week }, progress: 'registrert' },
  // No record says that a subject teacher has assessed a student's needs: recorded by hand.
  { code: 'kartlegging_c', round: 'oppstart', scope: 'klasse', roles: ['faglaerer'], anchor: { kind: 'skolestart', schoolDays: 4 * week }, progress: 'registrert' },
  {
    code: 'klasselaerermote_oppstart',
    round: 'oppstart',
    scope: 'klasse',
    roles: ['kontaktlaerer', 'radgiver'],
    anchor: { kind: 'skolestart', schoolDays: 5 * week },
    progress: 'klasselaerermote_holdt',
  },
  ...assessmentRound(
    'midtveis_host',
    { vurdering: 'midtveisvurdering_host', mote: 'klasselaerermote_host', registrering: 'registrering_host', gjennomgang: 'gjennomgang_host' },
    { month: 11, day: 1 },
  ),
  ...assessmentRound(
    'halvaar',
    { vurdering: 'halvaarsvurdering', mote: 'klasselaerermote_halvaar', registrering: 'registrering_halvaar', gjennomgang: 'gjennomgang_halvaar' },
    { month: 1, day: 15 },
  ),
  ...assessmentRound(
    'midtveis_var',
    { vurdering: 'midtveisvurdering_var', mote: 'klasselaerermote_var', registrering: 'registrering_var', gjennomgang: 'gjennomgang_var' },
    { month: 4, day: 1 },
  ),
];

export function wheelActivity(code: WheelActivityCode): WheelActivityDefinition {
  return wheelActivities.find((a) => a.code === code)!;
}

export function isWheelActivityCode(value: string): value is WheelActivityCode {
  return (wheelActivityCodes as readonly string[]).includes(value);
}
