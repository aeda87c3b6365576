/**
 * What a guide page must not state by hand, because the planner states it too and
 * it would drift: a date, a clock time, a number of days or weeks, a count of
 * follow-ups, hours before or after, an email length. Pages print each one with
 * `<Fact>` (or a component that reads the domain), so a rule changed in
 * src/domain/ changes every page. Read by the check of the MDX sources
 * (tests/unit/guide/guide-facts.test.ts) and of the built pages
 * (tests/built/guide-numbers.test.ts), so both look for the same things.
 */

// Numbers above one ("one day", "one check-in" are ordinary English, not a rule's number).
const NUMBER = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)`;
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;

/** Each kind of statement, and a pattern that finds one. */
export const STATED_NUMBERS: { what: string; pattern: RegExp }[] = [
  { what: 'a date', pattern: new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'i') },
  { what: 'a date', pattern: new RegExp(String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`) },
  { what: 'a day of the month', pattern: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i },
  { what: 'a clock time', pattern: /\b\d{1,2}:\d{2}\b/ },
  { what: 'a number of days or weeks', pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:working\s+|calendar\s+)?(?:days?|weeks?)\b`, 'i') },
  { what: 'a count of follow-ups', pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:check-ins|follow-ups|reminders)\b`, 'i') },
  { what: 'hours or minutes before or after', pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:hours?|minutes?)\s+(?:ahead|behind|before|after|later|earlier)\b`, 'i') },
  { what: 'an email length', pattern: /\b\d+\s+(?:words|characters)\b/i },
];

/** Phrases that match a pattern above but are not the planner's to state, and why. */
export const NOT_THE_PLANNERS: { page: string; text: string; why: string }[] = [
  { page: 'weeks-after', text: 'Two days are public holidays', why: 'how long Lunar New Year is in two countries: a fact about them, not a schedule rule' },
];

/**
 * Every statement in `text` that a page must not make by hand, as "what: match";
 * `allowed` phrases are taken out first.
 *
 * @example statedNumbers('Check in every two weeks.') //=> ['a number of days or weeks: "two weeks"']
 */
export function statedNumbers(text: string, allowed: readonly string[] = []): string[] {
  const checked = allowed.reduce((rest, phrase) => rest.split(phrase).join('⟦allowed⟧'), text);
  return STATED_NUMBERS.flatMap(({ what, pattern }) => {
    const match = pattern.exec(checked);
    return match ? [`${what}: "${match[0]}"`] : [];
  });
}
