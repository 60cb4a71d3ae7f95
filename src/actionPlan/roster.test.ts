/** The steering groups' roster: who may change it, what is kept, and what a refused person is told. */
import { describe, expect, it } from '@jest/globals';
import { MemoryRecordStore } from '../../test/support/memoryRecords.js';
import { loadActionPlanSettings } from '../settings/actionPlan.js';
import { loadChecklistSettings } from '../settings/checklist.js';
import { formatInstant } from '../text/dates.js';
import { roleIn } from './permissions.js';
import {
  approversOf,
  changeRoster,
  describeRosterChange,
  initialRoster,
  mayChange,
  notAdminMessage,
  parseBotAdmins,
  parseRosterPerson,
  readRoster,
  refusalMessage,
  rosterKey,
  withRosters,
  type Actor,
  type CouncilRoster,
  type RosterPerson,
} from './roster.js';

const COUNCILS = ['stockport', 'trafford', 'cheshire-west-and-chester'];
const APPROVER = '5b0f3c2a-1d4e-4f6a-8b7c-9d0e1f2a3b4c';
const env = {
  STEERING_GROUP_CHAIRS: 'trafford:chair@trafford.gov.uk,stockport:chair@stockport.gov.uk',
  STEERING_GROUP_MEMBERS: 'trafford:member@trafford.gov.uk',
  CHECKLIST_APPROVERS_TRAFFORD: `Pat Senior <${APPROVER.toUpperCase()}>`,
};
const actionPlan = loadActionPlanSettings(env, COUNCILS);
const checklist = loadChecklistSettings(env, COUNCILS);
const trafford = initialRoster('trafford', actionPlan, checklist);
const stockport = initialRoster('stockport', actionPlan, checklist);
const { admins } = parseBotAdmins('Ada Admin <ada@council.gov.uk>, 0a1b2c3d-0000-4000-8000-00000000000a');

const actor = (id: string, name?: string): Actor & { person: { id: string; name?: string } } => ({ ids: [id], ...(name ? { name } : {}), person: { id, ...(name ? { name } : {}) } });
const ADA = actor('ada@council.gov.uk', 'Ada Admin');
const ADMIN_BY_ID = actor('0a1b2c3d-0000-4000-8000-00000000000a');
const CHAIR = actor('chair@trafford.gov.uk', 'Chris Chair');
const MEMBER = actor('member@trafford.gov.uk', 'Mo Member');
const STRANGER = actor('jo@trafford.gov.uk', 'Jo Bloggs');
const SAM: RosterPerson = { id: 'sam@trafford.gov.uk' };
const NOW = new Date('2026-12-01T10:00:00Z');

function change(store: MemoryRecordStore, by: typeof ADA, action: 'add' | 'remove', role: 'member' | 'chair' | 'approver', person: RosterPerson, initial: CouncilRoster = trafford) {
  return changeRoster(store, { initial, councilName: initial.council === 'trafford' ? 'Trafford' : 'Stockport', admins, by, action, role, person, now: NOW });
}

describe('people are named by UPN or AAD object id', () => {
  it.each([
    ['sam@trafford.gov.uk', { id: 'sam@trafford.gov.uk' }],
    ['Sam.Smith@Trafford.gov.uk', { id: 'sam.smith@trafford.gov.uk' }],
    ['5B0F3C2A-1D4E-4F6A-8B7C-9D0E1F2A3B4C', { id: APPROVER }],
    ['Sam Smith <sam@trafford.gov.uk>', { id: 'sam@trafford.gov.uk', name: 'Sam Smith' }],
  ])('%s', (text, person) => expect(parseRosterPerson(text)).toEqual({ person }));

  it.each(['Sam Smith', 'sam@', '5b0f3c2a-1d4e-4f6a-8b7c-9d0e1f2a3b4c1', '29:1abcDEF-ghi', 'sam@trafford', '<>'])('refuses %p, saying what it could not read', (text) => {
    const read = parseRosterPerson(text);
    expect(read).toEqual({ problem: expect.stringContaining("I couldn't read") });
  });

  it('reads BOT_ADMINS and names the entries it cannot', () => {
    expect(parseBotAdmins('ada@council.gov.uk, Ada Admin <ada@council.gov.uk>').admins).toEqual([{ id: 'ada@council.gov.uk' }]);
    expect(parseBotAdmins('ada@council.gov.uk,not an id').problems).toEqual(['BOT_ADMINS: "not an id" is not a UPN or an AAD object id (got "ada@council.gov.uk,not an id")']);
    expect(parseBotAdmins(undefined)).toEqual({ admins: [], problems: [] });
  });
});

describe('the initial roster is the environment', () => {
  it('as the settings read it', () => {
    expect(trafford).toEqual({ council: 'trafford', members: [{ id: 'member@trafford.gov.uk' }], chairs: [{ id: 'chair@trafford.gov.uk' }], approvers: [{ id: APPROVER, name: 'Pat Senior' }] });
    expect(initialRoster('cheshire-west-and-chester', actionPlan, checklist)).toEqual({ council: 'cheshire-west-and-chester', members: [], chairs: [], approvers: [] });
  });

  it('until the first change, which stores it with the change', async () => {
    const store = new MemoryRecordStore();
    expect(await readRoster(store, trafford)).toEqual({ ...trafford, changes: [] });
    expect(store.keys()).toEqual([]);
    await change(store, ADA, 'add', 'member', SAM);
    const stored = await readRoster(store, trafford);
    expect(stored.members).toEqual([{ id: 'member@trafford.gov.uk' }, SAM]);
    expect(stored.chairs).toEqual(trafford.chairs);
    expect(store.keys()).toEqual([rosterKey('trafford')]);
  });
});

describe('who may change what', () => {
  it('an administrator may change every role in every council, named by UPN or by object id', async () => {
    const store = new MemoryRecordStore();
    for (const [by, role] of [
      [ADA, 'member'],
      [ADA, 'chair'],
      [ADMIN_BY_ID, 'approver'],
    ] as const) {
      expect((await change(store, by, 'add', role, SAM)).kind).toBe('changed');
    }
    expect((await change(store, ADA, 'add', 'chair', SAM, stockport)).kind).toBe('changed');
    const r = await readRoster(store, trafford);
    expect([r.members, r.chairs, r.approvers].map((l) => l.some((p) => p.id === SAM.id))).toEqual([true, true, true]);
  });

  it("a chair may add and remove their own council's members", async () => {
    const store = new MemoryRecordStore();
    expect((await change(store, CHAIR, 'add', 'member', SAM)).kind).toBe('changed');
    expect((await change(store, CHAIR, 'remove', 'member', MEMBER.person)).kind).toBe('changed');
    expect((await readRoster(store, trafford)).members).toEqual([SAM]);
  });

  it("a chair may not change chairs or approvers, nor another council's members", async () => {
    const store = new MemoryRecordStore();
    expect(await change(store, CHAIR, 'add', 'chair', SAM)).toMatchObject({ kind: 'refused' });
    expect(await change(store, CHAIR, 'add', 'approver', SAM)).toMatchObject({ kind: 'refused' });
    expect(await change(store, CHAIR, 'add', 'member', SAM, stockport)).toMatchObject({ kind: 'refused' });
    expect(store.keys()).toEqual([]);
  });

  it('a member or anyone else may change nothing', async () => {
    const store = new MemoryRecordStore();
    for (const by of [MEMBER, STRANGER]) for (const role of ['member', 'chair', 'approver'] as const) expect((await change(store, by, 'add', role, SAM)).kind).toBe('refused');
    expect(store.keys()).toEqual([]);
  });

  it('a chair removed a moment ago can no longer add members', async () => {
    const store = new MemoryRecordStore();
    await change(store, ADA, 'remove', 'chair', CHAIR.person);
    expect(await change(store, CHAIR, 'add', 'member', SAM)).toMatchObject({ kind: 'refused' });
  });

  it('a new chair may add members at once', async () => {
    const store = new MemoryRecordStore();
    await change(store, ADA, 'add', 'chair', { id: STRANGER.ids[0]! });
    const roster = await readRoster(store, trafford);
    expect(mayChange(admins, roster, STRANGER, 'member')).toBeUndefined();
    expect((await change(store, STRANGER, 'add', 'member', SAM)).kind).toBe('changed');
  });

  it('says so when there is nothing to change', async () => {
    const store = new MemoryRecordStore();
    expect(await change(store, ADA, 'add', 'member', { id: 'member@trafford.gov.uk' })).toMatchObject({ kind: 'unchanged', message: 'member@trafford.gov.uk is already a member of the steering group for Trafford.' });
    expect(await change(store, ADA, 'remove', 'approver', SAM)).toMatchObject({ kind: 'unchanged', message: 'sam@trafford.gov.uk is not an exemption approver for Trafford.' });
  });

  it('keeps every change of many made at once', async () => {
    const store = new MemoryRecordStore(true);
    const people = Array.from({ length: 12 }, (_, i) => ({ id: `officer${i}@trafford.gov.uk` }));
    await Promise.all(people.map((p, i) => change(store, i % 2 ? ADA : CHAIR, 'add', 'member', p)));
    const r = await readRoster(store, trafford);
    expect(r.members.map((p) => p.id).sort()).toEqual(['member@trafford.gov.uk', ...people.map((p) => p.id)].sort());
    expect(r.changes).toHaveLength(12);
  });
});

describe('what is kept and shown', () => {
  it('each change: who, what, when', async () => {
    const store = new MemoryRecordStore();
    await change(store, CHAIR, 'add', 'member', { id: 'sam@trafford.gov.uk', name: 'Sam Smith' });
    await change(store, ADA, 'remove', 'approver', { id: APPROVER });
    const { changes } = await readRoster(store, trafford);
    expect(changes).toEqual([
      { at: NOW.toISOString(), by: CHAIR.person, action: 'add', role: 'member', person: { id: 'sam@trafford.gov.uk', name: 'Sam Smith' } },
      { at: NOW.toISOString(), by: ADA.person, action: 'remove', role: 'approver', person: { id: APPROVER } },
    ]);
    expect(changes.map(describeRosterChange)).toEqual([
      `${formatInstant(NOW.toISOString())}, Chris Chair: added Sam Smith (sam@trafford.gov.uk) as a member of the steering group`,
      `${formatInstant(NOW.toISOString())}, Ada Admin: removed ${APPROVER} as an exemption approver`,
    ]);
  });

  it("the permission rules read the stored roster's members and chairs", async () => {
    const store = new MemoryRecordStore();
    await change(store, CHAIR, 'add', 'member', SAM);
    const live = withRosters(actionPlan, [await readRoster(store, trafford)]);
    expect(roleIn(live, 'trafford', { ids: [SAM.id], teamCouncils: new Set() })).toBe('member');
    expect(roleIn(actionPlan, 'trafford', { ids: [SAM.id], teamCouncils: new Set() })).toBe('reader');
    expect(roleIn(live, 'stockport', { ids: ['chair@stockport.gov.uk'], teamCouncils: new Set() })).toBe('chair');
  });

  it('the checklist reads the approvers', () => {
    expect(approversOf(trafford)).toEqual([{ id: APPROVER, name: 'Pat Senior' }]);
  });
});

describe('a refused person is told who they are and who can add them', () => {
  it('for members: the chairs and the administrators', () => {
    expect(refusalMessage({ who: STRANGER, councilName: 'Trafford', role: 'member', action: 'add', roster: trafford, admins })).toBe(
      "Adding steering group members for Trafford is for Trafford's steering group chairs: chair@trafford.gov.uk; or the Social Value Assistant's administrators: Ada Admin (ada@council.gov.uk), 0a1b2c3d-0000-4000-8000-00000000000a. " +
        'You are Jo Bloggs (jo@trafford.gov.uk). Ask them to make the change.',
    );
  });

  it('for chairs and approvers: the administrators only', () => {
    const msg = refusalMessage({ who: CHAIR, councilName: 'Trafford', role: 'approver', action: 'remove', roster: trafford, admins });
    expect(msg).toMatch(/^Removing exemption approvers for Trafford is for the Social Value Assistant's administrators: Ada Admin \(ada@council.gov.uk\), 0a1b2c3d-0000-4000-8000-00000000000a\. You are Chris Chair \(chair@trafford.gov.uk\)\./);
  });

  it('with no administrators named, their IT team', () => {
    expect(refusalMessage({ who: STRANGER, councilName: 'Trafford', role: 'chair', action: 'add', roster: trafford, admins: [] })).toMatch(/^Adding steering group chairs for Trafford is for your IT team \(no administrators are named yet\)\./);
  });

  it("someone who is not an administrator typing 'admin' is told who is", () => {
    expect(notAdminMessage({ ids: ['29:abc', 'jo@trafford.gov.uk'], name: 'Jo Bloggs' }, admins)).toMatch(
      /The administrators are Ada Admin \(ada@council.gov.uk\), 0a1b2c3d-0000-4000-8000-00000000000a\. You are Jo Bloggs \(29:abc, jo@trafford.gov.uk\)\.$/,
    );
  });
});
