import type { Interviewer } from '../../domain/records/model';
import { buildVCard, vcardFileName } from '../../domain/calendar/vcard';
import { downloadText } from '../download';

/** "Save contact (.vcf)": the interviewer as a contact card for the phone's address book. */
export function ContactCardLink(props: { person: Interviewer; company: string }) {
  const save = () =>
    downloadText(buildVCard({ interviewer: props.person, company: props.company }), vcardFileName(props.person.name), 'text/vcard;charset=utf-8');
  return (
    <button type="button" class="secondary" disabled={props.person.name.trim() === ''} onClick={save}>
      Save contact (.vcf)
    </button>
  );
}
