/**
 * Why a flag was resolved when Varde resolved it and nobody wrote a reason of their own. Stored as
 * a code (flags.reason_code); the web app says it in the reader's language (flags.reasonCode.*).
 */
export const flagResolutionCodes = [
  /** The rules no longer find what raised the flag (the absence was documented, yellow turned red). */
  'evidence_gone',
  /** An IKO case closed with effect: back to ordinary follow-up. */
  'iko_closed_with_effect',
  /**
   * A second open flag of a concern that already had one (stored before one flag per concern),
   * gathered into that one (docs/decisions/012-one-signal-per-concern.md).
   */
  'merged_into_concern',
] as const;
export type FlagResolutionCode = (typeof flagResolutionCodes)[number];
