/**
 * The tables a demo dataset fills, in the order of their foreign keys: the loader inserts them in
 * this order, and the factories build these tables' insert rows.
 */
import {
  absenceRecords,
  accounts,
  calendarBreaks,
  grades,
  groupMemberships,
  groupTeachers,
  groups,
  guardians,
  intakeData,
  owners,
  schoolYears,
  schools,
  staff,
  staffRoles,
  studentGuardians,
  students,
  teacherReports,
  terms,
  timetableSlots,
} from '../db/schema.js';

export const demoTables = {
  owners,
  schools,
  schoolYears,
  terms,
  calendarBreaks,
  staff,
  staffRoles,
  accounts,
  students,
  guardians,
  studentGuardians,
  groups,
  groupMemberships,
  groupTeachers,
  timetableSlots,
  intakeData,
  grades,
  teacherReports,
  absenceRecords,
};

export type DemoTableName = keyof typeof demoTables;
export type InsertRow<N extends DemoTableName> = (typeof demoTables)[N]['$inferInsert'];
