import { describe, expect, it } from 'vitest';
import { EVIDENCE_PLACEHOLDER, FIT_PLACEHOLDER, fitParagraph } from '~/domain/messages/fit-paragraph';
import { findFitEvidence } from '~/domain/messages/fit-evidence';
import { deepFreeze } from '../support/deep-freeze';

const PRIYA = {
  learned: 'Team of 6, growing to 9 this year. Moving delivery reporting from spreadsheets to Power BI; this hire would own the delivery-delay dashboard.',
  wentWell: 'The route-data project from my placement. Jane asked two follow-up questions.',
  elaborate: "I've done the Power BI Data Analyst certificate (passed in January).",
};

describe('fitParagraph', () => {
  it.each([
    [
      'what they need, what you have done and what you did not say',
      PRIYA,
      'You told me that this hire would own the delivery-delay dashboard. ' +
        'It is close to work I have done, as we discussed: the route-data project from my placement. ' +
        "Something I'd like to add, as we didn't get to it: I've done the Power BI Data Analyst certificate (passed in January).",
    ],
    ['only what went well', { learned: '', wentWell: 'The whiteboard exercise.', elaborate: '' }, "Our conversation showed why I'd fit: the whiteboard exercise."],
    ['only what they need: a placeholder for the evidence', { learned: 'They need weekly reporting', wentWell: '', elaborate: '' }, `You told me that you need weekly reporting. ${EVIDENCE_PLACEHOLDER}`],
    ['what they need and what you did not say', { learned: 'Weekly reporting', wentWell: '', elaborate: 'My SQL training sessions' }, "You told me about weekly reporting. Something I'd like to add, as we didn't get to it: my SQL training sessions."],
    ['nothing: one clear placeholder', { learned: '', wentWell: '  ', elaborate: '\n' }, FIT_PLACEHOLDER],
  ])('from %s', (_, notes, text) => {
    expect(fitParagraph(notes)).toBe(text);
  });

  it.each([
    ['Jane asked two questions', 'Jane asked two questions'],
    ['Power BI came up twice', 'Power BI came up twice'],
    ['SQL and Python', 'SQL and Python'],
    ['The case study', 'the case study'],
  ])('keeps a name at the start of a note (%j) but lowers an ordinary word', (wentWell, shown) => {
    expect(fitParagraph({ learned: '', wentWell, elaborate: '' })).toBe(`Our conversation showed why I'd fit: ${shown}.`);
  });

  it.each([
    [
      'an interviewer, who was there: "You told me"',
      { role: 'interviewer' as const, metWith: ['Tom Hughes'] },
      'You told me that you need someone to build the retention dashboard. It is close to work I have done, as we discussed: I walked you through my route-data project.',
    ],
    [
      'a recruiter, who was not: the interviewer named, the employer "they"',
      { role: 'recruiter' as const, metWith: ['Tom Hughes'] },
      'Tom Hughes told me that they need someone to build the retention dashboard. It is close to work I have done, which came up at the interview: I walked them through my route-data project.',
    ],
    [
      'a coordinator, on the employer\'s side but not in the room',
      { role: 'coordinator' as const, metWith: ['Tom Hughes', 'Jane Tan'] },
      'At the interview I learned that you need someone to build the retention dashboard. It is close to work I have done, which came up at the interview: I walked them through my route-data project.',
    ],
  ])('to %s', (_, reader, text) => {
    expect(fitParagraph({ learned: 'they need someone to build the retention dashboard', wentWell: 'Walked them through my route-data project', elaborate: '' }, reader)).toBe(text);
  });

  it('names a phrase as what they told you about', () => {
    expect(fitParagraph({ learned: 'Their plan to move event tracking from Mixpanel to Amplitude', wentWell: '', elaborate: 'dbt cert, passed in May' }, { role: 'recruiter', metWith: ['Tom Hughes'] })).toBe(
      "Tom Hughes told me about their plan to move event tracking from Mixpanel to Amplitude. One thing I didn't get to say at the interview: dbt cert, passed in May.",
    );
  });

  it('quotes a note it cannot fit as a marked bullet, and goes on on the next line', () => {
    expect(fitParagraph({ learned: 'What does success look like in 6 months?', wentWell: 'The case study', elaborate: '' })).toBe(
      'You told me what the role needs:\n- What does success look like in 6 months? [reword this note in your own words]\nIt is close to work I have done, as we discussed: the case study.',
    );
  });

  it('is judged as saying why you fit whenever the notes hold what went well', () => {
    expect(findFitEvidence(fitParagraph(PRIYA), PRIYA).found).toBe('notes');
  });

  it('does not change its input', () => {
    const notes = deepFreeze({ ...PRIYA });
    fitParagraph(notes);
    expect(notes).toEqual(PRIYA);
  });
});
