import { describe, expect, it } from 'vitest';
import type { HomeMeeting, HomePlanVersion } from '../../../shared/home-api';
import { accessLineKey, documentKindKey, documentsInOrder, meetingsInOrder, mySignatureDate } from './home-view';

type Signature = HomePlanVersion['signatures'][number];
const signature = (patch: Partial<Signature>): Signature => ({
  name: 'Kari Nordmann',
  role: 'foresatt',
  method: 'id_porten',
  signedOn: '2026-11-20',
  recordedBy: 'Kari Nordmann',
  recordedAt: '2026-11-20T10:00:00Z',
  ...patch,
});
const person = '0b7a3c1e-1f2d-4c5b-8a9e-000000000009';
const guardian = { personKind: 'foresatt' as const, method: 'id_porten' as const, name: 'Kari Nordmann' };

describe('the day I signed', () => {
  it('is the day of my own signature: my kind, my way of signing in, my name', () => {
    const version = {
      signedByMe: true,
      signatures: [
        signature({ name: 'Lærer Lund', role: 'skole', method: 'i_varde', signedOn: '2026-11-18' }),
        signature({ name: 'Ola Nordmann', role: 'elev', method: 'feide', signedOn: '2026-11-19', signer: { kind: 'elev', personId: person, identity: 'ola@skole.no' } }),
        signature({ signedOn: '2026-11-21', signer: { kind: 'foresatt', personId: person, identity: 'hash' } }),
      ],
    };
    expect(mySignatureDate(version, guardian)).toBe('2026-11-21');
  });

  it('is found by kind and method when the name on the signature is written otherwise', () => {
    const version = { signedByMe: true, signatures: [signature({ name: 'Kari B. Nordmann', signedOn: '2026-11-22' })] };
    expect(mySignatureDate(version, guardian)).toBe('2026-11-22');
  });

  it('is not there when the server says I have not signed, even if someone with my name signed on paper', () => {
    expect(mySignatureDate({ signedByMe: false, signatures: [signature({})] }, guardian)).toBeNull();
    expect(mySignatureDate({ signedByMe: true, signatures: [signature({ method: 'papir' })] }, guardian)).toBeNull();
  });

  it('does not take the other guardian’s or the student’s signature for mine', () => {
    const student = { personKind: 'elev' as const, method: 'feide' as const, name: 'Ola Nordmann' };
    expect(mySignatureDate({ signedByMe: true, signatures: [signature({})] }, student)).toBeNull();
  });
});

describe('meetings', () => {
  const meeting = (id: string, startsAt: string): HomeMeeting => ({ id, kind: 'kartleggingsmote', startsAt, place: null, summonsSentOn: null });
  it('come soonest first, and those past after them, latest first', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    const { upcoming, past } = meetingsInOrder(
      [meeting('a', '2026-11-10T08:00:00Z'), meeting('b', '2026-12-01T08:00:00Z'), meeting('c', '2026-11-25T08:00:00Z'), meeting('d', '2026-11-15T08:00:00Z')],
      now,
    );
    expect(upcoming.map((m) => m.id)).toEqual(['c', 'b']);
    expect(past.map((m) => m.id)).toEqual(['d', 'a']);
  });

  it('count one starting this very minute as coming', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(meetingsInOrder([meeting('a', '2026-11-20T12:00:00Z')], now).upcoming).toHaveLength(1);
  });
});

describe('documents', () => {
  it('are named by their kind when it is one the school sends, else just a document', () => {
    expect(documentKindKey('innkalling')).toBe('innkalling');
    expect(documentKindKey('tiltaksplan')).toBe('tiltaksplan');
    expect(documentKindKey('something_new')).toBe('other');
  });

  it('come newest first', () => {
    const doc = (id: string, createdAt: string) => ({ id, kind: 'referat', title: id, createdAt });
    expect(documentsInOrder([doc('old', '2026-10-01T08:00:00Z'), doc('new', '2026-11-01T08:00:00Z')]).map((d) => d.id)).toEqual(['new', 'old']);
  });
});

describe('access lines', () => {
  it('are told apart by day, first time, action, subject and person', () => {
    const line = { day: '2026-11-20', firstAt: '2026-11-20T08:00:00Z', action: 'read' as const, subject: 'plan' as const, actor: null };
    expect(accessLineKey(line)).not.toBe(accessLineKey({ ...line, subject: 'meeting' }));
    expect(accessLineKey(line)).not.toBe(accessLineKey({ ...line, actor: { staffId: person, name: 'X', roles: [] } }));
  });
});
