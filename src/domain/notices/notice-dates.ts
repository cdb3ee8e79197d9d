import { isoWeekday } from '../school-calendar.js';
import type { NoticeLanguage } from './notice-kinds.js';

// Written out rather than taken from Intl: the ICU data behind `nn` differs between Node builds,
// and a notice must read the same on every server.
const weekdayNames: Record<NoticeLanguage, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
};
const monthNames = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

const osloParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "tirsdag 8. desember" (nn "tysdag 8. desember") for an ISO day. The year is left out: notices are about the weeks ahead. */
export function formatNoticeDay(day: string, language: NoticeLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a date: ${day}`);
  const weekday = weekdayNames[language][isoWeekday(day) - 1]!;
  return `${weekday} ${Number(match[3])}. ${monthNames[Number(match[2]) - 1]!}`;
}

/** The day and time in Norway of an instant: "tirsdag 8. desember kl. 14.00". */
export function formatNoticeDateTime(at: string, language: NoticeLanguage): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not a date-time: ${at}`);
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return `${formatNoticeDay(day, language)} kl. ${parts.hour}.${parts.minute}`;
}

/** A Norwegian phone number as people read it: "12 34 56 78", "+47 12 34 56 78"; anything else as given. */
export function formatNoticePhone(phone: string): string {
  const digits = phone.replace(/[\s.-]/g, '');
  const local = /^(\+47|0047)?(\d{8})$/.exec(digits);
  if (!local) return phone.trim();
  const grouped = local[2]!.replace(/(\d{2})(?=\d)/g, '$1 ');
  return local[1] ? `+47 ${grouped}` : grouped;
}
