import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/case-api';
import { useFormat } from '../../../i18n/format';

type Event = Omit<CaseDetail['events'][number], 'step'> & { step?: string | null };

/**
 * What has happened in the case, newest first: who did what, when, at which step. Another kind
 * of case (the clarification case with OT) names its own events first (`eventName`).
 */
export function HistorySection({ detail, eventName: ownName }: { detail: { events: readonly Event[] }; eventName?: (kind: string) => string | null }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const events = [...detail.events].sort((a, b) => b.at.localeCompare(a.at));
  const eventName = (kind: string) => ownName?.(kind) ?? (i18n.exists(`cases.event.${kind}`) ? t(`cases.event.${kind}`) : t('cases.event.other', { kind }));
  return (
    <section className="case-section" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {t('cases.history.heading')}
      </Heading>
      {events.length === 0 ? (
        <Paragraph>{t('cases.history.none')}</Paragraph>
      ) : (
        <ol className="case-list" aria-label={t('cases.history.listLabel')}>
          {events.map((event) => (
            <li key={event.id}>
              <Paragraph>
                <strong>{eventName(event.kind)}</strong>
                {event.step && <> – {t('cases.history.atStep', { step: t(`caseStep.${event.step}`, { defaultValue: event.step }) })}</>}
              </Paragraph>
              <Paragraph data-size="sm" className="muted">
                {event.actorName
                  ? t('cases.history.byOn', { name: event.actorName, at: format.dateTime(event.at) })
                  : format.dateTime(event.at)}
              </Paragraph>
              {event.text && <Paragraph>{event.text}</Paragraph>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
