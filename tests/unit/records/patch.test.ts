import { describe, expect, it } from 'vitest';
import { applyPatches, setIn } from '~/domain/records/patch';

describe('setIn', () => {
  it('puts a value at a nested path and copies only the objects along it', () => {
    const record = { notes: { learned: '', wentWell: 'x' }, drafts: { a: { subject: 's' } } };
    const result = setIn(record, ['notes', 'learned'], 'Growth plans');
    expect(result).toEqual({ notes: { learned: 'Growth plans', wentWell: 'x' }, drafts: { a: { subject: 's' } } });
    expect(result.drafts).toBe(record.drafts);
    expect(record.notes.learned).toBe('');
  });

  it('writes into arrays by index without mutating them', () => {
    const record = { interviewers: [{ name: 'Jane' }, { name: 'Ben' }] };
    const result = setIn(record, ['interviewers', 1, 'name'], 'Ben Lee');
    expect(result.interviewers.map((person) => person.name)).toEqual(['Jane', 'Ben Lee']);
    expect(Array.isArray(result.interviewers)).toBe(true);
    expect(record.interviewers[1]!.name).toBe('Ben');
  });

  it('creates missing objects on the way', () => {
    expect(setIn({} as Record<string, unknown>, ['drafts', 'thank-you:i1', 'body'], 'Hi')).toEqual({
      drafts: { 'thank-you:i1': { body: 'Hi' } },
    });
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])('refuses a path through %s', (key) => {
    const record = { a: 1 };
    expect(setIn(record, [key, 'polluted'], true)).toBe(record);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('applyPatches', () => {
  it('applies patches in order, so the last edit of a field wins', () => {
    expect(
      applyPatches({ company: '' }, [
        { path: ['company'], value: 'Acm' },
        { path: ['company'], value: 'Acme' },
      ]),
    ).toEqual({ company: 'Acme' });
  });
});
