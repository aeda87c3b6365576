/** The site's name, shown in the header and the page titles. */
export const SITE_TITLE = 'Nudge';

/** One line that says what Nudge is, used as the default page description. */
export const SITE_TAGLINE = 'Follow up after a job interview: what to do tonight, tomorrow morning and in the weeks after.';

/**
 * The stages of the follow-up journey, in the order a job seeker lives them.
 * A guide page's `stage` frontmatter must be one of these ids; the timeline on
 * the home page and the stage badges read their labels and timing from here.
 * `when` says when a stage comes, never how many days: those numbers are the
 * schedule's (src/domain/schedule/), and pages render them with `<Fact>`.
 * The glossary is not a step of the journey, so the timeline leaves it out.
 */
export const STAGES = [
  { id: 'overview', label: 'Overview', when: 'The whole process' },
  { id: 'during', label: 'During the interview', when: 'In the room' },
  { id: 'right-after', label: 'Right after', when: 'The same day' },
  { id: 'thank-you', label: 'Thank-you email', when: 'That evening or next morning' },
  { id: 'who', label: 'Who to write to', when: 'Agency, coordinator or panel' },
  { id: 'channels', label: 'Other channels', when: 'Alongside your emails' },
  { id: 'check-in', label: 'The check-in', when: 'After the date they gave you' },
  { id: 'weeks-after', label: 'The weeks after', when: 'Until the closing note' },
  { id: 'quiet', label: 'When it goes quiet', when: 'Out of office, on hold, no reply' },
  { id: 'hear-back', label: 'When you hear back', when: 'A decision' },
  { id: 'next-round', label: 'The next round', when: 'Invited back' },
  { id: 'offer', label: 'The offer', when: 'An offer arrives' },
  { id: 'checks', label: 'References and checks', when: 'Between the offer and day one' },
  { id: 'no', label: 'After a no', when: 'A rejection, or no answer at all' },
  { id: 'withdrawing', label: 'Withdrawing', when: 'When you step out' },
  { id: 'glossary', label: 'Glossary', when: 'Any time' },
] as const;

/** A stage id, such as `'thank-you'`. */
export type StageId = (typeof STAGES)[number]['id'];

/** The stage ids as a tuple, for the content schema's enum. */
export const STAGE_IDS = STAGES.map((stage) => stage.id) as [StageId, ...StageId[]];
