import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import type { OvergangView } from '../../../../shared/overgang-api';
import { isApiFailure } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { useOvergang } from '../api/use-overgang';
import { useFocusWhenTargeted } from '../use-focus-when-targeted';
import { RecordConsentForm, RevokeConsentForm } from './consent-forms';
import { SummaryEditor } from './summary-editor';
import { SummaryView } from './summary-view';
import '../overgang.css';

type Consent = OvergangView['consents'][number];
type Open = 'edit' | 'consent' | 'revoke' | null;
type News = 'saved' | 'consented' | 'revoked';

export const overgangSectionId = 'overgang';

/**
 * The former school's side of the overgang (decision 023), on the student page: who asked for the
 * follow-up, the summary that may move to the next school (saved, or the first draft from the
 * cases), the home's consent and its history, and who at other schools has read it. Shown to those
 * who follow the student closely, when the server offers it; nothing at all otherwise.
 */
export function OvergangSection({ student }: { student: Pick<StudentDetail, 'id' | 'access'> }) {
  const { t } = useTranslation();
  const query = useOvergang(student.id, student.access === 'full');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const view = query.data;
  const shown = query.isError ? !(isApiFailure(query.error) && (query.error.status === 403 || query.error.status === 404)) : !!view?.offered;
  useFocusWhenTargeted(overgangSectionId, shown, headingRef);
  if (!shown) return null;

  return (
    <section className="stack" aria-labelledby={overgangSectionId}>
      <Heading level={2} data-size="md" id={overgangSectionId} ref={headingRef} tabIndex={-1}>
        {t('overgang.former.heading')}
      </Heading>
      <Paragraph>{t('overgang.former.intro')}</Paragraph>
      {query.isError || !view ? <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : <FormerSide studentId={student.id} view={view} />}
    </section>
  );
}

function FormerSide({ studentId, view }: { studentId: string; view: OvergangView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<Open>(null);
  const [news, setNews] = useState<News | null>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const consentRef = useRef<HTMLHeadingElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  const consentButtonRef = useRef<HTMLButtonElement>(null);
  const inForce = view.consents.find((c) => c.inForce) ?? null;
  const earlier = view.consents.filter((c) => !c.inForce);
  const shownSummary = view.summary ?? view.draft;

  const openForm = (form: Open) => {
    setNews(null);
    setOpen(form);
  };
  const done = (what: News) => {
    setOpen(null);
    setNews(what);
    (what === 'saved' ? summaryRef : consentRef).current?.focus();
  };
  const cancel = (back: RefObject<HTMLButtonElement | null>) => {
    setOpen(null);
    requestAnimationFrame(() => back.current?.focus());
  };

  return (
    <>
      <LiveStatus>
        {news && (
          <Alert data-color="success">
            <Paragraph>{t(`overgang.former.news.${news}`)}</Paragraph>
          </Alert>
        )}
      </LiveStatus>

      {view.requests.length > 0 && (
        <div className="stack stack--tight">
          <Heading level={3} data-size="xs">
            {t('overgang.former.requests.heading')}
          </Heading>
          <ul>
            {view.requests.map((r) => (
              <li key={`${r.schoolName}:${r.askedAt}`}>{t('overgang.former.requests.line', { school: r.schoolName, date: format.date(dateOfTimestamp(r.askedAt)), name: r.askerName })}</li>
            ))}
          </ul>
          {!inForce && <Paragraph data-size="sm">{t('overgang.former.requests.askHome')}</Paragraph>}
        </div>
      )}

      <div className="stack stack--tight">
        <Heading level={3} data-size="xs" ref={summaryRef} tabIndex={-1}>
          {t('overgang.former.summary.heading')}
        </Heading>
        {view.summary && view.prepared ? (
          <Paragraph data-size="sm">{t('overgang.former.summary.saved', { name: view.prepared.by, date: format.date(dateOfTimestamp(view.prepared.at)) })}</Paragraph>
        ) : view.draft ? (
          <Paragraph data-size="sm">
            <Tag data-color="warning" data-size="sm">
              {t('overgang.former.summary.draftTag')}
            </Tag>{' '}
            {t('overgang.former.summary.draftText')}
          </Paragraph>
        ) : (
          <Paragraph>{t('overgang.former.summary.none')}</Paragraph>
        )}
        {open === 'edit' ? (
          <SummaryEditor studentId={studentId} start={shownSummary} onCancel={() => cancel(editRef)} onSaved={() => done('saved')} />
        ) : (
          <>
            {shownSummary && <SummaryView summary={shownSummary} />}
            <div>
              <Button ref={editRef} variant={view.summary ? 'secondary' : 'primary'} data-size="sm" onClick={() => openForm('edit')}>
                {view.summary ? t('overgang.former.summary.edit') : view.draft ? t('overgang.former.summary.reviewDraft') : t('overgang.former.summary.write')}
              </Button>
            </div>
          </>
        )}
      </div>

      <div className="stack stack--tight">
        <Heading level={3} data-size="xs" ref={consentRef} tabIndex={-1}>
          {t('overgang.former.consent.heading')}
        </Heading>
        {inForce ? (
          <Paragraph>
            <Tag data-color="success" data-size="sm">
              {t('overgang.former.consent.inForceTag')}
            </Tag>{' '}
            <ConsentLine consent={inForce} />
          </Paragraph>
        ) : (
          <Paragraph>{t('overgang.former.consent.none')}</Paragraph>
        )}
        {!view.summary && !inForce && <Paragraph data-size="sm">{t('overgang.former.consent.saveFirst')}</Paragraph>}
        {open === 'consent' ? (
          <RecordConsentForm studentId={studentId} view={view} onCancel={() => cancel(consentButtonRef)} onSaved={() => done('consented')} />
        ) : open === 'revoke' && inForce ? (
          <RevokeConsentForm studentId={studentId} view={view} consent={inForce} onCancel={() => cancel(consentButtonRef)} onSaved={() => done('revoked')} />
        ) : (
          <div>
            {inForce ? (
              <Button ref={consentButtonRef} variant="secondary" data-size="sm" onClick={() => openForm('revoke')}>
                {t('overgang.former.consent.revoke')}
              </Button>
            ) : (
              <Button ref={consentButtonRef} variant="secondary" data-size="sm" onClick={() => openForm('consent')}>
                {t('overgang.former.consent.record')}
              </Button>
            )}
          </div>
        )}
        {earlier.length > 0 && (
          <>
            <Heading level={4} data-size="2xs">
              {t('overgang.former.consent.history')}
            </Heading>
            <ul>
              {earlier.map((c) => (
                <li key={c.id}>
                  <ConsentLine consent={c} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>

      <div className="stack stack--tight">
        <Heading level={3} data-size="xs">
          {t('overgang.former.reads.heading')}
        </Heading>
        {view.reads.length === 0 ? (
          <Paragraph>{t('overgang.former.reads.none')}</Paragraph>
        ) : (
          <ul>
            {view.reads.map((r) => (
              <li key={`${r.schoolName}:${r.readAt}`}>{t('overgang.former.reads.line', { name: r.readerName, school: r.schoolName, time: format.dateTime(r.readAt) })}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** Who gave a consent and when, who recorded it, and when and by whom it was revoked. */
function ConsentLine({ consent }: { consent: Consent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const who = consent.guardianName ? t('overgang.consent.guardianChoice', { name: consent.guardianName }) : t(`overgang.giver.${consent.givenBy}`);
  return (
    <>
      {t('overgang.former.consent.given', { who, date: format.date(consent.givenOn), recorder: consent.recordedBy })}
      {consent.revokedOn && consent.revokedBy && <> {t('overgang.former.consent.revoked', { who: t(`overgang.giverInText.${consent.revokedBy}`), date: format.date(consent.revokedOn) })}</>}
    </>
  );
}
