/**
 * Plan versions and signing. A version is a draft until someone signs it; from the first
 * signature it never changes (the school and the family have put their names to that text).
 * Changing a signed plan makes a new draft version from it, and the history stays readable.
 * More signatures may be added to a signed version (the guardian who signs the next day), but the
 * content and the earlier signatures are never touched.
 */
export const signatoryRoles = ['elev', 'foresatt', 'skole', 'annen'] as const;
export type SignatoryRole = (typeof signatoryRoles)[number];

/**
 * i_varde: signed in person while signed in, recorded by the staff member; papir: signed on a
 * printed copy, which the school files; feide and id_porten: signed by the student or guardian
 * themself in the home view, after signing in with that provider (issue 14).
 */
export const signatureMethods = ['i_varde', 'papir', 'feide', 'id_porten'] as const;
export type SignatureMethod = (typeof signatureMethods)[number];

/** The methods a member of staff records on someone's behalf; the others only the signer can make. */
export const staffRecordedSignatureMethods = ['i_varde', 'papir'] as const satisfies readonly SignatureMethod[];

/** Who signed electronically: the person in Varde and the identity the provider vouched for. */
export interface ElectronicSigner {
  kind: 'elev' | 'foresatt';
  /** The student's or the guardian's id in Varde. */
  personId: string;
  /** Feide: the Feide name. ID-porten: a reference to the keyed hash of the identity number, never the number. */
  identity: string;
}

export interface Signature {
  name: string;
  role: SignatoryRole;
  method: SignatureMethod;
  signedOn: string;
  recordedBy: string;
  recordedAt: string;
  /** Set for feide and id_porten signatures only. */
  signer?: ElectronicSigner;
}

/**
 * Has this person signed this version already: themself in the home view, or recorded by the
 * school (in person or on paper) under the same name and role — the rule `addSignatures` keeps.
 */
export function hasSigned(signatures: readonly Signature[], person: { personId: string; name: string; role: SignatoryRole }): boolean {
  const name = person.name.toLocaleLowerCase('nb');
  return signatures.some((s) => s.signer?.personId === person.personId || (s.role === person.role && s.name.toLocaleLowerCase('nb') === name));
}

export interface PlanVersionState {
  version: number;
  signatures: readonly Signature[];
}

export function isSigned(version: PlanVersionState): boolean {
  return version.signatures.length > 0;
}

export type EditDecision = { kind: 'update_draft'; version: number } | { kind: 'new_version'; version: number };

/** Where an edit goes: into the draft if the latest version is one, otherwise into a new version. */
export function decideEdit(latest: PlanVersionState): EditDecision {
  return isSigned(latest) ? { kind: 'new_version', version: latest.version + 1 } : { kind: 'update_draft', version: latest.version };
}

/** Adds signatures to a version; refuses a second signature by the same name and role. */
export function addSignatures(
  existing: readonly Signature[],
  added: readonly Signature[],
): { ok: true; signatures: Signature[] } | { ok: false; duplicate: string } {
  const seen = new Set(existing.map((s) => `${s.role}:${s.name.toLocaleLowerCase('nb')}`));
  for (const s of added) {
    const key = `${s.role}:${s.name.toLocaleLowerCase('nb')}`;
    if (seen.has(key)) return { ok: false, duplicate: s.name };
    seen.add(key);
  }
  return { ok: true, signatures: [...existing, ...added] };
}
