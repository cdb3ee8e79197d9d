import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { AppLink } from '../../../components/app-link';
import { DateField } from '../../../components/date-field';
import { LoadingStatus } from '../../../components/loading-status';
import { useFormat } from '../../../i18n/format';
import { groupLabel } from '../../../lib/groups';
import { useMyLessons } from '../api/use-my-lessons';
import { dayRegisterPath, lessonPath } from '../registration-paths';

/**
 * "My lessons today": the teacher's lessons of the day from the timetable, in time order, each
 * one tap from its register and marked when registered; the contact teacher's class for the whole
 * day; on a day without lessons, which weekdays the groups have lessons.
 */
export function MyLessons({ date, today, onDate }: { date: string; today: string; onDate: (date: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const query = useMyLessons(date);
  const day = format.date(date);

  return (
    <div className="stack stack--wide">
      <div className="stack">
        <Heading level={1} data-size="lg">
          {date === today ? t('myLessons.titleToday') : t('myLessons.title', { date: day })}
        </Heading>
        <Paragraph>{t('myLessons.intro')}</Paragraph>
      </div>
      <div className="choice-row">
        <DateField id={`${id}-date`} label={t('registration.date')} value={date} onChange={onDate} />
      </div>

      {query.isPending ? (
        <LoadingStatus text={t('myLessons.loading')} />
      ) : query.isError ? (
        <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <section className="stack" aria-labelledby={`${id}-lessons`}>
            <Heading level={2} data-size="sm" id={`${id}-lessons`}>
              {t('myLessons.lessonsHeading', { date: day })}
            </Heading>
            {query.data.lessons.length === 0 ? (
              <div role="status" className="stack">
                <Paragraph>{t('myLessons.none', { date: day })}</Paragraph>
                {query.data.groups.length > 0 && (
                  <ul className="my-lessons__days">
                    {query.data.groups.map((g) => (
                      <li key={g.groupId}>
                        {t('myLessons.groupDays', {
                          group: groupLabel({ name: g.groupName, subjectName: g.subjectName }),
                          days: format.list(g.weekdays.map((d) => t(`myLessons.weekday.${d}`))),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ) : (
              <ul className="my-lessons">
                {query.data.lessons.map((l) => (
                  <li key={`${l.groupId}:${l.lessonNumber}`} className="my-lessons__item">
                    <AppLink to={lessonPath(l.groupId, date, today, l.lessonNumber)}>
                      {t('myLessons.lesson', {
                        number: l.lessonNumber,
                        from: l.startsAt.slice(0, 5),
                        to: l.endsAt.slice(0, 5),
                        group: groupLabel({ name: l.groupName, subjectName: l.subjectName }),
                      })}
                    </AppLink>{' '}
                    <Tag data-color={l.registered ? 'success' : 'neutral'} data-size="sm">
                      {l.registered ? t('myLessons.registered') : t('myLessons.notRegistered')}
                    </Tag>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {query.data.classes.length > 0 && (
            <section className="stack" aria-labelledby={`${id}-classes`}>
              <Heading level={2} data-size="sm" id={`${id}-classes`}>
                {t('myLessons.classesHeading')}
              </Heading>
              <Paragraph>{t('myLessons.classesIntro')}</Paragraph>
              <ul className="my-lessons">
                {query.data.classes.map((c) => (
                  <li key={c.groupId} className="my-lessons__item">
                    <AppLink to={dayRegisterPath(c.groupId, date, today)}>{t('myLessons.wholeDay', { group: c.groupName })}</AppLink>{' '}
                    <Tag data-color={c.registered ? 'success' : 'neutral'} data-size="sm">
                      {c.registered ? t('myLessons.registered') : t('myLessons.notRegistered')}
                    </Tag>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
