/**
 * Where the signed "Avklaringssamtale og oppfølgingsavtale" goes (the seed, "Under samtalen"):
 * the student gets the original, every other participant a copy, the school archives it in the
 * student's file, and guardians who did not take part get a copy while the student is under 18 (or the birth date is missing: src/domain/student-age.ts).
 * If the student is written out without having attended, a copy of the written summons is attached.
 */
import type { IsoDate } from '../school-calendar.js';
import { isMinorOn } from '../student-age.js';
import type { AvklaringParticipantKind } from './avklaring-participants.js';

export interface DistributionParticipant {
  name: string;
  kind: AvklaringParticipantKind;
  present: boolean;
}

export interface DistributionLine {
  name: string;
  kind: AvklaringParticipantKind | 'arkiv';
  copy: 'original' | 'kopi' | 'arkiv';
}

export interface AgreementDistribution {
  lines: DistributionLine[];
  /** The written summons goes with the agreement. */
  attachSummons: boolean;
}

export function agreementDistribution(input: {
  student: { name: string; birthDate: IsoDate | null };
  participants: readonly DistributionParticipant[];
  /** Guardians with parental responsibility. */
  guardians: readonly { name: string }[];
  /** The day the agreement is made (the meeting day). */
  on: IsoDate;
  /** The student has been written out of school. */
  writtenOut: boolean;
}): AgreementDistribution {
  const studentAttended = input.participants.some((p) => p.kind === 'elev' && p.present);
  const lines: DistributionLine[] = [{ name: input.student.name, kind: 'elev', copy: 'original' }];
  // The student is known by kind, not by name: a guardian who shares the student's name is another person.
  const named = new Set<string>();
  for (const p of input.participants) {
    if (!p.present || p.kind === 'elev' || named.has(p.name)) continue;
    named.add(p.name);
    lines.push({ name: p.name, kind: p.kind, copy: 'kopi' });
  }
  if (isMinorOn(input.student.birthDate, input.on)) {
    for (const g of input.guardians) {
      if (named.has(g.name)) continue;
      named.add(g.name);
      lines.push({ name: g.name, kind: 'foresett', copy: 'kopi' });
    }
  }
  lines.push({ name: '', kind: 'arkiv', copy: 'arkiv' });
  return { lines, attachSummons: input.writtenOut && !studentAttended };
}
