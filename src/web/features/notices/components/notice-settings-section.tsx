import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeSettings } from '../../../../shared/notice-api';
import { ApiErrorAlert, ApiErrorText } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useNoticeSettings, useSaveNoticeSettings } from '../api/use-notices';
import { settingsProblem } from '../notice-view';

const languages = ['nb', 'nn'] as const;

/**
 * The school's notice settings (issue 15): the language of its notices, and the same-day notice to
 * guardians of an unexplained absence — off until the skoleleder turns it on, with the number the
 * notice asks them to call. The rest of the leadership sees them.
 */
export function NoticeSettingsSection({ schoolId, mayEdit }: { schoolId: string; mayEdit: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useNoticeSettings(schoolId);
  return (
    <section className="stack" aria-labelledby={headingId} id="varsler">
      <Heading level={2} data-size="md" id={headingId}>
        {t('notices.settings.heading')}
      </Heading>
      <Paragraph>{t('notices.settings.intro')}</Paragraph>
      {query.isPending ? (
        <LoadingStatus text={t('notices.settings.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : mayEdit ? (
        <NoticeSettingsForm schoolId={schoolId} settings={query.data} key={JSON.stringify(query.data)} />
      ) : (
        <NoticeSettingsSummary settings={query.data} />
      )}
    </section>
  );
}

function NoticeSettingsSummary({ settings }: { settings: NoticeSettings }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      {t('notices.settings.summary', { language: t(`notices.settings.languageName.${settings.language}`) })}{' '}
      {settings.sameDayAbsenceNotice ? t('notices.settings.sameDayOn', { phone: settings.phone ?? '' }) : t('notices.settings.sameDayOff')}
    </Paragraph>
  );
}

function NoticeSettingsForm({ schoolId, settings }: { schoolId: string; settings: NoticeSettings }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveNoticeSettings(schoolId);
  const [language, setLanguage] = useState(settings.language);
  const [sameDay, setSameDay] = useState(settings.sameDayAbsenceNotice);
  const [phone, setPhone] = useState(settings.phone ?? '');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const problem = settingsProblem({ sameDayAbsenceNotice: sameDay, phone });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    if (problem) {
      document.getElementById(`${id}-phone`)?.focus();
      return;
    }
    save.mutate({ language, sameDayAbsenceNotice: sameDay, phone: phone.trim() || null }, { onSuccess: () => setSaved(true) });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <Fieldset>
        <Fieldset.Legend>{t('notices.settings.languageLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('notices.settings.languageHelp')}</Fieldset.Description>
        {languages.map((l) => (
          <Radio key={l} name={`${id}-language`} value={l} label={t(`notices.settings.language.${l}`)} checked={language === l} onChange={() => setLanguage(l)} />
        ))}
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('notices.settings.sameDayLegend')}</Fieldset.Legend>
        <Fieldset.Description>{t('notices.settings.sameDayHelp')}</Fieldset.Description>
        <Checkbox label={t('notices.settings.sameDayLabel')} checked={sameDay} onChange={(event) => setSameDay(event.target.checked)} />
      </Fieldset>
      <Textfield
        id={`${id}-phone`}
        label={t('notices.settings.phone')}
        description={t('notices.settings.phoneHelp')}
        required={sameDay}
        inputMode="tel"
        autoComplete="tel"
        maxLength={30}
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
        error={tried && problem ? t(`notices.settings.${problem}`) : undefined}
      />
      {save.isError && (
        <Alert data-color="danger" role="alert">
          <ApiErrorText error={save.error} />
        </Alert>
      )}
      {saved && (
        <Paragraph role="status" data-size="sm">
          {t('notices.settings.saved')}
        </Paragraph>
      )}
      <div>
        <Button type="submit" loading={save.isPending}>
          {t('notices.settings.save')}
        </Button>
      </div>
    </form>
  );
}
