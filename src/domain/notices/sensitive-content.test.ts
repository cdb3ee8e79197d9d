import { describe, expect, it } from 'vitest';
import { assertNoSensitiveContent, identifiersIn, SensitiveContentError, sensitiveContentIn } from './sensitive-content.js';

const words = (text: string) => sensitiveContentIn(text).map((f) => f.match);

describe('what an e-mail or SMS may not say', () => {
  it('finds the words of a case in both languages, also inside compounds', () => {
    expect(words('Ugyldig fravær i uke 3')).toEqual(['fravær']);
    expect(words('Fråværsmelding frå skulen')).toEqual(['Fråværsmelding']);
    expect(words('Skolefraværet har økt')).toEqual(['Skolefraværet']);
    expect(words('Saka gjeld skulemiljøet og mobbing')).toEqual(['skulemiljøet', 'mobbing']);
    expect(words('Møte med helsesjukepleiar, PPT og BUP')).toEqual(['helsesjukepleiar', 'PPT', 'BUP']);
    expect(words('Kopi av tiltaksplanen og aktivitetsplan')).toEqual(['tiltaksplanen', 'aktivitetsplan']);
    expect(words('Bekymringsmelding til barnevernet')).toEqual(['Bekymringsmelding', 'barnevernet']);
    expect(words('Elever i risiko')).toEqual(['risiko']);
    expect(words('Innkalling til kartleggingsmøte og avklaringssamtale med OT')).toEqual(['kartleggingsmøte', 'avklaringssamtale', 'OT']);
  });

  it('lets the words of an ordinary notice through', () => {
    for (const text of [
      'Hei! Du er invitert til et møte på Varde videregående skole tirsdag 8. desember kl. 14.00 i Møterom 2.',
      'Venleg helsing\nVarde vidaregåande skule',
      'Vennlig hilsen\nSkolen',
      'Logg inn på https://varde.example.no/hjem for å lese mer. Kan du ringe oss på +47 12 34 56 78?',
      'Krus, apptest og notater',
    ]) {
      expect(sensitiveContentIn(text)).toEqual([]);
    }
  });

  it('finds 11-digit numbers, with or without a space, but not longer runs', () => {
    expect(identifiersIn('Elev 01010112345 er borte')).toEqual([{ kind: 'national_id_like', match: '01010112345' }]);
    expect(identifiersIn('f.nr. 010101 12345')).toEqual([{ kind: 'national_id_like', match: '010101 12345' }]);
    expect(identifiersIn('konto 123456789012 og tlf 12345678')).toEqual([]);
  });

  it('finds any e-mail address', () => {
    expect(identifiersIn('Skriv til ola.nordmann@elev.varde.no.')).toEqual([{ kind: 'email', match: 'ola.nordmann@elev.varde.no' }]);
    expect(identifiersIn('https://varde.example.no/hjem')).toEqual([]);
  });

  it("finds the student's names as whole words", () => {
    expect(sensitiveContentIn('Møte med Ola og mor', { names: ['Ola Nordmann'] })).toEqual([{ kind: 'name', match: 'Ola' }]);
    expect(sensitiveContentIn('Olas plan', { names: ['Ola Nordmann'] })).toEqual([{ kind: 'name', match: 'Olas' }]);
    expect(sensitiveContentIn('Møterom Olavsgården', { names: ['Ola Nordmann'] })).toEqual([]);
  });

  it('throws with every finding and a stable code', () => {
    expect(() => assertNoSensitiveContent('Hei')).not.toThrow();
    try {
      assertNoSensitiveContent('Fravær for 01010112345');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SensitiveContentError);
      expect((error as SensitiveContentError).code).toBe('notice_sensitive_content');
      expect((error as SensitiveContentError).findings.map((f) => f.kind).sort()).toEqual(['national_id_like', 'word']);
    }
  });
});
