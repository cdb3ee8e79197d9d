import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../../../lib/session';
import { getClassMeetingAgenda, getClassMeetings, recordClassMeeting, type ClassMeetingInput } from './class-meeting-client';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A group id from the address that cannot be one is "not found" without asking the server. */
export function isGroupId(value: string | undefined): value is string {
  return !!value && uuid.test(value);
}

export function useClassMeetingAgenda(groupId: string | undefined) {
  return useQuery({
    queryKey: ['groups', groupId, 'class-meeting'],
    queryFn: () => getClassMeetingAgenda(groupId!),
    enabled: isGroupId(groupId),
  });
}

export function useClassMeetings(groupId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['groups', groupId, 'class-meetings'],
    queryFn: () => getClassMeetings(groupId!),
    enabled: enabled && isGroupId(groupId),
  });
}

/**
 * Records the meeting. Its decisions go into cases (and may open new ones): the agenda, the
 * meetings, case lists, the cases themselves and tasks are all fetched again.
 */
export function useRecordClassMeeting(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClassMeetingInput) => recordClassMeeting(groupId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] && query.queryKey[0] !== 'measures' });
    },
  });
}
