/**
 * The contract of Oppfølgingstenesta's part of Varde (issue 12, OpenAPI tag `ot`): the school's
 * clarification case (`ot_avklaring`) from the first worry to the signed agreement, the student's
 * departure, OT's own list and follow-up of youth outside school, OT's statistics for the county,
 * and the owner's OT settings. The domain decides (src/domain/ot/); the routes are
 * src/server/routes/ot-avklaring-routes.ts (the school's side) and src/server/routes/ot-routes.ts
 * (OT's side). Same conventions as api.ts: English field names, Norwegian codes for domain values.
 */
import { z } from 'zod';
import { dateIn, instantIn } from '../domain/date-windows.js';
import { avklaringParticipantKinds, mandatoryParts } from '../domain/ot/avklaring-participants.js';
import { avklaringGrounds, avklaringSteps, avklaringTaskKinds, preparationItems } from '../domain/ot/avklaring-workflow.js';
import { otAgeBounds, otLimitRunsTo } from '../domain/ot/ot-age-limit.js';
import { leaveReasons, otStatusCodeList, otStatusGroups } from '../domain/ot/ot-codes.js';
import { otEntryKinds } from '../domain/ot/ot-follow-up.js';
import { caseOutcomes, caseStatuses } from '../domain/cases/case-workflow.js';
import { homeContactOutcomes } from '../domain/vocabulary.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const uuid = z.string().uuid();
const text = (max: number) => z.string().trim().max(max);
export const documentLanguage = z.enum(['nb', 'nn']);

export const avklaringGround = z.enum(avklaringGrounds);
export const avklaringStep = z.enum(avklaringSteps);
export const avklaringParticipantKind = z.enum(avklaringParticipantKinds);
export const leaveReason = z.enum(leaveReasons);
export const otStatusCode = z.enum(otStatusCodeList);
export const otStatusGroup = z.enum(otStatusGroups);

export const avklaringParams = z.object({ caseId: uuid });
export const avklaringMeetingParams = z.object({ caseId: uuid, meetingId: uuid });
export const youthParams = z.object({ youthId: uuid });

// ------------------------------------------------------------------------------------------
// The school's side: opening, preparing, summoning, holding, the agreement
// ------------------------------------------------------------------------------------------

/** POST /api/students/:studentId/ot-avklaring — from the student's page, an open case, or a flag; answered with the new case (avklaringDetail). */
export const openAvklaringBody = z.object({
  ground: avklaringGround,
  reason: text(2000).min(1, 'must say why the meeting is needed'),
  /** The flag the worry came from, if any. */
  flagId: uuid.optional(),
  /** The open case the worry came from, if any: the new case names it in its history. */
  fromCaseId: uuid.optional(),
  /** Defaults to the student's contact teacher, or the person opening. */
  responsibleStaffId: uuid.optional(),
});

/** The form's part "Opplysingar om eleven": prefilled from what Varde knows; the school edits every field. */
export const opplysingar = z.object({
  programme: text(300),
  className: text(100),
  absence: text(2000),
  grades: text(2000),
  earlierMeasures: text(4000),
  /** The school's own words: what worries it, what the student has said. */
  background: text(4000),
});
export type Opplysingar = z.infer<typeof opplysingar>;

/** POST /api/ot-avklaringar/:caseId/preparation — one of the duties a person records (the rest show from the data). */
export const preparationBody = z.discriminatedUnion('item', [
  z.object({ item: z.literal('ressursteam'), on: dateIn('happened'), note: text(2000).default('') }),
  /** The OT advisor contacted to agree a time ("helst per e-post"); the advisor takes part in the case from here. */
  z.object({ item: z.literal('ot_kontakta'), on: dateIn('happened'), otStaffId: uuid, channel: z.enum(['e_post', 'telefon', 'mote']).default('e_post'), note: text(2000).default('') }),
  /** The student (or guardians) contacted by phone or SMS about the meeting time. */
  z.object({ item: z.literal('telefon_sms'), at: instantIn('happened'), channel: z.enum(['telefon', 'sms']), who: text(200).min(1), outcome: z.enum(homeContactOutcomes), note: text(2000).default('') }),
]);

export const preparationItemView = z.object({
  item: z.enum(preparationItems),
  done: z.boolean(),
  /** The day it was done, and by whom, when Varde knows. */
  on: isoDate.nullable(),
  by: z.string().nullable(),
  required: z.boolean(),
});

export const meetingParticipant = z.object({
  kind: avklaringParticipantKind,
  name: text(200).min(1),
  /** Staff in Varde (leadership, teacher, counsellor, OT): they take part in the case and see it. */
  staffId: uuid.optional(),
});

/** POST /api/ot-avklaringar/:caseId/meetings — summon the meeting: the written summons is made and kept. */
export const summonBody = z.object({
  startsAt: instantIn('near'),
  place: text(200).min(1, 'must say where'),
  participants: z.array(meetingParticipant).min(1).max(30),
  summonsChannel: z.enum(['brev', 'e_post', 'digitalt']).default('brev'),
  language: documentLanguage.optional(),
});

/** PUT /api/ot-avklaringar/:caseId/agreement — the form filled in during the meeting (saved as often as wanted until signed). */
export const agreementContent = z.object({
  /** What came up: the youth's own experience and view. */
  whatCameUp: text(8000).default(''),
  /** The alternatives for the youth (other programme, apprenticeship, work, OT's offers…). */
  alternatives: text(8000).default(''),
  /** Does the student stay, or leave? Unclear until the meeting says. */
  decision: z.enum(['held_fram', 'sluttar', 'uavklart']).default('uavklart'),
  /** The agreed plan: who does what by when. */
  plan: z.array(z.object({ what: text(1000).min(1), who: text(200).min(1), by: dateIn('plan').nullable() })).max(30).default([]),
  /** How OT follows the youth up if the youth leaves. */
  otFollowUp: text(4000).default(''),
});
export type AgreementContent = z.infer<typeof agreementContent>;
export const agreementBody = z.object({ agreement: agreementContent, language: documentLanguage.optional() });

/** POST /api/ot-avklaringar/:caseId/meetings/:meetingId/held — the meeting held and the form signed in it. */
export const heldBody = z.object({
  /** Indexes into the meeting's participants who were present. */
  present: z.array(z.number().int().min(0)).max(30),
  /** Anyone present who was not summoned (e.g. a guardian who came along). */
  alsoPresent: z.array(meetingParticipant).max(10).default([]),
  /** Who signed the form in the meeting (the student and the others present). */
  signedBy: z.array(text(200).min(1)).min(1, 'the form is signed in the meeting').max(30),
});

/** POST /api/ot-avklaringar/:caseId/meetings/:meetingId/no-show — the student did not come. */
export const noShowBody = z.object({
  /** The try to reach the student or guardians at the start of the meeting (logged as a contact). */
  contact: z.object({ channel: z.enum(['telefon', 'sms']), who: text(200).min(1), outcome: z.enum(homeContactOutcomes), note: text(2000).default('') }),
  unclearWhetherLeaving: z.boolean(),
  /** When it is clear that the student leaves: what the school decided with OT. */
  decidedWithOt: z.enum(['ny_samtale', 'ingen_ny_samtale']).optional(),
  note: text(2000).default(''),
});

/** POST /api/ot-avklaringar/:caseId/meetings/:meetingId/cancel — the meeting called off before it is held; a new one is to be summoned. */
export const cancelMeetingBody = z.object({ reason: text(2000).min(1, 'must say why the meeting is called off') });

/** POST /api/ot-avklaringar/:caseId/close — the student stays in school (the student who leaves is written out: departureBody). */
export const closeAvklaringBody = z.object({ note: text(2000).min(1, 'must say how it ended') });

export const avklaringMeeting = z.object({
  id: uuid,
  startsAt: z.string(),
  place: z.string().nullable(),
  participants: z.array(meetingParticipant.extend({ present: z.boolean().nullable() })),
  summonsSentOn: isoDate.nullable(),
  summonsDocumentId: uuid.nullable(),
  outcome: z.enum(['holdt', 'ikkje_mott', 'avlyst']).nullable(),
  /** The mandatory parts this meeting needs (the guardians only while the student is under 18 on its day)… */
  requiredParts: z.array(z.enum(mandatoryParts)),
  /** …and those not invited (before) or not present (after): the reason the meeting cannot be recorded as held. */
  missingParts: z.array(z.enum(mandatoryParts)),
  guardiansSummoned: z.boolean(),
});

export const distributionLine = z.object({ name: z.string(), kind: z.union([avklaringParticipantKind, z.literal('arkiv')]), copy: z.enum(['original', 'kopi', 'arkiv']) });

export const avklaringDetail = z.object({
  caseId: uuid,
  schoolId: uuid,
  ground: avklaringGround,
  reason: z.string().nullable(),
  step: avklaringStep,
  status: z.enum(caseStatuses),
  outcome: z.enum(caseOutcomes).nullable(),
  stepDueOn: isoDate,
  overdue: z.boolean(),
  openedAt: z.string(),
  responsible: z.object({ staffId: uuid, name: z.string() }),
  participants: z.array(z.object({ staffId: uuid, name: z.string(), roles: z.array(z.string()) })),
  student: z.object({ id: uuid, name: z.string(), birthDate: isoDate.nullable(), age: z.number().int().nullable(), groupName: z.string().nullable(), leftOn: isoDate.nullable(), leaveReason: leaveReason.nullable() }),
  guardians: z.array(z.object({ id: uuid, name: z.string(), phone: z.string().nullable(), parentalResponsibility: z.boolean() })),
  preparation: z.array(preparationItemView),
  /** What must be done before the meeting may be summoned. */
  missingBeforeSummons: z.array(z.enum(preparationItems)),
  opplysingar,
  opplysingarSavedAt: z.string().nullable(),
  meetings: z.array(avklaringMeeting),
  agreement: agreementContent,
  language: documentLanguage,
  signedAt: z.string().nullable(),
  signedBy: z.array(z.string()),
  /** Where the signed form goes (empty until signed), and whether the summons goes with it. */
  distribution: z.array(distributionLine),
  attachSummons: z.boolean(),
  documents: z.array(z.object({ id: uuid, kind: z.string(), title: z.string(), language: z.string(), createdAt: z.string(), sentTo: z.array(z.string()) })),
  events: z.array(z.object({ id: uuid, at: z.string(), kind: z.string(), text: z.string().nullable(), actorName: z.string().nullable() })),
  tasks: z.array(z.object({ id: uuid, kind: z.enum(avklaringTaskKinds), dueOn: isoDate, done: z.boolean(), assignee: z.string() })),
  /** The youth in OT's list, once the student has left. */
  otYouthId: uuid.nullable(),
  /** What the reader may do: write in the case (participants, leadership); write the student out (school.register_departure). */
  mayWrite: z.boolean(),
  mayWriteOut: z.boolean(),
});
export type AvklaringDetail = z.infer<typeof avklaringDetail>;

/** POST /api/students/:studentId/departure — the student written out: end date and the school system's reason code. */
export const departureBody = z.object({ leftOn: dateIn('happened'), reason: leaveReason, note: text(2000).default('') });
export const departureResult = z.object({ otYouthId: uuid, closedCaseId: uuid.nullable() });

// ------------------------------------------------------------------------------------------
// OT's side: the list, a youth's follow-up, the meetings OT takes part in, statistics, settings
// ------------------------------------------------------------------------------------------

export const youthListQuery = z.object({
  /** aktive: in the list today; arkiv: past the age limit (kept, read-only). */
  scope: z.enum(['aktive', 'arkiv']).default('aktive'),
  /** "true" or "false" (a coerced boolean would read "false" as true). */
  mine: z.stringbool().default(false),
});

export const youthSummary = z.object({
  id: uuid,
  student: z.object({ id: uuid, name: z.string(), birthDate: isoDate.nullable(), age: z.number().int().nullable() }),
  originSchool: z.object({ id: uuid, name: z.string() }),
  leftOn: isoDate,
  leaveReason,
  status: otStatusCode,
  statusGroup: otStatusGroup,
  statusSince: isoDate,
  advisor: z.object({ staffId: uuid, name: z.string() }).nullable(),
  lastContactOn: isoDate.nullable(),
  /** The last day of the right to follow-up under the owner's setting; null while the birth date is missing (the youth stays in follow-up). */
  rightEndsOn: isoDate.nullable(),
  caseId: uuid.nullable(),
  hasSignedAgreement: z.boolean(),
  /** A minor whose guardians have not yet had the written information about the right. */
  guardiansToInform: z.boolean(),
});
export const youthList = z.object({ today: isoDate, youth: z.array(youthSummary) });

export const otEntry = z.object({
  id: uuid,
  kind: z.enum(otEntryKinds),
  on: isoDate,
  statusCode: otStatusCode.nullable(),
  detail: z.record(z.string(), z.unknown()),
  staffName: z.string(),
  createdAt: z.string(),
});

export const youthDetail = youthSummary.extend({
  guardians: z.array(z.object({ id: uuid, name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })),
  entries: z.array(otEntry),
  /** The signed agreement from the school's clarification meeting, as OT reads it. */
  agreement: z.object({ content: agreementContent, signedAt: z.string().nullable(), documentId: uuid.nullable() }).nullable(),
  /** The current follow-up plan (the latest plan entry). */
  plan: z.object({ goal: z.string(), steps: z.array(z.object({ what: z.string(), who: z.string(), by: isoDate.nullable() })) }).nullable(),
  /** Archived youth are read-only. */
  mayWrite: z.boolean(),
});
export type YouthDetail = z.infer<typeof youthDetail>;

/** POST /api/ot/youth/:youthId/entries */
export const otEntryBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('kontaktforsok'), on: dateIn('happened'), channel: z.enum(['telefon', 'sms', 'e_post', 'brev', 'mote', 'heimebesok']), reached: z.boolean(), note: text(2000).default('') }),
  z.object({ kind: z.literal('status'), on: dateIn('happened'), statusCode: otStatusCode, note: text(2000).default('') }),
  z.object({ kind: z.literal('aktivitet'), on: dateIn('happened'), what: text(500).min(1), provider: text(300).default(''), from: dateIn('plan'), to: dateIn('plan').nullable().default(null) }),
  z.object({ kind: z.literal('plan'), on: dateIn('happened'), goal: text(2000).min(1), steps: z.array(z.object({ what: text(1000).min(1), who: text(200).min(1), by: dateIn('plan').nullable() })).max(30) }),
  z.object({ kind: z.literal('informasjon'), on: dateIn('happened'), to: z.array(z.enum(['ungdom', 'foresette'])).min(1), channel: z.enum(['brev', 'digital_post', 'e_post', 'mote']) }),
  z.object({ kind: z.literal('notat'), on: dateIn('happened'), text: text(4000).min(1) }),
]);

export const advisorBody = z.object({ staffId: uuid.nullable() });
/** GET /api/ot/advisors — the owner's OT advisors, whom a youth can be given to. */
export const otAdvisors = z.object({ advisors: z.array(z.object({ staffId: uuid, name: z.string() })) });

/** GET /api/ot/avklaringar — the clarification meetings OT takes part in: coming, and held. */
export const otAvklaringList = z.object({
  avklaringar: z.array(
    z.object({
      caseId: uuid,
      school: z.object({ id: uuid, name: z.string() }),
      student: z.object({ id: uuid, name: z.string() }),
      ground: avklaringGround,
      step: avklaringStep,
      status: z.enum(caseStatuses),
      meetingAt: z.string().nullable(),
      signedAt: z.string().nullable(),
    }),
  ),
});

export const statisticsQuery = z.object({ on: dateIn('near').optional() });

/** A count shown to the county: null is "fewer than five" (src/domain/owner/shown-count.ts). */
const shown = z.number().int().nullable();
export const otStatistics = z.object({
  on: isoDate,
  total: shown,
  byStatus: z.array(z.object({ code: otStatusCode, group: otStatusGroup, count: shown })),
  byGroup: z.array(z.object({ group: otStatusGroup, count: shown })),
  bySchool: z.array(z.object({ school: z.object({ id: uuid, name: z.string() }), byGroup: z.array(z.object({ group: otStatusGroup, count: shown })), total: shown })),
  byReason: z.array(z.object({ reason: leaveReason, byGroup: z.array(z.object({ group: otStatusGroup, count: shown })), total: shown })),
});
export type OtStatistics = z.infer<typeof otStatistics>;

export const otSettings = z.object({
  ageLimit: z.number().int().min(otAgeBounds.min).max(otAgeBounds.max),
  runsTo: z.enum(otLimitRunsTo),
  /** The owner's written language: the default of the agreement form. */
  maalform: documentLanguage,
});
export type OtSettings = z.infer<typeof otSettings>;
