import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { isAdministrator, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import { useRuleProfiles } from './api/use-rule-profiles';
import { ProfileEditor, useProfileName } from './components/profile-editor';

/**
 * Regelprofiler, for administrators: which identification rules apply and every threshold, per
 * profile (upper secondary, grunnskole). Saving makes a new version; flags keep the version they
 * came from, and every school is evaluated again.
 */
export function RuleProfilesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('ruleProfiles.title'));
  const session = useSession();
  const admin = isAdministrator(session.roles);
  const query = useRuleProfiles(admin);
  const [params, setParams] = useSearchParams();
  const [generation, setGeneration] = useState(0);
  const chooserId = useId();
  const profileName = useProfileName();
  const failure = isApiFailure(query.error) ? query.error : null;
  const profiles = query.data?.profiles ?? [];
  const profile = profiles.find((p) => p.key === params.get('profil')) ?? profiles[0] ?? null;

  const reload = () => {
    void query.refetch().then(() => setGeneration((n) => n + 1));
  };

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('ruleProfiles.title')}
        </Heading>
        {admin && <Paragraph>{t('ruleProfiles.intro')}</Paragraph>}
        {admin && (
          <Paragraph>
            {/* The owner's other setting: Oppfølgingstenesta's age limit and målform (features/ot). */}
            <AppLink to={paths.otSettings}>{t('ot.nav.settingsLink')}</AppLink>
          </Paragraph>
        )}
      </div>
      {!admin || failure?.code === 'forbidden' ? (
        <Refusal kind="forbidden" text={t('ruleProfiles.forbidden.text')} />
      ) : query.isPending ? (
        <LoadingStatus text={t('ruleProfiles.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : !profile ? (
        <Paragraph>{t('ruleProfiles.none')}</Paragraph>
      ) : (
        <>
          {profiles.length > 1 && (
            <Field>
              <Label htmlFor={chooserId}>{t('ruleProfiles.choose')}</Label>
              <Select
                id={chooserId}
                width="auto"
                value={profile.key}
                onChange={(event) => setParams(new URLSearchParams({ profil: event.target.value }), { replace: true })}
              >
                {profiles.map((p) => {
                  const name = profileName(p);
                  return (
                    <Select.Option key={p.key} value={p.key} lang={name.lang}>
                      {t('ruleProfiles.option', { name: name.text, version: p.version })}
                    </Select.Option>
                  );
                })}
              </Select>
            </Field>
          )}
          <ProfileEditor key={`${profile.key}:${generation}`} profile={profile} focusOnMount={generation > 0} onReload={reload} />
        </>
      )}
    </div>
  );
}
