import { describe, expect, it } from 'vitest';
import { buildCallScript, type CallScriptInput } from '~/domain/messages/call-script';
import { emptyNotes } from '~/domain/records/defaults';
import { countWords } from '~/domain/messages/text';

const full: CallScriptInput = {
  interview: { role: 'Product Designer', company: 'Acme' },
  interviewer: { name: 'Jane Tan' },
  profile: { name: 'Sam Lee', mobile: '+44 7700 900123' },
  interviewDateText: 'Tuesday 3 March',
  notes: { ...emptyNotes(), points: ['', ' the Singapore studio. ', 'research sprints'] },
};

const empty: CallScriptInput = {
  interview: { role: '', company: '' },
  interviewer: { name: '' },
  profile: { name: '', mobile: '' },
  interviewDateText: '',
  notes: emptyNotes(),
};

describe('buildCallScript with everything filled in', () => {
  const script = buildCallScript(full);
  const said = script.lines.join(' ');

  it('opens by asking for them by name', () => {
    expect(script.opening).toBe('Hello, could I speak to Jane Tan, please?');
  });

  it.each([
    ['who you are, when you interviewed and for what', 'My name is Sam Lee, and I interviewed with you on Tuesday 3 March for the Product Designer role at Acme.'],
    ['continued interest', "I'm still very interested in the role."],
    ['the first point from the notes', 'what we discussed: the Singapore studio.'],
    ['that it takes time', 'decisions like this take time'],
    ['a request for an updated timeframe', "Could you tell me whether there's an updated timeframe for the next step?"],
    ['your number', 'you can reach me on +44 7700 900123.'],
  ])('says %s', (_, text) => {
    expect(said).toContain(text);
  });

  it('has no placeholders', () => {
    expect([script.opening, ...script.lines, script.voicemail].join('\n')).not.toMatch(/[[\]]/);
  });

  it('uses the chosen point, or none when the chosen point is empty', () => {
    expect(buildCallScript({ ...full, point: 'research sprints' }).lines[1]).toBe(
      "I'm calling because I'm still very interested in the role. I've kept thinking about what we discussed: research sprints.",
    );
    expect(buildCallScript({ ...full, point: '' }).lines[1]).toBe("I'm calling because I'm still very interested in the role.");
  });
});

describe('buildCallScript voicemail', () => {
  const { voicemail } = buildCallScript(full);

  it.each([
    ['greets them', 'Hello Jane Tan, this is Sam Lee.'],
    ['gives the date and role', 'I interviewed with you on Tuesday 3 March for the Product Designer role at Acme.'],
    ['says you are still interested', "I'm still very interested in the position"],
    ['asks them to call back', 'Could you call me back'],
  ])('%s', (_, text) => {
    expect(voicemail).toContain(text);
  });

  it('says the number twice', () => {
    expect(voicemail.split('+44 7700 900123')).toHaveLength(3);
  });

  it('takes about thirty seconds to say (60 to 80 words)', () => {
    expect(countWords(voicemail)).toBeGreaterThanOrEqual(60);
    expect(countWords(voicemail)).toBeLessThanOrEqual(80);
  });
});

describe('buildCallScript with data missing', () => {
  const script = buildCallScript(empty);

  it('puts placeholders where data is missing', () => {
    expect(script.opening).toBe("Hello, could I speak to [interviewer's name], please?");
    expect(script.lines[0]).toBe('Thank you for taking my call. My name is [your name], and I interviewed with you on [interview date] for the [role] role at [company].');
    expect(script.lines).toContain('If anything comes up, you can reach me on [your mobile number].');
    expect(script.voicemail).toContain('My number is [your mobile number]. That\'s [your mobile number].');
  });

  it('leaves the point out rather than adding a placeholder for it', () => {
    expect(script.lines[1]).toBe("I'm calling because I'm still very interested in the role.");
  });
});

describe('buildCallScript text as typed', () => {
  it.each([['陈美玲'], ['ليلى حداد'], ['Zoë 🌟 Park']])('keeps the name %s exactly', (name) => {
    const script = buildCallScript({ ...full, interviewer: { name }, profile: { ...full.profile, name } });
    expect(script.opening).toBe(`Hello, could I speak to ${name}, please?`);
    expect(script.voicemail.startsWith(`Hello ${name}, this is ${name}.`)).toBe(true);
  });

  it('does not change its input', () => {
    const copy = structuredClone(full);
    const frozen = Object.freeze({ ...full, notes: Object.freeze({ ...full.notes, points: Object.freeze([...full.notes.points]) }) });
    buildCallScript(frozen as CallScriptInput);
    expect(frozen).toEqual(copy);
  });
});

describe('buildCallScript to a recruiter or coordinator', () => {
  const recruiter = buildCallScript({ ...full, interviewer: { name: 'Sam Reid', contactRole: 'recruiter' }, metWith: ['Jane Tan', 'Tom Hughes'] });
  const coordinator = buildCallScript({ ...full, interviewer: { name: 'Ana Silva', contactRole: 'coordinator' }, metWith: ['Jane Tan', 'Tom Hughes'] });

  it.each([
    ['who you are and that they put you forward', "It's Sam Lee: you put me forward for the Product Designer role at Acme, and I interviewed with Jane Tan and Tom Hughes on Tuesday 3 March."],
    ['what they have heard', 'Have you heard anything from them since? Any feedback would be really helpful.'],
    ['when the employer expects to decide', "If they haven't decided yet, do you know when they expect to?"],
    ['a request to pass on that you are keen', "When you next speak to them, could you let them know I'm still keen?"],
  ])('to a recruiter, says %s', (_, text) => {
    expect(recruiter.lines.join(' ')).toContain(text);
  });

  it('to a recruiter, leaves a voicemail asking for news or feedback', () => {
    expect(recruiter.voicemail).toContain("You put me forward for the Product Designer role at Acme, and I interviewed with Jane Tan and Tom Hughes on Tuesday 3 March. I'm still very interested, and I'd be glad to hear whether you've had any news or feedback from them.");
    expect(recruiter.voicemail.split('+44 7700 900123')).toHaveLength(3);
    expect(countWords(recruiter.voicemail)).toBeLessThanOrEqual(80);
  });

  it('to a coordinator, names the people you met and asks them to tell the panel', () => {
    expect(coordinator.lines[0]).toBe('Thank you for taking my call. My name is Sam Lee, and I interviewed with Jane Tan and Tom Hughes on Tuesday 3 March for the Product Designer role at Acme.');
    expect(coordinator.lines).toContain("And could you let the panel know I'm still keen?");
    expect(coordinator.voicemail).toContain('I interviewed with Jane Tan and Tom Hughes on Tuesday 3 March');
  });

  it('never says "with you" to someone who was not in the interview', () => {
    for (const script of [recruiter, coordinator]) expect([...script.lines, script.voicemail].join(' ')).not.toContain('interviewed with you');
  });
});
