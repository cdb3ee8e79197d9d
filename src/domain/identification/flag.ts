/**
 * What a rule finds: a flag candidate that explains itself (rule, thresholds, evidence) and the
 * tasks it calls for. The engine only proposes; a person confirms or dismisses (DOMAIN.md,
 * "Anti-stigma and care").
 */
import type { IsoDate } from '../school-calendar.js';
import type { RoleCode } from '../vocabulary.js';

export type RuleCode =
  | 'inntak_forsteonske'
  | 'inntak_lavere_onske'
  | 'inntak_fravaer'
  | 'inntak_karakter'
  | 'inntak_spesialundervisning'
  | 'karakter'
  | 'fravaer_halvaar'
  | 'fravaersmonster'
  | 'melding'
  | 'forskningsanker'
  | 'fravaer_uten_melding'
  | 'udokumentert_fravaer'
  | 'sammenhengende_fravaer'
  | 'ukesjekk'
  | 'manedssjekk'
  | 'fravaersgrense';

/** Traffic light: gul = borderline, keep an eye; rod = act. Always shown with a word, never colour alone. */
export type FlagLevel = 'gul' | 'rod';

export type TaskKind =
  | 'kontakt_hjem'
  | 'informer_rektor'
  | 'innkall_foresatte'
  | 'varsle_elev'
  | 'vurder_tiltak'
  | 'kartleggingssamtale'
  | 'meld_monster';

export interface TaskProposal {
  kind: TaskKind;
  assignee: RoleCode;
  dueOn: IsoDate;
}

export interface FlagCandidate {
  ruleCode: RuleCode;
  level: FlagLevel;
  /**
   * Names the evidence: the same evidence gives the same key, so that a dismissed flag does not
   * come back for it, while new evidence (another key) may raise it again.
   */
  evidenceKey: string;
  /** The figures and the thresholds they were held against; rendered by explain-flag.ts. */
  facts: Record<string, string | number | boolean>;
  /** The records the flag rests on (absence, grades, reports). */
  evidenceIds: string[];
  tasks: TaskProposal[];
}
