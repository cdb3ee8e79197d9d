/**
 * Who the written summons to the clarification meeting goes to (the seed: "Sende skriftleg
 * innkalling … elev/føresette"): always the student, whose meeting it is, and while the student is
 * under 18 on the meeting day also the guardians with parental responsibility.
 */
import { guardiansSummoned } from './avklaring-participants.js';
import type { IsoDate } from '../school-calendar.js';

export function avklaringSummonsRecipients(input: {
  student: { name: string; birthDate: IsoDate | null };
  guardians: ReadonlyArray<{ name: string; parentalResponsibility: boolean }>;
  meetingOn: IsoDate;
}): { recipients: string[]; toGuardians: boolean } {
  const toGuardians = guardiansSummoned(input.student.birthDate, input.meetingOn);
  const guardians = toGuardians ? input.guardians.filter((g) => g.parentalResponsibility).map((g) => g.name) : [];
  // By person, not by name: a guardian who shares the student's name is still summoned.
  return { recipients: [input.student.name, ...guardians], toGuardians };
}
