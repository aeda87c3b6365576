/**
 * Placeholders left in a draft: the bracketed gaps the drafts leave for the
 * person to fill in (`[your mobile number]`), and the usual markers people
 * type themselves (`<Company>`, `{name}`, `TODO`, `XX`). The checklist flags
 * them, and "Copy email" and "Open in email app" name them before anything is
 * copied or opened, since an email sent with `[a specific point you
 * discussed]` in it undoes the good it was meant to do.
 */

// Square brackets and braces; angle brackets that open onto a word ("<Company>",
// not "3 < 4") unless they hold an email address or a link (a signature's
// "<sam@example.com>"); and the usual TODO and XX markers. The 80-character
// cap keeps a stray bracket from swallowing a paragraph.
const PLACEHOLDER = /\[[^\]\n]{0,80}\]|\{[^}\n]{0,80}\}|<(?![^>\n]*@)(?!https?:)[^\s<>][^<>\n]{0,79}>|(?<![\p{L}\p{N}])(?:TODO|XX+|xx+)(?![\p{L}\p{N}])/gu;

/**
 * The placeholders in `text`, each once, in the order they first appear.
 *
 * @example findPlaceholders('Dear [name], see <Company>. Call me on [your mobile number]. [name]') //=> ['[name]', '<Company>', '[your mobile number]']
 */
export function findPlaceholders(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDER) ?? [])];
}

/**
 * The placeholders as a short list for a sentence: the first `shown`, then how
 * many more.
 *
 * @example listPlaceholders(['[a]', '[b]', '[c]', '[d]', '[e]'], 3) //=> '[a], [b], [c] and 2 more'
 * @example listPlaceholders(['[a]', '[b]']) //=> '[a] and [b]'
 */
export function listPlaceholders(found: readonly string[], shown = 3): string {
  if (found.length <= shown) return found.length < 2 ? (found[0] ?? '') : `${found.slice(0, -1).join(', ')} and ${found.at(-1)}`;
  return `${found.slice(0, shown).join(', ')} and ${found.length - shown} more`;
}
