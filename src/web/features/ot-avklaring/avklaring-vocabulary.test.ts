import { describe, expect, it } from 'vitest';
import { agreementContent, departureBody, noShowBody, preparationBody, summonBody } from '../../../shared/ot-api';
import { decisions, departureReasons, documentLanguages, noShowDecisions, otContactChannels, phoneChannels, summonsChannels } from './avklaring-vocabulary';

const sorted = (values: readonly string[]) => [...values].sort();
const option = (item: string) => preparationBody.options.find((o) => o.shape.item.value === item)!;

describe('the values the clarification forms offer', () => {
  it('are the contract’s, every one of them', () => {
    expect(sorted(decisions)).toEqual(sorted(agreementContent.shape.decision.removeDefault().options));
    expect(sorted(otContactChannels)).toEqual(sorted((option('ot_kontakta').shape as { channel: { removeDefault: () => { options: string[] } } }).channel.removeDefault().options));
    expect(sorted(phoneChannels)).toEqual(sorted((option('telefon_sms').shape as { channel: { options: string[] } }).channel.options));
    expect(sorted(phoneChannels)).toEqual(sorted(noShowBody.shape.contact.shape.channel.options));
    expect(sorted(summonsChannels)).toEqual(sorted(summonBody.shape.summonsChannel.removeDefault().options));
    expect(sorted(documentLanguages)).toEqual(sorted(summonBody.shape.language.unwrap().options));
    expect(sorted(noShowDecisions)).toEqual(sorted(noShowBody.shape.decidedWithOt.unwrap().options));
    expect(sorted(departureReasons)).toEqual(sorted(departureBody.shape.reason.options));
  });
});
