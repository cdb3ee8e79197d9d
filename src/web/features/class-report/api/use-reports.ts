import { useQuery } from '@tanstack/react-query';
import type { AssessmentRound } from '../../../../domain/leadership/choose-report-round';
import { getClassReport, getSchoolReports } from './report-client';

/** Every class of the school in figures for a round (the latest begun without one). */
export function useSchoolReports(schoolId: string | undefined, round: AssessmentRound | null) {
  return useQuery({
    queryKey: ['schools', schoolId, 'reports', round],
    queryFn: () => getSchoolReports(schoolId!, round),
    enabled: !!schoolId,
  });
}

/** A class's report for a round (the latest begun without one). */
export function useClassReport(classId: string | undefined, round: AssessmentRound | null) {
  return useQuery({
    queryKey: ['classes', classId, 'report', round],
    queryFn: () => getClassReport(classId!, round),
    enabled: !!classId,
  });
}
