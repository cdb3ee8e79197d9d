import { describe, expect, it } from 'vitest';
import { caseListQuery, homeContactBody, meetingBody } from '../../../shared/case-api';
import { caseListStatuses, contactChannels, contactOutcomes, meetingKinds, summonsChannels } from './case-vocabulary';

describe('the values the case forms offer', () => {
  it('are the contract’s, every one of them', () => {
    expect([...contactChannels].sort()).toEqual([...homeContactBody.shape.channel.options].sort());
    expect([...contactOutcomes].sort()).toEqual([...homeContactBody.shape.outcome.options].sort());
    expect([...meetingKinds].sort()).toEqual([...meetingBody.shape.kind.options].sort());
    expect([...summonsChannels].sort()).toEqual([...meetingBody.shape.summonsChannel.unwrap().options].sort());
    expect([...caseListStatuses].sort()).toEqual([...caseListQuery.shape.status.unwrap().options].sort());
  });
});
