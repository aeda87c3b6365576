/**
 * Syria, which `date-holidays` does not cover. Friday–Saturday weekend. The
 * government's list changed in 2025 (8 March and 6 October dropped, 18 March
 * and 8 December added); both are kept by year.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Syria
 */
import type { PlaceRules } from './place-rules.ts';

export const SY: PlaceRules = {
  names: { en: 'Syria', ar: 'سوريا' },
  langs: ['ar'],
  zones: ['Asia/Damascus'],
  days: {
    '01-01': { _name: '01-01' },
    '03-08 prior to 2025': { name: { en: 'Revolution Day (8 March)', ar: 'ثورة الثامن من آذار' } },
    '03-18 since 2025': { name: { en: 'Revolution Day', ar: 'ذكرى الثورة السورية' } },
    '03-21': { name: { en: 'Mother’s Day', ar: 'عيد الأم' } },
    '04-17': { name: { en: 'Evacuation Day', ar: 'عيد الجلاء' } },
    easter: { _name: 'easter' },
    orthodox: { _name: 'orthodox' },
    '05-01': { _name: '05-01' },
    '05-06': { name: { en: 'Martyrs’ Day', ar: 'عيد الشهداء' } },
    '10-06 prior to 2025': { name: { en: 'Tishreen Liberation War Day', ar: 'ذكرى حرب تشرين' } },
    '12-08 since 2025': { name: { en: 'Liberation Day', ar: 'يوم التحرير' } },
    '12-25': { _name: '12-25' },
    '1 Shawwal P3D': { _name: '1 Shawwal' },
    '10 Dhu al-Hijjah P4D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
  },
};
