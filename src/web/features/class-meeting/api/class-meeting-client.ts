/**
 * The klasselærermøte's endpoints (src/shared/case-api.ts): the agenda from the class's flags and
 * open cases, the meetings held, and recording one with its decisions.
 */
import type { z } from 'zod';
import type { classMeeting, classMeetingAgenda, classMeetingBody, classMeetings } from '../../../../shared/case-api';
import { pathSegment, request } from '../../../api/client';

export type ClassMeetingAgenda = z.infer<typeof classMeetingAgenda>;
export type ClassMeetings = z.infer<typeof classMeetings>;
export type ClassMeeting = z.infer<typeof classMeeting>;
export type ClassMeetingInput = z.input<typeof classMeetingBody>;

export function getClassMeetingAgenda(groupId: string): Promise<ClassMeetingAgenda> {
  return request<ClassMeetingAgenda>('GET', `/api/groups/${pathSegment(groupId)}/class-meeting`);
}

export function getClassMeetings(groupId: string): Promise<ClassMeetings> {
  return request<ClassMeetings>('GET', `/api/groups/${pathSegment(groupId)}/class-meetings`);
}

export function recordClassMeeting(groupId: string, body: ClassMeetingInput): Promise<ClassMeeting> {
  return request<ClassMeeting>('POST', `/api/groups/${pathSegment(groupId)}/class-meetings`, body);
}
