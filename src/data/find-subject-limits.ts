/**
 * For a subject teacher's teaching groups in upper secondary: each student's undocumented absence
 * in the group's subject against the absence limit, by the same definition the rule and the
 * student page use (`subjectAbsence` in src/domain/identification/rules/absence-limit-rule.ts).
 */
import type { SubjectAbsence } from '../domain/identification/rules/absence-limit-rule.js';
import { subjectAbsence } from '../domain/identification/rules/absence-limit-rule.js';
import { loadIdentificationFacts } from './load-identification-facts.js';
import { loadRuleProfile } from './load-rule-profile.js';
import type { Db } from '../db/database.js';
import { hasAbsenceLimit } from '../domain/school-kind-features.js';

export interface SubjectLimits {
  limitPercent: number;
  /** By group id, then student id. */
  of: Map<string, Map<string, SubjectAbsence>>;
}

export async function findSubjectLimits(
  db: Db,
  ownerId: string,
  schoolId: string,
  groups: ReadonlyArray<{ id: string; studentIds: readonly string[] }>,
  today: string,
): Promise<SubjectLimits | undefined> {
  const studentIds = [...new Set(groups.flatMap((g) => g.studentIds))];
  if (studentIds.length === 0) return undefined;
  const loaded = await loadIdentificationFacts(db, ownerId, schoolId, today, studentIds);
  if (!loaded || !hasAbsenceLimit(loaded.schoolKind)) return undefined;
  const profile = await loadRuleProfile(db, ownerId, loaded.schoolKind);
  const wanted = new Set(groups.map((g) => g.id));
  const of = new Map<string, Map<string, SubjectAbsence>>();
  for (const facts of loaded.facts) {
    for (const row of subjectAbsence(profile.rules, facts)) {
      if (!wanted.has(row.groupId)) continue;
      const byStudent = of.get(row.groupId) ?? new Map<string, SubjectAbsence>();
      byStudent.set(facts.student.id, row);
      of.set(row.groupId, byStudent);
    }
  }
  return { limitPercent: profile.rules.fravaersgrense.limitPercent, of };
}
