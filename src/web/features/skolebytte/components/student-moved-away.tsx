import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../components/app-link';
import { LoadingStatus } from '../../../components/loading-status';
import { useDocumentTitle } from '../../../components/use-document-title';
import { useFormat } from '../../../i18n/format';
import { useLatestSchoolMove, useMoveResult } from '../api/use-skolebytte';

/**
 * A student page that is no longer ours because the student moved to another school of the owner:
 * where the student went, from which day, and until when the cases this school closed can be read.
 * Right after the move, also what became of each case. To anyone the server tells nothing, the
 * page is the usual "not found" (`fallback`).
 */
export function StudentMovedAway({ studentId, fallback }: { studentId: string | undefined; fallback: ReactNode }) {
  const { t } = useTranslation();
  const latest = useLatestSchoolMove(studentId ?? '', !!studentId);
  if (!studentId) return fallback;
  if (latest.isPending) return <LoadingStatus text={t('skolebytte.moved.loading')} />;
  const move = latest.data?.move;
  if (!move) return fallback;
  return <MovedAway studentId={studentId} move={move} />;
}

function MovedAway({ studentId, move }: { studentId: string; move: NonNullable<ReturnType<typeof useLatestSchoolMove>['data']>['move'] & object }) {
  const { t } = useTranslation();
  const format = useFormat();
  const result = useMoveResult(studentId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('skolebytte.moved.title'));
  useEffect(() => {
    // Just moved: the page has changed under the person's hands; say where they are.
    if (result) headingRef.current?.focus();
  }, [result]);

  return (
    <div className="stack">
      <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1}>
        {t('skolebytte.moved.title')}
      </Heading>
      <Alert data-color="success" role="status">
        <Paragraph>{t('skolebytte.moved.where', { from: move.fromSchool.name, to: move.toSchool.name, date: format.date(move.movedOn) })}</Paragraph>
      </Alert>
      {result && (
        <div className="stack stack--tight">
          {result.handedOver.length > 0 && (
            <Paragraph>
              {t('skolebytte.moved.handedOver', {
                count: result.handedOver.length,
                cases: format.list(result.handedOver.map((c) => t('skolebytte.moved.caseTo', { kind: t(`caseKind.${c.kind}`), name: c.responsible.name }))),
              })}
            </Paragraph>
          )}
          {result.closed.length > 0 && (
            <Paragraph>{t('skolebytte.moved.closed', { count: result.closed.length, cases: format.list(result.closed.map((c) => t(`caseKind.${c.kind}`))) })}</Paragraph>
          )}
          <Paragraph>{t('skolebytte.moved.tasks', { following: result.tasksFollowing, closed: result.tasksClosed })}</Paragraph>
        </div>
      )}
      <Paragraph>{t('skolebytte.moved.readUntil', { date: format.date(move.formerReadUntil) })}</Paragraph>
      <Paragraph>
        <AppLink to="/saker">{t('skolebytte.moved.toCases')}</AppLink>
      </Paragraph>
      <Paragraph>
        <AppLink to="/">{t('common.toStart')}</AppLink>
      </Paragraph>
    </div>
  );
}
