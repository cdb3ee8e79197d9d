/** The one-time code of the second factor, as a person types it, and the key they type into the app. */

export const CODE_LENGTH = 6;

/** What was typed, without the spaces people put in ("123 456") or a pasted line break. */
export const typedCode = (input: string): string => input.replace(/\s/g, '');

export type CodeProblem = 'codeMissing' | 'codeIncomplete';

/** Why the code cannot be sent yet, or null when it is six digits. */
export function codeProblem(input: string): CodeProblem | null {
  const code = typedCode(input);
  if (code === '') return 'codeMissing';
  return /^\d{6}$/.test(code) ? null : 'codeIncomplete';
}

/** The Base32 key in groups of four, easier to read and type into an authenticator app by hand. */
export const groupedSecret = (secret: string): string => secret.match(/.{1,4}/g)?.join(' ') ?? '';
