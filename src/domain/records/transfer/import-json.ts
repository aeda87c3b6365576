/**
 * Reads an import file's text as JSON, safely and with reasons a person can act on.
 *
 * `__proto__`, `constructor` and `prototype` keys are dropped while parsing
 * (a reviver that returns undefined deletes the key), so no later copy or
 * spread of the parsed value can reach `Object.prototype`; the keys that were
 * dropped are reported, because Nudge never writes them and a file holding
 * them has been edited by something else.
 */
import { UNSAFE_KEYS } from '../migrate/fields';

/** The parsed value and the unsafe keys dropped from it, or why the text is not JSON. */
export type JsonReading = { ok: true; value: unknown; droppedKeys: string[] } | { ok: false; reason: string };

/**
 * Parses `text`, dropping unsafe keys.
 *
 * @example parseJsonSafely('{"a":1,"__proto__":{"x":1}}') //=> { ok: true, value: { a: 1 }, droppedKeys: ['__proto__'] }
 * @example parseJsonSafely('{"a":') //=> { ok: false, reason: 'This file ends too early: … cut off …' }
 */
export function parseJsonSafely(text: string): JsonReading {
  // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, reason: 'This file is empty, so there is nothing in it to import.' };
  const dropped = new Set<string>();
  try {
    const value: unknown = JSON.parse(body, (key, item: unknown) => {
      if (!UNSAFE_KEYS.has(key)) return item;
      dropped.add(key);
      return undefined;
    });
    return { ok: true, value, droppedKeys: [...dropped] };
  } catch {
    if (looksCutOff(body)) {
      return {
        ok: false,
        reason:
          'This file ends too early: it starts like a Nudge export but is cut off part-way (perhaps the download or copy did not finish). Export again from the browser that has your data.',
      };
    }
    return { ok: false, reason: 'This file is not a Nudge export: it is not valid JSON (it may be another kind of file, or it was edited by hand).' };
  }
}

/**
 * Whether text that failed to parse is JSON that stops before its end: it
 * opens with `{` or `[` and, outside strings, some bracket is never closed or
 * a string never ends. Engines word their parse errors differently, so this
 * reads the text rather than the error message.
 *
 * @example looksCutOff('{"interviews": [{"id": "a"') //=> true
 * @example looksCutOff('hello') //=> false
 */
export function looksCutOff(text: string): boolean {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      // Closed more than it opened: broken, not cut off.
      if (depth < 0) return false;
    }
  }
  return inString || depth > 0;
}
