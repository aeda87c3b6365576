/**
 * Lebanon, which `date-holidays` does not cover. Saturday–Sunday weekend;
 * Christian feasts of both the Western and the Orthodox calendar.
 *
 * @source https://en.wikipedia.org/wiki/Public_holidays_in_Lebanon
 */
import type { PlaceRules } from './place-rules.ts';

export const LB: PlaceRules = {
  names: { en: 'Lebanon', ar: 'لبنان' },
  langs: ['ar'],
  zones: ['Asia/Beirut'],
  days: {
    '01-01': { _name: '01-01' },
    '01-06': { name: { en: 'Armenian Christmas', ar: 'عيد الميلاد عند الأرمن' } },
    '02-09': { name: { en: 'Saint Maroun’s Day', ar: 'عيد مار مارون' } },
    '03-25': { name: { en: 'Annunciation', ar: 'عيد البشارة' } },
    'easter -2': { _name: 'easter -2' },
    'easter 1': { _name: 'easter 1' },
    'orthodox -2': { name: { en: 'Orthodox Good Friday', ar: 'الجمعة العظيمة عند الأرثوذكس' } },
    'orthodox 1': { name: { en: 'Orthodox Easter Monday', ar: 'اثنين الفصح عند الأرثوذكس' } },
    '05-01': { _name: '05-01' },
    '05-25': { name: { en: 'Resistance and Liberation Day', ar: 'عيد المقاومة والتحرير' } },
    '08-15': { name: { en: 'Assumption', ar: 'عيد انتقال السيدة العذراء' } },
    '11-22': { name: { en: 'Independence Day', ar: 'عيد الاستقلال' } },
    '12-25': { _name: '12-25' },
    '1 Shawwal P2D': { _name: '1 Shawwal' },
    '10 Dhu al-Hijjah P2D': { _name: '10 Dhu al-Hijjah' },
    '1 Muharram': { _name: '1 Muharram' },
    '10 Muharram': { _name: '10 Muharram' },
    '12 Rabi al-awwal': { _name: '12 Rabi al-awwal' },
  },
};
