import { describe, expect, it } from 'vitest';
import { agendaLine, canSendNow, type AgendaLineInput } from '~/domain/schedule/agenda-line';
import { createInterview } from '~/domain/records/defaults';
import { buildSchedule } from '~/domain/schedule/schedule';
import { interviewStart } from '~/domain/schedule/send-time';
import { personDayOf } from '~/domain/schedule/person-day';
import { england } from '../support/holidays';

// Priya in Kuala Lumpur (GMT+8); Tom interviews her from London (GMT in March) at 10:00 on Tue 3 March 2026.
const priya = personDayOf({ dayStart: '', dayEnd: '' }, 'Asia/Kuala_Lumpur');
const tom = { name: 'Tom Hughes', timeZone: 'Europe/London', workdayStart: '09:00', workdayEnd: '17:30', holidays: england };
const START = new Date('2026-03-03T10:00:00Z');

const thankYou: AgendaLineInput['followUp'] = {
  kind: 'thank-you',
  channel: 'email',
  number: 0,
  // 18:00 in London is 02:00 in Kuala Lumpur: written the evening before and sent with "Schedule send".
  due: new Date('2026-03-03T18:00:00Z'),
  remindAt: new Date('2026-03-03T12:30:00Z'),
  scheduleSend: true,
  status: 'pending',
};

const line = (overrides: Partial<AgendaLineInput>) =>
  agendaLine({ followUp: thankYou, recipient: tom, person: priya, interviewStart: START, now: new Date('2026-03-03T11:00:00Z'), locale: 'en-GB', ...overrides });

describe('agendaLine', () => {
  it('puts the person’s time first and the recipient’s second, named by its city', () => {
    expect(line({}).sentence).toBe('20:30 your time: write the thank-you to Tom Hughes and schedule it for 02:00 the next day your time; it reaches them at 18:00 London time.');
    expect(line({ locale: 'en-US' }).yours).toBe('8:30 PM');
  });

  it('offers "Send now" while it is working hours for the recipient, in their time', () => {
    // 11:00 in London, 19:00 in Kuala Lumpur: the interview is over and Tom is at his desk.
    expect(line({}).sendNow).toBe('Send now: it is 11:00 for Tom Hughes');
    expect(line({ locale: 'en-US', now: new Date('2026-03-04T09:00:00Z') }).sendNow).toBe('Send now: it is 9:00 AM for Tom Hughes');
  });

  it.each([
    ['during the interview', new Date('2026-03-03T10:30:00Z')],
    ['after the recipient’s day has ended', new Date('2026-03-03T17:45:00Z')],
    ['before it starts', new Date('2026-03-04T08:30:00Z')],
    ['on their weekend', new Date('2026-03-07T11:00:00Z')],
    ['on their public holiday (Good Friday in England)', new Date('2026-04-03T11:00:00Z')],
    ['while the person sleeps (04:00 in Kuala Lumpur, 20:00 in London is after hours anyway)', new Date('2026-03-04T20:00:00Z')],
  ])('does not offer "Send now" %s', (_when, now) => {
    expect(line({ now }).sendNow).toBeUndefined();
  });

  it('does not offer "Send now" while the person sleeps, even in the recipient’s working hours', () => {
    const newYork = { ...tom, timeZone: 'America/New_York' };
    // 10:00 in New York is 23:00 in Kuala Lumpur, after Priya's day (08:00 to 21:00).
    expect(canSendNow({ followUp: thankYou, recipient: newYork, person: priya, interviewStart: START, now: new Date('2026-03-04T15:00:00Z') })).toBe(false);
  });

  it('offers "Send now" for a check-in email only once it is due on their calendar, never for a call or a done one', () => {
    const checkIn = { ...thankYou, kind: 'check-in' as const, number: 2, scheduleSend: false, due: new Date('2026-03-17T09:00:00Z'), remindAt: new Date('2026-03-17T09:00:00Z') };
    expect(line({ followUp: checkIn, now: new Date('2026-03-16T11:00:00Z') }).sendNow).toBeUndefined();
    expect(line({ followUp: checkIn, now: new Date('2026-03-17T11:00:00Z') }).sendNow).toBe('Send now: it is 11:00 for Tom Hughes');
    expect(line({ followUp: { ...checkIn, channel: 'call' }, now: new Date('2026-03-17T11:00:00Z') }).sendNow).toBeUndefined();
    expect(line({ followUp: { ...checkIn, status: 'done' }, now: new Date('2026-03-17T11:00:00Z') }).sendNow).toBeUndefined();
  });

  it.each([
    ['a call tomorrow', { kind: 'check-in', channel: 'call', number: 1, due: new Date('2026-03-04T09:00:00Z') }, 'Tomorrow, 17:00 your time: call Tom Hughes (check-in 1); that is 09:00 London time for them.'],
    ['a check-in email next week', { kind: 'check-in', channel: 'email', number: 2, due: new Date('2026-03-10T09:00:00Z') }, 'Tue 10 Mar, 17:00 your time: email Tom Hughes (check-in 2); it reaches them at 09:00 London time.'],
    ['a closing note late in their day', { kind: 'closing', channel: 'email', number: 0, due: new Date('2026-03-31T16:00:00Z') }, 'Wed 1 Apr, 00:00 your time: write the closing note to Tom Hughes; it reaches them at Tue 31 Mar, 17:00 London time.'],
    ['one overdue since yesterday', { kind: 'check-in', channel: 'email', number: 1, due: new Date('2026-03-02T09:00:00Z') }, 'Yesterday, 17:00 your time: email Tom Hughes (check-in 1); it reaches them at 09:00 London time.'],
  ] as const)('says %s in one sentence', (_case, followUp, sentence) => {
    expect(line({ followUp: { ...thankYou, scheduleSend: false, remindAt: followUp.due, ...followUp } }).sentence).toBe(sentence);
  });

  it('names one clock when both read the same, and "the interviewer" when the name is blank', () => {
    const londoner = personDayOf({ dayStart: '', dayEnd: '' }, 'Europe/London');
    const result = line({ person: londoner, recipient: { ...tom, name: '  ' }, followUp: { ...thankYou, scheduleSend: false, remindAt: thankYou.due } });
    expect(result).toMatchObject({ yours: '18:00', theirs: '', sentence: '18:00: write the thank-you to the interviewer.' });
  });

  it('reads a real schedule: the thank-you Priya is offered at 17:00 in Kuala Lumpur, 09:00 in London', () => {
    const interview = { ...createInterview({ id: 'a', interviewerId: 'p1', now: START, timeZone: 'Europe/London', today: '2026-03-02' }), date: '2026-03-02', time: '15:00' };
    const now = new Date('2026-03-03T09:00:00Z');
    const [first] = buildSchedule(interview, { holidays: england, person: priya, now });
    const result = line({ followUp: first!, interviewStart: interviewStart(interview), now });
    expect(result.sendNow).toBe('Send now: it is 09:00 for Tom Hughes');
    expect(result.sentence.startsWith(`${result.yours} your time: write the thank-you to Tom Hughes`)).toBe(true);
  });

  it('does not change its input', () => {
    const input: AgendaLineInput = { followUp: { ...thankYou }, recipient: { ...tom }, person: { ...priya }, interviewStart: new Date(START), now: new Date('2026-03-03T11:00:00Z') };
    const copy = structuredClone({ ...input, recipient: { ...input.recipient, holidays: undefined } });
    agendaLine(input);
    expect({ ...input, recipient: { ...input.recipient, holidays: undefined } }).toEqual(copy);
  });
});
