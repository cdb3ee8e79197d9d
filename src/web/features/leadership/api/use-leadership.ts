import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changeWheel,
  getImplementation,
  getPitfalls,
  getRoutineRhythm,
  getUnacted,
  getWheel,
  getWheelRecords,
  recordWheelActivity,
  type WheelEditBody,
  type WheelRecordInput,
} from './leadership-client';

/** The views are read afresh on every visit: they follow what the school did since. */
const fresh = { refetchOnMount: 'always' as const };

export function useImplementation(schoolId: string | undefined) {
  return useQuery({ queryKey: ['schools', schoolId, 'implementation'], queryFn: () => getImplementation(schoolId!), enabled: !!schoolId, ...fresh });
}

export function usePitfalls(schoolId: string | undefined) {
  return useQuery({ queryKey: ['schools', schoolId, 'pitfalls'], queryFn: () => getPitfalls(schoolId!), enabled: !!schoolId, ...fresh });
}

export function useUnacted(schoolId: string | undefined) {
  return useQuery({ queryKey: ['schools', schoolId, 'unacted'], queryFn: () => getUnacted(schoolId!), enabled: !!schoolId, ...fresh });
}

export function useRoutineRhythm(schoolId: string | undefined) {
  return useQuery({ queryKey: ['schools', schoolId, 'routine-rhythm'], queryFn: () => getRoutineRhythm(schoolId!), enabled: !!schoolId, ...fresh });
}

export function useWheel(schoolId: string | undefined) {
  return useQuery({ queryKey: ['schools', schoolId, 'wheel'], queryFn: () => getWheel(schoolId!), enabled: !!schoolId, ...fresh });
}

export function useWheelRecords(schoolId: string | undefined) {
  return useQuery({ queryKey: ['schools', schoolId, 'wheel', 'records'], queryFn: () => getWheelRecords(schoolId!), enabled: !!schoolId, ...fresh });
}

/** One change to the wheel and its map; the wheel is read again after it (after a 409 the reader chooses to reload). */
export function useChangeWheel(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ baseVersion, edit }: { baseVersion: number; edit: WheelEditBody }) => changeWheel(schoolId, baseVersion, edit),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'wheel'] }),
  });
}

export function useRecordWheelActivity(schoolId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WheelRecordInput) => recordWheelActivity(schoolId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schools', schoolId, 'wheel'] }),
  });
}
