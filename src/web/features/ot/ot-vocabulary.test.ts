import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { otEntryBody } from '../../../shared/ot-api';
import { otStatusCodeList } from '../../../domain/ot/ot-codes';
import {
  advisorChoices,
  ageLimitReading,
  contactChannels,
  groupCount,
  informationChannels,
  informationRecipients,
  lastJune30,
  parseGroupFilter,
  recordableKinds,
  splitAvklaringar,
  statusCodesByGroup,
  youthByGroup,
  type OtAvklaring,
  type YouthSummary,
} from './ot-vocabulary';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function youth(n: number, name: string, statusGroup: YouthSummary['statusGroup'], advisor: YouthSummary['advisor'] = null): YouthSummary {
  const status = ({ ukjent: 'OTUK', oppfolging: 'OTOV', aktivitet: 'OTAR', avklart: 'OTNO' } as const)[statusGroup];
  return {
    id: id(n),
    student: { id: id(100 + n), name, birthDate: '2008-03-01', age: 18 },
    originSchool: { id: id(200), name: 'Varde vgs' },
    leftOn: '2026-10-01',
    leaveReason: 'FR',
    status,
    statusGroup,
    statusSince: '2026-10-01',
    advisor,
    lastContactOn: null,
    rightEndsOn: '2032-12-31',
    caseId: null,
    hasSignedAgreement: false,
    guardiansToInform: false,
  };
}

describe('statusCodesByGroup', () => {
  it('gives every code of the directorate once, in its group and in the code list’s order', () => {
    const groups = statusCodesByGroup();
    expect(groups.map((g) => g.group)).toEqual(['ukjent', 'oppfolging', 'aktivitet', 'avklart']);
    expect(groups.flatMap((g) => g.codes)).toEqual(otStatusCodeList);
    expect(groups[0]!.codes).toEqual(['OTUK']);
    expect(groups[2]!.codes).toEqual(['OTOA', 'OTAP', 'OTKO', 'OTAR', 'OTEV', 'OTVF', 'OTLL']);
    expect(groups[3]!.codes).toEqual(['OTNO', 'OTMI', 'OTBA', 'OTSY', 'OTIF']);
  });
});

describe('the forms’ choices', () => {
  it('are exactly the contract’s', () => {
    const field = (kind: string, name: string) => (otEntryBody.options.find((o) => o.shape.kind.value === kind)!.shape as unknown as Record<string, z.ZodType>)[name];
    expect([...contactChannels].sort()).toEqual([...(field('kontaktforsok', 'channel') as z.ZodEnum).options].sort());
    expect([...informationChannels].sort()).toEqual([...(field('informasjon', 'channel') as z.ZodEnum).options].sort());
    expect([...informationRecipients].sort()).toEqual([...(field('informasjon', 'to') as z.ZodArray<z.ZodEnum>).element.options].sort());
    expect([...recordableKinds, 'plan'].sort()).toEqual(otEntryBody.options.map((o) => o.shape.kind.value).sort());
  });
});

describe('parseGroupFilter', () => {
  it('keeps a group, and reads anything else as every group', () => {
    expect(parseGroupFilter('aktivitet')).toBe('aktivitet');
    expect(parseGroupFilter(null)).toBe('alle');
    expect(parseGroupFilter('OTUK')).toBe('alle');
    expect(parseGroupFilter('')).toBe('alle');
  });
});

describe('youthByGroup', () => {
  const list = [youth(1, 'Åse Berg', 'aktivitet'), youth(2, 'Ola Dal', 'ukjent'), youth(3, 'Anne Lie', 'aktivitet'), youth(4, 'Zara Ek', 'ukjent')];

  it('puts those not yet reached first, by name (Å last, as in Norwegian), and leaves out empty groups', () => {
    const sections = youthByGroup(list);
    expect(sections.map((s) => [s.group, s.youth.map((y) => y.student.name)])).toEqual([
      ['ukjent', ['Ola Dal', 'Zara Ek']],
      ['aktivitet', ['Anne Lie', 'Åse Berg']],
    ]);
  });

  it('keeps one group when filtered, and none when that group is empty', () => {
    expect(youthByGroup(list, 'aktivitet').map((s) => s.group)).toEqual(['aktivitet']);
    expect(youthByGroup(list, 'avklart')).toEqual([]);
  });
});

describe('splitAvklaringar', () => {
  const now = new Date('2026-12-06T12:00:00Z');
  const a = (n: number, over: Partial<OtAvklaring>): OtAvklaring => ({
    caseId: id(n),
    school: { id: id(200), name: 'Varde vgs' },
    student: { id: id(300 + n), name: `Elev ${n}` },
    ground: 'sikker_slutt',
    step: 'samtale',
    status: 'aapen',
    meetingAt: null,
    signedAt: null,
    ...over,
  });

  it('calls a meeting ahead, or one not yet summoned in an open case, coming; the nearest first and the unsummoned last', () => {
    const { coming, earlier } = splitAvklaringar(
      [
        a(1, { step: 'forebuing' }),
        a(2, { meetingAt: '2026-12-20T09:00:00Z' }),
        a(3, { meetingAt: '2026-12-08T09:00:00Z' }),
        a(4, { meetingAt: '2026-12-06T12:00:00Z' }),
      ],
      now,
    );
    expect(coming.map((x) => x.caseId)).toEqual([id(4), id(3), id(2), id(1)]);
    expect(earlier).toEqual([]);
  });

  it('calls a signed, passed or closed one earlier, the latest first', () => {
    const { coming, earlier } = splitAvklaringar(
      [
        a(1, { meetingAt: '2026-11-01T09:00:00Z', step: 'avtale', signedAt: '2026-11-01T10:00:00Z' }),
        a(2, { meetingAt: '2026-12-01T09:00:00Z' }),
        a(3, { status: 'avsluttet' }),
        a(4, { meetingAt: '2026-12-30T09:00:00Z', signedAt: '2026-12-05T09:00:00Z' }),
      ],
      now,
    );
    expect(coming).toEqual([]);
    expect(earlier.map((x) => x.caseId)).toEqual([id(4), id(2), id(1), id(3)]);
  });
});

describe('lastJune30', () => {
  it('is this year’s 30 June from that day on, else last year’s', () => {
    expect(lastJune30('2026-12-06')).toBe('2026-06-30');
    expect(lastJune30('2026-06-30')).toBe('2026-06-30');
    expect(lastJune30('2026-06-29')).toBe('2025-06-30');
    expect(lastJune30('2027-01-01')).toBe('2026-06-30');
  });
});

describe('ageLimitReading', () => {
  it('names the law’s default, the seed’s routine, and anything else as the owner’s own', () => {
    expect(ageLimitReading({ ageLimit: 24, runsTo: 'kalenderaar' })).toBe('lov');
    expect(ageLimitReading({ ageLimit: 21, runsTo: 'skolear' })).toBe('rutine');
    expect(ageLimitReading({ ageLimit: 21, runsTo: 'kalenderaar' })).toBe('eige');
    expect(ageLimitReading({ ageLimit: 24, runsTo: 'skolear' })).toBe('eige');
  });
});

describe('advisorChoices', () => {
  const me = { staffId: id(900), name: 'Mona Meg' };
  it('offers me first, then every other advisor once, by name', () => {
    const advisors = [{ staffId: id(902), name: 'Per Ås' }, me, { staffId: id(901), name: 'Kari Nes' }, { staffId: id(902), name: 'Per Ås' }];
    expect(advisorChoices(me, null, advisors)).toEqual([
      { ...me, me: true },
      { staffId: id(901), name: 'Kari Nes', me: false },
      { staffId: id(902), name: 'Per Ås', me: false },
    ]);
  });

  it('keeps the youth’s own advisor though no longer among the advisors', () => {
    expect(advisorChoices(me, { staffId: id(903), name: 'Lise Ny' }, []).map((c) => c.name)).toEqual(['Mona Meg', 'Lise Ny']);
  });
});

describe('groupCount', () => {
  it('keeps "fewer than 5" (null) apart from none', () => {
    const rows = [
      { group: 'ukjent' as const, count: null },
      { group: 'aktivitet' as const, count: 7 },
      { group: 'avklart' as const, count: 0 },
    ];
    expect(groupCount(rows, 'ukjent')).toBeNull();
    expect(groupCount(rows, 'aktivitet')).toBe(7);
    expect(groupCount(rows, 'avklart')).toBe(0);
    expect(groupCount(rows, 'oppfolging')).toBe(0);
  });
});
