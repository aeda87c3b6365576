import { describe, expect, it } from 'vitest';
import { findConflicts } from '~/domain/records/edit-conflicts';
import { isWithin, withOwnEdit, type OwnEdit } from '~/domain/records/own-edits';
import { applyPatches } from '~/domain/records/patch';
import { deepFreeze } from '../support/deep-freeze';

const card = { id: 'p-1', name: 'Dr. Jürgen Müller', title: 'Partner', email: 'j.mueller@gruen.example' };
const edits = (...list: OwnEdit[]) => new Map(list.map((edit) => [edit.path.join('.'), edit]));

describe('isWithin', () => {
  it.each([
    { inner: ['interviewers', 0, 'name'], outer: ['interviewers', 0], within: true },
    { inner: ['interviewers', 0], outer: ['interviewers', 0], within: true },
    { inner: ['interviewers', 0], outer: ['interviewers', 0, 'name'], within: false },
    { inner: ['interviewers', 1, 'name'], outer: ['interviewers', 0], within: false },
    { inner: ['interviewers', '0', 'name'], outer: ['interviewers', 0], within: true },
    { inner: ['notes', 'learned'], outer: [], within: true },
  ])('$inner within $outer: $within', ({ inner, outer, within }) => {
    expect(isWithin(inner, outer)).toBe(within);
  });
});

describe('withOwnEdit', () => {
  it.each([
    {
      name: 'a name typed, then the whole contact replaced by a card: only the card is remembered',
      before: edits({ path: ['interviewers', 0, 'name'], value: 'Jurgen Muller' }),
      path: ['interviewers', 0],
      value: card,
      after: edits({ path: ['interviewers', 0], value: card }),
    },
    {
      name: 'a list of points remembered, then one point typed: the list holds the new point',
      before: edits({ path: ['notes', 'points'], value: ['dbt', 'the KL hub'] }),
      path: ['notes', 'points', 1],
      value: 'the Kuala Lumpur hub',
      after: edits({ path: ['notes', 'points'], value: ['dbt', 'the Kuala Lumpur hub'] }, { path: ['notes', 'points', 1], value: 'the Kuala Lumpur hub' }),
    },
    {
      name: 'the whole record replaced (an invitation undone): nothing typed before it is remembered',
      before: edits({ path: ['company'], value: 'Acme' }, { path: ['notes', 'learned'], value: 'x' }),
      path: [],
      value: { company: 'Globex' },
      after: edits({ path: [], value: { company: 'Globex' } }),
    },
    {
      name: 'another field typed: both remembered',
      before: edits({ path: ['company'], value: 'Acme' }),
      path: ['role'],
      value: 'Analyst',
      after: edits({ path: ['company'], value: 'Acme' }, { path: ['role'], value: 'Analyst' }),
    },
  ])('$name', ({ before, path, value, after }) => {
    expect(withOwnEdit(deepFreeze(before), path, value)).toEqual(after);
  });

  it('makes no conflict of this tab’s own card read over its own typing, once the record is read back', () => {
    let remembered = withOwnEdit(undefined, ['interviewers', 0, 'name'], 'Jurgen Muller');
    remembered = withOwnEdit(remembered, ['interviewers', 0], card);
    const stored = applyPatches({ interviewers: [{ id: 'p-1', name: '' }] }, [
      { path: ['interviewers', 0, 'name'], value: 'Jurgen Muller' },
      { path: ['interviewers', 0], value: card },
    ]);
    expect(findConflicts('interview:a', [...remembered.values()], stored)).toEqual([]);
  });

  it('still finds another tab’s text over this tab’s', () => {
    const remembered = withOwnEdit(undefined, ['company'], 'Acme Logistics');
    expect(findConflicts('interview:a', [...remembered.values()], { company: 'Acme Ltd' })).toEqual([
      { key: 'interview:a', path: ['company'], mine: 'Acme Logistics', theirs: 'Acme Ltd' },
    ]);
  });
});
