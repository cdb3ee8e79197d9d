import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { otAgeBounds, otLimitRunsTo, type OtLimitRunsTo } from '../../../domain/ot/ot-age-limit';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { AppLink } from '../../components/app-link';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { isAdministrator, paths } from '../../lib/home-path';
import { useSession } from '../../lib/session';
import type { OtSettings } from './api/ot-client';
import { useOtSettings, useSaveOtSettings } from './api/use-ot';
import { FieldsetError, FormFooter, useFieldError } from './components/ot-form-problems';
import { OtSection, useSectionForms } from './components/ot-section';
import { ageLimitReading } from './ot-vocabulary';
import './ot.css';

const languages = ['nb', 'nn'] as const;

/**
 * The owner's settings for Oppfølgingstenesta: how long the right to follow-up lasts (the age, and
 * whether it runs to the end of the calendar year or of the school year the youth turns it), and
 * the owner's written language, the agreement form's default. OT, the school owner and the
 * administrator read them; the administrator changes them.
 */
export function OtSettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const admin = isAdministrator(session.roles);
  const query = useOtSettings();
  const section = useSectionForms<'edit'>();
  const failure = isApiFailure(query.error) ? query.error : null;
  useDocumentTitle(t('ot.settings.title'));

  return (
    <div className="stack stack--wide ot-page">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('ot.settings.title')}
        </Heading>
        <Paragraph>{t('ot.settings.intro')}</Paragraph>
        {admin && (
          <Paragraph>
            <AppLink to={paths.ruleProfiles}>{t('ot.settings.toRuleProfiles')}</AppLink>
          </Paragraph>
        )}
      </div>
      <OtSection heading={t('ot.settings.readings')}>
        <ul className="ot-readings">
          <li>{t('ot.settings.reading.lov')}</li>
          <li>{t('ot.settings.reading.rutine')}</li>
        </ul>
      </OtSection>
      {failure?.code === 'forbidden' ? (
        <Refusal kind="forbidden" text={t('ot.settings.forbidden')} />
      ) : query.isPending ? (
        <LoadingStatus text={t('ot.settings.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <OtSection headingRef={section.headingRef} heading={t('ot.settings.current')} news={section.news}>
          <dl className="ot-facts">
            <div>
              <dt>{t('ot.settings.ageLimit')}</dt>
              <dd>{t('ot.settings.ageValue', { age: query.data.ageLimit })}</dd>
            </div>
            <div>
              <dt>{t('ot.settings.runsTo')}</dt>
              <dd>{t(`ot.settings.runsToValue.${query.data.runsTo}`)}</dd>
            </div>
            <div>
              <dt>{t('ot.settings.maalform')}</dt>
              <dd>{t(`ot.settings.maalformValue.${query.data.maalform}`)}</dd>
            </div>
            <div className="ot-facts__wide">
              <dt>{t('ot.settings.inForce')}</dt>
              <dd>
                {t(`ot.rightInForce.${query.data.runsTo}`, { age: query.data.ageLimit })} {t(`ot.rightInForce.source.${ageLimitReading(query.data)}`)}
              </dd>
            </div>
          </dl>
          {admin ? (
            section.open === 'edit' ? (
              <SettingsForm settings={query.data} onCancel={section.cancel} onSaved={() => section.saved(t('ot.settings.saved'))} />
            ) : (
              <div>
                <Button variant="secondary" onClick={(event) => section.openForm('edit', event.currentTarget)}>
                  {t('ot.settings.edit')}
                </Button>
              </div>
            )
          ) : (
            <Paragraph>{t('ot.settings.adminOnly')}</Paragraph>
          )}
        </OtSection>
      )}
    </div>
  );
}

function SettingsForm({ settings, onCancel, onSaved }: { settings: OtSettings; onCancel: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveOtSettings();
  const fieldError = useFieldError(save.error);
  const [age, setAge] = useState(String(settings.ageLimit));
  const [runsTo, setRunsTo] = useState<OtLimitRunsTo>(settings.runsTo);
  const [maalform, setMaalform] = useState(settings.maalform);
  const [ageProblem, setAgeProblem] = useState(false);
  const ageRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const ageLimit = Number(age);
    const bad = !/^\d+$/.test(age.trim()) || ageLimit < otAgeBounds.min || ageLimit > otAgeBounds.max;
    setAgeProblem(bad);
    if (bad) return ageRef.current?.focus();
    save.mutate({ ageLimit, runsTo, maalform }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate className="ot-form">
      <Heading level={3} data-size="xs">
        {t('ot.settings.formHeading')}
      </Heading>
      <Textfield
        ref={ageRef}
        id={`${id}-age`}
        label={t('ot.settings.ageLimit')}
        description={t('ot.settings.ageHelp', { min: otAgeBounds.min, max: otAgeBounds.max })}
        inputMode="numeric"
        autoComplete="off"
        required
        className="ot-number"
        value={age}
        onChange={(event) => setAge(event.target.value)}
        error={fieldError('ageLimit', ageProblem && t('ot.settings.ageProblem', { min: otAgeBounds.min, max: otAgeBounds.max }))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('ot.settings.runsTo')}</Fieldset.Legend>
        {otLimitRunsTo.map((value) => (
          <Radio
            key={value}
            name={`${id}-runs-to`}
            value={value}
            label={t(`ot.settings.runsToValue.${value}`)}
            description={t(`ot.settings.runsToHelp.${value}`)}
            checked={runsTo === value}
            onChange={() => setRunsTo(value)}
          />
        ))}
        <FieldsetError text={fieldError('runsTo')} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('ot.settings.maalform')}</Fieldset.Legend>
        <Fieldset.Description>{t('ot.settings.maalformHelp')}</Fieldset.Description>
        {languages.map((value) => (
          <Radio key={value} name={`${id}-maalform`} value={value} label={t(`ot.settings.maalformValue.${value}`)} checked={maalform === value} onChange={() => setMaalform(value)} />
        ))}
        <FieldsetError text={fieldError('maalform')} />
      </Fieldset>
      <FormFooter
        error={save.error}
        fields={['ageLimit', 'runsTo', 'maalform']}
        pending={save.isPending}
        submitText={t('ot.settings.submit')}
        pendingText={t('ot.settings.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
