/**
 * The values the clarification case's forms offer, in the order they are offered: the domain's
 * lists (src/domain/ot/), which the contract (src/shared/ot-api.ts) is built from too, imported from
 * the domain so that the web app does not bundle zod; avklaring-vocabulary.test.ts holds the
 * lists written out here to the contract.
 */
import { avklaringParticipantKinds, mandatoryParts, optionalParticipantKinds, type AvklaringParticipantKind } from '../../../domain/ot/avklaring-participants';
import { avklaringGrounds, avklaringSteps, avklaringTaskKinds, preparationItems } from '../../../domain/ot/avklaring-workflow';
import { leaveReasons } from '../../../domain/ot/ot-codes';
import { homeContactOutcomes } from '../../../domain/vocabulary';
import type { AgreementInput, DepartureInput, NoShowInput, PreparationInput, SummonInput } from './api/avklaring-client';

export { avklaringGrounds, avklaringParticipantKinds, avklaringSteps, avklaringTaskKinds, leaveReasons, mandatoryParts, optionalParticipantKinds, preparationItems };
export const contactOutcomes = homeContactOutcomes;

type Decision = NonNullable<AgreementInput['agreement']['decision']>;
type OtContact = Extract<PreparationInput, { item: 'ot_kontakta' }>;
type PhoneContact = Extract<PreparationInput, { item: 'telefon_sms' }>;

/** The school's kinds of participant that are staff in Varde, and the rest (the student, the home, outside services). */
export const schoolKinds = ['leiing', 'kontaktlaerar', 'radgjevar'] as const satisfies readonly AvklaringParticipantKind[];
/** Does the student stay, leave, or is it still unclear? */
export const decisions = ['held_fram', 'sluttar', 'uavklart'] as const satisfies readonly Decision[];
/** How the OT advisor was contacted ("helst per e-post"). */
export const otContactChannels = ['e_post', 'telefon', 'mote'] as const satisfies readonly NonNullable<OtContact['channel']>[];
/** The phone/SMS contact with the student or home, and the try at the start of a meeting the student did not come to. */
export const phoneChannels = ['telefon', 'sms'] as const satisfies readonly PhoneContact['channel'][];
export const summonsChannels = ['brev', 'e_post', 'digitalt'] as const satisfies readonly NonNullable<SummonInput['summonsChannel']>[];
export const documentLanguages = ['nn', 'nb'] as const satisfies readonly NonNullable<SummonInput['language']>[];
/** When it is clear whether the student leaves, after a no-show: what the school decided with OT. */
export const noShowDecisions = ['ny_samtale', 'ingen_ny_samtale'] as const satisfies readonly NonNullable<NoShowInput['decidedWithOt']>[];
export const departureReasons = leaveReasons satisfies readonly DepartureInput['reason'][];

export type Ground = (typeof avklaringGrounds)[number];
export type DecisionValue = (typeof decisions)[number];
export type OtContactChannel = (typeof otContactChannels)[number];
export type PhoneChannel = (typeof phoneChannels)[number];
export type SummonsChannel = (typeof summonsChannels)[number];
export type DocumentLanguageValue = (typeof documentLanguages)[number];
export type NoShowDecision = (typeof noShowDecisions)[number];
export type LeaveReasonValue = (typeof leaveReasons)[number];
export type ContactOutcome = (typeof homeContactOutcomes)[number];
