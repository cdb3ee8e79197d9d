/**
 * The clarification case's texts: a text in every language for every value of the vocabularies
 * the page translates with a key built at run time (which catalogs.test.ts cannot see).
 */
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../i18n/catalogs';
import { avklaringProblemCodes } from './avklaring-problems';
import {
  avklaringGrounds,
  avklaringParticipantKinds,
  avklaringSteps,
  avklaringTaskKinds,
  decisions,
  documentLanguages,
  leaveReasons,
  mandatoryParts,
  noShowDecisions,
  otContactChannels,
  phoneChannels,
  preparationItems,
  summonsChannels,
} from './avklaring-vocabulary';

type Catalog = { [key: string]: string | Catalog };

function lookUp(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

const recorded = ['ressursteam', 'ot_kontakta', 'telefon_sms'] as const;

const vocabularies: Array<[string, readonly string[]]> = [
  ['otAvklaring.ground', avklaringGrounds],
  ['otAvklaring.groundHelp', avklaringGrounds],
  ['otAvklaring.steps.about', avklaringSteps],
  ['caseStep', avklaringSteps],
  ['taskKind', avklaringTaskKinds],
  ['otAvklaring.kind', avklaringParticipantKinds],
  ['otAvklaring.part', mandatoryParts],
  ['otAvklaring.preparation.item', preparationItems],
  ['otAvklaring.preparation.help', preparationItems],
  ['otAvklaring.preparation.record', recorded],
  ['otAvklaring.preparation.formHeading', recorded],
  ['otAvklaring.preparation.note', recorded],
  ['otAvklaring.preparation.on', ['ressursteam', 'ot_kontakta']],
  ['otAvklaring.otChannel', otContactChannels],
  ['contactChannel', phoneChannels],
  ['cases.summonsChannel', summonsChannels],
  ['otAvklaring.documentLanguage', documentLanguages],
  ['otAvklaring.agreement.pdf', documentLanguages],
  ['otAvklaring.agreement.copy', ['original', 'kopi', 'arkiv']],
  ['otAvklaring.decision', decisions],
  ['otAvklaring.decisionHelp', decisions],
  ['otAvklaring.noShowDecision', noShowDecisions],
  ['otAvklaring.outcome.then', ['uklart_om_eleven_sluttar', 'avgjort_med_ot', 'avtale_utan_samtale']],
  ['otAvklaring.meetings.outcome', ['holdt', 'ikkje_mott', 'venter']],
  ['otAvklaring.leaveReason', leaveReasons],
  ['otAvklaring.leaveReasonHelp', leaveReasons],
  ['otAvklaring.opplysingar.field', ['programme', 'className', 'absence', 'grades', 'earlierMeasures', 'background']],
  ['otAvklaring.opplysingar.help', ['programme', 'className', 'absence', 'grades', 'earlierMeasures', 'background']],
  ['otAvklaring.problem', [...avklaringProblemCodes, 'missingPart', 'missingPreparation']],
  ['caseKind', ['ot_avklaring']],
  ['caseOutcome', ['overfort_ot']],
];

describe('the clarification case texts', () => {
  it.each(vocabularies)('translate every value of %s', (prefix, values) => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const missing = values.filter((value) => typeof lookUp(catalog, `${prefix}.${value}`) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
