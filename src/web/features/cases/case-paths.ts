/** The addresses of the cases pages (Norwegian, as the users speak). */
export const casePaths = {
  list: '/saker',
  case: (caseId: string) => `/saker/${encodeURIComponent(caseId)}`,
} as const;
