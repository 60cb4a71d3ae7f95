/**
 * The parts of the action plan that talk to Teams itself, through a local stand-in for the Bot
 * Connector: people recognised by UPN or by membership of the steering group's team, and "request
 * updates" messaging each lead proactively with an update card whose answers land in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startConnectorStub, type ConnectorStub } from './support/connectorStub.js';
import { cardText, startTestBot, type TestBot } from './support/testBot.js';

const id = (n: string) => `00000000-0000-4000-8000-0000000000${n}`;
const CHAIR = 'chair-cat';
const LEE = id('e1'); // a lead who has used the bot
const NEV = id('e2'); // a lead who never has
const PAT = id('e3'); // a lead known to the plan by UPN
const LOU = id('e4'); // a lead mapped by title in ACTION_PLAN_LEADS, never used the bot
const UMA = id('e5'); // a steering group member listed by UPN
const TESS = id('e6'); // a member of Stockport's steering group team
const TIM = id('e7'); // nobody in particular

describe('the action plan and Teams', () => {
  let connector: ConnectorStub;
  let bot: TestBot;

  beforeAll(async () => {
    connector = await startConnectorStub();
    connector.members.push(
      { id: `29:${PAT}`, aadObjectId: PAT, name: 'Pat', userPrincipalName: 'pat@trafford.gov.uk' },
      { id: `29:${UMA}`, aadObjectId: UMA, name: 'Uma', userPrincipalName: 'uma@trafford.gov.uk' },
      { id: `29:${TESS}`, aadObjectId: TESS, name: 'Tess', userPrincipalName: 'tess@stockport.gov.uk' },
    );
    bot = await startTestBot({
      STEERING_GROUP_CHAIRS: `trafford:${CHAIR}`,
      STEERING_GROUP_MEMBERS: 'trafford:UMA@trafford.gov.uk',
      STEERING_GROUP_TEAMS: 'stockport:19:steering-group@thread.tacv2',
      ACTION_PLAN_LEADS: `trafford:Communications Manager=${LOU}`,
    });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
  });

  const ask = (text: string, user: string) => bot.ask(text, { user, serviceUrl: connector.url });

  async function press(user: string, verb: string, data: Record<string, unknown>) {
    const res = await bot.invoke(verb, data, { user, serviceUrl: connector.url, conversationId: `proactive-${user}` });
    return { ...res.body, text: res.text };
  }


  describe('who is in the steering group', () => {
    it('recognises a member listed by UPN, asking Teams for the caller\'s UPN', async () => {
      const { text } = await ask('update TRF-6: spoke to the community hubs', UMA);
      expect(text).toContain('Updated TRF-6: note recorded.');
      const stranger = await ask('update TRF-6: me too', TIM);
      expect(stranger.text).toMatch(/TRF-6 was not changed\nOnly members of Trafford's steering group/);
    });

    it("counts the members of the steering group's team, from Teams' paged member list", async () => {
      const { text } = await ask('update SMBC-1 on track: draft charter circulated', TESS);
      expect(text).toContain('Updated SMBC-1: status from Not started to On track; note recorded.');
      const outsider = await ask('update SMBC-1: not in the team', TIM);
      expect(outsider.text).toMatch(/Only members of Stockport's steering group/);
    });
  });

  describe('request updates', () => {
    beforeAll(async () => {
      // Leads who have used the bot can be reached; the directory remembers their 1:1 chat.
      await ask('hi', LEE);
      await ask('hi', PAT);
      await ask(`assign TRF-1 to Events Officer <${LEE}>`, CHAIR);
      await ask(`assign TRF-2 to Policy Officer <${NEV}>`, CHAIR);
      await ask('assign TRF-3 to Pat Jones <pat@trafford.gov.uk>', CHAIR);
      await ask('assign TRF-10 to Communications Manager', CHAIR);
    });

    it('is for the chair only', async () => {
      const before = connector.sent.length;
      const { text } = await ask('trafford request updates', UMA);
      expect(text).toMatch(/Only the chair can request updates/);
      expect(connector.sent.length).toBe(before);
    });

    it('messages each reachable lead their open actions, and says who could not be reached and why', async () => {
      const before = connector.sent.length;
      const { text } = await ask('trafford request updates', CHAIR);
      expect(text).toContain('Asked 2 of 4 leads for updates');
      expect(text).toContain(`Sent to Events Officer (${LEE}) for TRF-1.`);
      expect(text).toContain('Sent to Pat Jones (pat@trafford.gov.uk) for TRF-3.');
      expect(text).toContain(`Not sent to Policy Officer (${NEV}) for TRF-2: the bot has not yet been in a conversation with this person`);
      expect(text).toContain(`Not sent to Communications Manager (${LOU}) for TRF-10: the bot has not yet been in a conversation with this person`);
      expect(text).toMatch(/No one to ask for TRF-5, TRF-6, TRF-7, TRF-8, TRF-9, TRF-11: these actions have no lead linked to a Teams account/);

      const sent = (await connector.waitFor(before + 2)).slice(before);
      expect(sent).toHaveLength(2);
      const toLee = sent.find((s) => s.conversationId.endsWith(LEE))!;
      const card = (toLee.activity.attachments as Array<{ content: Record<string, unknown> }>)[0]!.content;
      const seen = cardText(card);
      expect(seen).toContain('Update request: Trafford Social Value Action Plan');
      expect(seen).toContain('TRF-1 · Not started · Internal Management');
      expect(seen).not.toContain('TRF-3');
      expect(JSON.stringify(card)).toContain('"verb":"plan.edit"');
      expect(sent.some((s) => s.conversationId.endsWith(PAT))).toBe(true);
    });

    it("lands the lead's answer from the card in the action's history, though they are not a member", async () => {
      const edit = await press(LEE, 'plan.edit', { council: 'trafford', ref: 'TRF-1', back: 'mine' });
      expect(edit.text).toContain('Update TRF-1');
      const saved = await press(LEE, 'plan.update', { council: 'trafford', ref: 'TRF-1', seen: '2', back: 'mine', status: 'On track', note: 'KPI wording agreed with Democratic Services', due: '', lead: 'Events Officer', contact: LEE });
      expect(saved.text).toContain('Updated TRF-1: status from Not started to On track; note recorded.');
      expect(JSON.stringify(saved.value)).toContain('"verb":"plan.mine"');
      const mine = await press(LEE, 'plan.mine', {});
      expect(mine.text).toContain('My open actions');
      expect(mine.text).toMatch(/TRF-1 · On track/);

      const other = await press(LEE, 'plan.update', { council: 'trafford', ref: 'TRF-2', seen: '2', status: 'On track', note: 'not mine', due: '', lead: 'Policy Officer', contact: NEV });
      expect(other.text).toMatch(/Only members of Trafford's steering group, and an action's lead, can update actions/);

      const digest = await ask('trafford digest', CHAIR);
      expect(digest.text).toContain(`${LEE}: status from Not started to On track. "KPI wording agreed with Democratic Services"`);
    });

    it('finds a lead\'s actions for "my actions" by their UPN too', async () => {
      const { text } = await ask('my actions', PAT);
      expect(text.match(/^TRF-\d+ · /gm)).toEqual(['TRF-3 · ']);
    });
  });

  describe('advice that fits where it was asked', () => {
    const ZED = 'zed@trafford.gov.uk'; // a sign-in Teams does not know where the chair asks
    beforeAll(async () => {
      await ask(`assign TRF-7 to Zed Zimmer <${ZED}>`, CHAIR);
    });

    it('in a 1:1 chat, says to ask again from the team channel', async () => {
      const { text } = await ask('trafford request updates', CHAIR);
      expect(text).toMatch(/Asked \d of \d leads for updates/);
      expect(text).toContain(`Not sent to Zed Zimmer (${ZED}) for TRF-7: Teams looks people up by sign-in only among the members of the chat or team where you ask. Ask again from the steering group's team channel`);
      expect(text).toContain(`Not sent to Policy Officer (${NEV}) for TRF-2: the bot has not yet been in a conversation with this person, so Teams has no way to reach them. They need the Social Value Assistant in Teams`);
    });

    it('in the team channel, does not send them to the team channel', async () => {
      const { text } = await bot.ask('trafford request updates', { user: CHAIR, serviceUrl: connector.url, conversationType: 'channel' });
      expect(text).toContain(`Not sent to Zed Zimmer (${ZED}) for TRF-7: Teams does not know this sign-in among this team's members. Check the sign-in, add them to the team, or link the lead by their Microsoft Entra object id`);
      expect(text).not.toMatch(/team channel/);
    });
  });

  describe('assigning a lead by @mention', () => {
    const SAM = id('e8');
    const mention = (name: string, teamsId: string) => ({ entities: [{ type: 'mention', text: `<at>${name}</at>`, mentioned: { id: teamsId, name } }] });
    beforeAll(() => {
      connector.members.push({ id: `29:${SAM}`, aadObjectId: SAM, name: 'Sam Smith', userPrincipalName: 'sam@trafford.gov.uk' });
    });

    it("links the lead to the mentioned person's object id", async () => {
      const { text } = await bot.ask('assign TRF-8 to <at>Sam Smith</at>', { user: CHAIR, serviceUrl: connector.url, conversationType: 'channel', activity: mention('Sam Smith', `29:${SAM}`) });
      expect(text).toContain('Updated TRF-8: lead set to Sam Smith');
      expect(text).toContain(SAM);
    });

    it('changes nothing, and says so, when Teams does not say who was mentioned', async () => {
      const { text } = await bot.ask('assign TRF-9 to <at>Someone Else</at>', { user: CHAIR, serviceUrl: connector.url, conversationType: 'channel', activity: mention('Someone Else', '29:unknown-person-id') });
      expect(text).toContain("TRF-9 was not changed\nI couldn't tell who @Someone Else is");
      const after = await ask('action TRF-9', CHAIR);
      expect(after.text).not.toContain('Someone Else');
    });
  });
});
