import { describe, expect, test } from 'vitest';
import { byDueNext, matchesFilter, matchesSearch, searchWords, type InterviewFilter, type ListEntry } from '~/domain/records/interview-search';
import { deepFreeze } from '../support/deep-freeze';

const interview = (id: string, over: Partial<ListEntry['interview']> = {}): ListEntry['interview'] => ({
  id,
  company: 'Société Générale',
  role: 'Data Analyst',
  interviewers: [{ id: `${id}-a`, name: 'José Álvarez', title: '', email: '', phone: '', address: '' }] as ListEntry['interview']['interviewers'],
  outcome: 'waiting',
  date: '2026-03-03',
  createdAt: '2026-03-03T15:00:00.000Z',
  ...over,
});

describe('searchWords', () => {
  test.each([
    ['', []],
    ['   ', []],
    ['  José  SOCIÉTÉ ', ['jose', 'societe']],
    ['Zażółć', ['zazołc']],
  ])('%j → %j', (query, words) => {
    // ł has no decomposition: it stays as typed, lower case.
    expect(searchWords(query)).toEqual(words);
  });
});

describe('matchesSearch', () => {
  const record = deepFreeze({ company: 'Société Générale', role: 'Data Analyst', interviewers: [{ name: 'José Álvarez' }, { name: '陈美玲' }] });

  test.each([
    ['', true],
    ['societe', true],
    ['GENERALE analyst', true],
    ['jose', true],
    ['álvarez data', true],
    ['陈美玲', true],
    ['jose initech', false],
    ['engineer', false],
  ])('%j matches: %s', (query, expected) => {
    expect(matchesSearch(record, searchWords(query))).toBe(expected);
  });

  test('looks only at the start of a pasted-in field, so a huge one costs no more than a short one', () => {
    const huge = { company: `${'x'.repeat(10_000)} Hidden`, role: '', interviewers: [] };
    expect(matchesSearch(huge, searchWords('hidden'))).toBe(false);
    expect(matchesSearch(huge, searchWords('xxx'))).toBe(true);
  });
});

describe('matchesFilter', () => {
  const entry = (outcome: ListEntry['interview']['outcome'], state?: 'overdue' | 'today' | 'upcoming'): ListEntry => ({
    interview: interview('a', { outcome }),
    next: state && { at: 0, state },
  });
  test.each<[string, ListEntry, Record<InterviewFilter, boolean>]>([
    ['overdue and waiting', entry('waiting', 'overdue'), { all: true, due: true, waiting: true, outcome: false }],
    ['due today', entry('waiting', 'today'), { all: true, due: true, waiting: true, outcome: false }],
    ['upcoming', entry('waiting', 'upcoming'), { all: true, due: false, waiting: true, outcome: false }],
    ['nothing planned, waiting', entry('waiting'), { all: true, due: false, waiting: true, outcome: false }],
    ['an offer', entry('offer'), { all: true, due: false, waiting: false, outcome: true }],
  ])('%s', (_, value, expected) => {
    for (const filter of Object.keys(expected) as InterviewFilter[]) expect(matchesFilter(value, filter)).toBe(expected[filter]);
  });
});

describe('byDueNext', () => {
  const at = (iso: string) => Date.parse(iso);
  const entries: ListEntry[] = deepFreeze([
    { interview: interview('finished-old', { date: '2026-01-10', outcome: 'rejected' }), next: undefined },
    { interview: interview('later'), next: { at: at('2026-03-10T09:00:00Z'), state: 'upcoming' } },
    { interview: interview('finished-new', { date: '2026-02-20', outcome: 'offer' }), next: undefined },
    { interview: interview('overdue'), next: { at: at('2026-02-27T09:00:00Z'), state: 'overdue' } },
    { interview: interview('tie-b', { createdAt: '2026-03-01T00:00:00.000Z' }), next: { at: at('2026-03-05T09:00:00Z'), state: 'upcoming' } },
    { interview: interview('tie-a', { createdAt: '2026-03-02T00:00:00.000Z' }), next: { at: at('2026-03-05T09:00:00Z'), state: 'upcoming' } },
  ]);

  test('follow-ups soonest first (overdue leads), then the rest by latest interview; ties newest created first', () => {
    expect(byDueNext(entries).map((entry) => entry.interview.id)).toEqual(['overdue', 'tie-a', 'tie-b', 'later', 'finished-new', 'finished-old']);
  });

  test('returns a new array and leaves its input as it was', () => {
    const sorted = byDueNext(entries);
    expect(sorted).not.toBe(entries);
    expect(entries[0]!.interview.id).toBe('finished-old');
  });
});
