/** The written summons to a case meeting as a document: who it goes to, what the PDF is made from. */
import type { FollowUpCaseKind } from '../domain/cases/case-workflow.js';
import type { AvklaringParticipantKind } from '../domain/ot/avklaring-participants.js';
import { avklaringSummonsRecipients } from '../domain/ot/avklaring-summons.js';
import type { AvklaringGround } from '../domain/ot/avklaring-workflow.js';
import { isMinorOn } from '../domain/student-age.js';
import { osloDate } from '../lib/clock.js';
import { groundText, participantKindText } from './avklaring-words.js';
import type { CaseDetail } from '../shared/case-api.js';
import { documentTitles } from './document-titles.js';
import type { DocumentLanguage, DocumentPerson, Letterhead, SummonsDocumentInput, SummonsMeetingKind } from './document-models.js';

/** Who gets the summons: the guardians with parental responsibility while the student is under 18 (or the birth date is missing), else the student. */
export function summonsRecipients(detail: Pick<CaseDetail, 'guardians' | 'student'>, today: string): string[] {
  if (!isMinorOn(detail.student.birthDate, today)) return [detail.student.name];
  const guardians = detail.guardians.filter((g) => g.parentalResponsibility).map((g) => g.name);
  return guardians.length > 0 ? guardians : [detail.student.name];
}

export interface SummonsMeeting {
  kind: SummonsMeetingKind;
  startsAt: Date;
  place: string | null;
  agenda: string[];
  invited: DocumentPerson[];
  summonsSentOn: string | null;
}

export interface SummonsDocument {
  input: SummonsDocumentInput;
  title: string;
  recipients: string[];
  filename: string;
}

export function summonsDocument(source: {
  detail: CaseDetail;
  caseKind: FollowUpCaseKind;
  meeting: SummonsMeeting;
  sender: SummonsDocumentInput['sender'];
  letterhead: Letterhead;
  language: DocumentLanguage;
  today: string;
}): SummonsDocument {
  const { detail, meeting, language, today } = source;
  const recipients = summonsRecipients(detail, today);
  return {
    input: {
      letterhead: source.letterhead,
      language,
      student: { name: detail.student.name, birthDate: detail.student.birthDate, groupName: detail.student.groupName },
      caseKind: source.caseKind,
      recipients,
      meeting: {
        kind: meeting.kind,
        startsAt: meeting.startsAt.toISOString(),
        place: meeting.place ?? '',
        purpose: meeting.agenda.join('\n'),
        invited: meeting.invited,
      },
      sender: source.sender,
      sentOn: meeting.summonsSentOn ?? today,
    },
    title: documentTitles.summons[language],
    recipients,
    filename: 'innkalling.pdf',
  };
}

/**
 * The written summons to a clarification meeting with OT (avklaringssamtale): to the student, and
 * to the guardians with parental responsibility while the student is under 18 on the meeting day;
 * it says why the meeting is held (the case's ground) and who is invited, by their part in it.
 */
export function avklaringSummonsDocument(source: {
  student: { name: string; birthDate: string | null; groupName: string | null };
  guardians: ReadonlyArray<{ name: string; parentalResponsibility: boolean }>;
  ground: AvklaringGround;
  meeting: { startsAt: Date; place: string | null; invited: ReadonlyArray<{ kind: AvklaringParticipantKind; name: string }>; summonsSentOn: string | null };
  sender: SummonsDocumentInput['sender'];
  letterhead: Letterhead;
  language: DocumentLanguage;
  today: string;
}): SummonsDocument {
  const { student, meeting, language, today } = source;
  const startsAt = meeting.startsAt.toISOString();
  const { recipients } = avklaringSummonsRecipients({ student, guardians: source.guardians, meetingOn: osloDate(meeting.startsAt) });
  return {
    input: {
      letterhead: source.letterhead,
      language,
      student,
      caseKind: 'ot_avklaring',
      recipients,
      meeting: {
        kind: 'avklaringssamtale',
        startsAt,
        place: meeting.place ?? '',
        purpose: groundText[language][source.ground],
        invited: meeting.invited.map((p) => ({ name: p.name, role: participantKindText[language][p.kind] })),
      },
      sender: source.sender,
      sentOn: meeting.summonsSentOn ?? today,
    },
    title: documentTitles.avklaringSummons[language],
    recipients,
    filename: 'innkalling-avklaringssamtale.pdf',
  };
}
