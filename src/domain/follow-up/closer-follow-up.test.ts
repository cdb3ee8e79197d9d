import { describe, expect, it } from 'vitest';
import { addDays } from '../school-calendar.js';
import { closerFollowUpEndedOnClose } from '../cases/close-case.js';
import { caseOutcomes, followUpCaseKinds } from '../cases/case-workflow.js';
import {
  checkReviewDate,
  closerFollowUpEndReasons,
  closerFollowUpStatus,
  closerFollowUpTaskKind,
  decideStartCloserFollowUp,
  defaultReviewDays,
  followUpTaskKinds,
  maxReviewDays,
  reviewCloserFollowUp,
} from './closer-follow-up.js';

const today = '2026-11-24';

describe('closer follow-up (tettere oppfølging)', () => {
  it('is active until its review date, then waits for a review instead of vanishing', () => {
    expect(closerFollowUpStatus({ reviewOn: addDays(today, 1), endedAt: null }, today)).toBe('aktiv');
    expect(closerFollowUpStatus({ reviewOn: today, endedAt: null }, today)).toBe('til_vurdering');
    expect(closerFollowUpStatus({ reviewOn: addDays(today, -30), endedAt: null }, today)).toBe('til_vurdering');
    expect(closerFollowUpStatus({ reviewOn: addDays(today, 10), endedAt: new Date() }, today)).toBe('avsluttet');
  });

  it('has a review date after today and at most half a year on', () => {
    expect(checkReviewDate(today, today)).toBe('not_after_today');
    expect(checkReviewDate(addDays(today, 1), today)).toBeNull();
    expect(checkReviewDate(addDays(today, maxReviewDays), today)).toBeNull();
    expect(checkReviewDate(addDays(today, maxReviewDays + 1), today)).toBe('too_far');
  });

  it('is one mark at a time', () => {
    expect(decideStartCloserFollowUp({ hasOpenMark: true, reviewOn: addDays(today, 42), today })).toBe('already_marked');
    expect(decideStartCloserFollowUp({ hasOpenMark: false, reviewOn: addDays(today, 42), today })).toBeNull();
    expect(decideStartCloserFollowUp({ hasOpenMark: false, reviewOn: today, today })).toBe('not_after_today');
  });

  it('is reviewed by going on to a new date or by ending it; an ended mark is not reviewed', () => {
    expect(reviewCloserFollowUp({ endedAt: null }, { decision: 'forleng', reviewOn: addDays(today, 14) }, today)).toEqual({ ok: true, decision: 'forleng', reviewOn: addDays(today, 14) });
    expect(reviewCloserFollowUp({ endedAt: null }, { decision: 'forleng', reviewOn: today }, today)).toEqual({ ok: false, refusal: 'not_after_today' });
    expect(reviewCloserFollowUp({ endedAt: null }, { decision: 'avslutt' }, today)).toEqual({ ok: true, decision: 'avslutt', endReason: 'avsluttet' });
    expect(reviewCloserFollowUp({ endedAt: new Date() }, { decision: 'avslutt' }, today)).toEqual({ ok: false, refusal: 'ended' });
  });

  it('ends when an IKO case closes with effect, and only then', () => {
    for (const kind of followUpCaseKinds) {
      for (const outcome of caseOutcomes) {
        expect(closerFollowUpEndedOnClose(kind, outcome)).toBe(kind === 'iko' && outcome === 'effekt' ? 'iko_sak_avsluttet_med_effekt' : null);
      }
    }
  });
});

describe('closer follow-up, the limits', () => {
  it('refuses a review date more than half a year on, when starting and when going on', () => {
    const tooFar = addDays(today, maxReviewDays + 1);
    expect(maxReviewDays).toBe(183);
    expect(defaultReviewDays).toBe(42);
    expect(decideStartCloserFollowUp({ hasOpenMark: false, reviewOn: tooFar, today })).toBe('too_far');
    expect(decideStartCloserFollowUp({ hasOpenMark: true, reviewOn: tooFar, today })).toBe('already_marked');
    expect(reviewCloserFollowUp({ endedAt: null }, { decision: 'forleng', reviewOn: tooFar }, today)).toEqual({ ok: false, refusal: 'too_far' });
    expect(reviewCloserFollowUp({ endedAt: null }, { decision: 'forleng', reviewOn: addDays(today, maxReviewDays) }, today)).toEqual({ ok: true, decision: 'forleng', reviewOn: addDays(today, maxReviewDays) });
  });

  it('reads an ended mark stored as text as ended', () => {
    expect(closerFollowUpStatus({ reviewOn: addDays(today, 10), endedAt: '2026-11-20T10:00:00Z' }, today)).toBe('avsluttet');
    expect(reviewCloserFollowUp({ endedAt: '2026-11-20T10:00:00Z' }, { decision: 'forleng', reviewOn: addDays(today, 7) }, today)).toEqual({ ok: false, refusal: 'ended' });
  });

  it('gives the person who set it the task of reviewing it, and ends by hand or by an IKO case', () => {
    expect(closerFollowUpTaskKind).toBe('vurder_tettere_oppfolging');
    expect(followUpTaskKinds).toEqual(['vurder_tettere_oppfolging']);
    expect(closerFollowUpEndReasons).toEqual(['avsluttet', 'iko_sak_avsluttet_med_effekt']);
  });
});

