import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedGroupView, StaffGroupDifferences } from '../../../../shared/feide-api';
import { ApiErrorText } from '../../../components/api-error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { useFeideGroupDifferences } from '../api/use-feide-group-differences';
import '../feide-groups.css';

/**
 * "Grupper i Feide og i Varde" (issue 14, part 1): for the owner's administrator, on the owner's
 * import page, each staff member whose classes and teaching groups in Feide — read at their latest
 * Feide sign-in — differ from those Varde has them teach, so that an import can be corrected.
 * Feide's groups are shown for comparison only: the page says that they never give access.
 * A list rather than a table, so that it reads at 390 px.
 */
export function FeideGroupsSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const differences = useFeideGroupDifferences();
  const staff = differences.data?.staff ?? [];
  const agreeing = differences.data?.agreeing ?? 0;

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={2} data-size="md" id={headingId}>
        {t('feideGroups.title')}
      </Heading>
      <Paragraph>{t('feideGroups.intro')}</Paragraph>
      <Paragraph>{t('feideGroups.comparisonOnly')}</Paragraph>
      {differences.isPending && <LoadingStatus text={t('feideGroups.loading')} />}
      {differences.isError && (
        <Alert data-color="danger">
          <ApiErrorText error={differences.error} />
        </Alert>
      )}
      {differences.isSuccess && staff.length === 0 && agreeing === 0 && <Paragraph>{t('feideGroups.noneRead')}</Paragraph>}
      {differences.isSuccess && staff.length === 0 && agreeing > 0 && <Paragraph>{t('feideGroups.allAgree', { count: agreeing })}</Paragraph>}
      {staff.length > 0 && (
        <>
          {agreeing > 0 && <Paragraph>{t('feideGroups.othersAgree', { count: agreeing })}</Paragraph>}
          <ul className="feide-groups-list">
            {staff.map((member) => (
              <StaffDifferences key={member.staffId} member={member} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function StaffDifferences({ member }: { member: StaffGroupDifferences }) {
  const { t } = useTranslation();
  const format = useFormat();
  const named = (groups: readonly ComparedGroupView[]) =>
    format.list(groups.map((g) => (g.kind === 'basisgruppe' ? t('feideGroups.classNamed', { name: g.name }) : g.name)));

  return (
    <li className="stack stack--tight feide-groups-item">
      <Heading level={3} data-size="xs">
        {member.name}
      </Heading>
      <Paragraph data-size="sm">{t('feideGroups.fetchedAt', { at: format.dateTime(member.fetchedAt) })}</Paragraph>
      <dl className="feide-groups-facts">
        <div>
          <dt>{t('feideGroups.onlyInFeide')}</dt>
          <dd>{member.onlyInFeide.length > 0 ? named(member.onlyInFeide) : t('feideGroups.nothing')}</dd>
        </div>
        <div>
          <dt>{t('feideGroups.onlyInVarde')}</dt>
          <dd>{member.onlyInVarde.length > 0 ? named(member.onlyInVarde) : t('feideGroups.nothing')}</dd>
        </div>
        <div>
          <dt>{t('feideGroups.inBoth')}</dt>
          <dd>{format.number(member.inBoth)}</dd>
        </div>
      </dl>
    </li>
  );
}
