import { describe, expect, it } from 'vitest';
import { contactLabel, followUpContact, followUpRecipients, interviewerNames, interviewersOf } from '~/domain/records/contacts';
import { emptyInterviewer } from '~/domain/records/defaults';
import type { Interviewer } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const person = (id: string, name: string, contactRole: Interviewer['contactRole']): Interviewer => ({ ...emptyInterviewer(id, contactRole), name });
const jane = person('j', 'Jane Tan', 'interviewer');
const tom = person('t', ' Tom Hughes ', 'interviewer');
const sam = person('s', 'Sam Reid', 'recruiter');
const ana = person('a', 'Ana Silva', 'coordinator');
const names = (people: readonly Interviewer[]) => people.map((contact) => contact.name);

describe('followUpContact and followUpRecipients', () => {
  it.each([
    ['nobody chosen: the interviewers', '', [jane, tom, sam], undefined, ['Jane Tan', ' Tom Hughes ']],
    ['the recruiter chosen', 's', [jane, tom, sam], 'Sam Reid', ['Sam Reid']],
    ['the coordinator chosen', 'a', [jane, ana], 'Ana Silva', ['Ana Silva']],
    ['a chosen contact since removed: the interviewers', 'gone', [jane, sam], undefined, ['Jane Tan']],
    ['only a recruiter filled in, nobody chosen: every card', '', [sam], undefined, ['Sam Reid']],
  ])('%s', (_, followUpsTo, interviewers, contact, recipients) => {
    const interview = { followUpsTo, interviewers };
    expect(followUpContact(interview)?.name).toBe(contact);
    expect(names(followUpRecipients(interview))).toEqual(recipients);
  });
});

describe('interviewersOf and interviewerNames', () => {
  it('lists only the people who interviewed you, names trimmed and blanks left out', () => {
    const interviewers = [jane, sam, tom, person('x', '  ', 'interviewer'), ana];
    expect(names(interviewersOf({ interviewers }))).toEqual(['Jane Tan', ' Tom Hughes ', '  ']);
    expect(interviewerNames({ interviewers })).toEqual(['Jane Tan', 'Tom Hughes']);
  });

  it('does not change its input', () => {
    const interview = deepFreeze({ followUpsTo: 's', interviewers: [jane, sam] });
    followUpRecipients(interview);
    interviewerNames(interview);
    expect(interview.interviewers).toEqual([jane, sam]);
  });
});

describe('contactLabel', () => {
  it.each([
    [jane, 0, 'Jane Tan'],
    [sam, 1, 'Sam Reid (Recruiter / agency)'],
    [ana, 2, 'Ana Silva (HR / coordinator)'],
    [person('n', ' ', 'interviewer'), 1, 'Interviewer 2'],
    [person('n', '', 'recruiter'), 2, 'Recruiter / agency 3'],
  ])('labels %j at %i as %j', (contact, index, label) => {
    expect(contactLabel(contact, index)).toBe(label);
  });
});
