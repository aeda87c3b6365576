import HolidaysParser from 'date-holidays-parser';
import { describe, expect, it } from 'vitest';
import { closureReason, closuresOf, countryPhrase, OFFICE_CLOSURES } from '~/domain/schedule/office-closures';
import { data } from '../support/holidays';

describe('OFFICE_CLOSURES: the one list the schedule and the guide read', () => {
  it.each(OFFICE_CLOSURES.map((closure) => [closure.id, closure] as const))('%s names its source, its countries and its days', (_, closure) => {
    expect(closure.source.title.length).toBeGreaterThan(10);
    expect(closure.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//u);
    expect(closure.countries.length).toBeGreaterThan(0);
    expect(closure.name).not.toBe('');
    expect(closure.when).not.toBe('');
    expect(closure.reason).toContain('{in}');
    for (const country of closure.countries) expect(Object.keys(data.holidays), `${closure.id}: ${country}`).toContain(country);
  });

  it.each(OFFICE_CLOSURES.map((closure) => [closure.id, closure] as const))('%s is a rule date-holidays’ parser reads, every year', (_, closure) => {
    const parser = new HolidaysParser({ holidays: { XX: { names: { en: 'X' }, days: { [closure.rule]: { name: { en: closure.name } } } } }, names: {} } as never, 'XX');
    for (const year of [2026, 2027, 2028]) expect(parser.getHolidays(year)?.length, `${closure.rule} in ${year}`).toBe(1);
  });

  it('gives each country each rule once, so a day names one break', () => {
    const countries = new Set(OFFICE_CLOSURES.flatMap((closure) => closure.countries));
    for (const country of countries) {
      const rules = closuresOf(country).map((closure) => closure.rule);
      expect(new Set(rules).size, country).toBe(rules.length);
    }
  });
});

describe('closuresOf', () => {
  it.each([
    ['GB', ['year-end-uk-ireland']],
    ['us', ['year-end-north-america', 'thanksgiving-us']],
    ['JP', ['year-end-japan', 'golden-week-japan']],
    ['CN', ['spring-festival-china', 'national-day-china']],
    ['KW', ['eid-al-fitr-gulf', 'eid-al-adha-gulf']],
    ['SG', []],
  ])('lists the closures of %s', (country, ids) => {
    expect(closuresOf(country).map((closure) => closure.id)).toEqual(ids);
  });
});

describe('countryPhrase and closureReason', () => {
  it.each([
    ['GB', 'the UK'],
    ['US', 'the US'],
    ['AE', 'the UAE'],
    ['NL', 'the Netherlands'],
    ['MY', 'Malaysia'],
    ['JP', 'Japan'],
  ])('reads %s as "in %s"', (code, phrase) => {
    expect(countryPhrase(code)).toBe(phrase);
  });

  it('says why, as the note after "Moved from Tue 29 Dec:" reads', () => {
    expect(closureReason(closuresOf('GB')[0]!, 'GB')).toBe('most offices in the UK are closed between Christmas and New Year');
  });
});

describe('the words the guide prints for a closure', () => {
  // The weeks-after page prints `when`; the schedule reads `rule`. Where `when` names dates
  // ("24 December to 1 January"), they are the rule's first and last days, every year.
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DATES = /^(\d{1,2})(?: ([A-Z][a-z]+))? to (\d{1,2}) ([A-Z][a-z]+)$/u;
  const named = OFFICE_CLOSURES.filter((closure) => DATES.test(closure.when));
  const dayMonth = (date: Date) => `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;

  it('names dates for the fixed-date closures', () => {
    expect(named.map((closure) => closure.id)).toEqual(expect.arrayContaining(['year-end-uk-ireland', 'golden-week-japan', 'year-end-japan']));
  });

  it.each(named.map((closure) => [closure.id, closure] as const))('%s: its words are its rule’s first and last days', (_, closure) => {
    const [, firstDay, firstMonth, lastDay, lastMonth] = DATES.exec(closure.when)!;
    const parser = new HolidaysParser({ holidays: { XX: { names: { en: 'X' }, days: { [closure.rule]: { name: { en: closure.name } } } } }, names: {} } as never, 'XX');
    for (const year of [2026, 2027, 2028]) {
      const [days] = parser.getHolidays(year) as { start: Date; end: Date }[];
      // `end` is the midnight after the last day.
      const last = new Date(days!.end.getTime() - 1);
      const start = new Date(Date.UTC(days!.start.getFullYear(), days!.start.getMonth(), days!.start.getDate()));
      const end = new Date(Date.UTC(last.getFullYear(), last.getMonth(), last.getDate()));
      expect(`${dayMonth(start)} to ${dayMonth(end)}`, `${closure.id} in ${year}`).toBe(`${firstDay} ${firstMonth ?? lastMonth} to ${lastDay} ${lastMonth}`);
    }
  });
});
