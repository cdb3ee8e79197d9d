import { describe, expect, it } from 'vitest';
import { measureByCode } from '../tiltak/measure-bank.js';
import {
  defaultWeekPlanStartWeekday,
  weekPlanAdvice,
  weekPlanAdviceItems,
  weekPlanRelatedMeasureCodes,
  weekPlanTemplateRows,
  weekPlanTemplateWeekdays,
} from './week-plan-advice.js';

describe('the week plan advice', () => {
  it('starts the week plan on a Wednesday and runs it to the next Wednesday', () => {
    expect(defaultWeekPlanStartWeekday).toBe(3);
    expect(weekPlanTemplateWeekdays[0]).toBe(defaultWeekPlanStartWeekday);
    expect(weekPlanTemplateWeekdays.at(-1)).toBe(defaultWeekPlanStartWeekday);
    expect(weekPlanTemplateWeekdays).not.toContain(6);
    expect(weekPlanTemplateWeekdays).not.toContain(7);
  });

  it('quotes the seed on why', () => {
    expect(weekPlanAdvice[0]?.nb).toBe('Denne timeplanen er «uvanlig» i formen fordi den går fra onsdag til onsdag.');
    expect(weekPlanAdvice.map((a) => a.nb)).toContain('Det anbefales derfor en plan som ikke nødvendigvis følger uka.');
    expect(weekPlanAdvice).toHaveLength(weekPlanAdviceItems.length);
    const ids = weekPlanAdviceItems.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the three rows of the seed empty week plan', () => {
    expect(weekPlanTemplateRows.map((r) => [r.id, r.prompts.length])).toEqual([
      ['morgenen-hjemme', 1],
      ['skoledagen', 3],
      ['ettermiddag-kveld', 3],
    ]);
  });

  it('points at measures that exist in the bank', () => {
    for (const code of weekPlanRelatedMeasureCodes) expect(measureByCode(code)).toBeDefined();
  });
});

describe('the week plan advice, item by item', () => {
  it('keeps the seed’s order and names the heading each item is under', () => {
    expect(weekPlanAdviceItems.map((a) => [a.id, a.source])).toEqual([
      ['onsdag-til-onsdag', 'Tom ukeplan'],
      ['ikke-mandag-til-fredag', 'Tom ukeplan'],
      ['helgen', 'Tom ukeplan'],
      ['folger-ikke-uka', 'Tom ukeplan'],
      ['delmal-som-opptrapping', 'Tiltaksplan'],
      ['timeplan-med-eleven', 'Tiltaksplan'],
      ['en-fra-skolen-til', 'Tiltaksplan'],
      ['timeplan-for-hjemme', 'Tiltaksplan'],
      ['rutiner-i-helger-og-ferier', 'Tiltaksplan'],
      ['ukeplan-legges-ved', 'Vedlegg 1: Eksempel på tiltaksplan'],
    ]);
    expect(weekPlanAdvice).toEqual(weekPlanAdviceItems.map((a) => a.text));
    expect(weekPlanTemplateWeekdays).toEqual([3, 4, 5, 1, 2, 3]);
    expect(weekPlanRelatedMeasureCodes).toEqual(['skolevegring-014', 'skolevegring-015', 'skolevegring-079']);
  });
});

