/**
 * What an inline component of the guide prints, for readers of the MDX
 * source (the reading time, the word budget, the worked-email checks): a
 * `<Fact>` prints its fact, a `<Greeting>` the words after "Dear"; other
 * components print no prose of their own.
 */
import { greetingName } from '../../domain/messages/salutation';
import { factText, type FactShow } from './fact-text';

/**
 * The text `<name …attributes />` prints in a page, or `undefined` for a component that prints no prose.
 *
 * @example factValueText('Fact', { of: 'priya.hearBack' }) //=> 'Friday 13 March'
 */
export function factValueText(name: string, attributes: Record<string, string>): string | undefined {
  if (name === 'Greeting') {
    const { name: full = '', given, family, title, country = '' } = attributes;
    return greetingName({ name: full, givenName: given, familyName: family, familyNameFirst: 'familyFirst' in attributes, honorific: title }, country);
  }
  if (name !== 'Fact') return undefined;
  return factText(attributes.of ?? '', attributes.show as FactShow | undefined);
}
