import { avklaringTaskKinds } from '../../../domain/ot/avklaring-workflow';

/** The addresses of the cases pages (Norwegian, as the users speak). */
export const casePaths = {
  list: '/saker',
  case: (caseId: string) => `/saker/${encodeURIComponent(caseId)}`,
  /** The clarification case with Oppfølgingstenesta has its own page (src/web/features/ot-avklaring). */
  avklaring: (caseId: string) => `/avklaringar/${encodeURIComponent(caseId)}`,
  /** A case's page by its kind. */
  ofKind: (kind: string, caseId: string) => (kind === 'ot_avklaring' ? casePaths.avklaring(caseId) : casePaths.case(caseId)),
} as const;

const avklaringTasks: ReadonlySet<string> = new Set(avklaringTaskKinds);

/** The page of the case a task belongs to, known by the task's kind. */
export function casePathOfTask(taskKind: string, caseId: string): string {
  return avklaringTasks.has(taskKind) ? casePaths.avklaring(caseId) : casePaths.case(caseId);
}
