/**
 * The cases feature's texts: a text in every language for every value of the vocabularies the
 * pages translate with a key built at run time (which catalogs.test.ts cannot see), and for every
 * problem the app says in its own words.
 */
import { describe, expect, it } from 'vitest';
import { caseOutcomes, caseSteps, caseTaskKinds, followUpCaseKinds } from '../../../domain/cases/case-workflow';
import { barnevernChecklist } from '../../../domain/kartlegging/barnevern-checklist';
import { avklaringSteps, avklaringTaskKinds } from '../../../domain/ot/avklaring-workflow';
import { consentGivers, referralKinds } from '../../../domain/referrals/consent';
import { caseKinds } from '../../../domain/vocabulary';
import { stepRequirement } from '../../../shared/case-api';
import { catalogs } from '../../i18n/catalogs';
import { contactChannels, contactOutcomes, meetingKinds, summonsChannels } from './case-vocabulary';
import { knownProblemCodes } from './field-problems';

type Catalog = { [key: string]: string | Catalog };

function lookUp(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

// The clarification case with OT (ot_avklaring) has its own steps and tasks (src/domain/ot/avklaring-workflow.ts).
const allSteps = [...new Set([...Object.values(caseSteps).flat(), ...avklaringSteps])];
const vocabularies: Array<[string, readonly string[]]> = [
  ['caseKind', caseKinds],
  ['cases.kindHelp', followUpCaseKinds],
  ['caseStep', allSteps],
  ['caseOutcome', caseOutcomes],
  ['cases.outcomeHelp', caseOutcomes],
  ['taskKind', [...caseTaskKinds, ...avklaringTaskKinds]],
  ['cases.requirement', stepRequirement.options],
  ['referralKind', referralKinds],
  ['cases.consentGiver', consentGivers],
  ['cases.consentGiverInText', consentGivers],
  ['cases.referrals.consent.givenBy', consentGivers],
  ['cases.referrals.checklist.group', [...new Set(barnevernChecklist.map((item) => item.group))]],
  ['contactChannel', contactChannels],
  ['cases.contactOutcome', contactOutcomes],
  ['cases.meetingKind', meetingKinds],
  ['cases.summonsChannel', summonsChannels],
  ['cases.problem', knownProblemCodes],
  ['cases.stepState', ['ferdig', 'naa', 'senere']],
  ['cases.openedFrom', ['flagg', 'melding', 'manuelt']],
];

describe('the cases texts', () => {
  it.each(vocabularies)('translate every value of %s', (prefix, values) => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const missing = values.filter((value) => typeof lookUp(catalog, `${prefix}.${value}`) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
