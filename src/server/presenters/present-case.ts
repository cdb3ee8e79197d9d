/** Shapes a case's rows into the API's CaseDetail and CaseSummary (src/shared/case-api.ts). */
import type { CaseBundle } from '../../data/cases/load-case-bundle.js';
import {
  availableTransitions,
  casePlanKind,
  caseSteps,
  isOverdue,
  latestEvaluationDate,
  unmetRequirements,
  type CaseState,
  type CaseStatus,
  type CaseStep,
  type CaseTaskKind,
  type FollowUpCaseKind,
  type StepProgress,
} from '../../domain/cases/case-workflow.js';
import { whoMayConsent } from '../../domain/referrals/consent.js';
import type { SchoolCalendar } from '../../domain/school-calendar.js';
import { ageOrNullOn } from '../../domain/student-age.js';
import type { Signature } from '../../domain/plans/plan-versions.js';
import type { PlanAttendance } from '../../data/cases/load-plan-attendance.js';
import type { EffectPeriod } from '../../domain/tiltak/effect-period.js';
import type { CaseDetail, CaseSummary } from '../../shared/case-api.js';
import { presentPlanAttendance } from './present-plan-attendance.js';

type Row = CaseBundle['kase'];

export function presentCaseSummary(
  row: Omit<Row, 'participants'>,
  extra: { student: { name: string; groupName: string | null }; responsibleName: string; today: string },
): CaseSummary {
  return {
    id: row.id,
    kind: row.kind as CaseSummary['kind'],
    step: row.step,
    status: row.status as CaseSummary['status'],
    stepDueOn: row.stepDueOn,
    overdue: isOverdue(row.stepDueOn, extra.today, row.status as CaseStatus),
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
    outcome: (row.outcome as CaseSummary['outcome']) ?? null,
    student: { id: row.studentId, name: extra.student.name, groupName: extra.student.groupName },
    responsible: { staffId: row.responsibleStaffId, name: extra.responsibleName },
  };
}

export function presentCaseDetail(
  bundle: CaseBundle,
  context: {
    today: string;
    calendar: SchoolCalendar;
    progress: StepProgress;
    mayChangeParticipants: boolean;
    /** Each plan's period from its signing, and the student's attendance before and after. */
    plans: { periods: ReadonlyMap<string, EffectPeriod>; attendance: ReadonlyMap<string, PlanAttendance> };
  },
): CaseDetail {
  const { kase, names } = bundle;
  const kind = kase.kind as FollowUpCaseKind;
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : '');
  const state: CaseState = { kind, step: kase.step as CaseStep, status: kase.status as CaseState['status'] };
  const steps = caseSteps[kind] as readonly CaseStep[];
  const at = steps.indexOf(state.step);
  const titleOf = (staffId: string) => bundle.titles.find((t) => t.staffId === staffId && t.title)?.title ?? null;

  return {
    ...presentCaseSummary(kase, { student: bundle.student, responsibleName: name(kase.responsibleStaffId), today: context.today }),
    kind,
    reason: kase.reason,
    openedFrom: kase.openedFrom as CaseDetail['openedFrom'],
    flagId: kase.flagId,
    outcomeNote: kase.outcomeNote,
    stepStartedOn: kase.stepStartedOn,
    steps: steps.map((step, i) => ({
      step,
      state: state.status === 'avsluttet' ? (i <= at ? 'ferdig' : 'senere') : i < at ? 'ferdig' : i === at ? 'naa' : 'senere',
    })),
    availableTransitions: availableTransitions(state),
    unmetRequirements: state.status === 'aapen' ? unmetRequirements(state, context.progress) : [],
    planKind: casePlanKind[kind],
    latestEvaluationOn: latestEvaluationDate(context.calendar, context.today),
    student: {
      id: kase.studentId,
      name: bundle.student.name,
      groupName: bundle.student.groupName,
      birthDate: bundle.student.birthDate,
      age: ageOrNullOn(bundle.student.birthDate, context.today),
      mayConsent: whoMayConsent(bundle.student.birthDate, context.today),
    },
    guardians: bundle.guardians,
    participants: kase.participants.map((p) => ({ staffId: p.staffId, name: name(p.staffId), role: p.role as 'ansvarlig' | 'deltaker', title: titleOf(p.staffId) })),
    mayChangeParticipants: context.mayChangeParticipants,
    events: bundle.events.map((e) => ({ id: e.id, at: e.createdAt.toISOString(), kind: e.kind, step: e.step, text: e.text, actorName: e.actorStaffId ? name(e.actorStaffId) : null })),
    conversations: bundle.conversations.map((c) => ({
      id: c.id,
      guide: c.guide as CaseDetail['conversations'][number]['guide'],
      step: c.step,
      heldOn: c.heldOn,
      participants: c.participants as Array<{ name: string; role: string }>,
      answers: c.answers as Record<string, string>,
      summary: c.summary ?? '',
      causeCategories: c.causeCategories as CaseDetail['conversations'][number]['causeCategories'],
      maintainingFactors: c.maintainingFactors as string[],
      nextSteps: c.nextSteps ?? '',
      createdBy: name(c.createdBy),
      createdAt: c.createdAt.toISOString(),
    })),
    plans: bundle.plans.map((p) => ({
      id: p.id,
      caseId: p.caseId,
      kind: p.kind as CaseDetail['plans'][number]['kind'],
      createdAt: p.createdAt.toISOString(),
      versions: bundle.versions
        .filter((v) => v.planId === p.id)
        .map((v) => {
          const signatures = v.signatures as Signature[];
          return {
            version: v.version,
            content: v.content,
            createdBy: name(v.createdBy),
            createdAt: v.createdAt.toISOString(),
            updatedAt: v.updatedAt.toISOString(),
            signed: signatures.length > 0,
            signatures,
            sharedWithHomeAt: v.sharedWithHomeAt?.toISOString() ?? null,
          };
        }),
      evaluations: bundle.evaluations
        .filter((e) => e.planId === p.id)
        .map((e) => ({
          id: e.id,
          version: e.planVersion,
          caseStep: e.caseStep,
          evaluatedOn: e.evaluatedOn,
          satisfactory: e.satisfactory,
          adjustment: e.adjustment,
          rowNotes: e.rowNotes as Record<string, string>,
          createdBy: name(e.createdBy),
          createdAt: e.createdAt.toISOString(),
        })),
      attendance: presentPlanAttendance(context.plans.periods.get(p.id) ?? { signed: false }, context.plans.attendance.get(p.id)),
    })),
    homeContacts: bundle.homeContacts.map((h) => {
      const guardian = bundle.guardians.find((g) => g.id === h.guardianId);
      return {
        id: h.id,
        contactedAt: h.contactedAt.toISOString(),
        guardianId: h.guardianId,
        contactedName: h.contactedName,
        contactedWho: guardian?.name ?? h.contactedName ?? '',
        channel: h.channel as CaseDetail['homeContacts'][number]['channel'],
        outcome: h.outcome as CaseDetail['homeContacts'][number]['outcome'],
        note: h.note ?? '',
        staffName: name(h.staffId),
      };
    }),
    referrals: bundle.referrals.map((r) => ({
      id: r.id,
      kind: r.kind as CaseDetail['referrals'][number]['kind'],
      referredOn: r.referredOn,
      reason: r.reason,
      consent: r.consentGivenBy && r.consentGivenOn ? { givenBy: r.consentGivenBy as 'elev' | 'foresatte', givenOn: r.consentGivenOn, note: r.consentNote ?? '' } : null,
      checklist: r.checklist as { confirmed: string[]; descriptions: Record<string, string> },
      guardiansInformedOn: r.guardiansInformedOn,
      createdBy: name(r.createdBy),
      createdAt: r.createdAt.toISOString(),
    })),
    meetings: bundle.meetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      startsAt: m.startsAt.toISOString(),
      place: m.place,
      invited: m.invited as Array<{ name: string; role: string }>,
      summonsSentOn: m.summonsSentOn,
      summonsChannel: m.summonsChannel,
      purpose: (m.agenda as string[]).join('\n'),
    })),
    tasks: bundle.tasks.map((t) => ({
      id: t.id,
      kind: t.kind as CaseTaskKind,
      dueOn: t.dueOn,
      done: t.doneAt !== null,
      assignee: name(t.assigneeStaffId),
    })),
  };
}
