import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '~/domain/records/constants';
import { withAddedFields } from '../../support/version-3';
import { buildExport, serializeExport } from '~/domain/records/transfer/export-file';
import { readImportText, type ImportData } from '~/domain/records/transfer/import-file';

// Every export Nudge has written, by schema version (tests/fixtures/backups/README.md).
const FOLDER = new URL('../../../fixtures/backups/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, FOLDER), 'utf8');
const context = () => {
  let count = 0;
  return { timeZone: 'Asia/Kuala_Lumpur', now: new Date('2026-06-01T00:00:00.000Z'), newId: () => `new-${++count}` };
};

function imported(name: string): ImportData {
  const reading = readImportText(text(name), context());
  if (!reading.ok) throw new Error(`${name} was refused: ${reading.reason}`);
  return reading.data;
}

describe('backups of every version import forever', () => {
  const files = readdirSync(FOLDER).filter((name) => name.endsWith('.json'));

  it('keeps one for each schema version so far', () => {
    const versions = new Set(files.map((name) => JSON.parse(text(name)).schemaVersion));
    for (let version = 1; version <= SCHEMA_VERSION; version += 1) expect(versions).toContain(version);
  });

  it.each(files)('%s imports, every record at the current version, and exports and imports again the same', (name) => {
    const data = imported(name);
    const file = JSON.parse(text(name));
    expect(data.interviews.map((interview) => interview.id)).toEqual(file.interviews.map((interview: { id: string }) => interview.id));
    for (const record of [...data.interviews, data.profile]) expect(record?.schemaVersion).toBe(SCHEMA_VERSION);
    const again = readImportText(serializeExport(buildExport({ profile: data.profile, interviews: data.interviews, now: new Date('2026-06-01T00:00:00.000Z') })), context());
    // Export lists interviews oldest first; the file may not have.
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(again.ok && byId(again.data.interviews)).toEqual(byId(data.interviews));
    expect(again.ok && again.data.profile).toEqual(data.profile);
  });
});

describe('what each backup holds comes through', () => {
  it('version 1: the prototype’s flat interviewer, one notes box and the old profile names', () => {
    const data = imported('v1-backup.json');
    expect(data.profile).toMatchObject({ name: 'Nurul Aisyah binti Ahmad', email: 'nurul.aisyah@example.my', mobile: '+60 12-345 6789' });
    const [london, kl] = data.interviews;
    expect(london).toMatchObject({ company: 'Harbour & Finch', date: '2025-11-20', time: '09:30', hearBackBy: '2025-12-01', outcome: 'waiting' });
    expect(london!.interviewers).toMatchObject([{ contactRole: 'interviewer', name: "Siobhán O'Neill", email: 'siobhan.oneill@harbourfinch.co.uk', phone: '+44 20 7946 0321' }]);
    expect(london!.notes.learned).toBe('They want someone for demand forecasting.\n- ask about the London/KL split\n- mention the dbt migration');
    // Version 1 kept no zone: the importing browser's is the best guess, as on load.
    expect(london!.timeZone).toBe('Asia/Kuala_Lumpur');
    expect(kl).toMatchObject({ company: 'Petronas Digital', outcome: 'rejected' });
    expect(data.repaired).toEqual(['Harbour & Finch — Data analyst', 'Petronas Digital — BI developer']);
  });

  it('version 2 (the real export of f4d8346): every field exactly as exported', () => {
    const data = imported('v2-export-f4d8346.json');
    const file = JSON.parse(text('v2-export-f4d8346.json'));
    const { schemaVersion: _p, ...profile } = file.profile;
    const { schemaVersion: _i, ...interview } = file.interviews[0];
    expect(data.profile).toMatchObject(profile);
    expect(data.interviews[0]).toMatchObject(interview);
    // The parts people care most about, named, so a failure says what was lost.
    expect(data.interviews[0]!.interviewers.map((person) => [person.contactRole, person.name])).toEqual([['interviewer', 'Jane Tan'], ['recruiter', 'Siti Rahman']]);
    expect(data.interviews[0]!.followUpsTo).toBe(data.interviews[0]!.interviewers[1]!.id);
    expect(data.interviews[0]!.followUps['check-in-1']).toEqual({ status: 'pending', movedTo: '2026-03-17T11:30', saidBy: '' });
    expect(Object.keys(data.interviews[0]!.calendar)).toHaveLength(4);
  });

  it('version 3 with fields this version does not know: every one of them is kept', () => {
    const data = imported('v3-export-unknown-fields.json');
    const file = JSON.parse(text('v3-export-unknown-fields.json'));
    // Kept beside the fields added since that build, at their defaults.
    expect(data.interviews[0]).toEqual(withAddedFields(file.interviews[0]));
    expect(data.profile).toEqual(file.profile);
    expect(data.repaired).toEqual([]);
  });
});
