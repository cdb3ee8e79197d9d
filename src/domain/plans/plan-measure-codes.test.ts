import { describe, expect, it } from 'vitest';
import { planMeasureCodes } from './plan-measure-codes.js';

describe('planMeasureCodes', () => {
  it('reads the measure codes of each kind of plan, each once, without the measures written freely', () => {
    const row = { maintainingFactor: 'f', measure: 'm', responsible: 'r', planB: '', evaluation: '' };
    expect(
      planMeasureCodes({
        kind: 'tiltaksplan',
        content: {
          longTermGoals: ['a'],
          shortTermGoals: ['b'],
          rows: [
            { ...row, measureCode: 'skolevegring-002' },
            { ...row, measureCode: null },
            { ...row, measureCode: 'skolevegring-001' },
            { ...row, measureCode: 'skolevegring-002' },
          ],
          startsOn: '2026-11-02',
          endsOn: '2026-11-20',
          evaluationMeeting: { on: '2026-11-20', time: '', place: '' },
        },
      }),
    ).toEqual(['skolevegring-002', 'skolevegring-001']);
    expect(
      planMeasureCodes({
        kind: 'oppfolgingsplan',
        content: { mainChallenge: 'a', measuresAndGoal: 'b', startsOn: '2026-11-02', endsOn: '2026-12-02', expectedDuration: '', responsibilities: [{ who: 'w', task: 't', dueOn: null, measureCode: 'egen-1' }], evaluationMethod: 'e', evaluationPoints: [] },
      }),
    ).toEqual(['egen-1']);
    expect(
      planMeasureCodes({
        kind: 'aktivitetsplan',
        content: { problem: 'p', measures: [{ measure: 'm', measureCode: 'skolemiljo-004', level: 'gruppe', when: 'w', responsible: 'r', evaluateOn: '2026-11-20' }], startsOn: '2026-11-02', contactPerson: '' },
      }),
    ).toEqual(['skolemiljo-004']);
    expect(planMeasureCodes({ kind: 'ukeplan', content: { startsOn: '2026-11-04', entries: [{ on: '2026-11-04', time: '', what: 'w', where: '', withWhom: '' }], note: '' } })).toEqual([]);
  });
});
