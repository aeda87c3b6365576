/**
 * The forms of address a contact can be greeted by, and how long a part of
 * their name can be: the choices the contact card, the record schemas and
 * the drafts share. A module of its own, not `constants.ts`: that one is in
 * the planner's first visit (a new interview's defaults), which greets
 * nobody and must stay within its budget.
 */

/**
 * How the emails greet a contact: `auto` follows the custom of their country
 * (see `messages/salutation.ts`), `given` their given name, `title-family`
 * title and family name ("Ms Tan"), `full` the name as on their card, `own`
 * the words the person typed.
 */
export const SALUTATIONS = ['auto', 'given', 'title-family', 'full', 'own'] as const;
/** One form of address. */
export type Salutation = (typeof SALUTATIONS)[number];
/**
 * The most characters of a given or family name (`part`), a title (`title`)
 * and the words after "Dear" (`greeting`): longer is not a name.
 */
export const NAME_PART_LIMITS = { part: 100, title: 30, greeting: 60 } as const;
