/**
 * OT's texts: a text in every language for every value of the vocabularies the pages translate
 * with a key built at run time (which catalogs.test.ts cannot see), and the directorate's words
 * for its codes in bokmål as the code list writes them.
 */
import { describe, expect, it } from 'vitest';
import { agreementContent } from '../../../shared/ot-api';
import { avklaringGrounds, avklaringSteps } from '../../../domain/ot/avklaring-workflow';
import { otLimitRunsTo } from '../../../domain/ot/ot-age-limit';
import { leaveReasons, otStatusCodeList, otStatusGroups } from '../../../domain/ot/ot-codes';
import { otEntryKinds } from '../../../domain/ot/ot-follow-up';
import { catalogs } from '../../i18n/catalogs';
import { languages } from '../../i18n/languages';
import { contactChannels, informationChannels, informationRecipients, recordableKinds } from './ot-vocabulary';

type Catalog = { [key: string]: string | Catalog };

function lookUp(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

const vocabularies: Array<[string, readonly string[]]> = [
  ['ot.status', otStatusCodeList],
  ['ot.group', otStatusGroups],
  ['ot.leaveReason', leaveReasons],
  ['ot.contactChannel', contactChannels],
  ['ot.informationChannel', informationChannels],
  ['ot.recipient', informationRecipients],
  ['ot.recipientInText', informationRecipients],
  ['ot.entryKind', otEntryKinds],
  ['ot.record.open', recordableKinds],
  ['ot.record.saved', recordableKinds],
  ['ot.ground', avklaringGrounds],
  ['ot.avklaringar.step', avklaringSteps],
  ['ot.agreement.decisionValue', agreementContent.shape.decision.unwrap().options],
  ['ot.settings.runsToValue', otLimitRunsTo],
  ['ot.settings.runsToHelp', otLimitRunsTo],
  ['ot.rightInForce', otLimitRunsTo],
  ['ot.rightInForce.source', ['lov', 'rutine', 'eige']],
  ['ot.settings.maalformValue', ['nb', 'nn']],
  ['ot.list.title', ['aktive', 'arkiv']],
  ['ot.list.intro', ['aktive', 'arkiv']],
  ['ot.list.none', ['aktive', 'aktiveMine', 'arkiv', 'arkivMine']],
  ['ot.list.count', ['aktive_one', 'aktive_other', 'arkiv_one', 'arkiv_other']],
];

describe('OT’s catalogs', () => {
  it.each(vocabularies)('translate every value of %s', (prefix, values) => {
    for (const language of languages) {
      const missing = values.filter((value) => typeof lookUp(catalogs[language], `${prefix}.${value}`) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('say the status codes in bokmål as the directorate’s code list does', () => {
    expect(lookUp(catalogs.nb, 'ot.status.OTUK')).toBe('Ukjent aktivitet');
    expect(lookUp(catalogs.nb, 'ot.status.OTOV')).toBe('Oppfølging og veiledning');
    expect(lookUp(catalogs.nb, 'ot.status.OTKO')).toBe('Kombinasjonstiltak fylkeskommunen/kommunen og NAV');
    expect(lookUp(catalogs.nb, 'ot.status.OTLL')).toBe('Lærling/lærekandidat/praksisbrevkandidat');
    expect(lookUp(catalogs.nb, 'ot.status.OTIF')).toBe('Ikke-formell opplæring');
  });
});
