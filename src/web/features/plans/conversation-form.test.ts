import { describe, expect, it } from 'vitest';
import { checkConversation, conversationToSend, guideOf, guidesForCase, staffParticipants, type ConversationInput } from './conversation-form';

const input = (over: Partial<ConversationInput> = {}): ConversationInput => ({
  guide: 'fravaer-kartlegging-elev',
  heldOn: '2026-09-15',
  participants: [{ name: 'Kari Kontakt', role: 'Kontaktlærer' }],
  answers: {},
  summary: 'Eleven gruer seg til matematikktimene.',
  causeCategories: ['faglige_utfordringer'],
  maintainingFactors: ['Opplever lite faglig mestring i matematikk'],
  nextSteps: 'Tiltaksplan skrives sammen med eleven fredag.',
  ...over,
});

describe('the conversation form', () => {
  it("offers the guides of the case's kind, and a free conversation for every case", () => {
    expect(guidesForCase('fravaer')).toEqual(['fravaer-kartlegging-elev', 'fravaer-kartlegging-foresatte', 'fritt']);
    expect(guidesForCase('iko')).toEqual(['iko-elevsamtale', 'fritt']);
    expect(guidesForCase('skolemiljo')).toEqual(['fritt']);
    expect(guideOf('fritt')).toBeNull();
    expect(guideOf('iko-elevsamtale')?.sections.length).toBeGreaterThan(1);
  });

  it('asks the staff of the case in first, with their titles as roles', () => {
    const participants = [
      { staffId: '00000000-0000-4000-8000-000000000001', name: 'Kari Kontakt', role: 'ansvarlig' as const, title: 'Kontaktlærer' },
      { staffId: '00000000-0000-4000-8000-000000000002', name: 'Hanne Helse', role: 'deltaker' as const, title: null },
    ];
    expect(staffParticipants({ participants }, 'Skolen')).toEqual([
      { name: 'Kari Kontakt', role: 'Kontaktlærer' },
      { name: 'Hanne Helse', role: 'Skolen' },
    ]);
  });

  it("sends only the chosen guide's answers, and no empty rows", () => {
    const guide = guideOf('fravaer-kartlegging-elev')!;
    const first = guide.sections[0]!.questions[0]!.id;
    const sent = conversationToSend(
      input({
        answers: { [first]: 'Trives best i gymtimene.', 'et-annet-sporsmal': 'fra en annen guide', [guide.sections[0]!.questions[1]!.id]: '  ' },
        participants: [{ name: 'Kari Kontakt', role: 'Kontaktlærer' }, { name: '', role: '' }],
        maintainingFactors: ['Faktor', ' '],
      }),
    );
    expect(sent.answers).toEqual({ [first]: 'Trives best i gymtimene.' });
    expect(sent.participants).toHaveLength(1);
    expect(sent.maintainingFactors).toEqual(['Faktor']);
  });

  it('finds a missing summary, a participant without a role and a date ahead', () => {
    expect(checkConversation(input({ summary: ' ', participants: [{ name: 'Ola Elev', role: '' }] }), '2026-09-15')).toEqual([
      { path: 'conversation.participants.0.role', code: 'required' },
      { path: 'conversation.summary', code: 'required' },
    ]);
    expect(checkConversation(input({ participants: [] }), '2026-09-15')).toEqual([{ path: 'conversation.participants', code: 'needsOne' }]);
    expect(checkConversation(input({ heldOn: '2026-09-16' }), '2026-09-15')).toEqual([{ path: 'conversation.heldOn', code: 'future' }]);
    expect(checkConversation(input(), '2026-09-15')).toEqual([]);
  });
});
