/**
 * The person's calendar feed (issue 11, part 8): whether there is an address, making a new one
 * (shown once) and revoking it. The endpoints of src/shared/calendar-api.ts over the app's one
 * request function.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { calendarFeedStatus, CalendarLanguage, createdCalendarFeed } from '../../../../shared/calendar-api';
import { request } from '../../../api/client';

export type CalendarFeedStatus = z.infer<typeof calendarFeedStatus>;
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeed>;

const feedKey = ['me', 'calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({ queryKey: feedKey, queryFn: () => request<CalendarFeedStatus>('GET', '/api/me/calendar-feed') });
}

/** A new address in place of any earlier one; the answer is the only time its secret is seen. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: CalendarLanguage) => request<CreatedCalendarFeed>('POST', '/api/me/calendar-feed', { language }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request<void>('DELETE', '/api/me/calendar-feed'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedKey }),
  });
}
