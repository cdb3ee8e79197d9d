/** How a FINT sync was started, and how it ended: the words of `fint_sync_runs` (src/db/schema.ts). */
export const fintSyncTriggers = ['web', 'cli', 'schedule'] as const;
export type FintSyncTrigger = (typeof fintSyncTriggers)[number];

/** `synced`: written; `rejected`: FINT's data refused, nothing written; `failed`: FINT could not be read. */
export const fintSyncStatuses = ['synced', 'rejected', 'failed'] as const;
export type FintSyncStatus = (typeof fintSyncStatuses)[number];
