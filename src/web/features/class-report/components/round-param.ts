import { assessmentRounds, type ReportQuery } from '../../../../shared/report-api';

type AssessmentRound = NonNullable<ReportQuery['round']>;

/** The round in the address (?runde=…), when it names one; otherwise none, and the server picks the latest begun. */
export function roundParam(value: string | null): AssessmentRound | null {
  return (assessmentRounds as readonly string[]).includes(value ?? '') ? (value as AssessmentRound) : null;
}
