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
      'You told me what the role needs: moving delivery reporting from spreadsheets to Power BI; this hire would own the delivery-delay dashboard. ' +
        'It is close to work I have done, as we discussed: the route-data project from my placement. ' +
        "Something I'd like to add, as we didn't get to it: I've done the Power BI Data Analyst certificate (passed in January).",
    ],
    ['only what went well', { learned: '', wentWell: 'The whiteboard exercise.', elaborate: '' }, "Our conversation showed why I'd fit: the whiteboard exercise."],
    ['only what they need: a placeholder for the evidence', { learned: 'They need weekly reporting', wentWell: '', elaborate: '' }, `You told me what the role needs: they need weekly reporting. ${EVIDENCE_PLACEHOLDER}`],
    ['what they need and what you did not say', { learned: 'Weekly reporting', wentWell: '', elaborate: 'My SQL training sessions' }, "You told me what the role needs: weekly reporting. Something I'd like to add, as we didn't get to it: my SQL training sessions."],
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

  it('is judged as saying why you fit whenever the notes hold what went well', () => {
    expect(findFitEvidence(fitParagraph(PRIYA), PRIYA).found).toBe('notes');
  });

  it('does not change its input', () => {
    const notes = deepFreeze({ ...PRIYA });
    fitParagraph(notes);
    expect(notes).toEqual(PRIYA);
  });
});
