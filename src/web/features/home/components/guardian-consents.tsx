import { Alert, Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeOverview } from '../../../../shared/home-api';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LiveStatus } from '../../../components/live-status';
import { useGuardianConsent } from '../api/use-home';

type Guardian = NonNullable<HomeOverview['guardianConsents']>[number];

/**
 * For a student of 18 or more: each guardian, and whether they may go on seeing this view. The
 * student decides; the switch saves at once (PUT gives, DELETE stops) and says so.
 */
export function GuardianConsents({ studentId, guardians }: { studentId: string; guardians: readonly Guardian[] }) {
  const { t } = useTranslation();
  const consent = useGuardianConsent(studentId);
  const [news, setNews] = useState<{ guardian: Guardian; allowed: boolean; ok: boolean } | null>(null);

  return (
    <section className="stack" aria-labelledby="home-consents-heading">
      <Heading level={2} data-size="md" id="home-consents-heading">
        {t('home.consents.heading')}
      </Heading>
      <Paragraph>{t('home.consents.intro')}</Paragraph>
      {guardians.length === 0 ? (
        <Paragraph>{t('home.consents.none')}</Paragraph>
      ) : (
        <ul className="home-card-list">
          {guardians.map((guardian) => {
            const pending = consent.isPending && consent.variables?.guardianId === guardian.guardianId;
            return (
              <li key={guardian.guardianId}>
                <Switch
                  label={t('home.consents.label', { name: guardian.name })}
                  checked={pending ? consent.variables!.allowed : guardian.consentInForce}
                  aria-busy={pending || undefined}
                  onChange={(event) => {
                    if (consent.isPending) return;
                    const allowed = event.target.checked;
                    setNews(null);
                    consent.mutate(
                      { guardianId: guardian.guardianId, allowed },
                      {
                        onSuccess: () => setNews({ guardian, allowed, ok: true }),
                        onError: () => setNews({ guardian, allowed, ok: false }),
                      },
                    );
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
      <LiveStatus>
        {news?.ok && <Paragraph>{t(news.allowed ? 'home.consents.allowed' : 'home.consents.stopped', { name: news.guardian.name })}</Paragraph>}
      </LiveStatus>
      {news && !news.ok && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('home.consents.failed', { name: news.guardian.name })}</Paragraph>
          <ApiErrorText error={consent.error} />
        </Alert>
      )}
    </section>
  );
}
