/**
 * Leadership's views of follow-through (src/shared/leadership-api.ts): implementation quality,
 * the seven pitfalls, the "nobody has acted yet" board, the annual wheel with its responsibility
 * map, a grunnskole's routine rhythm (the owner's figures are on the start page: start/api/use-owner-implementation.ts).
 */
import type {
  ImplementationView,
  PitfallsView,
  RoutineRhythm,
  UnactedBoard,
  WheelChangeBody,
  WheelEditBody,
  WheelRecordBody,
  WheelRecords,
  WheelView,
} from '../../../../shared/leadership-api';
import { pathSegment, request } from '../../../api/client';

export type { ImplementationView, PitfallsView, RoutineRhythm, UnactedBoard, WheelEditBody, WheelRecords, WheelView };
export type WheelRecordInput = Omit<WheelRecordBody, 'decisions'> & { decisions: string };

const school = (schoolId: string) => `/api/schools/${pathSegment(schoolId)}`;

export function getImplementation(schoolId: string): Promise<ImplementationView> {
  return request<ImplementationView>('GET', `${school(schoolId)}/implementation`);
}

export function getPitfalls(schoolId: string): Promise<PitfallsView> {
  return request<PitfallsView>('GET', `${school(schoolId)}/pitfalls`);
}

export function getUnacted(schoolId: string): Promise<UnactedBoard> {
  return request<UnactedBoard>('GET', `${school(schoolId)}/unacted`);
}

/** A grunnskole's absence routine in its rhythm: the checks per class and for the school, the staircase. */
export function getRoutineRhythm(schoolId: string): Promise<RoutineRhythm> {
  return request<RoutineRhythm>('GET', `${school(schoolId)}/routine-rhythm`);
}

export function getWheel(schoolId: string): Promise<WheelView> {
  return request<WheelView>('GET', `${school(schoolId)}/wheel`);
}

export function getWheelRecords(schoolId: string): Promise<WheelRecords> {
  return request<WheelRecords>('GET', `${school(schoolId)}/wheel/records`);
}

/** One change to the map, made on the version the reader saw: 409 when someone else changed it since. */
export function changeWheel(schoolId: string, baseVersion: number, edit: WheelEditBody): Promise<{ version: number }> {
  const body: WheelChangeBody = { baseVersion, edits: [edit] };
  return request<{ version: number }>('POST', `${school(schoolId)}/wheel/changes`, body);
}

/** An activity only a person can tell is done (progressKind `registrert`), with what was decided. */
export function recordWheelActivity(schoolId: string, body: WheelRecordInput): Promise<{ id: string }> {
  return request<{ id: string }>('POST', `${school(schoolId)}/wheel/records`, body);
}

