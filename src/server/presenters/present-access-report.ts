/** An access report's lines → the contract of src/shared/audit-api.ts. */
import type { FoundStaffAccessLog, StaffAccessLine } from '../../data/audit/find-staff-access-log.js';
import type { StudentAccessReport } from '../../data/audit/find-student-access-report.js';
import type { AccessActor, AccessReportLine } from '../../domain/audit/build-access-report.js';
import type { AccessLine, AccessReportView, StaffAccessLog } from '../../shared/audit-api.js';

export function presentAccessActor(actor: AccessActor): NonNullable<AccessLine['actor']> {
  return { staffId: actor.staffId, name: actor.name, roles: actor.roles.map((r) => ({ role: r.role, schoolName: r.schoolName })) };
}

function presentLine(line: AccessReportLine): AccessLine {
  return {
    day: line.day,
    firstAt: line.firstAt,
    lastAt: line.lastAt,
    action: line.action,
    subject: line.subject,
    actor: line.actor ? presentAccessActor(line.actor) : null,
    count: line.count,
    status: line.status,
    addresses: line.addresses,
  };
}

export function presentAccessReport(report: StudentAccessReport): AccessReportView {
  return { student: report.student, period: report.period, lines: report.lines.map(presentLine), refusals: report.refusals.map(presentLine) };
}

const presentStaffLine = (line: StaffAccessLine): StaffAccessLog['lines'][number] => ({ ...presentLine(line), student: line.student });

export function presentStaffAccessLog(log: FoundStaffAccessLog): StaffAccessLog {
  return { staff: presentAccessActor(log.staff), period: log.period, lines: log.lines.map(presentStaffLine), refusals: log.refusals.map(presentStaffLine) };
}

/** The students a staff log names: each is a read of that student (docs/decisions/013). */
export function studentsInStaffLog(log: StaffAccessLog): string[] {
  return [...log.lines, ...log.refusals].flatMap((l) => (l.student ? [l.student.id] : []));
}
