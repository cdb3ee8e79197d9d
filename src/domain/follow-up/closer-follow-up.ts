/**
 * Closer follow-up (tettere oppfølging, the IKO mark) is its own explicit decision, apart from
 * confirming a flag: a person places the student under closer follow-up with a reason and a
 * review date. "Once IKO, always IKO" is the failure to avoid (docs/domain.md, "Anti-stigma and
 * care"), so the mark is time-limited: when its review date comes it does not vanish silently but
 * asks for a review — the person who set it gets a task due that day — and it stays until a person
 * ends it or sets a new review date. Closing an IKO case with effect ends it too (close-case.ts).
 */
import { addDays, type IsoDate } from '../school-calendar.js';

/** The task the mark gives the person who set it, due on the review date. */
export const closerFollowUpTaskKind = 'vurder_tettere_oppfolging';
export const followUpTaskKinds = [closerFollowUpTaskKind] as const;

/** Why a mark ended: by a person's hand, or because an IKO case closed with effect. */
export const closerFollowUpEndReasons = ['avsluttet', 'iko_sak_avsluttet_med_effekt'] as const;
export type CloserFollowUpEndReason = (typeof closerFollowUpEndReasons)[number];

/** The furthest a review date may lie ahead: half a year. */
export const maxReviewDays = 183;
/** The review date offered when none is chosen: six weeks on, as for a confirmed flag. */
export const defaultReviewDays = 42;

export type CloserFollowUpStatus = 'aktiv' | 'til_vurdering' | 'avsluttet';

export function closerFollowUpStatus(mark: { reviewOn: IsoDate; endedAt: Date | string | null }, today: IsoDate): CloserFollowUpStatus {
  if (mark.endedAt) return 'avsluttet';
  return mark.reviewOn <= today ? 'til_vurdering' : 'aktiv';
}

export type ReviewDateProblem = 'not_after_today' | 'too_far';

/** A review date must lie after today and at most half a year on. */
export function checkReviewDate(reviewOn: IsoDate, today: IsoDate): ReviewDateProblem | null {
  if (reviewOn <= today) return 'not_after_today';
  if (reviewOn > addDays(today, maxReviewDays)) return 'too_far';
  return null;
}

export type StartRefusal = 'already_marked' | ReviewDateProblem;

/** May the student be placed under closer follow-up now? One mark at a time. */
export function decideStartCloserFollowUp(input: { hasOpenMark: boolean; reviewOn: IsoDate; today: IsoDate }): StartRefusal | null {
  if (input.hasOpenMark) return 'already_marked';
  return checkReviewDate(input.reviewOn, input.today);
}

export type CloserFollowUpReview = { decision: 'forleng'; reviewOn: IsoDate } | { decision: 'avslutt' };
export type ReviewRefusal = 'ended' | ReviewDateProblem;

export type ReviewOutcome =
  | { ok: true; decision: 'forleng'; reviewOn: IsoDate }
  | { ok: true; decision: 'avslutt'; endReason: CloserFollowUpEndReason }
  | { ok: false; refusal: ReviewRefusal };

/** A review of an open mark: go on to a new review date, or end it (back to ordinary follow-up). */
export function reviewCloserFollowUp(mark: { endedAt: Date | string | null }, review: CloserFollowUpReview, today: IsoDate): ReviewOutcome {
  if (mark.endedAt) return { ok: false, refusal: 'ended' };
  if (review.decision === 'avslutt') return { ok: true, decision: 'avslutt', endReason: 'avsluttet' };
  const problem = checkReviewDate(review.reviewOn, today);
  return problem ? { ok: false, refusal: problem } : { ok: true, decision: 'forleng', reviewOn: review.reviewOn };
}
