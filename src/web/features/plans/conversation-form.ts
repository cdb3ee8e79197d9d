/**
 * The conversation form as data: the guides that fit the kind of case (and a free conversation
 * for every case), who is asked in first (the staff in the case), and the checks the server makes,
 * kept as problems at their fields. Plain functions; the section renders them.
 */
import type { z } from 'zod';
import { conversationBody, type CaseDetail } from '../../../shared/case-api';
import { caseGuides } from '../../../domain/cases/case-workflow';
import { guideByKey, type ConversationGuide, type GuideKey } from '../../../domain/kartlegging/conversation-guides';
import { problemOfIssue, type FieldProblem } from './plan-drafts';

export type ConversationGuideKey = CaseDetail['conversations'][number]['guide'];
/** The form's values: the conversation as the server keeps it (every default filled in). */
export type ConversationInput = z.infer<typeof conversationBody>;

/** The guides of the seeds that fit the case, then a free conversation (no guide). */
export function guidesForCase(kind: CaseDetail['kind']): ConversationGuideKey[] {
  return [...caseGuides[kind], 'fritt'];
}

/** The guide's questions, or none for a free conversation. */
export function guideOf(key: ConversationGuideKey): ConversationGuide | null {
  return key === 'fritt' ? null : guideByKey(key as GuideKey);
}

/** The staff of the case, as the first participants; their titles as their roles. */
export function staffParticipants(detail: Pick<CaseDetail, 'participants'>, staffRole: string): Array<{ name: string; role: string }> {
  return detail.participants.map((p) => ({ name: p.name, role: p.title?.trim() || staffRole }));
}

/**
 * What is sent: rows and answers nobody wrote in are left out, answers only to the chosen guide's
 * questions (a guide changed halfway leaves no stray answers).
 */
export function conversationToSend(input: ConversationInput): ConversationInput {
  const guide = guideOf(input.guide);
  const questionIds = new Set(guide?.sections.flatMap((s) => s.questions.map((q) => q.id)) ?? []);
  return {
    ...input,
    participants: input.participants.filter((p) => p.name.trim() || p.role.trim()),
    answers: Object.fromEntries(Object.entries(input.answers).filter(([id, answer]) => questionIds.has(id) && answer.trim())),
    maintainingFactors: input.maintainingFactors.filter((f) => f.trim()),
  };
}

/** Every problem the server would find, at its field (conversation.participants.0.name). */
export function checkConversation(input: ConversationInput, today: string): FieldProblem[] {
  const parsed = conversationBody.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => problemOfIssue(issue, 'conversation'));
  if (parsed.success && input.heldOn > today) problems.push({ path: 'conversation.heldOn', code: 'future' });
  return problems;
}
