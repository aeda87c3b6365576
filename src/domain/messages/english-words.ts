/**
 * The few English word classes that fitting a note into a sentence, and
 * checking the result, need: whether a capitalised word is an ordinary word
 * (lower-cased mid-sentence) or a name (kept), and which words are pronouns,
 * verbs a note starts with, or plural nouns a "they" may point back to.
 *
 * Hand-written rather than taken from a tagger on purpose. compromise is the
 * well-kept choice, but its smallest build that tags parts of speech
 * (compromise/two, 14.20) is 123 KB gzipped: more than everything the planner
 * loads once an interview is open (86 KB), for the sake of a few hundred
 * words. Its tokenizer-only build (compromise/one, 35 KB) has no tagger, so it
 * cannot tell "Their" from "Mixpanel" either. The classes below are closed
 * (pronouns, determiners, prepositions, conjunctions, auxiliaries) or the
 * short list of ordinary words notes start with; a capitalised word not here
 * is treated as a name and kept as typed, which is the safe mistake.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/u));

/** Pronouns, determiners, prepositions, conjunctions, auxiliaries and common adverbs: never a name. */
const CLOSED = words(`
  a an the this that these those my your his her its our their some any no every each either neither all both half many much
  more most few fewer less least several enough such what which whose whatever whichever another other
  me you he him she it we us they them myself yourself himself herself itself ourselves yourselves themselves mine yours hers
  ours theirs who whom someone somebody something anyone anybody anything everyone everybody everything nobody nothing none
  about above across after against along amid among around as at before behind below beneath beside besides between beyond by
  despite down during except for from in inside into like near of off on onto out outside over past per since than through
  throughout till to toward towards under unlike until up upon via with within without
  and but or nor so yet because although though while whereas if unless whether once when whenever where wherever how why
  then also plus
  is are was were be been being am has have had having do does did doing would shall should can could might must
  ought not very really just only even still already always never often sometimes usually again too quite rather almost
  maybe perhaps probably definitely actually especially mostly mainly currently recently soon now today tomorrow yesterday
  later next last first second third overall lots lot there here yes ok okay
  they're they've they'd they'll you're you've you'd you'll we're we've we'd we'll it's that's there's what's who's
  don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't shouldn't haven't hasn't hadn't
`);

/** Ordinary words a note often starts with, capitalised only because they start it. */
const COMMON = words(`
  centre center programme program organisation organization colour color catalogue licence license enquiries enquiry
  boss interviewer interviewers recruiter panel department head heads lead leads director ceo cto cfo coo founder founders
  hybrid office offices site sites warehouse store stores shop branch branches hub region headcount backlog pipeline roadmap
  stack platform app apps website site model models pricing revenue costs cost margin margins churn retention acquisition
  onboarding offboarding hiring recruitment interview interviews assessment assessments deadline deadlines target targets
  quality speed scale volume volumes orders order delivery deliveries shipping logistics inventory stock supply demand
  reporting metrics metric kpis kpi insights insight tracking events event dashboards spreadsheet spreadsheets excel
  loves likes enjoys values cares reports sits covers involves includes requires pays offers
  candidates clients users prioritise prioritize focus improve reduce increase fix own ship deliver scale automate streamline
  team teams role roles company plan plans project projects data new big small large weekly monthly daily quarterly annual
  interview interviews manager managers hiring hire salary start need needs want wants good great strong nice interesting
  current possible potential main key huge senior junior head office remote hybrid flexible culture process processes system
  systems tool tools product products customer customers client clients user users people staff budget timeline deadline
  launch migration dashboard dashboards report reports analysis analytics research design engineering marketing sales
  finance operations strategy goal goals challenge challenges problem problems issue issues question questions focus
  priority priorities growth expansion move shift change changes pay benefits bonus package contract notice probation
  training onboarding support feedback panel case study presentation test task exercise assessment round stage step steps
  opportunity opportunities work job position business market markets region regional global local team's company's
  whole entire real clear tight fast slow hard easy open final early late bigger smaller older younger
  lots plenty part most mostly both neither slightly very
  said told asked spoke talked discussed mentioned explained liked loved enjoyed seemed felt went got wanted showed
  presented walked shared described covered noticed pointed built led ran made did gave took thought
  would could might should seems sounds looks uses has is was
`);

/** Names and places that end in "-ing" like a verb: kept as typed. */
const ING_NAMES = words(`
  beijing nanjing kunming chongqing liaoning reading ealing woking kettering worthing epping barking dorking sterling stirling
  golding fielding manning browning harding keating pickering darling gosling rowling kipling dowling cushing whiting
  bunting channing deering hemming billing
`);

/**
 * Whether `word` is an ordinary English word that is written in lower case
 * inside a sentence (so a capital there is a slip), rather than a name, an
 * acronym or "I". "May" and "Will" are left out, as months and names. Words of six letters or more ending in "-ing" count
 * ("Moving", "Building"), except a few places and family names.
 *
 * @example isOrdinaryWord('Their') //=> true
 * @example isOrdinaryWord('Mixpanel') //=> false
 */
export function isOrdinaryWord(word: string): boolean {
  // "US", "IT", "APAC": an acronym, however ordinary its letters.
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  const lower = word.toLowerCase().replace(/[’]/gu, "'");
  if (lower === 'i' || lower.startsWith("i'")) return false;
  if (CLOSED.has(lower) || COMMON.has(lower)) return true;
  return /^\p{Ll}{3,}ing$/u.test(lower) && !ING_NAMES.has(lower);
}

/**
 * Whether `word` is a pronoun, determiner, preposition, conjunction,
 * auxiliary or common adverb: a closed class, so never a name, and never
 * written with a capital mid-sentence ("I" aside).
 *
 * @example isFunctionWord('Their') //=> true
 * @example isFunctionWord('Marketing') //=> false
 */
export function isFunctionWord(word: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return false;
  const lower = word.toLowerCase().replace(/[’]/gu, "'");
  return lower !== 'i' && !lower.startsWith("i'") && CLOSED.has(lower);
}

/**
 * Whether a written word looks like a name or an acronym: it has a capital
 * letter and is not an ordinary word ("Mixpanel", "APAC", "iPhone", "Q2").
 *
 * @example looksLikeName('Amplitude') //=> true
 * @example looksLikeName('Their') //=> false
 */
export function looksLikeName(word: string): boolean {
  return /\p{Lu}/u.test(word) && !isOrdinaryWord(word);
}

/**
 * Whether `word` (lower case) is a pronoun that can start a clause.
 *
 * @example isSubjectPronoun('they') //=> true
 */
export function isSubjectPronoun(word: string): boolean {
  return SUBJECTS.has(word.toLowerCase().replace(/[’]/gu, "'").replace(/'.*$/u, ''));
}
const SUBJECTS = words('i you he she it we they this that there who');

/**
 * Verbs that make a note a clause when they follow its first words ("This
 * hire would own…", "Onboarding takes three weeks", "Their customers
 * complain…"), lower case: auxiliaries and modals, and the verbs notes use
 * most in the third person, in the past, and in the base form (which counts
 * only after a plural subject, since "plan" and "move" are nouns too).
 *
 * @example VERBS.third.has('needs') //=> true
 */
export const VERBS = {
  auxiliary: words('is are was were has have had will would can could should might must does do did isn\'t aren\'t wasn\'t weren\'t won\'t can\'t doesn\'t don\'t'),
  third: words(`
    needs wants plans hopes expects uses prefers runs lacks relies struggles seems sounds looks owns takes makes gets covers leads
    sits works means includes involves requires sees gives keeps goes comes helps shows starts ends grows moves changes builds
    launches ships sells manages handles supports serves deals arrives spends faces says thinks feels knows cares complains
    reports depends matters happens affects`),
  past: words(`
    wanted needed planned hoped expected used preferred said told asked mentioned explained liked loved enjoyed seemed felt went
    got showed walked talked discussed took made ran led built grew moved changed started ended launched struggled complained`),
  base: words(`
    need want plan hope expect use prefer run lack rely struggle seem sound look own take make get cover lead sit work mean
    include involve require see give keep go come help show start end grow move change build launch ship sell manage handle
    support serve deal arrive spend face say think feel know care complain report depend matter happen`),
} as const;

/** Words after which a verb-looking word is a noun: "their plan", "the move", "to move". */
export const BEFORE_NOUN = words('a an the this that these those my your his her its our their to of for some any no every each');
