/**
 * The Maldives, which `date-holidays` does not cover. Friday–Saturday
 * weekend. National Day falls on 1 Rabi al-awwal, and the day the Maldives
 * embraced Islam on 1 Rabi al-thani.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_the_Maldives
 */
import type { PlaceRules } from './place-rules.ts';

export const MV: PlaceRules = {
  names: { en: 'Maldives', dv: 'ދިވެހިރާއްޖެ' },
  langs: ['dv'],
  zones: ['Indian/Maldives'],
  days: {
    '01-01': { _name: '01-01' },
    '07-26 P2D': { name: { en: 'Independence Day' } },
    '11-03': { name: { en: 'Victory Day' } },
    '11-11': { name: { en: 'Republic Day' } },
    '1 Ramadan': { _name: '1 Ramadan' },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '9 Dhu al-Hijjah': { name: { en: 'Hajj Day' } },
    '10 Dhu al-Hijjah P4D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '1 Rabi al-awwal': { name: { en: 'National Day' } },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
    '1 Rabi al-thani': { name: { en: 'The day the Maldives embraced Islam' } },
  },
};
