/**
 * The skolebytte endpoints (src/shared/skolebytte-api.ts), over the app's one request function,
 * which sends the CSRF header on every change and turns every failure into an ApiFailure.
 */
import type { SchoolMoveBody, SchoolMovePreview, SchoolMoveResult, SchoolMoveView } from '../../../../shared/skolebytte-api';
import { pathSegment, request } from '../../../api/client';

export function getSchoolMovePreview(studentId: string): Promise<SchoolMovePreview> {
  return request<SchoolMovePreview>('GET', `/api/students/${pathSegment(studentId)}/school-move/preview`);
}

export function getSchoolMove(studentId: string): Promise<SchoolMoveView> {
  return request<SchoolMoveView>('GET', `/api/students/${pathSegment(studentId)}/school-move`);
}

export function moveStudent(studentId: string, body: SchoolMoveBody): Promise<SchoolMoveResult> {
  return request<SchoolMoveResult>('POST', `/api/students/${pathSegment(studentId)}/school-move`, body);
}
