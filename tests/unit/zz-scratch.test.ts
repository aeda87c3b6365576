import { it } from 'vitest';
import { draftEmail } from '~/domain/email-draft';
import { countWords } from '~/domain/text';
import { createInterview } from '~/domain/model';
it('prints', () => {
  const iv = createInterview({ id: 'a', interviewerId: 'b', now: new Date('2026-03-02T10:00:00Z'), timeZone: 'Europe/London', today: '2026-03-02' });
  const interview = { ...iv, role: 'Product Designer', company: 'Acme', notes: { ...iv.notes, points: ['the plan to expand the design team into Singapore next year'], wentWell: 'walking through the checkout redesign case study', elaborate: 'my experience running research with older customers' } };
  for (const kind of ['thank-you', 'check-in'] as const) {
    const d = draftEmail({ kind, interview, interviewer: { name: 'Jane Tan' }, profile: { name: 'Sam Lee', mobile: '+44 7700 900123' }, interviewDateText: 'Tuesday 3 March' });
    console.log(d.subject + '\n' + d.body + '\n' + countWords(d.body));
    const e = draftEmail({ kind, interview: iv, interviewer: { name: '' }, profile: { name: '', mobile: '' }, interviewDateText: '' });
    console.log(e.subject + '\n' + e.body + '\n' + countWords(e.body));
  }
});
