/**
 * The person's own part of the school's annual wheel (GET /api/schools/:id/wheel/mine), and
 * recording an activity done for one of their classes — what a task of the wheel asks of them.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MyWheelDuties, WheelRecordBody } from '../../../../shared/leadership-api';
import { request } from '../../../api/client';

const dutiesKey = (schoolId: string) => ['schools', schoolId, 'wheel', 'mine'] as const;

export function useMyWheelDuties(schoolId: string) {
  return useQuery({ queryKey: dutiesKey(schoolId), queryFn: () => request<MyWheelDuties>('GET', `/api/schools/${encodeURIComponent(schoolId)}/wheel/mine`) });
}

export function useRecordWheelActivity(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WheelRecordBody) => request<{ id: string }>('POST', `/api/schools/${encodeURIComponent(schoolId)}/wheel/records`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dutiesKey(schoolId) });
      // Recording closes the task once the activity is done for all the person's classes.
      void queryClient.invalidateQueries({ queryKey: ['me', 'tasks'] });
    },
  });
}
