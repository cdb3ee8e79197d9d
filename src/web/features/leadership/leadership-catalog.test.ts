/**
 * The leadership page's texts: a text in every language for every value of the vocabularies the
 * page translates with a key built at run time (which catalogs.test.ts cannot see).
 */
import { describe, expect, it } from 'vitest';
import { wheelEditProblems } from '../../../domain/leadership/edit-wheel-map';
import { implementationSteps } from '../../../domain/leadership/measure-implementation';
import { wheelStatuses } from '../../../domain/leadership/measure-wheel-progress';
import { pitfallKeys, pitfallReasons } from '../../../domain/leadership/pitfall-thresholds';
import { wheelActivityCodes, wheelProgressKinds, wheelRounds, wheelScopes } from '../../../domain/leadership/wheel-activities';
import { dateMoveReasons } from '../../../domain/leadership/wheel-dates';
import { rhythmStatuses } from '../../../domain/leadership/routine-rhythm';
import { caseSteps } from '../../../domain/cases/case-workflow';
import { concerns } from '../../../domain/identification/concerns';
import { catalogs } from '../../i18n/catalogs';
import { languages } from '../../i18n/languages';

type Catalog = { [key: string]: string | Catalog };

function lookUp(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

const vocabularies: Array<[string, readonly string[]]> = [
  ['leadership.step', implementationSteps],
  ['leadership.stepHelp', implementationSteps],
  ['leadership.reason', Object.values(pitfallReasons).flat()],
  ['wheelActivity', wheelActivityCodes],
  ['leadership.round', [...wheelRounds, 'egne']],
  ['leadership.wheel.status', wheelStatuses],
  ['leadership.wheel.scope', wheelScopes],
  ['leadership.wheel.progressKind', wheelProgressKinds],
  ['leadership.wheel.moved', dateMoveReasons],
  ['leadership.wheel.problem', wheelEditProblems],
  ['leadership.wheel.saved', ['flytt', 'tilbakestill', 'fjern', 'gjenopprett', 'legg_til', 'navngi']],
  ['signal.concern', concerns],
  ['leadership.rhythm.status', rhythmStatuses],
  ['caseStep', caseSteps.fravaer],
];

describe('the leadership page’s catalogs', () => {
  it.each(vocabularies)('translate every value of %s', (prefix, values) => {
    for (const language of languages) {
      const missing = values.filter((value) => typeof lookUp(catalogs[language], `${prefix}.${value}`) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('name and define each of the seven pitfalls', () => {
    for (const language of languages) {
      const missing = pitfallKeys.flatMap((key) => ['name', 'definition'].map((part) => `${key}.${part}`)).filter((key) => typeof lookUp(catalogs[language], `leadership.pitfall.${key}`) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
