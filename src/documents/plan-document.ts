/**
 * A plan version as a document: what its PDF is made from, who is to sign it, and the title it is
 * kept under. Built from the case as the API shows it (CaseDetail), so the document says what the
 * case page says.
 */
import type { PlanWithContent } from '../domain/plans/plan-content.js';
import { isMinorOn } from '../domain/student-age.js';
import type { CaseDetail } from '../shared/case-api.js';
import { documentTitles } from './document-titles.js';
import type { DocumentLanguage, ExpectedSignatory, Letterhead, PlanDocumentInput } from './document-models.js';

/** The people who sign a plan: the school, the guardians while the student is under 18 (or the birth date is missing), the student. */
export function expectedSignatories(detail: Pick<CaseDetail, 'responsible' | 'guardians' | 'student'>, today: string): ExpectedSignatory[] {
  const school: ExpectedSignatory = { role: 'skole', name: detail.responsible.name };
  const guardians: ExpectedSignatory[] =
    isMinorOn(detail.student.birthDate, today) ? detail.guardians.filter((g) => g.parentalResponsibility).map((g) => ({ role: 'foresatt' as const, name: g.name })) : [];
  return [school, ...guardians, { role: 'elev', name: detail.student.name }];
}

export interface PlanDocument {
  input: PlanDocumentInput;
  /** The plan's kind: the kind of document in the student's file. */
  kind: string;
  title: string;
  filename: string;
}

/** The document of one version of a plan in the case, or undefined when the case has no such version. */
export function planDocument(source: { detail: CaseDetail; planId: string; version: number; letterhead: Letterhead; language: DocumentLanguage; today: string }): PlanDocument | undefined {
  const { detail, language, today } = source;
  const plan = detail.plans.find((p) => p.id === source.planId);
  const version = plan?.versions.find((v) => v.version === source.version);
  if (!plan || !version) return undefined;
  return {
    input: {
      letterhead: source.letterhead,
      language,
      student: { name: detail.student.name, birthDate: detail.student.birthDate, groupName: detail.student.groupName },
      plan: { kind: plan.kind, content: version.content } as PlanWithContent,
      version: version.version,
      versionCreatedAt: version.createdAt,
      signatures: version.signatures,
      signatoriesExpected: expectedSignatories(detail, today),
      evaluations: plan.evaluations.filter((e) => e.version === version.version),
      responsibleName: detail.responsible.name,
      generatedOn: today,
    },
    kind: plan.kind,
    title: documentTitles.plan[language](plan.kind, version.version),
    filename: `${plan.kind}-v${version.version}.pdf`,
  };
}
