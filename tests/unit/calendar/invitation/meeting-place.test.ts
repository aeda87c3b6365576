import { describe, expect, it } from 'vitest';
import { looksLikeAddress, meetingPlace, videoLinkIn, type PlaceTexts } from '~/domain/calendar/invitation/meeting-place';
import { deepFreeze } from '../../support/deep-freeze';

const texts = (fields: Partial<PlaceTexts>): PlaceTexts => deepFreeze({ location: '', url: '', description: '', conference: [], ...fields });
const TEAMS = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';

describe('videoLinkIn', () => {
  it.each([
    ['Teams, in angle brackets as Outlook writes it', `Click here to join the meeting<${TEAMS}>`, TEAMS, 'Microsoft Teams'],
    ['Zoom on a company subdomain', 'Join: https://globex.zoom.us/j/85012345678?pwd=abc.1.', 'https://globex.zoom.us/j/85012345678?pwd=abc.1', 'Zoom'],
    ['Google Meet', 'Join with Google Meet: https://meet.google.com/abc-defg-hij', 'https://meet.google.com/abc-defg-hij', 'Google Meet'],
    ['Webex', 'https://umbrella.webex.com/meet/lena.vogel', 'https://umbrella.webex.com/meet/lena.vogel', 'Webex'],
  ])('finds %s', (_case, text, url, service) => {
    expect(videoLinkIn(text)).toEqual({ url, service });
  });

  it.each([
    ['a help page', 'Learn more: https://support.google.com/a/users/answer/9282720'],
    ['a service’s home page', 'https://zoom.us/'],
    ['another site', 'https://example.com/meeting'],
    ['a plain http link', 'http://meet.google.com/abc-defg-hij'],
  ])('ignores %s', (_case, text) => {
    expect(videoLinkIn(text)).toBeUndefined();
  });
});

describe('looksLikeAddress', () => {
  it.each([
    ['Initech Pte Ltd, 10 Marina Boulevard, #12-01, Singapore 018983', true],
    ['Umbrella GmbH, Friedrichstraße 68, 10117 Berlin', true],
    ['221B Baker Street, London NW1 6XE', true],
    ['Level 12, 1 Raffles Place', true],
    ['SG-MBFC-12-Room Orchid (8)', false],
    ['Microsoft Teams Meeting', false],
    ['https://globex.zoom.us/j/850', false],
  ])('%j → %s', (text, expected) => {
    expect(looksLikeAddress(text)).toBe(expected);
  });
});

describe('meetingPlace', () => {
  it.each([
    ['a Teams link in the description', texts({ location: 'Microsoft Teams Meeting', description: `Join<${TEAMS}>` }), { format: 'video', videoLink: TEAMS, service: 'Microsoft Teams', address: '', other: '' }],
    ['Google’s conference property', texts({ conference: ['https://meet.google.com/abc-defg-hij'] }), { format: 'video', videoLink: 'https://meet.google.com/abc-defg-hij', service: 'Google Meet', address: '', other: '' }],
    ['a Zoom link as the location', texts({ location: 'https://globex.zoom.us/j/850' }), { format: 'video', videoLink: 'https://globex.zoom.us/j/850', service: 'Zoom', address: '', other: '' }],
    ['a street address', texts({ location: '10 Marina Boulevard, Singapore 018983' }), { format: 'in-person', videoLink: '', service: '', address: '10 Marina Boulevard, Singapore 018983', other: '' }],
    ['a phone call', texts({ location: 'Phone call' }), { format: 'phone', videoLink: '', service: '', address: '', other: '' }],
    ['a phone number', texts({ location: '+65 6123 4567' }), { format: 'phone', videoLink: '', service: '', address: '', other: '' }],
    ['a room name only', texts({ location: 'Room Orchid' }), { videoLink: '', service: '', address: '', other: 'Room Orchid' }],
    ['nothing', texts({}), { videoLink: '', service: '', address: '', other: '' }],
  ])('reads %s', (_case, input, place) => {
    expect(meetingPlace(input)).toEqual(place);
  });
});
