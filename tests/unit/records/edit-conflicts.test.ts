import { describe, expect, test } from 'vitest';
import { conflictText, findConflicts, getIn, pathKey, sameContent } from '~/domain/records/edit-conflicts';
import { deepFreeze } from '../support/deep-freeze';

const record = deepFreeze({
  company: 'Globex',
  notes: { learned: 'Their version', points: ['a', 'b'], askedForCard: true },
  interviewers: [{ id: 'i1', name: 'Jane Tan' }],
  drafts: { 'thank-you:i1': { subject: 'Thanks', body: 'Dear Jane,', updatedAt: '2026-03-03T16:00:00.000Z' } },
});

describe('pathKey and getIn', () => {
  test.each([
    [['company'], 'company', 'Globex'],
    [['notes', 'learned'], 'notes.learned', 'Their version'],
    [['interviewers', 0, 'name'], 'interviewers.0.name', 'Jane Tan'],
    [['interviewers', 3, 'name'], 'interviewers.3.name', undefined],
    [['company', 'length'], 'company.length', undefined],
    [['__proto__'], '__proto__', undefined],
  ])('%j', (path, key, value) => {
    expect(pathKey(path)).toBe(key);
    expect(getIn(record, path)).toBe(value);
  });
});

describe('sameContent', () => {
  test.each([
    ['the same text', 'x', 'x', true],
    ['different text', 'x', 'y', false],
    ['the same draft saved at different moments', { subject: 'Hi', body: 'x', updatedAt: '1' }, { subject: 'Hi', body: 'x', updatedAt: '2' }, true],
    ['drafts with different words', { subject: 'Hi', body: 'x', updatedAt: '1' }, { subject: 'Hi', body: 'y', updatedAt: '1' }, false],
    ['the same list', ['a', 'b'], ['a', 'b'], true],
    ['a list in another order', ['a', 'b'], ['b', 'a'], false],
  ])('%s', (_, a, b, expected) => {
    expect(sameContent(deepFreeze(a), deepFreeze(b))).toBe(expected);
  });
});

describe('findConflicts', () => {
  const key = 'interview:a';
  test.each([
    ['my text was replaced', [{ path: ['notes', 'learned'], value: 'My version' }], [{ key, path: ['notes', 'learned'], mine: 'My version', theirs: 'Their version' }]],
    ['my text is what is stored', [{ path: ['company'], value: 'Globex' }], []],
    ['my list of points was replaced', [{ path: ['notes', 'points'], value: ['a'] }], [{ key, path: ['notes', 'points'], mine: ['a'], theirs: ['a', 'b'] }]],
    ['a tick box just follows the other tab', [{ path: ['notes', 'askedForCard'], value: false }], []],
    ['the interviewer was removed there: no field to show it beside', [{ path: ['interviewers', 2, 'name'], value: 'Ben' }], []],
    ['my draft was replaced', [{ path: ['drafts', 'thank-you:i1'], value: { subject: 'Thanks', body: 'Dear Ms Tan,', updatedAt: 'x' } }], [{ key, path: ['drafts', 'thank-you:i1'], mine: { subject: 'Thanks', body: 'Dear Ms Tan,', updatedAt: 'x' }, theirs: record.drafts['thank-you:i1'] }]],
    ['the same draft, saved later there', [{ path: ['drafts', 'thank-you:i1'], value: { subject: 'Thanks', body: 'Dear Jane,', updatedAt: 'x' } }], []],
    ['a field cleared there that I typed in', [{ path: ['role'], value: 'Analyst' }], [{ key, path: ['role'], mine: 'Analyst', theirs: undefined }]],
  ])('%s', (_, edits, expected) => {
    expect(findConflicts(key, deepFreeze(edits), record)).toEqual(expected);
  });
});

describe('conflictText', () => {
  test.each([
    ['text', 'Hello', 'Hello'],
    ['a list', ['one', 'two'], 'one\ntwo'],
    ['a draft', { subject: 'Thanks', body: 'Dear Jane,', updatedAt: 'x' }, 'Thanks\n\nDear Jane,'],
    ['a draft without a subject', { subject: '', body: 'Dear Jane,', updatedAt: 'x' }, 'Dear Jane,'],
    ['anything else', 42, ''],
  ])('%s', (_, value, expected) => {
    expect(conflictText(deepFreeze(value))).toBe(expected);
  });
});
