/**
 * Whether a person can be taken off a case. The responsible person stays until the case is handed
 * to someone else (adding a new ansvarlig): a case is never left without an owner.
 */
export type ParticipantRemoval = 'ok' | 'is_responsible' | 'not_found';

export function participantRemoval(participants: ReadonlyArray<{ staffId: string; role: string }>, staffId: string): ParticipantRemoval {
  const target = participants.find((p) => p.staffId === staffId);
  if (!target) return 'not_found';
  if (target.role === 'ansvarlig') return 'is_responsible';
  return 'ok';
}
