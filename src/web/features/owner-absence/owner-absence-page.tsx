import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { bandsOfConcern } from '../../../domain/owner/absence-band';
import { staircaseOutcomes, staircaseSteps } from '../../../domain/owner/count-absence-team';
import type { AbsenceTeam } from '../../../shared/owner-api';
import { isApiFailure } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { LoadingStatus } from '../../components/loading-status';
import { Refusal } from '../../components/refusal';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormat } from '../../i18n/format';
import { useAbsenceTeam } from './api/use-absence-team';
import { AbsenceTeamTable } from './components/absence-team-table';
import { ShownDays, ShownFigure } from './components/shown-figure';
import './owner-absence.css';

/**
 * The municipality's absence team (fraværsteam; the skoleeier, or the county's for its schools;
 * issue 13 part 4): per school and trinn, absence this school year, the staircase, how long cases
 * last and recurring absence — the routine's "oversikt: kommune, skole og trinn". Counts only,
 * never a name; 1–4 hidden, and a total with a hidden part only "at least".
 */
export function OwnerAbsencePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('ownerAbsence.title'));
  const query = useAbsenceTeam();
  const failure = isApiFailure(query.error) ? query.error : null;
  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('ownerAbsence.title')}
        </Heading>
        <Paragraph>{t('ownerAbsence.intro')}</Paragraph>
      </div>
      {query.isPending ? (
        <LoadingStatus text={t('ownerAbsence.loading')} />
      ) : failure?.code === 'forbidden' ? (
        <Refusal kind="forbidden" text={t('ownerAbsence.forbidden')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.schools.length === 0 ? (
        <Paragraph>{t('ownerAbsence.none')}</Paragraph>
      ) : (
        <Figures data={query.data} />
      )}
    </div>
  );
}

function Figures({ data }: { data: AbsenceTeam }) {
  const { t } = useTranslation();
  const format = useFormat();
  const small = data.smallCount;
  const figure = (value: Parameters<typeof ShownFigure>[0]['value']) => <ShownFigure value={value} small={small} />;
  const from = [...new Set(data.schools.map((s) => s.absenceFrom).filter((d): d is string => d !== null))].sort();
  const withoutYear = data.schools.filter((s) => s.absenceFrom === null).map((s) => s.name);

  return (
    <>
      <section className="stack" aria-labelledby="fravaersteam-fravaer">
        <Heading level={2} data-size="md" id="fravaersteam-fravaer">
          {t('ownerAbsence.absence.heading')}
        </Heading>
        <Paragraph>{from.length > 0 ? t('ownerAbsence.absence.intro', { from: format.list(from.map((d) => format.date(d))), today: format.date(data.today) }) : t('ownerAbsence.absence.noYear')}</Paragraph>
        {withoutYear.length > 0 && from.length > 0 && <Paragraph data-size="sm">{t('ownerAbsence.absence.schoolsWithoutYear', { schools: format.list(withoutYear) })}</Paragraph>}
        <AbsenceTeamTable
          data={data}
          caption={t('ownerAbsence.absence.caption')}
          columns={[
            { label: t('ownerAbsence.columns.students'), cell: (f) => format.number(f.students) },
            ...bandsOfConcern.map((band) => ({ label: t(`ownerAbsence.band.${band}`), cell: (f: AbsenceTeam['total']) => figure(f.absence[band]) })),
          ]}
        />
      </section>

      <section className="stack" aria-labelledby="fravaersteam-trappen">
        <Heading level={2} data-size="md" id="fravaersteam-trappen">
          {t('ownerAbsence.staircase.heading')}
        </Heading>
        <Paragraph>{t('ownerAbsence.staircase.intro')}</Paragraph>
        <AbsenceTeamTable
          data={data}
          caption={t('ownerAbsence.staircase.caption')}
          columns={[
            ...staircaseSteps.map((step) => ({ label: t(`caseStep.${step}`), cell: (f: AbsenceTeam['total']) => figure(f.steps[step]) })),
            { label: t('ownerAbsence.columns.openCases'), cell: (f) => figure(f.openCases) },
            { label: t('ownerAbsence.columns.openMedian'), cell: (f) => <ShownDays value={f.openDays.median} /> },
            { label: t('ownerAbsence.columns.openLongest'), cell: (f) => <ShownDays value={f.openDays.longest} /> },
          ]}
        />
      </section>

      <section className="stack" aria-labelledby="fravaersteam-avsluttet">
        <Heading level={2} data-size="md" id="fravaersteam-avsluttet">
          {t('ownerAbsence.closed.heading')}
        </Heading>
        <Paragraph>{t('ownerAbsence.closed.intro')}</Paragraph>
        <AbsenceTeamTable
          data={data}
          caption={t('ownerAbsence.closed.caption')}
          columns={[
            ...staircaseOutcomes.map((outcome) => ({ label: t(`caseOutcome.${outcome}`), cell: (f: AbsenceTeam['total']) => figure(f.outcomes[outcome]) })),
            { label: t('ownerAbsence.columns.closedCases'), cell: (f) => figure(f.closedCases) },
            { label: t('ownerAbsence.columns.closedMedian'), cell: (f) => <ShownDays value={f.closedDays.median} /> },
          ]}
        />
      </section>

      <section className="stack" aria-labelledby="fravaersteam-gjentar">
        <Heading level={2} data-size="md" id="fravaersteam-gjentar">
          {t('ownerAbsence.recurring.heading')}
        </Heading>
        <Paragraph>{t('ownerAbsence.recurring.intro')}</Paragraph>
        <AbsenceTeamTable
          data={data}
          caption={t('ownerAbsence.recurring.caption')}
          columns={[
            { label: t('ownerAbsence.columns.patternStudents'), cell: (f) => figure(f.patternStudents) },
            { label: t('ownerAbsence.columns.repeatedCases'), cell: (f) => figure(f.repeatedCases) },
          ]}
        />
      </section>

      <section className="stack" aria-labelledby="fravaersteam-om">
        <Heading level={2} data-size="sm" id="fravaersteam-om">
          {t('ownerAbsence.about.heading')}
        </Heading>
        <ul>
          <li>{t('ownerAbsence.about.small', { count: small })}</li>
          <li>{t('ownerAbsence.about.atLeast', { count: small })}</li>
          <li>{t('ownerAbsence.about.days', { count: small })}</li>
          <li>{t('ownerAbsence.about.names')}</li>
        </ul>
      </section>
    </>
  );
}
