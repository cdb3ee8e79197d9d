import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentDetail } from '../../../../shared/api';
import { NotGiven } from '../../../components/not-given';
import { ScrollTable } from '../../../components/scroll-table';

/** The guardians, with parental responsibility written out (never shown by colour alone). */
export function GuardiansTable({ student }: { student: StudentDetail }) {
  const { t } = useTranslation();
  const captionId = useId();
  const studentName = t('common.personName', { given: student.givenName, family: student.familyName });
  return (
    <section className="stack">
      <Heading level={2} data-size="md">
        {t('guardians.heading')}
      </Heading>
      {student.access === 'subject' ? (
        <Paragraph>{t('guardians.notForSubjectTeachers')}</Paragraph>
      ) : student.guardians.length === 0 ? (
        <Paragraph>{t('guardians.none')}</Paragraph>
      ) : (
        <ScrollTable captionId={captionId}>
          <Table border>
            <caption id={captionId}>{t('guardians.caption', { name: studentName })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('guardians.columns.name')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('guardians.columns.relation')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('guardians.columns.parentalResponsibility')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('guardians.columns.phone')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('guardians.columns.email')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {student.guardians.map((guardian) => (
                <Table.Row key={guardian.id}>
                  <Table.HeaderCell scope="row">
                    {t('common.personName', { given: guardian.givenName, family: guardian.familyName })}
                  </Table.HeaderCell>
                  <Table.Cell>{guardian.relation}</Table.Cell>
                  <Table.Cell>{guardian.parentalResponsibility ? t('common.yes') : t('common.no')}</Table.Cell>
                  <Table.Cell>
                    {guardian.phone ? <Link href={`tel:${guardian.phone.replace(/\s+/g, '')}`}>{guardian.phone}</Link> : <NotGiven />}
                  </Table.Cell>
                  <Table.Cell>
                    {guardian.email ? <Link href={`mailto:${guardian.email}`}>{guardian.email}</Link> : <NotGiven />}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
