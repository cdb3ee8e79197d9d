/** A teacher's concern report (melding): the student it is about, and filing it. */
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { teacherReportBody, TeacherReportReceipt } from '../../../../shared/workspace-api';
import { getStudent, pathSegment, request } from '../../../api/client';
import { useInvalidateAfterChange } from '../../../lib/invalidate';

export type TeacherReportInput = z.input<typeof teacherReportBody>;

export function useReportedStudent(studentId: string | undefined) {
  return useQuery({ queryKey: ['students', studentId], queryFn: () => getStudent(studentId!), enabled: !!studentId });
}

export function useFileReport(studentId: string) {
  const invalidate = useInvalidateAfterChange();
  return useMutation({
    mutationFn: (body: TeacherReportInput) => request<TeacherReportReceipt>('POST', `/api/students/${pathSegment(studentId)}/teacher-reports`, body),
    onSuccess: () => invalidate(),
  });
}
