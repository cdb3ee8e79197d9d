/** The reports after an assessment round (data/leadership/find-class-reports.ts) → the JSON of src/shared/report-api.ts. */
import type { ClassReports, ReportClass } from '../../data/leadership/find-class-reports.js';
import { severalSubjects, type ClassReport as DomainClassReport } from '../../domain/leadership/build-class-report.js';
import type { ClassReport, SchoolReports } from '../../shared/report-api.js';

/** A class before the first round has begun: nothing to count yet. */
const noReport: DomainClassReport = {
  subjects: [],
  studentsAtRisk: [],
  absenceConcerns: [],
  totals: { graded: 0, grade1: 0, iv: 0, studentsWithLowGrade: 0, studentsAtRisk: 0, overLimit: 0, studentsOverLimit: 0 },
};

function presentHead(reports: ClassReports) {
  const { school, rounds, round, period, limit } = reports;
  return {
    school,
    rounds,
    round,
    period: period ? { termName: period.term.name, from: period.from, to: period.to } : null,
    limit,
    severalSubjects,
  };
}

const classHead = (c: ReportClass) => ({ id: c.id, name: c.name, level: c.level, programme: c.programme, contactTeachers: c.contactTeachers, studentCount: c.students.length });

/** One class's report, naming its students. */
export function presentClassReport(reports: ClassReports, c: ReportClass): ClassReport {
  const report = c.report ?? noReport;
  const nameOf = new Map(c.students.map((s) => [s.id, s]));
  return {
    ...presentHead(reports),
    class: classHead(c),
    totals: report.totals,
    subjects: report.subjects.map(({ lowGradeStudentIds, ...subject }) => ({ ...subject, lowGradeStudents: lowGradeStudentIds.map((id) => nameOf.get(id)!) })),
    studentsAtRisk: report.studentsAtRisk,
    absenceConcerns: report.absenceConcerns,
  };
}

/** The students a class's report names: each one is a read in the audit log. */
export function studentsInClassReport(report: ClassReport): string[] {
  return [
    ...report.subjects.flatMap((s) => s.lowGradeStudents.map((st) => st.id)),
    ...report.studentsAtRisk.map((s) => s.student.id),
    ...report.absenceConcerns.map((c) => c.student.id),
  ];
}

/** Every class of the school in figures, and the school's sums: no student is named. */
export function presentSchoolReports(reports: ClassReports): SchoolReports {
  const classes = reports.classes.map((c) => ({ ...classHead(c), totals: (c.report ?? noReport).totals }));
  const sum = (key: keyof DomainClassReport['totals']) => classes.reduce((total, c) => total + c.totals[key], 0);
  return {
    ...presentHead(reports),
    classes,
    totals: {
      graded: sum('graded'),
      grade1: sum('grade1'),
      iv: sum('iv'),
      studentsWithLowGrade: sum('studentsWithLowGrade'),
      studentsAtRisk: sum('studentsAtRisk'),
      overLimit: sum('overLimit'),
      studentsOverLimit: sum('studentsOverLimit'),
    },
  };
}
