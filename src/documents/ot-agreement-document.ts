/**
 * The form "Avklaringssamtale og oppfølgingsavtale" as a document: what the PDF is made from, and
 * who it goes to (src/domain/ot/agreement-distribution.ts): the original to the student, a copy to
 * each participant present and to guardians who were not there while the student is under 18, one
 * to the archive; the written summons attached when the student is written out without attending.
 */
import { agreementDistribution } from '../domain/ot/agreement-distribution.js';
import { meetingPeople, type StoredMeeting } from '../domain/ot/avklaring-meeting-view.js';
import type { AvklaringGround } from '../domain/ot/avklaring-workflow.js';
import { documentTitles } from './document-titles.js';
import type { DocumentLanguage, Letterhead, OtAgreementDocumentInput, SummonsDocumentInput } from './document-models.js';

export interface OtAgreementDocument {
  input: OtAgreementDocumentInput;
  title: string;
  /** The distribution in words, for the archive's "sent to". */
  recipients: string[];
  filename: string;
}

export function otAgreementDocument(source: {
  letterhead: Letterhead;
  language: DocumentLanguage;
  today: string;
  student: { name: string; birthDate: string | null; groupName: string | null };
  /** Guardians with parental responsibility. */
  guardians: ReadonlyArray<{ name: string }>;
  ground: AvklaringGround;
  opplysingar: OtAgreementDocumentInput['opplysingar'];
  agreement: OtAgreementDocumentInput['agreement'];
  signatures: OtAgreementDocumentInput['signatures'];
  /** The meeting the form is from: the held one, else the last summoned (src/domain/ot/avklaring-meeting-view.ts agreementMeeting). */
  meeting: { startsAt: Date; place: string | null; stored: StoredMeeting } | null;
  writtenOut: boolean;
  /** The written summons of that meeting, to attach if the distribution says so. */
  summons: SummonsDocumentInput | null;
}): OtAgreementDocument {
  const people = source.meeting ? meetingPeople(source.meeting.stored) : [];
  const { lines, attachSummons } = agreementDistribution({
    student: source.student,
    participants: people.map((p) => ({ name: p.name, kind: p.kind, present: p.present === true })),
    guardians: source.guardians,
    on: source.meeting?.stored.on ?? source.today,
    writtenOut: source.writtenOut,
  });
  const title = documentTitles.otAgreement[source.language];
  return {
    input: {
      letterhead: source.letterhead,
      language: source.language,
      student: source.student,
      ground: source.ground,
      meeting: source.meeting ? { startsAt: source.meeting.startsAt.toISOString(), place: source.meeting.place ?? '', outcome: source.meeting.stored.outcome } : null,
      opplysingar: source.opplysingar,
      participants: people.map((p) => ({ name: p.name, kind: p.kind, present: p.present })),
      agreement: source.agreement,
      signatures: source.signatures,
      distribution: lines,
      attachedSummons: attachSummons ? source.summons : null,
      generatedOn: source.today,
    },
    title,
    recipients: lines.map((l) => (l.kind === 'arkiv' ? 'arkiv' : `${l.name} (${l.copy})`)),
    filename: 'avklaringssamtale-og-oppfolgingsavtale.pdf',
  };
}
