/**
 * A contact's name in its parts: given name, family name, a title (Ms, Dr,
 * Puan), and whether it is written family name first ("Tan Mei Ling"). The
 * parts come from the card (vCard N: family; given; additional; prefix) or
 * the person. Where only the name as written is known, the given name is
 * worked out only when that is safe: never from a name that starts with a
 * common Chinese, Korean or Vietnamese family name, or has one after a
 * first word (that is how "Tan Mei Ling" would become "Dear Tan,"), nor
 * from a name in a script written without spaces, or one starting with an
 * initial. Malay and Tamil names keep their given names before bin, binti,
 * a/l or a/p whole.
 */
import { squish } from '../shared/text';

/** The name fields of a contact this module reads; the parts are optional (a name typed in one field). */
export interface NamedContact {
  /** As written on the card. */
  name: string;
  givenName?: string;
  familyName?: string;
  /** Written family name first ("Tan Mei Ling"). */
  familyNameFirst?: boolean;
  /** A title: Ms, Dr, Puan… */
  honorific?: string;
}

/** A name in parts; `given` or `family` is `''` where it is not known and not safe to work out. */
export interface NameParts {
  given: string;
  family: string;
  honorific: string;
  /** Whether the parts came from the card or the person, not worked out from the name. */
  held: boolean;
}

const words = (list: string) => new Set(list.split(/\s+/u));
/** Romanised family names common in Chinese (Mandarin, Hokkien, Cantonese, Teochew, Hakka), Korean and Vietnamese. */
const EAST_ASIAN_FAMILY = words(`tan lim lee ng wong chan goh ong teo koh chua chew chong chang cheng chen chin chia chiang chow
  choo chu foo fong ho hoo heng hu huang kang khoo kok kwok kwek lai lam lau law leong leung liew lin liu loh low lu luo ma mok
  neo ooi pang peh poh quek seah see seow sim soh song sun tay tang teh tham tio toh tse wee wu xu yap yeo yeoh yip yong yu zhang
  zhao zhou wang li yang xie guo he gao zheng liang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye wei su
  ding shen ren yao cui zhong fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu hou yin xue yan duan lei tao mao hao gu
  gong shao wan qian dai wen kim park choi jung jeong cho yoon jang oh seo shin kwon hwang ahn yoo hong jeon ko moon son bae baek
  heo nam noh ha kwak sung cha joo woo min ryu na ji nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly truong
  dinh mai trinh luong`);
/** Titles a name may start with, as written on cards in English, Malay and Arabic-speaking countries. */
const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Puan|Pn|Encik|En|Cik|Tuan|Datuk|Dato['’]?|Datin|Tan Sri|Puan Sri|Haji|Hajah|Sheikh|Shaikh)\.?)\s+/iu;
// Malay "bin"/"binti", Tamil "a/l"/"a/p" (son or daughter of): the given name is everything before.
const PATRONYMIC = /\s(?:bin|binti|bte|bt|a\/l|a\/p|s\/o|d\/o)\s/iu;
// Particles that start a family name: "Ana de la Cruz", "Pieter van den Berg", "Omar Al Rashid".
const PARTICLE = /\s((?:de|da|di|del|della|der|den|van|von|le|la|du|dos|das|al|el|bin|ibn|st\.?)\s.*)$/iu;
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * Whether `word` is a common Chinese, Korean or Vietnamese family name in
 * Latin letters, so never safe to greet someone by alone.
 *
 * @example isEastAsianFamilyName('Tan') //=> true
 */
export function isEastAsianFamilyName(word: string): boolean {
  return EAST_ASIAN_FAMILY.has(word.toLowerCase());
}

/**
 * The parts of a contact's name: as held on the contact (while its name
 * still holds them), else worked out from `name` where that is safe (see
 * the module comment).
 *
 * @example nameParts({ name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms' }) //=> { given: 'Mei Ling', family: 'Tan', honorific: 'Ms', held: true }
 * @example nameParts({ name: 'Tom Hughes' }) //=> { given: 'Tom', family: 'Hughes', honorific: '', held: false }
 * @example nameParts({ name: 'Tan Mei Ling' }) //=> { given: '', family: '', honorific: '', held: false }
 */
export function nameParts(contact: NamedContact): NameParts {
  const given = squish(contact.givenName ?? '');
  const family = squish(contact.familyName ?? '');
  const typedHonorific = squish(contact.honorific ?? '');
  const written = squish(contact.name);
  const honorific = typedHonorific || (HONORIFIC.exec(written)?.[0].trim() ?? '');
  if ((given || family) && !stale(written, given, family)) return { given, family, honorific, held: true };
  return { ...guessParts(written.replace(HONORIFIC, '')), honorific, held: false };
}

// Parts held for an earlier name: the name was retyped for someone else ("Tan Mei Ling" → "Sarah Goh"),
// so the family name (or, without one, the given name) is no longer in it. A preferred given name
// ("Bill" for William Gates) is kept while the family name still matches.
function stale(written: string, given: string, family: string): boolean {
  const name = written.toLowerCase();
  const part = (family || given).toLowerCase();
  return name !== '' && !name.includes(part);
}

function guessParts(name: string): Pick<NameParts, 'given' | 'family'> {
  const none = { given: '', family: '' };
  const parts = name.split(' ').filter(Boolean);
  if (parts.length < 2 || NO_SPACE.test(name) || /^\p{L}\.?$|\.$/u.test(parts[0]!)) return none;
  const patronymic = PATRONYMIC.exec(` ${name} `);
  if (patronymic) return { given: name.slice(0, patronymic.index).trim(), family: '' };
  if (parts.some((part, index) => isEastAsianFamilyName(part) && (index === 0 || parts.length > 2))) return none;
  const family = PARTICLE.exec(name)?.[1] ?? parts.at(-1)!;
  return { given: parts[0]!, family };
}
