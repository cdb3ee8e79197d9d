import { describe, expect, it } from 'vitest';
import { contactClosesTask, contactTaskKinds, decideUndoContact, isContactTask, mayLogContact, mayMarkDone, undoableUntil, undoWindowMinutes, type UndoFacts } from './contact-task.js';

describe('a "contact home" task', () => {
  it('is the flag tasks that mean contacting or summoning the home', () => {
    expect(isContactTask('kontakt_hjem')).toBe(true);
    expect(isContactTask('innkall_foresatte')).toBe(true);
    expect(isContactTask('vurder_tiltak')).toBe(false);
    // A case's contact step is done on the case page, with the case's own contact log.
    expect(isContactTask('kontakt_hjem_og_drof')).toBe(false);
  });

  it('is done by logging the contact, not by a tick', () => {
    expect(mayMarkDone('kontakt_hjem')).toBe(false);
    expect(mayMarkDone('vurder_tiltak')).toBe(true);
    expect(mayLogContact({ kind: 'vurder_tiltak', done: false })).toBe('not_contact_task');
    expect(mayLogContact({ kind: 'kontakt_hjem', done: true })).toBe('task_done');
    expect(mayLogContact({ kind: 'kontakt_hjem', done: false })).toBeNull();
  });

  it('is settled when the home was reached or a message left, and stays open when not reached', () => {
    expect(contactClosesTask('naadd')).toBe(true);
    expect(contactClosesTask('beskjed_lagt_igjen')).toBe(true);
    expect(contactClosesTask('ikke_naadd')).toBe(false);
  });
});

describe('decideUndoContact', () => {
  const recordedAt = new Date('2026-11-24T08:00:00Z');
  const facts = (over: Partial<UndoFacts> = {}): UndoFacts => ({
    contact: { staffId: 'me', recordedAt, outcome: 'naadd', taskId: 'task' },
    task: { done: true },
    laterContactOnTask: false,
    actorStaffId: 'me',
    now: new Date(recordedAt.getTime() + 60_000),
    ...over,
  });

  it('takes back a contact that closed its task, reopening it', () => {
    expect(decideUndoContact(facts())).toEqual({ ok: true, reopensTask: true });
  });

  it('takes back a failed attempt without touching the open task', () => {
    expect(decideUndoContact(facts({ contact: { staffId: 'me', recordedAt, outcome: 'ikke_naadd', taskId: 'task' }, task: { done: false } }))).toEqual({ ok: true, reopensTask: false });
  });

  it('holds the window: at its edge yes, a moment later no', () => {
    const edge = new Date(recordedAt.getTime() + undoWindowMinutes * 60_000);
    expect(decideUndoContact(facts({ now: edge })).ok).toBe(true);
    expect(decideUndoContact(facts({ now: new Date(edge.getTime() + 1) }))).toEqual({ ok: false, refusal: 'too_late' });
  });

  it('is only for the person who logged it', () => {
    expect(decideUndoContact(facts({ actorStaffId: 'someone else' }))).toEqual({ ok: false, refusal: 'not_yours' });
  });

  it('refuses when something changed since: a later contact, or the task no longer as the contact left it', () => {
    expect(decideUndoContact(facts({ laterContactOnTask: true }))).toEqual({ ok: false, refusal: 'changed' });
    expect(decideUndoContact(facts({ task: { done: false } }))).toEqual({ ok: false, refusal: 'changed' });
  });

  it('is not for a contact logged in a case', () => {
    expect(decideUndoContact(facts({ contact: { staffId: 'me', recordedAt, outcome: 'naadd', taskId: null } }))).toEqual({ ok: false, refusal: 'not_from_task' });
  });
});

describe('decideUndoContact, the order of the refusals', () => {
  const recordedAt = new Date('2026-11-24T08:00:00Z');
  const base: UndoFacts = {
    contact: { staffId: 'me', recordedAt, outcome: 'beskjed_lagt_igjen', taskId: 'task' },
    task: { done: true },
    laterContactOnTask: false,
    actorStaffId: 'me',
    now: new Date(recordedAt.getTime() + 60_000),
  };

  it('takes back a message left, which closed its task, as a contact made', () => {
    expect(decideUndoContact(base)).toEqual({ ok: true, reopensTask: true });
  });

  it('is not from a task when the task is gone', () => {
    expect(decideUndoContact({ ...base, task: null })).toEqual({ ok: false, refusal: 'not_from_task' });
  });

  it('says "not yours" before anything else, and "too late" before "changed"', () => {
    const late = new Date(recordedAt.getTime() + undoWindowMinutes * 60_000 + 1);
    expect(decideUndoContact({ ...base, actorStaffId: 'other', task: null, now: late })).toEqual({ ok: false, refusal: 'not_yours' });
    expect(decideUndoContact({ ...base, task: null, now: late })).toEqual({ ok: false, refusal: 'not_from_task' });
    expect(decideUndoContact({ ...base, laterContactOnTask: true, now: late })).toEqual({ ok: false, refusal: 'too_late' });
  });

  it('refuses a failed attempt whose task was closed since', () => {
    expect(decideUndoContact({ ...base, contact: { ...base.contact, outcome: 'ikke_naadd' }, task: { done: true } })).toEqual({ ok: false, refusal: 'changed' });
  });

  it('can be undone until ten minutes after it was logged', () => {
    expect(undoWindowMinutes).toBe(10);
    expect(undoableUntil(recordedAt)).toEqual(new Date('2026-11-24T08:10:00Z'));
    expect(contactTaskKinds).toEqual(['kontakt_hjem', 'innkall_foresatte']);
  });
});

