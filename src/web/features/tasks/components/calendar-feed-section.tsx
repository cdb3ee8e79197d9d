import { Alert, Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { toLanguage } from '../../../i18n/languages';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/use-calendar-feed';

type News = 'created' | 'replaced' | 'revoked' | 'copied' | 'copyFailed' | null;

/**
 * "Kalenderen din i Outlook eller Google": the person's tasks and case meetings as a calendar they
 * subscribe to, at a secret address. The address is shown once, when it is made (the server keeps
 * only its hash); a new one replaces it, and it can be revoked. How to subscribe is told for
 * Outlook and Google; why no student is named, too.
 */
export function CalendarFeedSection() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const id = useId();
  const status = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [address, setAddress] = useState<string | null>(null);
  const [news, setNews] = useState<News>(null);
  const addressRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  // The events are written in the language the page is in when the address is made.
  const language = toLanguage(i18n.resolvedLanguage ?? i18n.language);

  const make = () => {
    setNews(null);
    create.mutate(language, {
      onSuccess: (made) => {
        setAddress(new URL(made.path, window.location.origin).toString());
        setNews(made.replaced ? 'replaced' : 'created');
        // The address is what one needs next: it takes focus, selected for copying.
        requestAnimationFrame(() => addressRef.current?.focus());
      },
    });
  };
  const stop = () => {
    setNews(null);
    revoke.mutate(undefined, {
      onSuccess: () => {
        setAddress(null);
        setNews('revoked');
      },
    });
  };
  const copy = async () => {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setNews('copied');
    } catch {
      addressRef.current?.focus();
      addressRef.current?.select();
      setNews('copyFailed');
    }
  };

  const feed = status.data?.feed ?? null;
  const failed = create.error ?? revoke.error;

  return (
    <section className="stack" aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('calendarFeed.heading')}
      </Heading>
      <Paragraph>{t('calendarFeed.intro')}</Paragraph>
      <Paragraph>{t('calendarFeed.privacy')}</Paragraph>
      <LiveStatus>
        {news && (
          <Alert data-color={news === 'copyFailed' ? 'warning' : 'success'}>
            <Paragraph>{t(`calendarFeed.news.${news}`)}</Paragraph>
          </Alert>
        )}
      </LiveStatus>
      {status.isPending ? (
        <LoadingStatus text={t('calendarFeed.loading')} />
      ) : status.isError ? (
        <ApiErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : (
        <>
          {address && (
            <div className="stack stack--tight">
              <Textfield
                ref={addressRef}
                id={`${id}-address`}
                label={t('calendarFeed.address')}
                description={t('calendarFeed.addressHelp')}
                readOnly
                value={address}
                onFocus={(event) => event.currentTarget.select()}
              />
              <div className="link-row">
                <Button variant="secondary" data-size="sm" onClick={() => void copy()}>
                  {t('calendarFeed.copy')}
                </Button>
              </div>
            </div>
          )}
          <Paragraph>
            {feed
              ? feed.lastFetchedAt
                ? t('calendarFeed.inForceFetched', { created: format.dateTime(feed.createdAt), fetched: format.dateTime(feed.lastFetchedAt) })
                : t('calendarFeed.inForce', { created: format.dateTime(feed.createdAt) })
              : t('calendarFeed.none')}
          </Paragraph>
          <div className="link-row">
            <Button variant={feed ? 'secondary' : 'primary'} data-size="sm" onClick={make} disabled={create.isPending || revoke.isPending}>
              {create.isPending ? t('calendarFeed.making') : feed ? t('calendarFeed.replace') : t('calendarFeed.create')}
            </Button>
            {feed && (
              <Button variant="tertiary" data-size="sm" onClick={stop} disabled={create.isPending || revoke.isPending}>
                {t('calendarFeed.revoke')}
              </Button>
            )}
          </div>
          {feed && <Paragraph data-size="sm">{t('calendarFeed.replaceHelp')}</Paragraph>}
          {failed && (
            <Alert data-color="danger" role="alert">
              <ApiErrorText error={failed} />
            </Alert>
          )}
          <Details>
            <Details.Summary>{t('calendarFeed.howTo.heading')}</Details.Summary>
            <Details.Content className="stack stack--tight">
              <Heading level={3} data-size="2xs">
                {t('calendarFeed.howTo.outlookHeading')}
              </Heading>
              <ol>
                <li>{t('calendarFeed.howTo.outlook1')}</li>
                <li>{t('calendarFeed.howTo.outlook2')}</li>
                <li>{t('calendarFeed.howTo.outlook3')}</li>
              </ol>
              <Heading level={3} data-size="2xs">
                {t('calendarFeed.howTo.googleHeading')}
              </Heading>
              <ol>
                <li>{t('calendarFeed.howTo.google1')}</li>
                <li>{t('calendarFeed.howTo.google2')}</li>
                <li>{t('calendarFeed.howTo.google3')}</li>
              </ol>
              <Paragraph data-size="sm">{t('calendarFeed.howTo.refresh')}</Paragraph>
            </Details.Content>
          </Details>
        </>
      )}
    </section>
  );
}
