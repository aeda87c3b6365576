/**
 * Who did what in a note written without a subject. Notes drop it: "Needs
 * someone to build the retention dashboard" is the employer, "Asked about my
 * SQL" the interviewer, "Walked them through my route-data project" the
 * person. A sentence needs it back, said to the reader: "you need…" to the
 * employer's side, "they need…" to an agency recruiter.
 */
import type { ContactRole } from '../records/model';
import { pluralVerb } from './note-voice';

const set = (list: string) => new Set(list.split(' '));
/** What the employer does or wants, in the present: "Needs…", "Plans to…". */
const EMPLOYER_PRESENT = set('loves likes enjoys values cares needs wants plans hopes expects prefers uses runs lacks relies struggles has is aims intends need want plan hope expect prefer use');
/** "Looking for…", "Hoping to…": the employer, in progress. */
const EMPLOYER_PROGRESSIVE = set('looking hoping planning trying aiming struggling hiring');
/** What the interviewer said or did in the room: "Said…", "Asked about my SQL", "Liked my portfolio". */
const INTERVIEWER_PAST = set('said told mentioned explained stressed emphasised emphasized noted outlined confirmed asked liked loved praised questioned queried probed challenged grilled pushed appreciated noticed wanted seemed sounded');
/** Speech verbs that, followed by "my", were the person's own ("Mentioned my dbt certificate"). */
const SPEECH = set('mentioned explained noted outlined described');
/** What the role is: "Reports to the Head of Analytics", "Involves travel to KL". */
const ROLE_PRESENT = set('reports sits covers involves includes requires pays offers');
/** A to-do written as an order, what the employer wants done: "Prioritise the KL office roll-out". */
const EMPLOYER_AIM = set('prioritise prioritize focus improve reduce increase fix ship deliver scale automate streamline grow build launch hire migrate cut modernise modernize consolidate standardise standardize');
/** Done together: "Talked about…", "Discussed…". */
const TOGETHER_PAST = set('talked discussed chatted covered spoke');
/** Done by the person: "Walked them through…", "Showed my portfolio". */
const MY_PAST = set('walked showed presented shared built led ran made gave demoed demonstrated answered pitched suggested proposed offered described');

/**
 * `text` with the subject a sentence needs, when it starts with a verb that
 * has none; `text` unchanged otherwise. `reader` decides how the employer
 * and the interviewer are named: "you" to someone who was in the interview
 * (or, for the employer, anyone on its side), "they" otherwise.
 *
 * @example withSubject('needs someone to build the retention dashboard', 'recruiter') //=> 'they need someone to build the retention dashboard'
 * @example withSubject('Asked about my SQL', 'interviewer') //=> 'you asked about my SQL'
 * @example withSubject('Prioritise the KL office roll-out', 'interviewer') //=> 'you want to prioritise the KL office roll-out'
 * @example withSubject('walked them through my route-data project', 'recruiter') //=> 'I walked them through my route-data project'
 */
export function withSubject(text: string, reader: ContactRole): string {
  const match = /^(\p{L}+)\s+(\S*)/u.exec(text);
  if (!match) return text;
  const [, verb = '', next = ''] = match;
  const lower = verb.toLowerCase();
  const rest = text.slice(verb.length);
  const employer = reader === 'recruiter' ? 'they' : 'you';
  if (EMPLOYER_PRESENT.has(lower) && !isNounStart(next)) {
    return `${employer} ${pluralVerb(lower)}${rest}`;
  }
  if (ROLE_PRESENT.has(lower) && !isNounStart(next)) return `the role ${lower}${rest}`;
  if (EMPLOYER_AIM.has(lower) && !isNounStart(next)) return `${employer} want to ${lower}${rest}`;
  if (EMPLOYER_PROGRESSIVE.has(lower) && /^(?:for|to)$/iu.test(next)) return `${employer}'re ${lower}${rest}`;
  if (INTERVIEWER_PAST.has(lower)) {
    const mine = SPEECH.has(lower) && /^my$/iu.test(next);
    const interviewer = reader === 'interviewer' ? 'you' : 'they';
    return `${mine ? 'I' : interviewer} ${lower}${rest}`;
  }
  if (TOGETHER_PAST.has(lower)) return `we ${lower}${rest}`;
  if (MY_PAST.has(lower)) return `I ${lower}${rest}`;
  return text;
}

// "Plans for Q3", "Needs analysis showed…": a noun, not a verb, when followed by one of these.
const isNounStart = (next: string) => /^(?:for|of|and|or|are|were|is|was|analysis|list|review|assessment|document|doc)$/iu.test(next);
