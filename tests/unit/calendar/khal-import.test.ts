/**
 * A real calendar client reads Nudge's cancellations: Debian's `khal` imports
 * the first downloaded file, then the one downloaded after skipping a
 * follow-up and recording an offer, and must list no reminder left live.
 * Skips, saying so, only where khal is not installed (CI installs it: .ci/run).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { endedFollowUps, upcomingEvents, type EventTexts } from '~/domain/calendar/follow-up-events';
import { buildInterviewCalendar } from '~/domain/calendar/interview-calendar';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildChain } from '~/domain/schedule/schedule';
import { londoner, singapore } from '../support/holidays';
import { khalCalendar, khalInstalled, KHAL } from '../support/khal';

const texts: EventTexts = { thankYou: 'Thank you', checkInEmail: 'Checking in', call: 'Call script', closing: 'Closing note' };
const calendar = khalInstalled ? khalCalendar() : undefined;
afterAll(() => calendar?.dispose());

async function download(record: Interview, now: Date) {
  const chain = buildChain(record, { holidays: singapore, person: londoner, now });
  const result = await buildInterviewCalendar(record, upcomingEvents(record, chain, texts, now, 'Europe/London'), endedFollowUps(record, chain, texts, now, 'Europe/London'), now);
  if (!result.ok) throw new Error(result.error);
  return result;
}

const title = 'khal imports the first and the second calendar file';
describe.skipIf(!khalInstalled)(khalInstalled ? title : `${title} (skipped: ${KHAL} is not installed; apt-get install khal)`, () => {
  it('after a follow-up is skipped and an offer recorded, lists no live reminder', async () => {
    // A London person, a Singapore interviewer: Tue 24 Nov 2026 at 10:00 there, entered at 18:30 in London.
    const entered = new Date('2026-11-24T18:30:00Z');
    const base = createInterview({ id: 'sg-1', interviewerId: 'p1', now: entered, timeZone: 'Asia/Singapore', today: '2026-11-24' });
    const record: Interview = { ...base, company: 'Kopi Labs', time: '10:00', hearBackBy: '2026-12-01', interviewers: [{ ...base.interviewers[0]!, name: 'Wei Chen' }] };
    const list = () => calendar!.list('2026-11-01', '2027-06-01');

    const first = await download(record, entered);
    calendar!.importText(first.text);
    expect(list()).toHaveLength(first.count);
    expect(list().every((line) => !line.startsWith('CANCELLED'))).toBe(true);

    // The thank-you is sent, check-in 1 skipped; then, on 3 December, an offer.
    const later = new Date('2026-12-03T09:00:00Z');
    const after = {
      ...record,
      calendar: first.stamps,
      outcome: 'offer' as const,
      followUps: { 'thank-you': { status: 'done' as const, saidBy: '' }, 'check-in-1': { status: 'skipped' as const, saidBy: '' } },
    };
    const second = await download(after, later);
    expect(second.count).toBe(0);
    calendar!.importText(second.text);
    const live = list().filter((line) => !line.startsWith('CANCELLED'));
    // Only the thank-you stays, as history: it was done, and its time had passed.
    expect(live).toEqual(['Schedule send: Email Wei Chen (Kopi Labs) — thank you']);
    expect(list().filter((line) => line.startsWith('CANCELLED'))).toHaveLength(first.count - 1);
    // khal is a Python program started six times: give a busy machine time (a limit, not a wait).
  }, 240_000);
});
