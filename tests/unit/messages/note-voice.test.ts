import { describe, expect, it } from 'vitest';
import { withSubject } from '~/domain/messages/note-subject';
import { pluralVerb, voiceForReader } from '~/domain/messages/note-voice';

describe('pluralVerb', () => {
  it.each([
    ['wants', 'want'],
    ['has', 'have'],
    ['is', 'are'],
    ['was', 'were'],
    ['tries', 'try'],
    ['pushes', 'push'],
    ['goes', 'go'],
    ["doesn't", "don't"],
    ['need', 'need'],
  ])('%s → %s', (verb, plural) => {
    expect(pluralVerb(verb)).toBe(plural);
  });
});

describe('voiceForReader', () => {
  it.each([
    ['Their plan', 'interviewer', 'Your plan'],
    ['Their plan', 'coordinator', 'Your plan'],
    ['Their plan', 'recruiter', 'Their plan'],
    ['they said you would lead it', 'interviewer', 'you said I would lead it'],
    ['they said you would lead it', 'recruiter', 'they said I would lead it'],
    ['happy to have you join them', 'interviewer', 'happy to have me join you'],
    ["you're the first candidate", 'recruiter', "I'm the first candidate"],
    ['you are the first candidate', 'recruiter', 'I am the first candidate'],
  ] as const)('%j to a %s → %j', (text, role, voiced) => {
    expect(voiceForReader(text, { role })).toBe(voiced);
  });

  it('does not rewrite a "they" that may mean something named before it', () => {
    expect(voiceForReader('Drivers say their routes are too long', { role: 'interviewer' })).toBeUndefined();
    expect(voiceForReader('Drivers say their routes are too long', { role: 'recruiter' })).toBe('Drivers say their routes are too long');
  });
});

describe('withSubject', () => {
  it.each([
    ['needs someone to build the retention dashboard', 'recruiter', 'they need someone to build the retention dashboard'],
    ['Needs analysis of churn', 'interviewer', 'Needs analysis of churn'],
    ['Plans for Q3', 'interviewer', 'Plans for Q3'],
    ['Plans to hire 3 more', 'interviewer', 'you plan to hire 3 more'],
    ['Asked about my SQL', 'interviewer', 'you asked about my SQL'],
    ['Asked about my SQL', 'coordinator', 'they asked about my SQL'],
    ['Explained the team structure', 'interviewer', 'you explained the team structure'],
    ['Explained my approach to testing', 'interviewer', 'I explained my approach to testing'],
    ['Walked them through my route-data project', 'recruiter', 'I walked them through my route-data project'],
    ['Discussed pay bands', 'recruiter', 'we discussed pay bands'],
    ['Looking for someone senior', 'interviewer', "you're looking for someone senior"],
    ['Involves travel to KL', 'recruiter', 'the role involves travel to KL'],
    ['Prioritise the KL office roll-out', 'interviewer', 'you want to prioritise the KL office roll-out'],
    ['The team is small', 'interviewer', 'The team is small'],
  ] as const)('%j to a %s → %j', (text, role, subjected) => {
    expect(withSubject(text, role)).toBe(subjected);
  });
});
