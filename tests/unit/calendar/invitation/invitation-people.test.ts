import { describe, expect, it } from 'vitest';
import { invitationPeople, type CalendarPerson } from '~/domain/calendar/invitation/invitation-people';
import { deepFreeze } from '../../support/deep-freeze';

const person = (name: string, email: string, kind = 'INDIVIDUAL', organizer = false): CalendarPerson => ({ name, email, kind, organizer });

describe('invitationPeople', () => {
  const people = deepFreeze([
    person('Priya Shah', 'Priya@Example.com'),
    person('Tom Hughes', 'tom@acme.example'),
    person('Room Orchid (8)', 'orchid@acme.example', 'ROOM'),
    person('Jane Tan', 'jane@acme.example', 'INDIVIDUAL', true),
    person('Projector', 'projector@acme.example', 'RESOURCE'),
    person('Boardroom', 'c_188@resource.calendar.google.com'),
    person('Hiring panel', 'panel@acme.example', 'GROUP'),
    person('Jane Tan', 'JANE@acme.example'),
    person('ben@acme.example', 'ben@acme.example'),
  ]);

  it('keeps the interviewers, organiser first and each once; leaves out you, rooms, resources and groups', () => {
    expect(invitationPeople(people, { email: ' priya@example.com ', name: '' })).toEqual({
      interviewers: [
        { name: 'Jane Tan', email: 'jane@acme.example', role: 'interviewer', keep: true, why: '' },
        { name: 'Tom Hughes', email: 'tom@acme.example', role: 'interviewer', keep: true, why: '' },
        { name: '', email: 'ben@acme.example', role: 'interviewer', keep: true, why: '' },
      ],
      leftOut: [
        { label: 'Priya Shah (Priya@Example.com)', reason: 'you' },
        { label: 'Room Orchid (8) (orchid@acme.example)', reason: 'room' },
        { label: 'Projector (projector@acme.example)', reason: 'resource' },
        { label: 'Boardroom (c_188@resource.calendar.google.com)', reason: 'resource' },
        { label: 'Hiring panel (panel@acme.example)', reason: 'group' },
      ],
    });
  });

  it('keeps everyone who is a person when your email is not known', () => {
    expect(invitationPeople(people, { email: '', name: '' }).interviewers.map((item) => item.email)).toEqual(['jane@acme.example', 'Priya@Example.com', 'tom@acme.example', 'ben@acme.example']);
  });
});
