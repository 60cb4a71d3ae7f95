/**
 * Administration in Teams over POST /api/messages: an administrator changes the steering groups on
 * the "admin" card and the change is in force at once; a chair changes their own group's members and
 * nothing else; anyone else is refused and told who they are and who can add them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { startConnectorStub, type ConnectorStub } from './support/connectorStub.js';
import { ADAPTIVE_CARD, startTestBot, type TestBot } from './support/testBot.js';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => { parse(json: unknown, ctx: unknown): void; validateProperties(): { validationEvents: Array<{ message: string }> } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

const id = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
const ADMIN = id('a1');
const CHAIR = id('c1'); // chairs Trafford's group
const NEW_MEMBER = id('d1');
const CHAIRS_PICK = id('d2');
const STRANGER = id('f1');
const APPROVER = id('b1');

/**
 * Problems the Adaptive Cards SDK finds in a card (none for a card Teams will draw). The people
 * search is Teams' documented people picker, `"choices": []` with `choices.data`; the SDK reads
 * choices.data but still asks for a static choice, so that one message is expected, once.
 */
function cardProblems(card: Record<string, unknown>): string[] {
  const ctx = new AC.SerializationContext();
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, ctx);
  const all = [...Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message), ...parsed.validateProperties().validationEvents.map((e) => e.message)];
  const picker = 'An Input.ChoiceSet must have at least one choice defined.';
  const hasPicker = JSON.stringify(card).includes('"choices.data":{"type":"Data.Query","dataset":"graph.microsoft.com/users"}');
  const i = hasPicker ? all.indexOf(picker) : -1;
  return i < 0 ? all : [...all.slice(0, i), ...all.slice(i + 1)];
}

/** Every element of a card with the given id. */
function element(card: unknown, wanted: string): Record<string, unknown> | undefined {
  if (Array.isArray(card)) return card.map((c) => element(c, wanted)).find(Boolean);
  if (!card || typeof card !== 'object') return undefined;
  const o = card as Record<string, unknown>;
  if (o.id === wanted) return o;
  return Object.values(o).map((v) => element(v, wanted)).find(Boolean);
}

describe('administration in Teams', () => {
  let bot: TestBot;
  let connector: ConnectorStub;

  beforeAll(async () => {
    connector = await startConnectorStub();
    connector.members.push({ id: `29:${APPROVER}`, aadObjectId: APPROVER, name: 'Ava Approver', userPrincipalName: 'ava@trafford.gov.uk' });
    bot = await startTestBot({ BOT_ADMINS: `Ada Admin <${ADMIN}>`, STEERING_GROUP_CHAIRS: `trafford:Chris Chair <${CHAIR}>`, REMINDERS_CRON: 'off' });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  const ask = (text: string, user: string) => bot.ask(text, { user, serviceUrl: connector.url });
  const press = async (user: string, verb: string, data: Record<string, unknown>) => {
    const res = await bot.invoke(verb, data, { user, serviceUrl: connector.url, conversationId: `admin-${user}` });
    expect(res.status).toBe(res.body.statusCode);
    if (res.body.type === ADAPTIVE_CARD) expect(cardProblems(res.body.value)).toEqual([]);
    return res;
  };

  it('gives an administrator the card: every council, every role, a people search with a typed fallback', async () => {
    const { cards, text } = await ask('admin', ADMIN);
    expect(cards).toHaveLength(1);
    const card = cards[0]!;
    expect(cardProblems(card)).toEqual([]);
    expect(text).toContain('Steering groups and exemption approvers');
    for (const council of ['Stockport', 'Trafford', 'Cheshire West and Chester']) expect(text).toContain(`\n${council}\n`);
    // Named as the settings name them ("Chris Chair <id>"), with the id beside the name.
    expect(text).toContain(`Chairs: Chris Chair (${CHAIR})`);
    expect(text).toContain('Members: Nobody yet');
    expect(text).toContain('Exemption approvers: Nobody yet');
    const picker = element(card, 'person')!;
    expect(picker.type).toBe('Input.ChoiceSet');
    expect(picker['choices.data']).toEqual({ type: 'Data.Query', dataset: 'graph.microsoft.com/users' });
    expect(element(card, 'personText')).toMatchObject({ type: 'Input.Text', label: 'Or their sign-in email or Microsoft Entra object id' });
    const roles = (element(card, 'role')!.choices as Array<{ value: string }>).map((c) => c.value);
    expect(roles).toEqual(['member', 'chair', 'approver']);
  });

  it('adds a member from the card, who can update the plan at once; the card lists who changed what and when', async () => {
    const before = await ask('update TRF-6: spoke to the community hubs', NEW_MEMBER);
    expect(before.text).toContain('TRF-6 was not changed');

    const added = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'member', personText: NEW_MEMBER });
    expect(added.text).toContain(`Added ${NEW_MEMBER} as a member of the steering group for Trafford. They can update the plan now.`);
    expect(added.text).toContain(`Members: ${NEW_MEMBER}`);
    expect(added.text).toMatch(new RegExp(`Recent changes\\n- \\d{1,2} \\w+ \\d{4}, \\d{2}:\\d{2}, ${ADMIN}: added ${NEW_MEMBER} as a member of the steering group`));

    const after = await ask('update TRF-6: spoke to the community hubs', NEW_MEMBER);
    expect(after.text).toContain('Updated TRF-6: note recorded.');
  });

  it('takes the person from the people search when nothing is typed', async () => {
    const added = await press(ADMIN, 'admin.add', { council: 'stockport', role: 'chair', person: id('e9'), personText: '' });
    expect(added.text).toContain(`Added ${id('e9')} as a chair of the steering group for Stockport. They can add, reassign and close actions now.`);
  });

  it('adds an exemption approver given by sign-in as the person Teams knows, so the request can reach them', async () => {
    const added = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'approver', personText: 'ava@trafford.gov.uk' });
    expect(added.text).toContain(`Exemption approvers: ava@trafford.gov.uk (${APPROVER})`);
    const unknown = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'approver', personText: 'nobody@trafford.gov.uk' });
    expect(unknown.text).toContain("I couldn't find nobody@trafford.gov.uk in Teams from here");
  });

  it('says what it could not read, keeping what was typed, and changes nothing', async () => {
    const res = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'member', personText: 'Head of Procurement 1>' });
    expect(res.text).toContain(`I couldn't read "Head of Procurement 1>" as a Teams sign-in.`);
    expect(element(res.body.value, 'personText')!.value).toBe('Head of Procurement 1>');
    const none = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'member' });
    expect(none.text).toContain('Choose someone, or type their sign-in email or Microsoft Entra object id.');
  });

  it("shows people's names as typed: a link in a name never becomes a live link on the card", async () => {
    const res = await bot.invoke('admin.add', { council: 'cheshire-west-and-chester', role: 'member', personText: `[Sam](https://evil.example) <${id('d9')}>` }, {
      user: ADMIN,
      serviceUrl: connector.url,
      activity: { from: { id: `29:${ADMIN}`, name: '*Ada* [admin](https://evil.example)', aadObjectId: ADMIN } },
    });
    // What Teams renders as Markdown (the fallback text is plain text, shown only where cards are not).
    const { fallbackText: _plain, ...rendered } = res.body.value;
    const json = JSON.stringify(rendered);
    expect(json).not.toMatch(/(?<!\\\\)\[Sam\]\(https/);
    expect(json).not.toMatch(/(?<!\\\\)\[admin\]\(https/);
    expect(res.text).toContain(`Added [Sam](https://evil.example) (${id('d9')}) as a member of the steering group for Cheshire West and Chester.`);
    expect(res.text).toContain('*Ada* [admin](https://evil.example): added [Sam](https://evil.example)');
  });

  it('tells someone who is not an administrator who is, and who they are', async () => {
    const { text } = await ask('admin', STRANGER);
    expect(text).toContain(`The administrators are Ada Admin (${ADMIN}).`);
    expect(text).toContain(`You are ${STRANGER} (${STRANGER}).`);
    const crafted = await press(STRANGER, 'admin.add', { council: 'trafford', role: 'member', personText: STRANGER });
    expect(crafted.text).toContain('Only the Social Value Assistant\'s administrators can change who is in the steering groups');
    expect((await ask('update TRF-6: me too', STRANGER)).text).toContain('TRF-6 was not changed');
  });

  it('tells someone refused a change their own id and who can add them', async () => {
    const { text } = await ask('update TRF-7: progress', STRANGER);
    expect(text).toContain(`You are ${STRANGER} (${STRANGER}).`);
    expect(text).toContain(`To be added as a member of the steering group for Trafford, ask Trafford's steering group chairs: Chris Chair (${CHAIR}); or the Social Value Assistant's administrators: Ada Admin (${ADMIN}). Send them this message.`);
    const chairOnly = await ask('complete TRF-7', NEW_MEMBER);
    expect(chairOnly.text).toContain(`Ask the chair. You are ${NEW_MEMBER} (${NEW_MEMBER}). To be added as a chair of the steering group for Trafford, ask the Social Value Assistant's administrators: Ada Admin (${ADMIN}).`);
    // Who can add them is said once.
    expect(chairOnly.text).not.toMatch(/IT team/);
  });

  describe('a chair', () => {
    it("sees their own council's group and may add members only", async () => {
      const { cards, text } = await ask('admin', CHAIR);
      expect(text).toContain('Trafford steering group');
      expect(text).not.toContain('Stockport');
      const roles = (element(cards[0], 'role')!.choices as Array<{ value: string }>).map((c) => c.value);
      expect(roles).toEqual(['member']);
      expect((element(cards[0], 'council')!.choices as Array<{ value: string }>).map((c) => c.value)).toEqual(['trafford']);
    });

    it("adds a member of their own group, who can update at once, and removes them again", async () => {
      const added = await press(CHAIR, 'admin.add', { council: 'trafford', role: 'member', personText: CHAIRS_PICK });
      expect(added.text).toContain(`Added ${CHAIRS_PICK} as a member of the steering group for Trafford.`);
      expect((await ask('update TRF-8: booked the venue', CHAIRS_PICK)).text).toContain('Updated TRF-8');

      const removed = await press(CHAIR, 'admin.remove', { council: 'trafford', role: 'member', personText: CHAIRS_PICK });
      expect(removed.text).toContain(`Removed ${CHAIRS_PICK} as a member of the steering group for Trafford. That takes effect now.`);
      expect((await ask('update TRF-8: again', CHAIRS_PICK)).text).toContain('TRF-8 was not changed');
    });

    it("may not change another council's group, nor chairs or approvers", async () => {
      const other = await press(CHAIR, 'admin.add', { council: 'stockport', role: 'member', personText: CHAIRS_PICK });
      expect(other.text).toContain('Choose a council whose steering group you chair.');
      const chair = await press(CHAIR, 'admin.add', { council: 'trafford', role: 'chair', personText: CHAIRS_PICK });
      expect(chair.text).toContain(`Adding steering group chairs for Trafford is for the Social Value Assistant's administrators: Ada Admin (${ADMIN}). You are ${CHAIR} (${CHAIR}). Ask them to make the change.`);
      const stockport = await ask('update SMBC-1: progress', CHAIRS_PICK);
      expect(stockport.text).toContain('SMBC-1 was not changed');
      const admin = await ask('admin', ADMIN);
      expect(admin.text).not.toContain(`Chairs: ${CHAIRS_PICK}`);
    });

    it('is told an approver is not theirs to add before anyone is looked for in Teams', async () => {
      const res = await press(CHAIR, 'admin.add', { council: 'trafford', role: 'approver', personText: 'someone@trafford.gov.uk' });
      expect(res.text).toMatch(/Adding exemption approvers for Trafford is for the Social Value Assistant's administrators: /);
      expect(res.text).not.toMatch(/couldn't find/);
    });
  });

  describe('one entry per person, whichever id they are given by', () => {
    const NINA = id('d7');
    beforeAll(() => {
      connector.members.push({ id: `29:${NINA}`, aadObjectId: NINA, name: 'Nina New', userPrincipalName: 'nina.new@trafford.gov.uk' });
    });

    it('keeps a sign-in Teams knows as the person, so the people search finds the same entry', async () => {
      const byEmail = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'member', personText: 'nina.new@trafford.gov.uk' });
      expect(byEmail.text).toMatch(/Added .*as a member of the steering group for Trafford/);
      const again = await press(ADMIN, 'admin.add', { council: 'trafford', role: 'member', person: NINA, personText: '' });
      expect(again.text).toMatch(/is already a member of the steering group for Trafford/);
      const members = [...again.text.matchAll(/^Members: (.*)$/gm)].flatMap((m) => m[1]!.split('; '));
      expect(members.filter((m) => m.includes(NINA) || m.includes('nina.new@'))).toHaveLength(1);
      // Shown by the name Teams gives, not only an id.
      expect(members.find((m) => m.includes(NINA))).toMatch(/^Nina New/);

      const removed = await press(ADMIN, 'admin.remove', { council: 'trafford', role: 'member', person: NINA, personText: '' });
      expect(removed.text).toMatch(/Removed .*as a member of the steering group for Trafford/);
      const refused = await ask('update TRF-5: progress', NINA);
      expect(refused.text).toContain('TRF-5 was not changed');
    });
  });
});
