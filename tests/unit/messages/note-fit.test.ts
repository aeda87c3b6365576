import { describe, expect, it } from 'vitest';
import { fitNote, tidyNote } from '~/domain/messages/note-fit';
import type { NoteReader } from '~/domain/messages/note-voice';
import { deepFreeze } from '../support/deep-freeze';

// Notes typed as people type them after an interview, and what a draft to each reader says.
const TOM: NoteReader = { role: 'interviewer', names: ['Tom Hughes', 'Tom'] };
const ANA: NoteReader = { role: 'coordinator', names: ['Ana Silva', 'Ana'] };
const SARAH: NoteReader = { role: 'recruiter', names: ['Sarah Lim', 'Sarah'] };
const JANE: NoteReader = { role: 'interviewer', names: ['Jane Tan', 'Jane'] };

describe('fitNote: the employer is "you" to its side and "they" to an agency recruiter', () => {
  it.each([
    ['Their plan to move event tracking from Mixpanel to Amplitude', TOM, 'your plan to move event tracking from Mixpanel to Amplitude'],
    ['Their plan to move event tracking from Mixpanel to Amplitude', ANA, 'your plan to move event tracking from Mixpanel to Amplitude'],
    ['Their plan to move event tracking from Mixpanel to Amplitude', SARAH, 'their plan to move event tracking from Mixpanel to Amplitude'],
    ['they need someone to build the retention dashboard', TOM, 'you need someone to build the retention dashboard'],
    ['they need someone to build the retention dashboard', SARAH, 'they need someone to build the retention dashboard'],
    ["they're behind on the Amplitude rollout", TOM, "you're behind on the Amplitude rollout"],
    ['They’d like me to present in round 2', TOM, 'you’d like me to present in round 2'],
    ['Their organisation is moving to a hybrid set-up', TOM, 'your organisation is moving to a hybrid set-up'],
    ['we discussed their catalogue of 40k products', TOM, 'we discussed your catalogue of 40k products'],
    ['Their biggest challenge is churn in the first 90 days', SARAH, 'their biggest challenge is churn in the first 90 days'],
    ['Their customers complain about late deliveries in the North', TOM, 'your customers complain about late deliveries in the North'],
    ['They liked that I had used dbt before', TOM, 'you liked that I had used dbt before'],
    ['They want someone who can work w/ the data engineering team', SARAH, 'they want someone who can work with the data engineering team'],
  ])('%j to %o → %j', (note, reader, text) => {
    expect(fitNote(note, reader)).toMatchObject({ ok: true, text });
  });
});

describe('fitNote: the interviewer\'s "you" about the candidate becomes the person\'s own "I"', () => {
  it.each([
    ["you'd own the retention dashboard from day one", SARAH, "I'd own the retention dashboard from day one"],
    ['You’ll own the dashboard', TOM, 'I’ll own the dashboard'],
    ['your team would be 4 analysts', TOM, 'my team would be 4 analysts'],
    ['you are expected to travel to KL monthly', SARAH, 'I am expected to travel to KL monthly'],
    ['they would want you to start in Jan', TOM, 'you would want me to start in January'],
    ['i mentioned my Power BI cert', SARAH, 'I mentioned my Power BI cert'],
    ["im keen on the analytics programme", TOM, "I'm keen on the analytics programme"],
    ['I think I nailed the case study', TOM, 'I think I nailed the case study'],
  ])('%j to %o → %j', (note, reader, text) => {
    expect(fitNote(note, reader)).toMatchObject({ ok: true, text });
  });
});

describe('fitNote: the reader named in their own notes is "you"', () => {
  it.each([
    ['Jane wants weekly reporting instead of monthly', JANE, 'you want weekly reporting instead of monthly'],
    ['Jane always pushes for weekly reporting', JANE, 'you always push for weekly reporting'],
    ["Jane Tan's team runs research sprints", JANE, 'your team runs research sprints'],
    ['Hiring mgr = Jane', JANE, 'the hiring manager is you'],
    ['Jane wants weekly reporting instead of monthly', TOM, 'Jane wants weekly reporting instead of monthly'],
    ['Jane wants weekly reporting instead of monthly', SARAH, 'Jane wants weekly reporting instead of monthly'],
  ])('%j to %o → %j', (note, reader, text) => {
    expect(fitNote(note, reader)).toMatchObject({ ok: true, text });
  });
});

describe('fitNote: a note written without a subject gets one', () => {
  it.each([
    ['Needs someone who can own the retention dashboard.', TOM, 'you need someone who can own the retention dashboard'],
    ['Needs someone who can own the retention dashboard.', SARAH, 'they need someone who can own the retention dashboard'],
    ['Need to analyse enquiries from the SG & MY markets', ANA, 'you need to analyse enquiries from the SG and MY markets'],
    ['Looking for someone to lead the organisation-wide analytics programme', SARAH, "they're looking for someone to lead the organisation-wide analytics programme"],
    ['Is moving to a hybrid set-up', SARAH, 'they are moving to a hybrid set-up'],
    ['Uses Looker & dbt', TOM, 'you use Looker and dbt'],
    ['Has a team of 12 across SG & KL', SARAH, 'they have a team of 12 across SG and KL'],
    ['Loves dashboards', TOM, 'you love dashboards'],
    ['Prioritise the KL office roll-out in H2', TOM, 'you want to prioritise the KL office roll-out in the second half'],
    ['Reports to the Head of Analytics', SARAH, 'the role reports to the Head of Analytics'],
    ['Asked about my SQL', TOM, 'you asked about my SQL'],
    ['Asked about my SQL', SARAH, 'they asked about my SQL'],
    ['Liked my portfolio!!', TOM, 'you liked my portfolio'],
    ['Liked my answer re: A/B testing', SARAH, 'they liked my answer about A/B testing'],
    ['Praised my portfolio', TOM, 'you praised my portfolio'],
    ['Said they want weekly reporting instead of monthly', TOM, 'you said you want weekly reporting instead of monthly'],
    ['Asked if I could start in Jan', SARAH, 'they asked if I could start in January'],
    ['Mentioned my dbt cert', TOM, 'I mentioned my dbt cert'],
    ['Walked them through my route-data project', TOM, 'I walked you through my route-data project'],
    ['Walked them through my route-data project', SARAH, 'I walked them through my route-data project'],
    ['Presented the case study', SARAH, 'I presented the case study'],
    ['Showed my GitHub', TOM, 'I showed my GitHub'],
    ['Talked about the Mixpanel migration', TOM, 'we talked about the Mixpanel migration'],
    ['Covered the APAC expansion', SARAH, 'we covered the APAC expansion'],
    ['Plans for Q3 launch', TOM, 'plans for the third-quarter launch'],
  ])('%j to %o → %j', (note, reader, text) => {
    expect(fitNote(note, reader)).toMatchObject({ ok: true, text });
  });
});

describe('fitNote: shorthand written out, with the articles it drops', () => {
  it.each([
    ['Q2 launch w/ APAC team', SARAH, 'the second-quarter launch with the APAC team'],
    ['KL office opens in Q3 2026', TOM, 'the KL office opens in the third quarter of 2026'],
    ['Budget signed off for H1 2026', SARAH, 'budget signed off for the first half of 2026'],
    ['Mixpanel -> Amplitude migration by end of Q3', TOM, 'Mixpanel to Amplitude migration by the end of the third quarter'],
    ['re: pay bands & benefits', SARAH, 'about pay bands and benefits'],
    ['Onboarding takes ~3 wks', TOM, 'onboarding takes about 3 weeks'],
    ['approx 12% of orders arrive late', TOM, 'about 12% of orders arrive late'],
    ['Tom said the role is 60% stakeholder mgmt', SARAH, 'Tom said the role is 60% stakeholder management'],
    ['Tom told me abt the 2-wk onboarding', SARAH, 'Tom told me about the 2-wk onboarding'],
    ['the 5 yrs exp req', TOM, 'the 5 years experience requirement'],
    ['5 days in office for first 3 mths', SARAH, '5 days in office for first 3 months'],
    ['Weekly standups w/ the product team', TOM, 'weekly standups with the product team'],
    ['retention dashboard = top priority', TOM, 'retention dashboard is top priority'],
    ['great chat w/ Tom 👍', SARAH, 'great chat with Tom'],
    ['Team of 6, growing to 9 this year', TOM, 'a team of 6, growing to 9 this year'],
    ['Team uses Looker; wants to move to Power BI', SARAH, 'the team uses Looker; wants to move to Power BI'],
    ['Interviewer was impressed w/ my SQL', SARAH, 'the interviewer was impressed with my SQL'],
  ])('%j to %o → %j', (note, reader, text) => {
    expect(fitNote(note, reader)).toMatchObject({ ok: true, text });
  });
});

describe('fitNote: case, trailing dots, emoji, lists, British and Singapore spellings', () => {
  it.each([
    ['The route-data project from my placement.', TOM, 'the route-data project from my placement'],
    ['Moving delivery reporting from spreadsheets to Power BI', TOM, 'moving delivery reporting from spreadsheets to Power BI'],
    ['Strong focus on data quality!!!', SARAH, 'strong focus on data quality'],
    ['...the team seemed really friendly...', TOM, 'the team seemed really friendly'],
    ['SQL test next week 😬', SARAH, 'SQL test next week'],
    ['Case study went well :)', TOM, 'case study went well'],
    ['SQL, Python, Looker', TOM, 'SQL, Python and Looker'],
    ['NUS grads on the team', SARAH, 'NUS grads on the team'],
    ['Centre of excellence for analytics being set up in Jurong', TOM, 'centre of excellence for analytics being set up in Jurong'],
    ['colour-coded roadmap on the whiteboard', TOM, 'colour-coded roadmap on the whiteboard'],
    ['My dissertation on travelling-salesman routing came up', TOM, 'my dissertation on travelling-salesman routing came up'],
    ['I mentioned my licence in data protection', SARAH, 'I mentioned my licence in data protection'],
    ['Salary range 6-7k SGD', SARAH, 'salary range 6-7k SGD'],
    ['Mixpanel dashboards are a mess', TOM, 'Mixpanel dashboards are a mess'],
    ['AI/ML roadmap for FY26', TOM, 'AI/ML roadmap for FY26'],
    ['上海办公室的扩张计划', TOM, '上海办公室的扩张计划'],
    ['- Power BI cert, passed in January', TOM, 'Power BI cert, passed in January'],
  ])('%j to %o → %j', (note, reader, text) => {
    expect(fitNote(note, reader)).toMatchObject({ ok: true, text });
  });

  it('starts a sentence with a capital when it opens one', () => {
    expect(fitNote('their plan to move tracking to Amplitude', SARAH, 'start')).toMatchObject({ ok: true, text: 'Their plan to move tracking to Amplitude' });
  });

  it.each([
    ['they need someone to build the retention dashboard', true],
    ['this hire would own the delivery-delay dashboard', true],
    ['Their customers complain about late deliveries', true],
    ['Onboarding takes ~3 wks', true],
    ['Their plan to move event tracking from Mixpanel to Amplitude', false],
    ['Q2 launch w/ APAC team', false],
    ['Weekly standups w/ the product team', false],
  ])('tells a clause from a phrase: %j (clause: %s)', (note, clause) => {
    expect(fitNote(note, TOM)).toMatchObject({ ok: true, clause });
  });
});

describe('fitNote: a note that cannot be fitted safely is left as typed, with the reason', () => {
  it.each([
    ['What does success look like in 6 months?', TOM, 'question'],
    ['Must know SQL can?', SARAH, 'question'],
    ['APAC LAUNCH IN Q2', SARAH, 'capitals'],
    ['THEY NEED SQL', TOM, 'capitals'],
    ['Boss say must know SQL lah', TOM, 'spoken'],
    ['Skills they want: SQL, dbt, Looker', TOM, 'heading'],
    ['Data team: 4 ppl + 1 contractor', SARAH, 'heading'],
    ['Customers say they want faster delivery', TOM, 'unclear-they'],
    ['Candidates before me struggled with their case study', ANA, 'unclear-they'],
    ['word '.repeat(41).trim(), TOM, 'long'],
  ])('%j to %o: %s', (note, reader, reason) => {
    expect(fitNote(note, reader)).toEqual({ ok: false, text: tidyNote(note), reason });
  });

  it('keeps a time of day, which is not a heading', () => {
    expect(fitNote('Final round at 10:30 with the CTO', SARAH)).toMatchObject({ ok: true });
  });

  it('leaves an empty note empty', () => {
    expect(fitNote('  👍 ... ', TOM)).toEqual({ ok: true, text: '', clause: false });
  });

  it('does not change its input', () => {
    const reader = deepFreeze({ role: 'interviewer' as const, names: ['Jane Tan', 'Jane'] });
    expect(() => fitNote('Jane wants weekly reporting', reader)).not.toThrow();
    expect(reader).toEqual({ role: 'interviewer', names: ['Jane Tan', 'Jane'] });
  });
});
