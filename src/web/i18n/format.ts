/** Dates, numbers and lists formatted with Intl in the current language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocales, toLanguage } from './languages';

/** 'YYYY-MM-DD' as a calendar date, free of the browser's time zone. */
function calendarDate(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function formatterFor(locale: string[]) {
  const dateFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  });
  return {
    /** 23.11.2026 in Norwegian. */
    date: (iso: string) => {
      const date = calendarDate(iso);
      return date ? dateFormat.format(date) : iso;
    },
    /** The month of a date: november 2026 in Norwegian. */
    month: (iso: string) => {
      const date = calendarDate(iso);
      return date ? monthFormat.format(date) : iso;
    },
    /** A moment (an ISO timestamp) as the clock showed in Norway: 23.11.2026, 14:34. */
    dateTime: (iso: string) => {
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : dateTimeFormat.format(at);
    },
    number: (value: number) => numberFormat.format(value),
    /** `value` is a share written 0–100. */
    percent: (value: number) => percentFormat.format(value / 100),
    list: (items: readonly string[]) => listFormat.format(items),
  };
}

export type Formatter = ReturnType<typeof formatterFor>;

export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => formatterFor(intlLocales[language]), [language]);
}
