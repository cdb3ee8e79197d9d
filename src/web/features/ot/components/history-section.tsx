import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { YouthDetail } from '../api/ot-client';
import { describeEntry, newestFirst, type EntryView } from '../ot-entries';
import { StatusText } from './ot-labels';
import { OtSection } from './ot-section';

/** Everything OT has recorded about the youth, newest first: each entry in words, with who recorded it. */
export function HistorySection({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = newestFirst(youth.entries);
  return (
    <OtSection heading={t('ot.history.heading')} intro={t('ot.history.intro')}>
      {entries.length === 0 ? (
        <Paragraph>{t('ot.history.none')}</Paragraph>
      ) : (
        <ol className="ot-history" aria-label={t('ot.history.listLabel')}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <Paragraph>
                <strong>{format.date(entry.on)}</strong> <span className="ot-history__kind">{t(`ot.entryKind.${entry.kind}`)}</span>
              </Paragraph>
              <EntryBody view={describeEntry(entry)} />
              <Paragraph data-size="sm" className="muted">
                {t('ot.history.by', { name: entry.staffName, at: format.dateTime(entry.createdAt) })}
              </Paragraph>
            </li>
          ))}
        </ol>
      )}
    </OtSection>
  );
}

function EntryBody({ view }: { view: EntryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (view.kind) {
    case 'kontaktforsok':
      return (
        <>
          <Paragraph>
            {t('ot.history.contact', {
              channel: view.channel ? t(`ot.contactChannel.${view.channel}`) : t('common.notGiven'),
              outcome: view.reached === null ? t('common.notGiven') : view.reached ? t('ot.history.reached') : t('ot.history.notReached'),
            })}
          </Paragraph>
          {view.note && <Paragraph className="ot-text">{view.note}</Paragraph>}
        </>
      );
    case 'status':
      return (
        <>
          <Paragraph>{view.statusCode ? <StatusText code={view.statusCode} /> : t('common.notGiven')}</Paragraph>
          {view.note && <Paragraph className="ot-text">{view.note}</Paragraph>}
        </>
      );
    case 'aktivitet':
      return (
        <Paragraph>
          {view.what}
          {view.provider && <> ({view.provider})</>}
          {view.from && (
            <>
              {', '}
              {view.to
                ? t('ot.history.fromTo', { from: format.date(view.from), to: format.date(view.to) })
                : t('ot.history.fromOn', { from: format.date(view.from) })}
            </>
          )}
        </Paragraph>
      );
    case 'plan':
      return (
        <>
          <Paragraph className="ot-text">{t('ot.history.planGoal', { goal: view.goal })}</Paragraph>
          {view.steps.length > 0 && (
            <ul>
              {view.steps.map((step, index) => (
                <li key={index}>
                  {step.by
                    ? t('ot.history.stepBy', { what: step.what, who: step.who, by: format.date(step.by) })
                    : t('ot.history.step', { what: step.what, who: step.who })}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'informasjon':
      return (
        <Paragraph>
          {t('ot.history.information', {
            to: format.list(view.to.map((r) => t(`ot.recipientInText.${r}`))),
            channel: view.channel ? t(`ot.informationChannel.${view.channel}`) : t('common.notGiven'),
          })}
        </Paragraph>
      );
    case 'notat':
      return <Paragraph className="ot-text">{view.text}</Paragraph>;
  }
}
