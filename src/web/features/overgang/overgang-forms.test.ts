import { describe, expect, it } from 'vitest';
import { consentChoices, consentProblems, dayProblem } from './consent-form';
import { draftOfSummary, draftProblems, fieldOfPath, linesOf, serverProblems, summaryOfDraft, type SummaryDraft } from './summary-form';

const saved = {
  causes: ['Møtet med skulen', 'Grue seg til friminutta'],
  helped: ['Fast vaksen i friminutta'],
  contactPerson: { name: 'Tone Tidlegare', role: 'Kontaktlærar 10B', phone: null, email: 'tone@tidlegare.kommune.no' },
  note: null,
};

const draft = (patch: Partial<SummaryDraft> = {}): SummaryDraft => ({ ...draftOfSummary(saved), ...patch });

describe('the summary as text', () => {
  it('writes the lists one item a line, and nothing as empty text', () => {
    expect(draftOfSummary(saved)).toEqual({
      causes: 'Møtet med skulen\nGrue seg til friminutta',
      helped: 'Fast vaksen i friminutta',
      name: 'Tone Tidlegare',
      role: 'Kontaktlærar 10B',
      phone: '',
      email: 'tone@tidlegare.kommune.no',
      note: '',
    });
    expect(draftOfSummary(null)).toEqual({ causes: '', helped: '', name: '', role: '', phone: '', email: '', note: '' });
  });

  it('reads the lines back trimmed, without blank lines, from any line ending', () => {
    expect(linesOf('  Søvnvanskar \r\n\n\tSkam over matematikk\n   \n')).toEqual(['Søvnvanskar', 'Skam over matematikk']);
    expect(linesOf('')).toEqual([]);
  });

  it('sends what it was given, with empty fields as null', () => {
    expect(summaryOfDraft(draftOfSummary(saved))).toEqual(saved);
    expect(summaryOfDraft(draft({ phone: ' 900 00 000 ', note: '  ' })).contactPerson.phone).toBe('900 00 000');
    expect(summaryOfDraft(draft({ note: '  ' })).note).toBeNull();
  });
});

describe('what the summary form refuses before sending', () => {
  it('accepts a summary with a cause or a measure and a contact', () => {
    expect(draftProblems(draft())).toEqual([]);
    expect(draftProblems(draft({ causes: '' }))).toEqual([]);
  });

  it('asks for a cause or a measure, and a name, in the order of the form', () => {
    expect(draftProblems(draft({ causes: '\n', helped: ' ', name: '  ' }))).toEqual([
      { field: 'causes', problem: 'causes_or_helped' },
      { field: 'contactPerson.name', problem: 'name_missing' },
    ]);
  });

  it('holds the contract’s limits: lines, a line’s length, a field’s length', () => {
    const many = Array.from({ length: 21 }, (_, i) => `Tiltak ${i + 1}`).join('\n');
    expect(draftProblems(draft({ helped: many }))).toEqual([{ field: 'helped', problem: 'too_many_lines', max: 20 }]);
    expect(draftProblems(draft({ causes: `Kort\n${'x'.repeat(501)}` }))).toEqual([{ field: 'causes', problem: 'line_too_long', max: 500 }]);
    expect(draftProblems(draft({ phone: '1'.repeat(41), note: 'n'.repeat(2001) }))).toEqual([
      { field: 'contactPerson.phone', problem: 'too_long', max: 40 },
      { field: 'note', problem: 'too_long', max: 2000 },
    ]);
  });
});

describe('the server’s refusals of a summary', () => {
  it('finds the field below body.summary', () => {
    expect(fieldOfPath('body.summary.contactPerson.name')).toBe('contactPerson.name');
    expect(fieldOfPath('body.summary.causes.3')).toBe('causes');
    expect(fieldOfPath('body.summary.note')).toBe('note');
    expect(fieldOfPath('body.summary')).toBeNull();
    expect(fieldOfPath('body.summary.causesExtra')).toBeNull();
  });

  it('says a refusal at a field as the form would, once a field, and keeps the rest as the server wrote it', () => {
    const sent = draft({ name: ' ' });
    expect(
      serverProblems(
        [
          { path: 'body.summary.contactPerson.name', message: 'Name the person the next school can contact' },
          { path: 'body.summary.contactPerson.name', message: 'again' },
          { path: 'body.summary.role', message: 'odd' },
          { path: 'body.summary.note', message: 'text PostgreSQL cannot store' },
        ],
        sent,
      ),
    ).toEqual([
      { field: 'contactPerson.name', problem: 'name_missing' },
      { field: null, message: 'odd' },
      { field: 'note', problem: 'refused' },
    ]);
  });
});

describe('the consent forms', () => {
  const guardians = [
    { id: 'g1', name: 'Hilde Nilsen' },
    { id: 'g2', name: 'Per Nilsen' },
  ];

  it('offers each guardian by name while the guardians may consent, and the student from 15', () => {
    expect(consentChoices({ whoMayConsent: ['foresatte', 'elev'], guardians }).map((c) => [c.givenBy, c.guardianId])).toEqual([
      ['foresatte', 'g1'],
      ['foresatte', 'g2'],
      ['elev', null],
    ]);
    expect(consentChoices({ whoMayConsent: ['elev'], guardians }).map((c) => c.key)).toEqual(['elev']);
    expect(consentChoices({ whoMayConsent: ['foresatte'], guardians: [] })).toEqual([]);
  });

  it('takes a day up to today and no more than the window back, a revocation not before the consent', () => {
    expect(dayProblem('2026-12-07', '2026-12-07')).toBeNull();
    expect(dayProblem('', '2026-12-07')).toBe('date_missing');
    expect(dayProblem('2026-02-30', '2026-12-07')).toBe('date_missing');
    expect(dayProblem('2026-12-08', '2026-12-07')).toBe('date_in_future');
    // The contract's window for what has happened: 366 days back.
    expect(dayProblem('2025-12-05', '2026-12-07')).toBe('date_too_old');
    expect(dayProblem('2025-12-06', '2026-12-07')).toBeNull();
    expect(dayProblem('2026-12-01', '2026-12-07', '2026-12-02')).toBe('revoked_before_given');
  });

  it('places the server’s refusals: the guardian with the giver, a day as the form would say it', () => {
    const sent = { day: '2026-12-01', today: '2026-12-07', notBefore: '2026-12-02' };
    expect(
      consentProblems(
        [
          { path: 'body.givenBy', message: 'the student is under 15 on that day: the guardians consent' },
          { path: 'body.guardianId', message: 'Name the guardian who gave the consent' },
          { path: 'body.revokedOn', message: 'is before the consent was given (2026-12-02)' },
          { path: 'body.other', message: 'what' },
        ],
        sent,
      ),
    ).toEqual([
      { field: 'givenBy', problem: 'giver_not_allowed' },
      { field: 'givenBy', problem: 'guardian_missing' },
      { field: 'revokedOn', problem: 'revoked_before_given' },
      { field: null, message: 'what' },
    ]);
    expect(consentProblems([{ path: 'body.givenOn', message: 'must not be after today' }], { day: '2026-12-07', today: '2026-12-07' })).toEqual([{ field: 'givenOn', problem: 'refused' }]);
  });
});
