/**
 * Iraq, which `date-holidays` does not cover. Friday–Saturday weekend. Eid
 * al-Ghadir (18 Dhu al-Hijjah) has been a public holiday since 2024.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Iraq
 */
import type { PlaceRules } from './place-rules.ts';

export const IQ: PlaceRules = {
  names: { en: 'Iraq', ar: 'العراق' },
  langs: ['ar'],
  zones: ['Asia/Baghdad'],
  days: {
    '01-01': { _name: '01-01' },
    '01-06': { name: { en: 'Army Day', ar: 'عيد الجيش' } },
    '03-21': { name: { en: 'Nowruz', ar: 'عيد نوروز' } },
    '05-01': { _name: '05-01' },
    '07-14': { name: { en: 'Republic Day', ar: 'ذكرى ثورة 14 تموز' } },
    '10-03': { name: { en: 'National Day', ar: 'اليوم الوطني' } },
    '12-10': { name: { en: 'Victory Day', ar: 'يوم النصر' } },
    '12-25': { _name: '12-25' },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '10 Dhu al-Hijjah P4D': { _name: '10 Dhu al-Hijjah' },
    '18 Dhu al-Hijjah since 2024': { name: { en: 'Eid al-Ghadir', ar: 'عيد الغدير' } },
    '1 Muharram': { _name: '1 Muharram' },
    '10 Muharram': { _name: '10 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
  },
};
