/**
 * How interviews are named in lists and messages: company and role as typed,
 * and counted in words.
 */

/**
 * "Company — Role", or the company alone, or "Untitled interview" when
 * neither was filled in. Only text is read, so any stored value is safe to pass.
 *
 * @example interviewLabel({ company: 'Acme', role: 'Data Analyst' }) //=> 'Acme — Data Analyst'
 * @example interviewLabel({ company: ' ', role: 'Designer' }) //=> 'Untitled interview — Designer'
 */
export function interviewLabel(record: { company?: unknown; role?: unknown }): string {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const company = text(record.company) || 'Untitled interview';
  const role = text(record.role);
  return role ? `${company} — ${role}` : company;
}

/**
 * "3 interviews", "1 interview", "no interviews".
 *
 * @example countInterviews(1) //=> '1 interview'
 */
export function countInterviews(count: number): string {
  if (count === 0) return 'no interviews';
  return count === 1 ? '1 interview' : `${count} interviews`;
}
