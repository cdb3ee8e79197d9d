/**
 * Every field of every plan has its label in the three catalogs, found from its path the way the
 * editor and the error summary find it (labelKeyOf), and every problem code has its text.
 */
import { describe, expect, it } from 'vitest';
import { planKinds } from '../../../domain/plans/plan-content';
import { catalogs } from '../../i18n/catalogs';
import { labelKeyOf, planDraft, type ProblemCode } from './plan-drafts';

type Catalog = { [key: string]: string | Catalog };

function lookup(catalog: Catalog, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Catalog)[part] : undefined), catalog);
}

/** The paths of a content's fields and lists, as the server writes them (content.rows.0.measure). */
function fieldPaths(value: unknown, path = 'content'): string[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => fieldPaths(item, `${path}.${i}`))];
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'measureCode')
      .flatMap(([key, child]) => fieldPaths(child, `${path}.${key}`));
  }
  return [path];
}

const context = { today: '2026-09-16', latestEvaluationOn: '2026-10-07', conversations: [], weekPlanStartWeekday: 3 };
const problemCodes: ProblemCode[] = [
  'required',
  'date',
  'needsOne',
  'tooLong',
  'tooMany',
  'future',
  'refused',
  'ends_before_start',
  'evaluation_before_start',
  'evaluation_too_late',
  'entry_before_start',
];

describe('the plan catalogs', () => {
  it.each(planKinds)('name every field of a %s in nb, nn and en', (kind) => {
    const paths = fieldPaths(planDraft(kind, context));
    expect(paths.length).toBeGreaterThan(3);
    for (const [language, catalog] of Object.entries(catalogs)) {
      const missing = paths.map((p) => `plans.field.${kind}.${labelKeyOf(p)}`).filter((key) => typeof lookup(catalog, key) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('have a text for every problem at a field', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const missing = problemCodes.filter((code) => typeof lookup(catalog, `plans.problem.${code}`) !== 'string');
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('find the label of a row field, a line of a list and the list itself', () => {
    expect(labelKeyOf('content.rows.0.measure')).toBe('rowsItem.measure');
    expect(labelKeyOf('content.longTermGoals.1')).toBe('longTermGoals');
    expect(labelKeyOf('content.rows')).toBe('rows');
    expect(labelKeyOf('content.evaluationMeeting.on')).toBe('evaluationMeeting.on');
    expect(labelKeyOf('conversation.participants.2.role')).toBe('participantsItem.role');
  });
});
