import { describe, expect, it } from 'vitest';
import { guideByKey } from '../domain/kartlegging/conversation-guides.js';
import { minutesSections } from './minutes-document.js';
import { expectedSignatories } from './plan-document.js';
import { summonsRecipients } from './summons-document.js';

const today = '2026-11-23';
const student = (birthDate: string) => ({ id: 'x', name: 'Elev Eleven', groupName: '1STA', birthDate, age: 0, mayConsent: [] });
const guardians = [
  { id: 'g1', name: 'Mor', parentalResponsibility: true },
  { id: 'g2', name: 'Steforelder', parentalResponsibility: false },
];

describe('who a case document is for', () => {
  it('has a plan signed by the school, the guardians with parental responsibility while the student is under 18, and the student', () => {
    const responsible = { staffId: 's', name: 'Kontakt Lærer' };
    expect(expectedSignatories({ responsible, guardians, student: student('2010-05-01') }, today)).toEqual([
      { role: 'skole', name: 'Kontakt Lærer' },
      { role: 'foresatt', name: 'Mor' },
      { role: 'elev', name: 'Elev Eleven' },
    ]);
    expect(expectedSignatories({ responsible, guardians, student: student('2008-11-23') }, today).map((s) => s.role)).toEqual(['skole', 'elev']);
  });

  it('sends the summons to the guardians while the student is under 18, else (or without guardians) to the student', () => {
    expect(summonsRecipients({ guardians, student: student('2010-05-01') }, today)).toEqual(['Mor']);
    expect(summonsRecipients({ guardians: [], student: student('2010-05-01') }, today)).toEqual(['Elev Eleven']);
    expect(summonsRecipients({ guardians, student: student('2008-11-23') }, today)).toEqual(['Elev Eleven']);
  });
});

describe('minutesSections', () => {
  it('keeps the questions that were answered, in the document’s language, and leaves out empty sections', () => {
    const guide = guideByKey('iko-elevsamtale');
    const question = guide.sections[0]!.questions[0]!;
    const sections = minutesSections('iko-elevsamtale', { [question.id]: 'Svar', other: '  ' }, 'nn');
    expect(sections).toEqual([{ heading: guide.sections[0]!.title.nn, items: [{ question: question.text.nn, answer: 'Svar' }] }]);
    expect(minutesSections('fritt', { [question.id]: 'Svar' }, 'nb')).toEqual([]);
  });
});

describe('a case document for a student without a birth date', () => {
  const missing = { id: 'x', name: 'Elev Eleven', groupName: '1STA', birthDate: null, age: null, mayConsent: [] };

  it('is signed by the guardians and sent to them, as for a minor', () => {
    const responsible = { staffId: 's', name: 'Kontakt Lærer' };
    expect(expectedSignatories({ responsible, guardians, student: missing }, '2090-01-01').map((s) => s.role)).toEqual(['skole', 'foresatt', 'elev']);
    expect(summonsRecipients({ guardians, student: missing }, '2090-01-01')).toEqual(['Mor']);
  });
});
