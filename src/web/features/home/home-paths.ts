/** The home view's pages (outside the staff app's shell) and where a person lands. Plain, tested in home-paths.test.ts. */
import type { HomeSession } from '../../../shared/home-api';

export const homePaths = {
  start: '/hjem',
  student: (studentId: string) => `/hjem/elev/${encodeURIComponent(studentId)}`,
  access: (studentId: string) => `/hjem/elev/${encodeURIComponent(studentId)}/innsyn`,
  signInFeide: '/api/sign-in/feide',
  signInIdPorten: '/api/sign-in/id-porten',
  /** After signing out, when the provider has no session of its own to end. */
  signedOut: '/logg-inn',
} as const;

/**
 * The page to open at once instead of the list: a student sees only themself, and a guardian of
 * one child has nothing to choose; null when there is a choice (or nobody to show).
 */
export function landingPath(session: Pick<HomeSession, 'students'>): string | null {
  const [only, ...others] = session.students;
  return only && others.length === 0 ? homePaths.student(only.id) : null;
}

/** Whether the list of students is worth a link back to (more than one to choose from). */
export function hasStudentChoice(session: Pick<HomeSession, 'students'>): boolean {
  return session.students.length > 1;
}
