import { describe, expect, it } from 'vitest';
import { mentionsNote, noteParts, prepareBody } from '~/domain/messages/note-match';

describe('mentionsNote', () => {
  it.each([
    ['quotes it, in another case', 'I keep thinking about THE PLAN TO OPEN A DESIGN STUDIO IN SINGAPORE.', 'the plan to open a design studio in Singapore', true],
    ['uses most of its telling words in another order', 'Your plans for a new Singapore design studio sound exciting.', 'the plan to open a design studio in Singapore', true],
    ['folds plurals', 'The growth plan you described', 'growth plans', true],
    ['shares one telling word only', 'I am passionate about data.', 'the route-data project from my placement', false],
    ['shares only grammar words', 'I would like to talk about that.', 'what they would talk about', false],
    ['is about something else', 'The design of your office was lovely.', 'the plan to open a design studio in Singapore', false],
    ['matches Chinese without spaces', '我对上海办公室的扩张计划很感兴趣。', '上海办公室的扩张计划', true],
    ['ignores accents', 'Thank you, José, for the tour of Málaga.', 'Malaga tour with Jose', true],
    ['never matches an empty note', 'Anything at all.', '   ', false],
  ])('%s: %j mentions %j → %s', (_, body, note, expected) => {
    expect(mentionsNote(prepareBody(body), note)).toBe(expected);
  });
});

describe('noteParts', () => {
  it.each([
    ['', []],
    ['The case study', ['The case study']],
    ['- The route-data project.\n- Tom and I both use Python.', ['The route-data project.', 'Tom and I both use Python.']],
    ['• one\n\n* two\n3) three\n4. four', ['one', 'two', 'three', 'four']],
    ['Team of 6. Growing to 9 this year! Hybrid?', ['Team of 6.', 'Growing to 9 this year!', 'Hybrid?']],
    ['上海办公室。扩张计划', ['上海办公室。', '扩张计划']],
    ['Version 2.5 of the app', ['Version 2.5 of the app']],
  ])('splits %j into %j', (note, parts) => {
    expect(noteParts(note)).toEqual(parts);
  });
});
