/** OT's register as the contract's shapes (src/shared/ot-api.ts): a youth in the list, a youth's follow-up, the county's figures. */
import type { z } from 'zod';
import type { LoadedOtYouth } from '../../data/ot/load-ot-youth.js';
import type { YouthAgreement } from '../../data/ot/find-youth-agreement.js';
import type { OtStatisticsReading } from '../../data/ot/find-ot-statistics.js';
import { otRightLastDay, withinOtAge, type OtAgeLimit } from '../../domain/ot/ot-age-limit.js';
import { leaveReasons, otStatusGroup } from '../../domain/ot/ot-codes.js';
import { shownCounts } from '../../domain/ot/ot-statistics.js';
import { youthFollowUpSummary } from '../../domain/ot/youth-follow-up-summary.js';
import { ageOrNullOn } from '../../domain/student-age.js';
import { agreementContent, type OtStatistics, type YouthDetail, type youthSummary } from '../../shared/ot-api.js';

type YouthSummary = z.infer<typeof youthSummary>;

export function presentYouthSummary(youth: LoadedOtYouth, limit: OtAgeLimit, today: string): YouthSummary {
  const summary = youthFollowUpSummary(youth, youth.entries, today);
  return {
    id: youth.id,
    student: { id: youth.studentId, name: `${youth.givenName} ${youth.familyName}`, birthDate: youth.birthDate, age: ageOrNullOn(youth.birthDate, today) },
    originSchool: { id: youth.originSchool.id, name: youth.originSchool.name },
    leftOn: youth.leftOn,
    leaveReason: youth.leaveReason,
    status: summary.status,
    statusGroup: otStatusGroup(summary.status),
    statusSince: summary.statusSince,
    advisor: youth.advisor,
    lastContactOn: summary.lastContactOn,
    rightEndsOn: otRightLastDay(youth.birthDate, limit),
    caseId: youth.caseId,
    hasSignedAgreement: youth.agreementSignedAt !== null,
    guardiansToInform: summary.guardiansToInform,
  };
}

export function presentYouthDetail(
  youth: LoadedOtYouth,
  input: { limit: OtAgeLimit; today: string; guardians: YouthDetail['guardians']; agreement: YouthAgreement | undefined; mayFollowUp: boolean },
): YouthDetail {
  const { limit, today } = input;
  const summary = youthFollowUpSummary(youth, youth.entries, today);
  const content = agreementContent.safeParse(input.agreement?.content ?? {});
  return {
    ...presentYouthSummary(youth, limit, today),
    guardians: input.guardians,
    entries: [...youth.entries]
      .sort((a, b) => (a.on === b.on ? b.createdAt.localeCompare(a.createdAt) : b.on.localeCompare(a.on)))
      .map((e) => ({ id: e.id, kind: e.kind, on: e.on, statusCode: e.statusCode, detail: { ...e.detail }, staffName: e.staffName, createdAt: e.createdAt })),
    agreement: input.agreement
      ? { content: content.success ? content.data : agreementContent.parse({}), signedAt: input.agreement.signedAt?.toISOString() ?? null, documentId: input.agreement.documentId }
      : null,
    plan: summary.plan,
    mayWrite: input.mayFollowUp && withinOtAge(youth.birthDate, limit, today),
  };
}

export function presentOtStatistics(reading: OtStatisticsReading): OtStatistics {
  const { snapshot, schools } = reading;
  const all = shownCounts(snapshot.all);
  return {
    on: snapshot.on,
    total: all.total,
    byStatus: all.byStatus,
    byGroup: all.byGroup,
    bySchool: [...snapshot.bySchool]
      .map(([schoolId, counts]) => {
        const shown = shownCounts(counts);
        const school = schools.get(schoolId)!;
        return { school: { id: school.id, name: school.name }, byGroup: shown.byGroup, total: shown.total };
      })
      .sort((a, b) => a.school.name.localeCompare(b.school.name, 'nb')),
    byReason: leaveReasons.map((reason) => {
      const shown = shownCounts(snapshot.byReason.get(reason)!);
      return { reason, byGroup: shown.byGroup, total: shown.total };
    }),
  };
}

/** The schools of the snapshot with their counts per status code, for the export. */
export function statisticsBySchoolAndStatus(reading: OtStatisticsReading) {
  return [...reading.snapshot.bySchool]
    .map(([schoolId, counts]) => {
      const school = reading.schools.get(schoolId)!;
      return { name: school.name, orgNumber: school.orgNumber, byStatus: shownCounts(counts).byStatus };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}
