import { describe, expect, test } from 'vitest';
import { PLANNER_STEPS, readStepAddress, stepAddress, type StepTarget } from '~/domain/shared/planner-address';
import { deepFreeze } from '../support/deep-freeze';

const ID = '3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f';

describe('stepAddress', () => {
  test.each<[string, StepTarget, string]>([
    ['/planner/', {}, '/planner/'],
    ['/planner/', { interviewId: ID, step: 'emails' }, `/planner/?interview=${ID}&step=emails`],
    ['/nudge/planner/', { interviewId: ID, step: 'schedule', followUpId: 'check-in-2' }, `/nudge/planner/?interview=${ID}&step=schedule&follow-up=check-in-2`],
    ['https://nudge.example/planner/', { interviewId: 'abc', step: 'call' }, 'https://nudge.example/planner/?interview=abc&step=call'],
    ['/planner/', { step: 'schedule' }, '/planner/?step=schedule'],
  ])('%s + %j → %s', (base, target, address) => {
    expect(stepAddress(base, deepFreeze(target))).toBe(address);
  });

  test('never carries anything but an id: text that could not be one is left out', () => {
    expect(stepAddress('/planner/', { interviewId: 'Jane Tan <jane@acme.example>', step: 'emails' })).toBe('/planner/?step=emails');
    expect(stepAddress('/planner/', { interviewId: ID, step: 'schedule', followUpId: 'Call Jane at 9' })).toBe(`/planner/?interview=${ID}&step=schedule`);
  });
});

describe('readStepAddress', () => {
  test.each<[string, StepTarget]>([
    ['', {}],
    [`?interview=${ID}&step=notes`, { interviewId: ID, step: 'notes' }],
    [`?interview=${ID}`, { interviewId: ID, step: 'details' }],
    [`?interview=${ID}&step=schedule&follow-up=closing`, { interviewId: ID, step: 'schedule', followUpId: 'closing' }],
    [`?interview=${ID}&step=emails&follow-up=closing`, { interviewId: ID, step: 'emails' }],
    ['?step=schedule', { step: 'schedule' }],
    ['?step=bogus', {}],
    ['?interview=%3Cscript%3E&step=call', { step: 'call' }],
    ['?utm_source=calendar', {}],
  ])('%j → %j', (search, target) => {
    expect(readStepAddress(search)).toEqual(target);
  });

  test('reads back every address it writes', () => {
    for (const step of PLANNER_STEPS) {
      const address = stepAddress('/planner/', { interviewId: ID, step });
      expect(readStepAddress(new URL(address, 'https://x.example').search)).toEqual({ interviewId: ID, step });
    }
  });
});
