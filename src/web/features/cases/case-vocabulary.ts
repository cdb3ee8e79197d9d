/**
 * The values the case forms offer, in the order they are offered: the domain's lists, which the
 * contract (src/shared/case-api.ts) is built from too, imported from the domain so that the web
 * app does not bundle zod; case-vocabulary.test.ts holds them to the contract.
 */
import { caseStatuses } from '../../../domain/cases/case-workflow';
import { caseMeetingKinds, homeContactChannels, homeContactOutcomes } from '../../../domain/vocabulary';
import type { CaseListQuery, HomeContactInput, MeetingInput } from './api/case-client';

export const contactChannels = homeContactChannels satisfies readonly HomeContactInput['channel'][];
export const contactOutcomes = homeContactOutcomes satisfies readonly HomeContactInput['outcome'][];
export const meetingKinds = caseMeetingKinds satisfies readonly MeetingInput['kind'][];
export const summonsChannels = ['brev', 'e_post', 'digitalt'] as const satisfies readonly NonNullable<MeetingInput['summonsChannel']>[];
/** The case list's filter: a status of the workflow, or every case. */
export const caseListStatuses = [...caseStatuses, 'alle'] as const satisfies readonly NonNullable<CaseListQuery['status']>[];

export type ContactChannel = (typeof contactChannels)[number];
export type ContactOutcome = (typeof contactOutcomes)[number];
export type MeetingKind = (typeof meetingKinds)[number];
export type SummonsChannel = (typeof summonsChannels)[number];
