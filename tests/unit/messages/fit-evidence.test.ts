import { describe, expect, it } from 'vitest';
import { findFitEvidence } from '~/domain/messages/fit-evidence';
import { deepFreeze } from '../support/deep-freeze';

const noNotes = { wentWell: '', elaborate: '' };

describe('findFitEvidence: something you did', () => {
  it.each([
    ['a done verb', 'At Harbour Freight I moved our delay report from monthly to weekly.'],
    ['an irregular done verb', 'I built a dashboard that tracked delays by route.'],
    ['a perfect tense with an adverb', "I've also trained two colleagues on SQL."],
    ['your team, with you in it', 'At my last job we cut the backlog by a third.'],
    ['a placement at a named place', 'On my placement at Harbour Freight, delays were my main project.'],
    ['a qualification passed', 'I passed the Power BI Data Analyst certification in January.'],
    ['years of it', 'I have five years of experience running depot reports.'],
    ['curly apostrophes', 'I’ve run weekly reporting for two teams.'],
  ])('finds %s', (_, body) => {
    expect(findFitEvidence(body, noNotes)).toEqual({ found: 'experience', quote: body });
  });

  it('quotes the sentence that holds it', () => {
    const body = 'Thank you for your time. On my placement I built a route dashboard. Speak soon.';
    expect(findFitEvidence(body, noNotes)).toEqual({ found: 'experience', quote: 'On my placement I built a route dashboard.' });
  });
});

describe('findFitEvidence: how you like to work', () => {
  it.each([
    'Testing ideas with real shoppers is how I like to work.',
    'I work best in small teams that ship every week.',
    'Your weekly demos suit the way I work.',
  ])('finds %j', (body) => {
    expect(findFitEvidence(body, noNotes)).toEqual({ found: 'ways-of-working', quote: body });
  });
});

describe('findFitEvidence: a reason from the notes', () => {
  it('finds a line of "what went well" or "what you didn\'t say", quoted from the notes', () => {
    const notes = { wentWell: '- The route-data project from my placement.\n- Tom and I both use Python.', elaborate: 'The Power BI certificate' };
    expect(findFitEvidence('Our talk about Python stayed with me: Tom and I both use it daily.', notes)).toEqual({
      found: 'notes',
      quote: 'Tom and I both use Python.',
    });
    expect(findFitEvidence('I hold the Power BI certificate.', notes)).toEqual({ found: 'notes', quote: 'The Power BI certificate' });
  });
});

describe('findFitEvidence: nothing concrete', () => {
  it.each([
    ['the guide’s weak paragraph', 'I believe I would be a great fit for the role. I have lots of relevant experience, I am a hard worker and I am very passionate about data.', ['great fit', 'lots of relevant experience', 'hard worker', 'passionate']],
    ['the old default line', "I'm confident my skills and experience fit what you need.", ['skills and experience']],
    ['a feeling about the conversation', 'I really enjoyed hearing about the relaunch. We discussed the Harvest range.', []],
    ['wanting the job', "It confirmed how much I'd like to join the team.", []],
    ['the interview itself', 'I interviewed with you on Tuesday 3 March and I mentioned my CV.', []],
    ['a sentence about them, not you', 'Your team built the dashboard last year.', []],
  ])('finds none in %s and lists its generic claims', (_, body, generic) => {
    expect(findFitEvidence(body, noNotes)).toEqual({ found: 'none', generic });
  });

  it('does not take a note that only shares a word with the body', () => {
    expect(findFitEvidence('I am passionate about data.', { wentWell: 'the route-data project from my placement', elaborate: '' }).found).toBe('none');
  });
});

it('does not change its input', () => {
  const notes = deepFreeze({ wentWell: 'The case study', elaborate: '' });
  findFitEvidence('The case study went well.', notes);
  expect(notes).toEqual({ wentWell: 'The case study', elaborate: '' });
});
