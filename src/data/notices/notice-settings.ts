/** The school's notice settings (issue 15): the language of its notices and the same-day notice to guardians. */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { schools } from '../../db/schema.js';
import type { NoticeLanguage } from '../../domain/notices/notice-kinds.js';

export interface SchoolNoticeSettings {
  language: NoticeLanguage;
  sameDayAbsenceNotice: boolean;
  phone: string | null;
}

export async function findNoticeSettings(db: Db, ownerId: string, schoolId: string): Promise<SchoolNoticeSettings | undefined> {
  const [row] = await db
    .select({ language: schools.noticeLanguage, sameDayAbsenceNotice: schools.sameDayAbsenceNotice, phone: schools.noticePhone })
    .from(schools)
    .where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)));
  return row ? { ...row, language: row.language as NoticeLanguage } : undefined;
}

/** False when the school is not the owner's. */
export async function saveNoticeSettings(db: Db, ownerId: string, schoolId: string, settings: SchoolNoticeSettings): Promise<boolean> {
  const saved = await db
    .update(schools)
    .set({ noticeLanguage: settings.language, sameDayAbsenceNotice: settings.sameDayAbsenceNotice, noticePhone: settings.phone })
    .where(and(eq(schools.ownerId, ownerId), eq(schools.id, schoolId)))
    .returning({ id: schools.id });
  return saved.length > 0;
}
