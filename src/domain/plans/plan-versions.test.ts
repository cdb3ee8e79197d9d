import { describe, expect, it } from 'vitest';
import { addSignatures, decideEdit, isSigned, type Signature } from './plan-versions.js';

const signature = (name: string, role: Signature['role'] = 'foresatt'): Signature => ({
  name,
  role,
  method: 'papir',
  signedOn: '2026-11-23',
  recordedBy: 'Kari Kontakt',
  recordedAt: '2026-11-23T10:00:00Z',
});

describe('plan versions', () => {
  it('edits a draft in place', () => {
    expect(decideEdit({ version: 1, signatures: [] })).toEqual({ kind: 'update_draft', version: 1 });
  });

  it('never changes a signed version: an edit makes the next version', () => {
    const signed = { version: 2, signatures: [signature('Ola Elev', 'elev')] };
    expect(isSigned(signed)).toBe(true);
    expect(decideEdit(signed)).toEqual({ kind: 'new_version', version: 3 });
  });

  it('adds signatures after the earlier ones and refuses the same person twice', () => {
    const first = [signature('Ola Elev', 'elev')];
    const added = addSignatures(first, [signature('Kari Nordmann')]);
    expect(added).toEqual({ ok: true, signatures: [first[0], signature('Kari Nordmann')] });
    expect(addSignatures(first, [signature('ola elev', 'elev')])).toEqual({ ok: false, duplicate: 'ola elev' });
  });
});
