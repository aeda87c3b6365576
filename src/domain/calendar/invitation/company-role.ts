/**
 * Company and role suggestions from an invitation's title (SUMMARY) or the
 * organiser's email domain. They are guesses, so the planner shows each with
 * where it came from and fills it only when the person ticks it.
 */

/** A suggested value and where it was read. */
export interface Suggestion {
  value: string;
  from: 'title' | 'email';
}

// Legal forms that mark a part of a title as a company name.
const LEGAL_FORM = /\b(?:pte\.?\s*ltd|ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|corp(?:oration)?|co\.?|company|s\.?a\.?|b\.?v\.?|n\.?v\.?|sdn\.?\s*bhd|bhd|pty|k\.?k\.?|s\.?r\.?l|oy|ab|as|group|holdings)\.?$/iu;
// Words that mark a part of a title as a job.
const JOB_WORD = /\b(?:analyst|engineer|developer|designer|manager|director|lead|head|officer|specialist|consultant|scientist|coordinator|co-ordinator|assistant|associate|executive|administrator|architect|intern(?:ship)?|trainee|graduate|accountant|advisor|adviser|representative|technician|editor|writer|researcher|nurse|teacher|lecturer|programmer|tester|partner|president|vp|cto|ceo|cfo|marketer|recruiter|strategist|planner|operator|clerk)s?\b/iu;
// Words about the meeting rather than the job or the company.
const MEETING_WORDS = /\b(?:(?:first|second|third|final|1st|2nd|3rd|next|technical|tech|phone|video|online|onsite|on-site|hr|panel|culture|case|team)\s+)*(?:interview|interviews|screen(?:ing)?|round|call|chat|meeting|conversation|invitation|assessment|stage|day)\b|\b(?:first|second|third|final|1st|2nd|3rd)\s+round\b/giu;

/**
 * Reads company and role from an invitation's title: "Interview: Data
 * Analyst – Acme Pte Ltd", "Acme | Product Designer interview", "Data
 * Analyst interview at Acme", "Globex - Analytics Engineer - Technical
 * interview". A part with a legal form (Ltd, Inc, GmbH…) is the company, one
 * with a job word (Analyst, Engineer…) the role; a part that is neither is
 * the company only when the role was found and the title has two parts.
 *
 * @example suggestFromTitle('Interview: Data Analyst – Acme Logistics Pte Ltd') //=> { company: 'Acme Logistics Pte Ltd', role: 'Data Analyst' }
 * @example suggestFromTitle('Catch-up') //=> {}
 */
export function suggestFromTitle(summary: string): { company?: string; role?: string } {
  const parts = summary
    .replace(/[()[\]]/gu, ' | ')
    .split(/\s+[–—|·:-]\s+|:\s+|\s*[|·]\s*/u)
    .flatMap((part) => /^(.*?)\s+(?:at|@)\s+(.+)$/iu.exec(part)?.slice(1) ?? [part])
    .map(cleanPart)
    .filter((part) => part !== '');
  const company = parts.find((part) => LEGAL_FORM.test(part));
  const role = parts.find((part) => part !== company && JOB_WORD.test(part));
  const rest = parts.filter((part) => part !== company && part !== role);
  const result: { company?: string; role?: string } = {};
  if (role) result.role = role;
  if (company) result.company = company;
  else if (role && rest.length === 1 && rest[0]!.split(' ').length <= 5 && !/^(?:with|for)\b/iu.test(rest[0]!)) result.company = rest[0]!;
  return result;
}

/** A title part without the words about the meeting: "Interview with Sam for Data Analyst" → "Data Analyst". */
function cleanPart(part: string): string {
  return part
    .replace(/^.*?\bfor\s+(?:the\s+)?(?:(?:role|position|post)\s+of\s+)?/iu, '')
    .replace(/\bwith\b.*$/iu, '')
    .replace(MEETING_WORDS, ' ')
    .replace(/^[\s:–—|·,-]+|[\s:–—|·,-]+$/gu, '')
    .replace(/\s{2,}/gu, ' ')
    .trim()
    .replace(/^(?:for|with|the|a|an|and|of|day)$/iu, '');
}

// Addresses that say nothing about the employer: mail services, scheduling and applicant-tracking tools.
const NOT_AN_EMPLOYER = /(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|qq|163|126|naver|rediffmail|calendar\.google|resource\.calendar\.google|zoom|calendly|greenhouse|lever|myworkday|workday|smartrecruiters|ashbyhq|icims|teamtailor|goodtime|workable|bamboohr|recruitee|jobvite|taleo|successfactors|personio)\.(?:com|net|org|io|co|us|me|de|fr|ru|cn|ch|ai|app|ne)(?:\.[a-z]{2})?$/iu;
// Second-level labels under country codes: acme.com.sg, acme.co.uk.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'ltd', 'plc']);

/**
 * A company name from the organiser's email domain: `jane@acme-logistics.com.sg`
 * gives "Acme Logistics". Mail services and scheduling tools give nothing.
 *
 * @example companyFromEmail('jane.tan@acme-logistics.com.sg') //=> 'Acme Logistics'
 * @example companyFromEmail('recruiter@gmail.com') //=> undefined
 */
export function companyFromEmail(email: string): string | undefined {
  const domain = email.trim().toLowerCase().split('@')[1] ?? '';
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/u.test(domain) || NOT_AN_EMPLOYER.test(domain)) return undefined;
  const labels = domain.split('.').slice(0, -1);
  if (labels.length > 1 && SECOND_LEVEL.has(labels.at(-1)!)) labels.pop();
  const name = labels.at(-1) ?? '';
  if (name.length < 2 || /^(?:mail|email|example|careers|jobs|hr|recruiting|talent)$/u.test(name)) return undefined;
  return name
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The suggestions for one event: company and role from the title, and the
 * company from the organiser's email domain when the title names none.
 *
 * @example suggestCompanyAndRole('Data Analyst interview', 'jane@acme.com') //=> { role: { value: 'Data Analyst', from: 'title' }, company: { value: 'Acme', from: 'email' } }
 */
export function suggestCompanyAndRole(summary: string, organizerEmail: string): { company?: Suggestion; role?: Suggestion } {
  const fromTitle = suggestFromTitle(summary);
  const result: { company?: Suggestion; role?: Suggestion } = {};
  if (fromTitle.role) result.role = { value: fromTitle.role, from: 'title' };
  if (fromTitle.company) result.company = { value: fromTitle.company, from: 'title' };
  else {
    const fromEmail = companyFromEmail(organizerEmail);
    if (fromEmail) result.company = { value: fromEmail, from: 'email' };
  }
  return result;
}
