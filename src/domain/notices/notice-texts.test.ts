import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meetingKinds } from '../vocabulary.js';
import { copiedDocumentKinds, noticeChannels, noticeKinds, noticeLanguages, type NoticeChannel, type NoticeFacts, type NoticeKind, type NoticeLanguage } from './notice-kinds.js';
import { noticeText } from './notice-texts.js';
import { identifiersIn, SensitiveContentError, sensitiveContentIn } from './sensitive-content.js';

const address = 'https://varde.example.no/hjem';

const examples: NoticeFacts = {
  innkalling: { schoolName: 'Varde videregående skole', meetingKind: 'kartleggingsmote', startsAt: '2026-12-08T13:00:00Z', place: 'Møterom 2', signInAddress: address },
  kopi: { schoolName: 'Varde videregående skole', documentKind: 'tiltaksplan', signInAddress: address },
  fravaer_samme_dag: { schoolName: 'Varde videregående skole', day: '2026-12-07', contactPhone: '12345678' },
  daglig_oppsummering: { dueCount: 3, overdueCount: 1, signInAddress: address },
  frist_paaminnelse: { deadline: '2026-12-11', signInAddress: address },
};

describe('the texts of the notices', () => {
  it('invites to a meeting by e-mail without saying what the meeting is about', () => {
    expect(noticeText('innkalling', examples.innkalling, 'nb', 'epost')).toEqual({
      subject: 'Invitasjon til møte på Varde videregående skole',
      text:
        'Hei!\n\nDu er invitert til et møte på Varde videregående skole tirsdag 8. desember kl. 14.00 i Møterom 2.\n\n' +
        `Logg inn på ${address} for å lese mer om møtet. Passer ikke tidspunktet, kan du gi beskjed til skolen.\n\n` +
        'Vennlig hilsen\nVarde videregående skole',
    });
    expect(noticeText('innkalling', { ...examples.innkalling, schoolName: 'Varde vidaregåande skule' }, 'nn', 'epost').text).toBe(
      'Hei!\n\nDu er invitert til eit møte på Varde vidaregåande skule tysdag 8. desember kl. 14.00 i Møterom 2.\n\n' +
        `Logg inn på ${address} for å lese meir om møtet. Om tidspunktet ikkje passar, kan du gi beskjed til skulen.\n\n` +
        'Venleg helsing\nVarde vidaregåande skule',
    );
  });

  it('names the meeting and the document only in digital post', () => {
    const letter = noticeText('innkalling', examples.innkalling, 'nn', 'digital_post');
    expect(letter.subject).toBe('Innkalling til kartleggingsmøte');
    expect(letter.text).toContain('Du er kalla inn til kartleggingsmøte på Varde videregående skole tysdag 8. desember kl. 14.00 i Møterom 2. Innkallinga ligg ved.');
    expect(noticeText('kopi', examples.kopi, 'nb', 'digital_post')).toMatchObject({ subject: 'Kopi av tiltaksplan' });
    expect(noticeText('kopi', { ...examples.kopi, documentKind: 'avtale' }, 'nn', 'digital_post').text).toContain('Her er ein kopi av avklarings- og oppfølgingsavtalen frå Varde videregående skole.');
    expect(noticeText('kopi', examples.kopi, 'nb', 'epost')).toEqual({
      subject: 'Nytt dokument fra Varde videregående skole',
      text: `Hei!\n\nVarde videregående skole har delt et dokument med deg i Varde.\n\nLogg inn på ${address} for å lese det.\n\nVennlig hilsen\nVarde videregående skole`,
    });
  });

  it('asks the home to call today without saying why, except in digital post', () => {
    expect(noticeText('fravaer_samme_dag', examples.fravaer_samme_dag, 'nb', 'sms')).toEqual({
      subject: null,
      text: 'Hei! Vi på Varde videregående skole vil gjerne snakke med deg i dag, mandag 7. desember, om barnet ditt. Kan du ringe oss på 12 34 56 78?',
    });
    expect(noticeText('fravaer_samme_dag', examples.fravaer_samme_dag, 'nn', 'epost')).toEqual({
      subject: 'Ta kontakt med skulen i dag',
      text: 'Hei!\n\nVi på Varde videregående skole vil gjerne snakke med deg i dag, måndag 7. desember, om barnet ditt. Kan du ringje oss på 12 34 56 78?\n\nVenleg helsing\nVarde videregående skole',
    });
    expect(noticeText('fravaer_samme_dag', examples.fravaer_samme_dag, 'nn', 'digital_post').text).toContain('vi har ikkje fått melding om fråværet');
  });

  it('counts tasks in the digest, leaving out what is zero', () => {
    const summary = (due: number, overdue: number, language: NoticeLanguage) =>
      noticeText('daglig_oppsummering', { dueCount: due, overdueCount: overdue, signInAddress: address }, language, 'epost').text.split('\n\n')[1];
    expect(summary(3, 1, 'nb')).toBe('Du har 3 oppgaver med frist i dag og 1 oppgave der fristen har gått ut.');
    expect(summary(1, 0, 'nn')).toBe('Du har 1 oppgåve med frist i dag.');
    expect(summary(0, 2, 'nn')).toBe('Du har 2 oppgåver der fristen har gått ut.');
    expect(summary(0, 0, 'nb')).toBe('Du har ingen oppgaver med frist i dag.');
    expect(() => summary(-1, 0, 'nb')).toThrow(RangeError);
  });

  it('reminds of a deadline', () => {
    expect(noticeText('frist_paaminnelse', examples.frist_paaminnelse, 'nn', 'sms').text).toBe(
      `Hei! Ei sak du følgjer opp i Varde har eit steg med frist fredag 11. desember. Logg inn på ${address}`,
    );
    expect(noticeText('frist_paaminnelse', examples.frist_paaminnelse, 'nb', 'epost').subject).toBe('Påminnelse: frist fredag 11. desember');
  });

  it('keeps every SMS of the examples within one message of 160 characters, without a subject', () => {
    for (const kind of noticeKinds)
      for (const language of noticeLanguages) {
        const sms = noticeText(kind, examples[kind], language, 'sms');
        expect(sms.subject).toBeNull();
        expect(sms.text.length, `${kind} ${language}: ${sms.text}`).toBeLessThanOrEqual(160);
      }
  });

  it('leaves out a place or school name that would reveal something, and calls the school "skolen"', () => {
    const facts = { ...examples.innkalling, schoolName: 'Helse- og oppvekstskolen', place: 'Hos helsesykepleier' };
    expect(noticeText('innkalling', facts, 'nb', 'sms').text).toBe(`Hei! Du er invitert til et møte på skolen tirsdag 8. desember kl. 14.00. Les mer på ${address}`);
    expect(noticeText('innkalling', { ...examples.innkalling, place: 'Møte med Ola og mor' }, 'nb', 'epost', { avoidNames: ['Ola Nordmann'] }).text).not.toContain('Ola');
    expect(noticeText('kopi', { ...examples.kopi, schoolName: 'PPT-skolen' }, 'nn', 'epost')).toMatchObject({ subject: 'Nytt dokument', text: expect.stringContaining('Skulen har delt eit dokument') });
    // Digital post may name the place as typed.
    expect(noticeText('innkalling', facts, 'nb', 'digital_post').text).toContain('i Hos helsesykepleier');
  });

  it('refuses to write a notice whose configured address or phone would reveal something', () => {
    expect(() => noticeText('kopi', { ...examples.kopi, signInAddress: 'https://bup.example.no/hjem' }, 'nb', 'epost')).toThrow(SensitiveContentError);
    expect(() => noticeText('fravaer_samme_dag', { ...examples.fravaer_samme_dag, contactPhone: '01010112345' }, 'nb', 'digital_post')).toThrow(SensitiveContentError);
  });
});

// The "no-sensitive-content rule checked on every template": every kind × language ×
// channel, over facts that include hostile ones (case words, names, identifiers in the free text).
describe('the no-sensitive-content rule on every template', () => {
  // Not names that are also words of the templates ("Mai" is a month): the rule checks names as words.
  const studentNames = ['Ola Nordmann', 'Kari Hansen', 'Aisha Khan', 'Emil Olsen-Berg', 'Sofie Ødegård'];
  const hostile = fc.constantFrom('Fravær', 'hos helsesykepleier', 'BUP-møte', 'Mobbesak 12-4', 'Ola og mor', 'ola.nordmann@elev.no', '01010112345', 'Kari Hansens tiltaksplan');
  const freeText = fc.oneof(fc.constantFrom('Varde videregående skole', 'Nordre Land ungdomsskole', 'Møterom 2', 'Biblioteket', ''), hostile, fc.string({ maxLength: 40 }));
  const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true });
  const isoDay = day.map((d) => d.toISOString().slice(0, 10));
  const signInAddress = fc.constantFrom(address, 'https://skole.kommune.no/varde/hjem', 'https://varde.vlfk.no/hjem');
  const phone = fc.oneof(fc.stringMatching(/^[2-9]\d{7}$/), fc.constantFrom('+47 22 33 44 55', '0047 91234567'));
  const count = fc.nat({ max: 500 });

  const factsOf: { [K in NoticeKind]: fc.Arbitrary<NoticeFacts[K]> } = {
    innkalling: fc.record({ schoolName: freeText, meetingKind: fc.constantFrom(...meetingKinds), startsAt: day.map((d) => d.toISOString()), place: freeText, signInAddress }),
    kopi: fc.record({ schoolName: freeText, documentKind: fc.constantFrom(...copiedDocumentKinds), signInAddress }),
    fravaer_samme_dag: fc.record({ schoolName: freeText, day: isoDay, contactPhone: phone }),
    daglig_oppsummering: fc.record({ dueCount: count, overdueCount: count, signInAddress }),
    frist_paaminnelse: fc.record({ deadline: isoDay, signInAddress }),
  };

  for (const kind of noticeKinds)
    for (const language of noticeLanguages)
      for (const channel of noticeChannels) {
        it(`${kind}, ${language}, ${channel}`, () => {
          fc.assert(
            fc.property(factsOf[kind] as fc.Arbitrary<NoticeFacts[typeof kind]>, fc.constantFrom(...studentNames), (facts, student) => {
              const { subject, text } = noticeText(kind, facts, language, channel as NoticeChannel, { avoidNames: [student] });
              const whole = `${subject ?? ''}\n${text}`;
              if (channel === 'digital_post') expect(identifiersIn(whole)).toEqual([]);
              else expect(sensitiveContentIn(whole, { names: [student] })).toEqual([]);
              expect(subject === null).toBe(channel === 'sms');
              // The notice still does its job: it says where to sign in, or whom to call.
              if ('signInAddress' in facts) expect(text).toContain(facts.signInAddress);
              if ('contactPhone' in facts) expect(text).toMatch(/ringj?e oss på \S/);
            }),
            { numRuns: 150 },
          );
        });
      }
});
