import { describe, expect, it } from 'vitest';
import { companyFromEmail, suggestCompanyAndRole, suggestFromTitle } from '~/domain/calendar/invitation/company-role';

describe('suggestFromTitle', () => {
  it.each([
    ['Interview: Data Analyst – Acme Logistics Pte Ltd', { role: 'Data Analyst', company: 'Acme Logistics Pte Ltd' }],
    ['Northwind Traders | Product Designer interview', { role: 'Product Designer', company: 'Northwind Traders' }],
    ['Globex Corporation - Analytics Engineer - Technical interview', { role: 'Analytics Engineer', company: 'Globex Corporation' }],
    ['Data Analyst interview at Acme', { role: 'Data Analyst', company: 'Acme' }],
    ['Interview with Priya Shah for Data Analyst at Acme', { role: 'Data Analyst', company: 'Acme' }],
    ['Second round: Senior Product Manager (Umbrella GmbH)', { role: 'Senior Product Manager', company: 'Umbrella GmbH' }],
    ['Software Engineer interview', { role: 'Software Engineer' }],
    ['Interview with Initech', {}],
    ['Assessment day: interview with the hiring manager', {}],
    ['Catch-up', {}],
  ])('%j', (summary, expected) => {
    expect(suggestFromTitle(summary)).toEqual(expected);
  });
});

describe('companyFromEmail', () => {
  it.each([
    ['jane.tan@acme-logistics.com.sg', 'Acme Logistics'],
    ['talent@northwind-traders.co.uk', 'Northwind Traders'],
    ['maria@globex.com', 'Globex'],
    ['someone@mail.globex.com', 'Globex'],
    ['recruiter@gmail.com', undefined],
    ['no-reply@calendly.com', undefined],
    ['jobs@greenhouse.io', undefined],
    ['not an email', undefined],
  ])('%s → %s', (email, company) => {
    expect(companyFromEmail(email)).toBe(company);
  });
});

describe('suggestCompanyAndRole', () => {
  it('takes the company from the title when it names one, else from the organiser’s domain, saying where from', () => {
    expect(suggestCompanyAndRole('Interview: Data Analyst – Acme Pte Ltd', 'hr@other.example')).toEqual({
      role: { value: 'Data Analyst', from: 'title' },
      company: { value: 'Acme Pte Ltd', from: 'title' },
    });
    expect(suggestCompanyAndRole('Software Engineer interview', 'arjun.rao@wayne-enterprises.example')).toEqual({
      role: { value: 'Software Engineer', from: 'title' },
      company: { value: 'Wayne Enterprises', from: 'email' },
    });
    expect(suggestCompanyAndRole('Chat', 'someone@gmail.com')).toEqual({});
  });
});
