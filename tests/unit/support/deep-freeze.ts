/**
 * Freezes a value and everything inside it, so a test can prove that a
 * function never mutates its input (it would throw in strict mode).
 *
 * @example deepFreeze({ a: { b: 1 } }).a.b = 2 // throws TypeError
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
