import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { DataTable } from '../../../components/data-table';
import { useFormat } from '../../../i18n/format';
import type { YouthDetail } from '../api/ot-client';
import { otDownloads, otPaths } from '../ot-paths';
import { OtSection } from './ot-section';

/**
 * The agreement from the school's clarification meeting, as OT reads it: what came up, the
 * alternatives, the decision, the agreed plan and how OT follows up; when it was signed, and the
 * signed form as a PDF. A youth who left without a meeting has none.
 */
export function AgreementSection({ youth }: { youth: YouthDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const agreement = youth.agreement;
  const caseLink = youth.caseId && (
    <Paragraph>
      <AppLink to={otPaths.avklaring(youth.caseId)}>{t('ot.agreement.toCase')}</AppLink>
    </Paragraph>
  );
  if (!agreement) {
    return (
      <OtSection heading={t('ot.agreement.heading')}>
        <Paragraph>{youth.caseId ? t('ot.agreement.noneInCase') : t('ot.agreement.none')}</Paragraph>
        {caseLink}
      </OtSection>
    );
  }
  const { content } = agreement;
  const texts = [
    ['whatCameUp', content.whatCameUp],
    ['alternatives', content.alternatives],
    ['otFollowUp', content.otFollowUp],
  ] as const;
  return (
    <OtSection
      heading={t('ot.agreement.heading')}
      intro={agreement.signedAt ? t('ot.agreement.signedAt', { at: format.dateTime(agreement.signedAt) }) : t('ot.agreement.notSigned')}
    >
      <dl className="ot-facts">
        <div>
          <dt>{t('ot.agreement.decision')}</dt>
          <dd>{t(`ot.agreement.decisionValue.${content.decision}`)}</dd>
        </div>
        {texts.map(([key, value]) => (
          <div key={key} className="ot-facts__wide">
            <dt>{t(`ot.agreement.${key}`)}</dt>
            <dd className="ot-text">{value.trim() ? value : <span className="muted">{t('ot.agreement.empty')}</span>}</dd>
          </div>
        ))}
      </dl>
      {content.plan.length > 0 && (
        <DataTable caption={t('ot.agreement.planCaption')} columns={[{ label: t('ot.plan.what') }, { label: t('ot.plan.who') }, { label: t('ot.plan.by') }]}>
          {content.plan.map((line, index) => (
            <Table.Row key={index}>
              <Table.Cell>{line.what}</Table.Cell>
              <Table.Cell>{line.who}</Table.Cell>
              <Table.Cell className="nowrap">{line.by ? format.date(line.by) : <span className="muted">{t('ot.plan.noDate')}</span>}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {youth.caseId && agreement.signedAt && (
        <Paragraph>
          <Link href={otDownloads.agreementPdf(youth.caseId)}>{t('ot.agreement.pdf')}</Link>
        </Paragraph>
      )}
      {caseLink}
    </OtSection>
  );
}
