import { describe, expect, it } from 'vitest';
import { noticeSettings } from '../../../shared/notice-api';
import { noticeReason, noticeStatusColor, noticeWhen, settingsProblem, unreachedCount } from './notice-view';

const line = { createdAt: '2026-11-23T08:00:00.000Z', sentAt: null, deliveredAt: null, failedAt: null };

describe('a line of the delivery log', () => {
  it('asks for attention only where the notice did not reach its person', () => {
    expect(noticeStatusColor('failed')).toBe('danger');
    expect(noticeStatusColor('not_sent')).toBe('warning');
    expect(['queued', 'sent', 'delivered'].map((s) => noticeStatusColor(s as 'queued'))).not.toContain('danger');
    expect(unreachedCount([{ status: 'queued' }, { status: 'failed' }, { status: 'not_sent' }, { status: 'delivered' }])).toBe(2);
  });

  it('gives the reason of a failed or unsent notice, and of no other', () => {
    expect(noticeReason({ status: 'not_sent', statusReason: 'no_address', statusDetail: null })).toEqual({ code: 'no_address', detail: null });
    expect(noticeReason({ status: 'failed', statusReason: 'provider_refused', statusDetail: '550 No such user' })).toEqual({ code: 'provider_refused', detail: '550 No such user' });
    expect(noticeReason({ status: 'delivered', statusReason: 'provider_unreachable', statusDetail: 'timeout' })).toBeNull();
  });

  it('tells the time that says most: delivered, failed, sent, made', () => {
    expect(noticeWhen(line)).toBe(line.createdAt);
    expect(noticeWhen({ ...line, sentAt: '2026-11-23T08:01:00.000Z' })).toBe('2026-11-23T08:01:00.000Z');
    expect(noticeWhen({ ...line, sentAt: '2026-11-23T08:01:00.000Z', deliveredAt: '2026-11-23T09:00:00.000Z' })).toBe('2026-11-23T09:00:00.000Z');
  });
});

describe("the school's notice settings form", () => {
  it('wants the number to call only while the same-day notice is on, as the server does', () => {
    expect(settingsProblem({ sameDayAbsenceNotice: false, phone: '' })).toBeNull();
    expect(settingsProblem({ sameDayAbsenceNotice: true, phone: ' ' })).toBe('phoneMissing');
    expect(settingsProblem({ sameDayAbsenceNotice: true, phone: 'ring meg' })).toBe('phoneInvalid');
    expect(settingsProblem({ sameDayAbsenceNotice: true, phone: '+47 22 33 44 55' })).toBeNull();
    for (const phone of ['+47 22 33 44 55', '22334455', 'ring meg', '123']) {
      expect(settingsProblem({ sameDayAbsenceNotice: false, phone }) === null, phone).toBe(noticeSettings.shape.phone.safeParse(phone).success);
    }
  });
});
