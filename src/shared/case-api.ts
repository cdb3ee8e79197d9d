/**
 * The API contract for cases, conversations, plans, the measure bank, home contacts, referrals,
 * meetings and documents (issue 4). Same conventions as api.ts: English field names, Norwegian
 * codes for domain values.
 */
import { z } from 'zod';
import { caseOutcomes, caseStatuses, caseSteps, caseTaskKinds, followUpCaseKinds, followUpCaseOutcomes, stepRequirementKinds } from '../domain/cases/case-workflow.js';
import { flagLevels } from '../domain/identification/flag.js';
import { planContent, planKinds } from '../domain/plans/plan-content.js';
import { signatoryRoles, signatureMethods, staffRecordedSignatureMethods } from '../domain/plans/plan-versions.js';
import { consentGivers, referralKinds } from '../domain/referrals/consent.js';
import { measureLevels } from '../domain/tiltak/measure-bank.js';
import { caseKinds, caseMeetingKinds, caseOrigins, caseParticipantRoles, homeContactChannels, homeContactOutcomes } from '../domain/vocabulary.js';
import { avklaringSteps } from '../domain/ot/avklaring-workflow.js';
import { dateIn, instantIn } from '../domain/date-windows.js';
import { studentSignal } from './api.js';
import { planAttendance } from './measure-effect-api.js';

/** A date in an answer; a date in a request is one of src/domain/date-windows.ts, named for what it means. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
const uuid = z.string().uuid();
/** Every step of every kind of case: the follow-up kinds' and the clarification case's (ot_avklaring). */
const allSteps = [...new Set([...Object.values(caseSteps).flat(), ...avklaringSteps])] as [string, ...string[]];

/** The kinds of case the case routes open and run; a clarification case with OT has its own (ot-api.ts). */
export const caseKind = z.enum(followUpCaseKinds);
/** Any kind of case, as the lists show them: a clarification case with OT is listed beside the follow-up cases. */
export const anyCaseKind = z.enum(caseKinds);
export const caseStep = z.enum(allSteps);
export const caseOutcome = z.enum(caseOutcomes);
export const caseStatus = z.enum(caseStatuses);
export const stepRequirement = z.enum(stepRequirementKinds);
export const caseTransitionType = z.enum(['advance', 'repeat', 'close']);
export const caseParticipantRole = z.enum(caseParticipantRoles);

export const caseParams = z.object({ caseId: uuid });
export const planParams = z.object({ planId: uuid });
export const planVersionParams = z.object({ planId: uuid, version: z.coerce.number().int().min(1) });
export const conversationParams = z.object({ conversationId: uuid });
export const meetingParams = z.object({ meetingId: uuid });
export const participantParams = z.object({ caseId: uuid, staffId: uuid });
/** The language a document (PDF) is written in: a school writes to homes in bokmål or nynorsk. */
export const documentQuery = z.object({ language: z.enum(['nb', 'nn']).default('nb') });

/** One row of a case list. */
export const caseSummary = z.object({
  id: uuid,
  kind: anyCaseKind,
  step: caseStep,
  status: caseStatus,
  stepDueOn: isoDate,
  overdue: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  outcome: caseOutcome.nullable(),
  student: z.object({ id: uuid, name: z.string(), groupName: z.string().nullable() }),
  responsible: z.object({ staffId: uuid, name: z.string() }),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseListQuery = z.object({
  /** mine: cases I take part in; school: every case of the school (leadership only). */
  scope: z.enum(['mine', 'school']).default('mine'),
  schoolId: uuid.optional(),
  status: z.enum([...caseStatuses, 'alle']).default('aapen'),
  overdueOnly: z.stringbool().default(false),
});
export const caseList = z.object({ cases: z.array(caseSummary) });

export const openCaseBody = z.object({
  kind: caseKind,
  openedFrom: z.enum(caseOrigins),
  flagId: uuid.optional(),
  reason: z.string().trim().min(1, 'must say why the case is opened').max(2000),
  /** Defaults to the student's contact teacher, or the person opening the case. */
  responsibleStaffId: uuid.optional(),
});

export const caseTransitionBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('advance'), note: z.string().trim().max(2000).optional() }),
  z.object({ type: z.literal('repeat'), note: z.string().trim().max(2000).optional() }),
  z.object({ type: z.literal('close'), outcome: z.enum(followUpCaseOutcomes), note: z.string().trim().min(1, 'must say how the case ended').max(2000) }),
]);

export const addParticipantBody = z.object({ staffId: uuid, role: caseParticipantRole.default('deltaker') });

export const person = z.object({ name: z.string().trim().min(1).max(200), role: z.string().trim().min(1).max(100) });

export const conversationBody = z.object({
  guide: z.enum(['iko-elevsamtale', 'fravaer-kartlegging-elev', 'fravaer-kartlegging-foresatte', 'fritt']),
  heldOn: dateIn('happened'),
  participants: z.array(person).min(1, 'must list who took part').max(20),
  /** Question id → answer, in the words of the student or guardians. */
  answers: z.record(z.string().max(100), z.string().max(4000)).default({}),
  summary: z.string().trim().min(1, 'must have a summary').max(8000),
  causeCategories: z.array(z.enum(['faglige_utfordringer', 'motivasjon_og_feilvalg', 'motet_med_skolen', 'livet_utenfor'])).max(4).default([]),
  maintainingFactors: z.array(z.string().trim().min(1).max(1000)).max(20).default([]),
  nextSteps: z.string().trim().max(4000).default(''),
});
export const conversation = conversationBody.extend({
  id: uuid,
  step: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Conversation = z.infer<typeof conversation>;

export const signature = z.object({
  name: z.string(),
  role: z.enum(signatoryRoles),
  method: z.enum(signatureMethods),
  signedOn: isoDate,
  recordedBy: z.string(),
  recordedAt: z.string(),
  signer: z.object({ kind: z.enum(['elev', 'foresatt']), personId: uuid, identity: z.string() }).optional(),
});

export const planVersionView = z.object({
  version: z.number().int(),
  content: z.unknown(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  signed: z.boolean(),
  signatures: z.array(signature),
  /** When the school shared this draft with the student and guardians (the home view); null: not shared. A signed version is theirs without it. */
  sharedWithHomeAt: z.string().nullable(),
});

export const planEvaluation = z.object({
  id: uuid,
  version: z.number().int(),
  caseStep: z.string(),
  evaluatedOn: isoDate,
  satisfactory: z.boolean(),
  adjustment: z.string(),
  rowNotes: z.record(z.string(), z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const plan = z.object({
  id: uuid,
  caseId: uuid,
  kind: z.enum(planKinds),
  createdAt: z.string(),
  /** Newest first. */
  versions: z.array(planVersionView),
  evaluations: z.array(planEvaluation),
  /** The student's attendance before and after the plan was first signed (docs/decisions/017-effect-of-measures.md). */
  attendance: planAttendance,
});
export type Plan = z.infer<typeof plan>;

export const createPlanBody = planContent;
export const updatePlanBody = z.object({
  /** The version the edit starts from; a stale edit is refused (409). */
  basedOnVersion: z.number().int().min(1),
  content: z.unknown(),
});
export const signPlanBody = z.object({
  signatures: z
    .array(
      z.object({ name: z.string().trim().min(1).max(200), role: z.enum(signatoryRoles), method: z.enum(staffRecordedSignatureMethods), signedOn: dateIn('happened') }),
    )
    .min(1, 'must record at least one signature')
    .max(12),
});
export const evaluatePlanBody = z.object({
  version: z.number().int().min(1),
  evaluatedOn: dateIn('happened'),
  satisfactory: z.boolean(),
  adjustment: z.string().trim().max(4000).default(''),
  rowNotes: z.record(z.string().regex(/^\d+$/), z.string().max(2000)).default({}),
});

export const homeContactBody = z.object({
  contactedAt: instantIn('happened'),
  guardianId: uuid.nullable().default(null),
  contactedName: z.string().trim().max(200).nullable().default(null),
  channel: z.enum(homeContactChannels),
  outcome: z.enum(homeContactOutcomes),
  note: z.string().trim().max(4000).default(''),
});
export const homeContact = homeContactBody.extend({ id: uuid, staffName: z.string(), contactedWho: z.string() });

export const referralBody = z.object({
  kind: z.enum(referralKinds),
  referredOn: dateIn('happened'),
  reason: z.string().trim().min(1, 'must say why').max(4000),
  consent: z.object({ givenBy: z.enum(consentGivers), givenOn: dateIn('happened'), note: z.string().trim().max(1000).default('') }).nullable().default(null),
  /** barnevern: ids of the checklist items confirmed, and what the report describes per item. */
  checklist: z.object({ confirmed: z.array(z.string().max(100)).max(40), descriptions: z.record(z.string().max(100), z.string().max(8000)) }).default({ confirmed: [], descriptions: {} }),
  guardiansInformedOn: dateIn('happened').nullable().default(null),
});
export const referral = z.object({
  id: uuid,
  kind: z.enum(referralKinds),
  referredOn: isoDate,
  reason: z.string(),
  consent: z.object({ givenBy: z.enum(consentGivers), givenOn: isoDate, note: z.string() }).nullable(),
  checklist: z.object({ confirmed: z.array(z.string()), descriptions: z.record(z.string(), z.string()) }),
  guardiansInformedOn: isoDate.nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const meetingBody = z.object({
  kind: z.enum(caseMeetingKinds),
  startsAt: instantIn('near'),
  place: z.string().trim().min(1, 'must say where').max(200),
  invited: z.array(person).min(1).max(20),
  summonsChannel: z.enum(['brev', 'e_post', 'digitalt']).default('brev'),
  /** What the meeting is about, as the summons tells the family. */
  purpose: z.string().trim().min(1).max(2000),
});
export const meeting = z.object({
  id: uuid,
  kind: z.string(),
  startsAt: z.string(),
  place: z.string().nullable(),
  invited: z.array(person),
  summonsSentOn: isoDate.nullable(),
  summonsChannel: z.string().nullable(),
  purpose: z.string(),
});

export const caseEvent = z.object({
  id: uuid,
  at: z.string(),
  kind: z.string(),
  step: z.string().nullable(),
  text: z.string().nullable(),
  actorName: z.string().nullable(),
});

export const caseStepView = z.object({
  step: caseStep,
  state: z.enum(['ferdig', 'naa', 'senere']),
});

export const caseDetail = caseSummary.extend({
  kind: caseKind,
  reason: z.string().nullable(),
  openedFrom: z.enum(caseOrigins),
  flagId: uuid.nullable(),
  outcomeNote: z.string().nullable(),
  stepStartedOn: isoDate,
  steps: z.array(caseStepView),
  availableTransitions: z.array(caseTransitionType),
  /** What the current step still needs before the case can move on. */
  unmetRequirements: z.array(stepRequirement),
  planKind: z.enum(planKinds),
  /** The latest date the plan's evaluation meeting may have (three weeks of measures). */
  latestEvaluationOn: isoDate,
  student: z.object({
    id: uuid,
    name: z.string(),
    groupName: z.string().nullable(),
    /** Null when missing: the student then counts as a minor. */
    birthDate: isoDate.nullable(),
    age: z.number().int().nullable(),
    /** Who may consent to a PPT referral today. */
    mayConsent: z.array(z.enum(consentGivers)),
  }),
  guardians: z.array(z.object({ id: uuid, name: z.string(), parentalResponsibility: z.boolean() })),
  participants: z.array(z.object({ staffId: uuid, name: z.string(), role: caseParticipantRole, title: z.string().nullable() })),
  /** May the reader add, remove or hand over (the responsible person and leadership: case.change_participants)? */
  mayChangeParticipants: z.boolean(),
  events: z.array(caseEvent),
  conversations: z.array(conversation),
  plans: z.array(plan),
  homeContacts: z.array(homeContact),
  referrals: z.array(referral),
  meetings: z.array(meeting),
  /** The web app says each task by its kind (taskKind.*), in the reader's language. */
  tasks: z.array(z.object({ id: uuid, kind: z.enum(caseTaskKinds), dueOn: isoDate, done: z.boolean(), assignee: z.string() })),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const staffCandidates = z.object({
  staff: z.array(z.object({ staffId: uuid, name: z.string(), roles: z.array(z.string()) })),
});

/** A measure from the bank or the school's own, in the language asked for. */
export const measureView = z.object({
  code: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  category: z.string(),
  categoryLabel: z.string(),
  level: z.enum(measureLevels),
  arena: z.string(),
  arenaLabel: z.string(),
  caseKinds: z.array(z.string()),
  source: z.enum(['tiltaksbank-skolevegring', 'tiltak-skolemiljosaker-udir', 'skolens-egne']),
});
export type MeasureView = z.infer<typeof measureView>;
export const measureQuery = z.object({
  schoolId: uuid,
  language: z.enum(['nb', 'nn', 'en']).default('nb'),
});
export const measureList = z.object({ measures: z.array(measureView) });
export const ownMeasureBody = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).nullable().default(null),
  category: z.string().trim().min(1).max(100),
  level: z.enum(measureLevels),
  arena: z.string().trim().min(1).max(100),
  caseKinds: z.array(caseKind).min(1).max(3),
});

/** The klasselærermøte: its agenda from the class's flags and open cases, and its decisions. */
export const classMeetingAgenda = z.object({
  group: z.object({ id: uuid, name: z.string(), schoolId: uuid }),
  items: z.array(
    z.object({
      student: z.object({ id: uuid, name: z.string() }),
      flags: z.array(z.object({ id: uuid, ruleCode: z.string(), level: z.enum(flagLevels), state: z.string() })),
      /** The student's one traffic light and its reasons (studentLight), as every list of students shows it. */
      signal: studentSignal,
      cases: z.array(z.object({ id: uuid, kind: anyCaseKind, step: caseStep, stepDueOn: isoDate, overdue: z.boolean() })),
    }),
  ),
});
export const classMeetingBody = z.object({
  heldOn: dateIn('happened'),
  present: z.array(z.string().trim().min(1).max(200)).min(1).max(40),
  decisions: z
    .array(
      z.object({
        studentId: uuid,
        text: z.string().trim().min(1).max(4000),
        /** The open case the decision goes into. */
        caseId: uuid.nullable().default(null),
        /** Or a case to open with the decision as its reason. */
        openCase: caseKind.nullable().default(null),
      }),
    )
    .max(60),
});
export const classMeeting = z.object({
  id: uuid,
  heldOn: isoDate,
  present: z.array(z.string()),
  decisions: z.array(z.object({ studentId: uuid, studentName: z.string(), text: z.string(), caseId: uuid.nullable() })),
});
export const classMeetings = z.object({ meetings: z.array(classMeeting) });
