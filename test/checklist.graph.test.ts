/**
 * The line manager from Microsoft Graph: the HTTP exchange against a local Graph stand-in, and the
 * exemption journey with Graph configured. MSAL will not talk to a local authority, so @azure/identity's
 * credential is replaced by one that returns the stand-in's token; everything after the token is real.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { startGraphStub, type GraphStub } from './support/graphStub.js';

const credentialCalls: Array<{ args: unknown[]; scopes: unknown[] }> = [];
jest.unstable_mockModule('@azure/identity', () => ({
  ClientSecretCredential: class {
    private readonly call: { args: unknown[]; scopes: unknown[] };
    constructor(...args: unknown[]) {
      this.call = { args, scopes: [] };
      credentialCalls.push(this.call);
    }
    async getToken(scope: unknown) {
      this.call.scopes.push(scope);
      return { token: 'stub-graph-token', expiresOnTimestamp: Date.now() + 3_600_000 };
    }
  },
}));

const { GraphDirectory } = await import('../src/graph/graphClient.js');
const { clientSecretTokenProvider, GRAPH_SCOPE } = await import('../src/graph/credentials.js');
const { startTestBot, cardText } = await import('./support/testBot.js');
const { startConnectorStub } = await import('./support/connectorStub.js');

type Card = Record<string, any>;

describe('GraphDirectory: GET /users/{id}/manager', () => {
  let graph: GraphStub;
  beforeAll(async () => {
    graph = await startGraphStub();
    graph.managers.set('ann@council.gov.uk', { id: 'mgr-1', displayName: 'Max Manager', mail: 'max@council.gov.uk', userPrincipalName: 'max@council.gov.uk' });
    graph.managers.set('no-mail', { id: 'mgr-2', displayName: 'Nell', mail: null, userPrincipalName: 'nell@council.onmicrosoft.com' });
  });
  afterAll(async () => graph.close());

  const directory = (over: Partial<ConstructorParameters<typeof GraphDirectory>[0]> = {}) =>
    new GraphDirectory({ baseUrl: graph.baseUrl, token: async () => graph.token, retryDelaySeconds: 0, ...over });

  it('finds the manager with the bearer token, asking only for the fields it needs', async () => {
    const before = graph.requests.length;
    expect(await directory().managerOf('ann@council.gov.uk')).toEqual({
      kind: 'found',
      manager: { id: 'mgr-1', displayName: 'Max Manager', mail: 'max@council.gov.uk', userPrincipalName: 'max@council.gov.uk' },
    });
    const [req] = graph.requests.slice(before);
    expect(req!.method).toBe('GET');
    expect(req!.url).toBe('/v1.0/users/ann%40council.gov.uk/manager?$select=id,displayName,mail,userPrincipalName');
    expect(req!.authorization).toBe('Bearer stub-graph-token');
  });

  it('reads a manager without a mailbox', async () => {
    const r = await directory().managerOf('no-mail');
    expect(r).toEqual({ kind: 'found', manager: { id: 'mgr-2', displayName: 'Nell', userPrincipalName: 'nell@council.onmicrosoft.com' } });
  });

  it('says there is no manager on Graph\'s 404', async () => {
    expect(await directory().managerOf('nobody')).toEqual({ kind: 'none', message: 'Microsoft 365 has no line manager recorded for this user (Request_ResourceNotFound)' });
  });

  it('waits out throttling (429 and 503 with Retry-After) and then answers', async () => {
    const before = graph.requests.length;
    graph.failNext(2, 429);
    expect((await directory().managerOf('ann@council.gov.uk')).kind).toBe('found');
    graph.failNext(1, 503);
    expect((await directory().managerOf('ann@council.gov.uk')).kind).toBe('found');
    expect(graph.requests.length - before).toBe(5);
  });

  it('reports a refused token or a slow Graph as an error, without throwing', async () => {
    const refused = await directory({ token: async () => 'wrong-token' }).managerOf('ann@council.gov.uk');
    expect(refused).toEqual({ kind: 'error', message: 'Microsoft Graph could not be asked for the line manager (401 InvalidAuthenticationToken)' });
    const broken = await directory({ token: async () => Promise.reject(new Error('AADSTS7000215: Invalid client secret provided')) }).managerOf('ann@council.gov.uk');
    expect(broken.kind).toBe('error');
    graph.delayMs = 1000;
    try {
      const slow = await directory({ timeoutMs: 200 }).managerOf('ann@council.gov.uk');
      expect(slow).toEqual({ kind: 'error', message: 'Microsoft Graph could not be asked for the line manager (timed out)' });
    } finally {
      graph.delayMs = 0;
    }
  });

  it('gets app-only tokens for Graph\'s .default scope from the client secret', async () => {
    const token = clientSecretTokenProvider('council.onmicrosoft.com', 'client-id', 'client-secret');
    expect(await token()).toBe('stub-graph-token');
    expect(credentialCalls.at(-1)).toEqual({ args: ['council.onmicrosoft.com', 'client-id', 'client-secret'], scopes: [GRAPH_SCOPE] });
    expect(GRAPH_SCOPE).toBe('https://graph.microsoft.com/.default');
  });
});

describe('exemption approved by the line manager from Graph', () => {
  let graph: GraphStub;
  let connector: Awaited<ReturnType<typeof startConnectorStub>>;
  let bot: Awaited<ReturnType<typeof startTestBot>>;
  const conversations = new Map<string, string>();

  beforeAll(async () => {
    graph = await startGraphStub();
    connector = await startConnectorStub();
    graph.managers.set('gina', { id: 'mark', displayName: 'Mark Manager', mail: 'mark@council.gov.uk', userPrincipalName: 'mark@council.gov.uk' });
    bot = await startTestBot({
      DEFAULT_COUNCIL: 'cheshire-west-and-chester',
      GRAPH_TENANT_ID: '00000000-0000-4000-8000-00000000000a',
      GRAPH_CLIENT_ID: '00000000-0000-4000-8000-00000000000b',
      GRAPH_CLIENT_SECRET: 'a-client-secret-for-tests',
      GRAPH_BASE_URL: graph.baseUrl,
      CHECKLIST_APPROVERS_CHESHIRE_WEST_AND_CHESTER: 'Sam Senior <sam>',
    });
  });
  afterAll(async () => {
    await bot.close();
    await connector.close();
    await graph.close();
  });

  const conversationOf = (user: string) => {
    if (!conversations.has(user)) conversations.set(user, `conv-${user}-${randomUUID()}`);
    return conversations.get(user)!;
  };
  const from = (user: string) => ({ from: { id: `29:${user}`, name: user, aadObjectId: user }, conversation: { id: conversationOf(user), conversationType: 'personal', tenantId: 'tenant-1' } });
  const say = async (user: string, text: string) => {
    const reply = await bot.ask(text, { user, serviceUrl: connector.url, activity: { conversation: from(user).conversation } });
    return reply.cards.at(-1)!;
  };
  const press = async (user: string, card: Card, title: string, inputs: Record<string, string> = {}) => {
    const actions: Card[] = [...(card.actions ?? [])];
    const action = actions.find((a) => a.title === title);
    if (!action) throw new Error(`no button ${title}: ${actions.map((a) => a.title).join(' | ')}`);
    const res = await bot.invoke(action.verb, { ...action.data, ...inputs }, { user, serviceUrl: connector.url, conversationId: conversationOf(user) });
    return res as { status: number; body: { statusCode: number; value: any } };
  };
  const text = (card: Card) => cardText(card);

  /** A £75k Cheshire West and Chester contract proposed at 3% (the standard is 5%). */
  async function askForExemption(user: string): Promise<Card> {
    let card = await say(user, 'new PID checklist');
    const step = async (title: string, inputs: Record<string, string> = {}) => {
      const r = await press(user, card, title, inputs);
      expect(r.status).toBe(200);
      card = r.body.value;
    };
    await step('Save and continue', { council: 'cheshire-west-and-chester', title: 'Grounds maintenance', reference: '', service: 'Place', category: 'services', value: '75000', competitive: 'yes', start: '2025-10-01' });
    await step('Continue');
    await step('Save and continue', { needsAnalysis: 'yes', marketEngagement: 'planned', included: 'yes', weighting: '3', toms: 'NT1', otherToms: '', evaluation: 'both', reason: 'Seasonal contract through a regional framework' });
    await step('Save and continue', { minimumStandards: 'yes', livingWage: 'yes', carbonPlan: 'no', portal: 'yes', contractManagement: 'Quarterly review' });
    expect(text(card)).toContain('On confirming, I will send the request to your line manager (from Microsoft 365).');
    await step('Confirm and send for senior officer approval');
    return card;
  }

  it('sends the approval card to the officer\'s line manager, who approves it; the officer is told', async () => {
    await say('mark', 'hi');
    const before = connector.sent.length;
    const requests = graph.requests.length;
    const summary = await askForExemption('gina');
    expect(text(summary)).toContain('Status: Awaiting senior officer approval');
    expect(text(summary)).toContain('Approver: Mark Manager (mark@council.gov.uk)');
    expect(text(summary)).toContain('Approver found from: Line manager (Microsoft 365)');
    expect(graph.requests.slice(requests)).toEqual([
      { method: 'GET', url: '/v1.0/users/gina/manager?$select=id,displayName,mail,userPrincipalName', authorization: 'Bearer stub-graph-token' },
    ]);
    expect(credentialCalls.some((c) => c.args[0] === '00000000-0000-4000-8000-00000000000a' && c.scopes.includes(GRAPH_SCOPE))).toBe(true);

    await connector.waitFor(before + 1);
    const toMark = connector.sent.slice(before).find((s) => s.conversationId === conversationOf('mark'))!;
    const approval = (toMark.activity.attachments as Array<{ content: Card }>)[0]!.content;
    expect(text(approval)).toContain('gina asks you to approve a social value exemption for "Grounds maintenance"');
    expect(text(approval)).toContain('Proposed against required: 3% against 5%');

    const sam = await press('sam', approval, 'Approve the exemption', { comment: 'Not mine to approve' });
    expect(sam.status).toBe(403);
    const decided = await press('mark', approval, 'Approve the exemption', { comment: 'Framework pricing leaves little room; 3% is proportionate' });
    expect(text(decided.body.value)).toContain('You approved this exemption.');
    await connector.waitFor(connector.sent.length);
    const toGina = connector.sent.slice(before).find((s) => s.conversationId === conversationOf('gina'));
    expect(toGina?.activity.text).toBe('Your social value exemption for "Grounds maintenance" was approved by Mark Manager (mark@council.gov.uk): Framework pricing leaves little room; 3% is proportionate');
  });

  it('falls back to the council\'s approvers when Graph has no manager, and says so', async () => {
    await say('sam', 'hello');
    const summary = await askForExemption('hal');
    expect(text(summary)).toContain('Approver: Sam Senior');
    expect(text(summary)).toContain("Approver found from: Council's approver list");
    expect(text(summary)).toContain('Note: Microsoft 365 has no line manager recorded for this user (Request_ResourceNotFound)');
    expect(text(summary)).toContain('Request sent to: Sam Senior');
  });

  it('never makes an officer their own approver', async () => {
    graph.managers.set('sam', { id: 'sam', displayName: 'Sam Senior', userPrincipalName: 'sam@council.gov.uk' });
    const summary = await askForExemption('sam');
    expect(text(summary)).toContain('Note: Microsoft 365 records you as your own line manager');
    expect(text(summary)).toContain('There is no approver I can send this to');
    expect(text(summary)).toContain('Status: Awaiting senior officer approval');
  });
});
