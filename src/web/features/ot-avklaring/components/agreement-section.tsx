import { Button, Fieldset, Heading, Link, Paragraph, Radio, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementContent, AvklaringDetail } from '../../../../shared/ot-api';
import { ScrollTable } from '../../../components/scroll-table';
import { SubmitButton } from '../../../components/submit-button';
import { useFormat } from '../../../i18n/format';
import { dateOfTimestamp } from '../../../lib/dates';
import { CaseSection, useSectionForm } from '../../cases/components/case-section';
import { FieldsetError, FormFailure } from '../../cases/components/form-problems';
import { agreementPdfPath } from '../api/avklaring-client';
import { useSaveAgreement } from '../api/use-avklaring';
import { mayEditAgreement } from '../avklaring-state';
import { decisions, documentLanguages, type DecisionValue, type DocumentLanguageValue } from '../avklaring-vocabulary';
import { useAvklaringExplain, useAvklaringFieldError } from './use-avklaring-problems';

type PlanRow = { key: number; what: string; who: string; by: string };
const maxRows = 30;
let planKey = 0;
const newPlanRow = (row: Partial<Omit<PlanRow, 'key'>> = {}): PlanRow => ({ key: planKey++, what: '', who: '', by: '', ...row });

/**
 * The form "Avklaringssamtale og oppfølgingsavtale", filled in on a PC during the meeting and saved
 * as a draft as often as wanted: what came up, the alternatives, the decision (stays, leaves,
 * unclear), the agreed plan (who does what by when) and OT's follow-up. Once signed in the meeting
 * it is fixed: shown as signed, with its PDF in nynorsk and bokmål and where the copies go.
 */
export function AgreementSection({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const section = useSectionForm();
  const editable = mayEditAgreement(detail);
  return (
    <CaseSection
      section={section}
      heading={t('otAvklaring.agreement.heading')}
      intro={detail.signedAt ? t('otAvklaring.agreement.introSigned') : editable ? t('otAvklaring.agreement.intro') : t('otAvklaring.agreement.introUnsigned')}
      news={section.news && t('otAvklaring.agreement.saved')}
    >
      {editable ? <AgreementForm detail={detail} onSaved={() => section.saved(true)} /> : <AgreementView detail={detail} />}
      {(detail.signedAt || detail.student.leftOn || detail.distribution.length > 0) && <SignedAgreement detail={detail} />}
    </CaseSection>
  );
}

function AgreementView({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const { agreement } = detail;
  const text = (value: string) => value || '–';
  return (
    <div className="stack">
      <dl className="case-facts">
        <div className="case-facts__wide">
          <dt>{t('otAvklaring.agreement.whatCameUp')}</dt>
          <dd className="avklaring-pre-line">{text(agreement.whatCameUp)}</dd>
        </div>
        <div className="case-facts__wide">
          <dt>{t('otAvklaring.agreement.alternatives')}</dt>
          <dd className="avklaring-pre-line">{text(agreement.alternatives)}</dd>
        </div>
        <div>
          <dt>{t('otAvklaring.agreement.decision')}</dt>
          <dd>{t(`otAvklaring.decision.${agreement.decision}`)}</dd>
        </div>
        <div className="case-facts__wide">
          <dt>{t('otAvklaring.agreement.otFollowUp')}</dt>
          <dd className="avklaring-pre-line">{text(agreement.otFollowUp)}</dd>
        </div>
      </dl>
      <PlanTable plan={agreement.plan} />
    </div>
  );
}

function PlanTable({ plan }: { plan: AgreementContent['plan'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  if (plan.length === 0) return <Paragraph>{t('otAvklaring.agreement.noPlan')}</Paragraph>;
  return (
    <ScrollTable captionId={id}>
      <Table border zebra>
        <caption id={id}>{t('otAvklaring.agreement.planCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('otAvklaring.agreement.planWhat')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('otAvklaring.agreement.planWho')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('otAvklaring.agreement.planBy')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.map((row, i) => (
            <Table.Row key={i}>
              <Table.HeaderCell scope="row">{row.what}</Table.HeaderCell>
              <Table.Cell>{row.who}</Table.Cell>
              <Table.Cell>{row.by ? format.date(row.by) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

function AgreementForm({ detail, onSaved }: { detail: AvklaringDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSaveAgreement(detail.caseId);
  const explain = useAvklaringExplain();
  const fieldError = useAvklaringFieldError(save.error);
  const [whatCameUp, setWhatCameUp] = useState(detail.agreement.whatCameUp);
  const [alternatives, setAlternatives] = useState(detail.agreement.alternatives);
  const [decision, setDecision] = useState<DecisionValue>(detail.agreement.decision);
  const [otFollowUp, setOtFollowUp] = useState(detail.agreement.otFollowUp);
  const [plan, setPlan] = useState<PlanRow[]>(() => detail.agreement.plan.map((r) => newPlanRow({ what: r.what, who: r.who, by: r.by ?? '' })));
  const [language, setLanguage] = useState<DocumentLanguageValue>(detail.language);
  const [incomplete, setIncomplete] = useState<ReadonlySet<number>>(new Set());
  const addRef = useRef<HTMLButtonElement>(null);
  const rowRefs = useRef(new Map<number, HTMLInputElement | HTMLTextAreaElement | null>());
  const update = (key: number, change: Partial<PlanRow>) => setPlan((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    // A row with nothing in it is left out; a row half written must be completed.
    const rows = plan.filter((r) => r.what.trim() || r.who.trim() || r.by);
    const unfinished = new Set(rows.filter((r) => !r.what.trim() || !r.who.trim()).map((r) => r.key));
    setIncomplete(unfinished);
    if (unfinished.size > 0) return rowRefs.current.get([...unfinished][0]!)?.focus();
    save.mutate(
      {
        agreement: {
          whatCameUp: whatCameUp.trim(),
          alternatives: alternatives.trim(),
          decision,
          plan: rows.map((r) => ({ what: r.what.trim(), who: r.who.trim(), by: r.by || null })),
          otFollowUp: otFollowUp.trim(),
        },
        language,
      },
      { onSuccess: onSaved },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="case-form">
      <Textfield
        id={`${id}-came-up`}
        multiline
        rows={5}
        label={t('otAvklaring.agreement.whatCameUp')}
        description={t('otAvklaring.agreement.whatCameUpHelp')}
        maxLength={8000}
        value={whatCameUp}
        onChange={(event) => setWhatCameUp(event.target.value)}
        error={fieldError('agreement.whatCameUp')}
      />
      <Textfield
        id={`${id}-alternatives`}
        multiline
        rows={4}
        label={t('otAvklaring.agreement.alternatives')}
        description={t('otAvklaring.agreement.alternativesHelp')}
        maxLength={8000}
        value={alternatives}
        onChange={(event) => setAlternatives(event.target.value)}
        error={fieldError('agreement.alternatives')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.agreement.decision')}</Fieldset.Legend>
        {decisions.map((value) => (
          <Radio
            key={value}
            name={`${id}-decision`}
            value={value}
            label={t(`otAvklaring.decision.${value}`)}
            description={t(`otAvklaring.decisionHelp.${value}`)}
            checked={decision === value}
            onChange={() => setDecision(value)}
          />
        ))}
        <FieldsetError text={fieldError('agreement.decision')} />
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.agreement.plan')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.agreement.planHelp')}</Fieldset.Description>
        <FieldsetError text={fieldError('agreement.plan')} />
        {plan.map((row, index) => {
          const number = index + 1;
          const unfinished = incomplete.has(row.key);
          return (
            <div key={row.key} className="avklaring-plan-row">
              <Textfield
                ref={(element) => {
                  rowRefs.current.set(row.key, element);
                }}
                id={`${id}-plan-${row.key}-what`}
                label={t('otAvklaring.agreement.planWhatNumbered', { number })}
                maxLength={1000}
                autoComplete="off"
                value={row.what}
                onChange={(event) => update(row.key, { what: event.target.value })}
                error={fieldError(`agreement.plan.${index}.what`, unfinished && !row.what.trim() && t('otAvklaring.agreement.planWhatMissing'))}
              />
              <Textfield
                id={`${id}-plan-${row.key}-who`}
                label={t('otAvklaring.agreement.planWhoNumbered', { number })}
                maxLength={200}
                autoComplete="off"
                value={row.who}
                onChange={(event) => update(row.key, { who: event.target.value })}
                error={fieldError(`agreement.plan.${index}.who`, unfinished && !row.who.trim() && t('otAvklaring.agreement.planWhoMissing'))}
              />
              <Textfield
                id={`${id}-plan-${row.key}-by`}
                type="date"
                label={t('otAvklaring.agreement.planByNumbered', { number })}
                value={row.by}
                onChange={(event) => update(row.key, { by: event.target.value })}
                error={fieldError(`agreement.plan.${index}.by`)}
              />
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                aria-label={t('otAvklaring.agreement.removeRow', { number })}
                onClick={() => {
                  setPlan((rows) => rows.filter((r) => r.key !== row.key));
                  requestAnimationFrame(() => addRef.current?.focus());
                }}
              >
                {t('otAvklaring.agreement.remove')}
              </Button>
            </div>
          );
        })}
        {plan.length < maxRows && (
          <div>
            <Button
              ref={addRef}
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => {
                const row = newPlanRow();
                setPlan((rows) => [...rows, row]);
                requestAnimationFrame(() => rowRefs.current.get(row.key)?.focus());
              }}
            >
              {t('otAvklaring.agreement.addRow')}
            </Button>
          </div>
        )}
      </Fieldset>
      <Textfield
        id={`${id}-ot`}
        multiline
        rows={3}
        label={t('otAvklaring.agreement.otFollowUp')}
        description={t('otAvklaring.agreement.otFollowUpHelp')}
        maxLength={4000}
        value={otFollowUp}
        onChange={(event) => setOtFollowUp(event.target.value)}
        error={fieldError('agreement.otFollowUp')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('otAvklaring.agreement.language')}</Fieldset.Legend>
        <Fieldset.Description>{t('otAvklaring.agreement.languageHelp')}</Fieldset.Description>
        {documentLanguages.map((value) => (
          <Radio key={value} name={`${id}-language`} value={value} label={t(`otAvklaring.documentLanguage.${value}`)} checked={language === value} onChange={() => setLanguage(value)} />
        ))}
      </Fieldset>
      <FormFailure error={save.error} fields={['agreement', 'language']} explain={explain} />
      <SubmitButton pending={save.isPending} text={t('otAvklaring.agreement.submit')} pendingText={t('otAvklaring.saving')} />
    </form>
  );
}

/**
 * The form as it goes out: signed in the meeting (when and by whom), or as it stood when the
 * student was written out without a meeting; its PDF in both written languages, and where the
 * original and the copies go.
 */
function SignedAgreement({ detail }: { detail: AvklaringDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  return (
    <div className="stack">
      <Heading level={3} data-size="xs">
        {detail.signedAt ? t('otAvklaring.agreement.signedHeading') : t('otAvklaring.agreement.unsignedHeading')}
      </Heading>
      <Paragraph>
        {detail.signedAt
          ? t('otAvklaring.agreement.signedOnBy', { date: format.date(dateOfTimestamp(detail.signedAt)), names: format.list(detail.signedBy) })
          : t('otAvklaring.agreement.notSigned')}
      </Paragraph>
      <div className="link-row">
        {documentLanguages.map((language) => (
          <Link key={language} href={agreementPdfPath(detail.caseId, language)}>
            {t(`otAvklaring.agreement.pdf.${language}`)}
          </Link>
        ))}
      </div>
      {detail.distribution.length > 0 && (
        <ScrollTable captionId={id}>
          <Table border zebra>
            <caption id={id}>{t('otAvklaring.agreement.distributionCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('otAvklaring.agreement.distributionWho')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('otAvklaring.agreement.distributionAs')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('otAvklaring.agreement.distributionCopy')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {detail.distribution.map((line, i) => (
                <Table.Row key={`${line.kind}-${line.name}-${i}`}>
                  <Table.HeaderCell scope="row">{line.kind === 'arkiv' ? t('otAvklaring.agreement.archive') : line.name}</Table.HeaderCell>
                  <Table.Cell>{line.kind === 'arkiv' ? t('otAvklaring.agreement.archiveWhere') : t(`otAvklaring.kind.${line.kind}`)}</Table.Cell>
                  <Table.Cell>{t(`otAvklaring.agreement.copy.${line.copy}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      {detail.attachSummons && <Paragraph>{t('otAvklaring.agreement.summonsAttached')}</Paragraph>}
    </div>
  );
}
