/**
 * Bot Framework authentication (MicrosoftAppId set) against a local OpenID metadata stand-in that
 * publishes one trusted key: only a token that key signed, with the right claims, gets through.
 * The positive control proves each 401 is about the token, not about the set-up. Then the tenant
 * allow-list, which applies after authentication and before any bot logic.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { ConfigError, loadConfig } from '../src/settings/index.js';
import { channelClaims, generateSigningKey, signToken, startOpenIdStub, type OpenIdStub, type SigningKey } from './support/openIdStub.js';
import { BOT_ID, flatten, startTestBot, type TestBot } from './support/testBot.js';

const APP_ID = '3f1d1c2e-5a4b-4c3d-9e8f-0a1b2c3d4e5f';
const SERVICE_URL = 'https://smba.trafficmanager.net/uk/';

const activity = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'message',
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl: SERVICE_URL,
  deliveryMode: 'expectReplies',
  from: { id: '29:officer', name: 'Officer', aadObjectId: 'officer' },
  recipient: { id: BOT_ID, name: 'Social Value Assistant' },
  conversation: { id: 'auth-conversation', conversationType: 'personal' },
  text: 'what weighting for a £75k services contract in Stockport?',
  ...extra,
});

async function post(bot: TestBot, body: Record<string, unknown>, token?: string) {
  const res = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text };
}

describe('Bot Framework authentication with MicrosoftAppId set', () => {
  let trusted: SigningKey;
  let stranger: SigningKey;
  let otherChannel: SigningKey;
  let openId: OpenIdStub;
  let bot: TestBot;

  beforeAll(async () => {
    trusted = generateSigningKey('trusted-key');
    stranger = generateSigningKey('stranger-key');
    otherChannel = generateSigningKey('skype-only-key');
    openId = await startOpenIdStub([{ key: trusted }, { key: otherChannel, endorsements: ['skype'] }]);
    bot = await startTestBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BotOpenIdMetadata: openId.metadataUrl });
  });
  afterAll(async () => {
    await bot.close();
    await openId.close();
  });

  it('accepts a token the published key signed, with the right claims (the positive control)', async () => {
    const res = await post(bot, activity(), signToken(channelClaims(APP_ID, SERVICE_URL), trusted));
    expect(res.status).toBe(200);
    const { text } = flatten((JSON.parse(res.text) as { activities: Array<Record<string, unknown>> }).activities);
    expect(text).toMatch(/15%/);
    // The keys came from the stand-in, not from the internet.
    expect(openId.requests).toEqual(expect.arrayContaining(['/v1/.well-known/openidconfiguration', '/v1/.well-known/keys']));
  });

  it.each<[string, () => string | undefined]>([
    ['no token', () => undefined],
    ['a garbage token', () => 'garbage.token.value'],
    ['a token signed by a key the metadata does not list', () => signToken(channelClaims(APP_ID, SERVICE_URL), stranger)],
    // Stock CloudAdapter answers this one with a 500: jsonwebtoken's "invalid signature" is not an AuthenticationError.
    ['a token signed by an unknown key claiming the trusted key id', () => signToken(channelClaims(APP_ID, SERVICE_URL), { kid: trusted.kid, privateKey: stranger.privateKey })],
    ['an unsigned token (alg "none") claiming the trusted key id', () => signToken(channelClaims(APP_ID, SERVICE_URL), trusted, 'none')],
    ['a trusted token for another bot (aud)', () => signToken(channelClaims('00000000-0000-0000-0000-000000000009', SERVICE_URL), trusted)],
    ['a trusted token from another issuer', () => signToken(channelClaims(APP_ID, SERVICE_URL, { iss: 'https://evil.example' }), trusted)],
    ['a trusted token that has expired', () => signToken(channelClaims(APP_ID, SERVICE_URL, { exp: Math.floor(Date.now() / 1000) - 3600 }), trusted)],
    ['a trusted token issued for another serviceUrl', () => signToken(channelClaims(APP_ID, 'https://attacker.example/'), trusted)],
    ['a token signed by a key endorsed only for another channel', () => signToken(channelClaims(APP_ID, SERVICE_URL), otherChannel)],
  ])('refuses %s with 401, saying nothing more', async (_what, token) => {
    const res = await post(bot, activity(), token());
    expect(res.status).toBe(401);
    expect(JSON.parse(res.text)).toEqual({ error: 'Unauthorized.' });
  });

  it('answers 503, not 401, when the signing keys cannot be fetched (a fault on our side, worth retrying)', async () => {
    const closed = await startOpenIdStub([]);
    await closed.close();
    const stranded = await startTestBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x', BotOpenIdMetadata: closed.metadataUrl });
    try {
      const res = await post(stranded, activity(), signToken(channelClaims(APP_ID, SERVICE_URL), trusted));
      expect(res.status).toBe(503);
      expect(res.text).not.toMatch(/ECONNREFUSED|at .*:\d+/);
    } finally {
      await stranded.close();
    }
  });

  it('accepts plain-http metadata on loopback only', () => {
    expect(() => loadConfig({ BotOpenIdMetadata: 'http://login.example.com/v1/.well-known/openidconfiguration' })).toThrow(/BotOpenIdMetadata: must use https/);
    expect(loadConfig({ BotOpenIdMetadata: 'https://login.botframework.com/v1/.well-known/openidconfiguration' }).auth.openIdMetadataUrl).toMatch(/^https:/);
  });
});

describe('tenant allow-list (ALLOWED_TENANTS)', () => {
  const OURS = '11111111-2222-4333-8444-555555555555';
  const PARTNER = '66666666-7777-4888-9999-aaaaaaaaaaaa';
  const OTHER = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ ALLOWED_TENANTS: `${OURS}, ${PARTNER.toUpperCase()}`, DEFAULT_COUNCIL: 'stockport' });
  });
  afterAll(async () => bot.close());

  const from = (user: string, tenant: { channelData?: string; conversation?: string }) =>
    activity({
      serviceUrl: 'http://127.0.0.1:9/unused',
      from: { id: `29:${user}`, name: user, aadObjectId: user },
      conversation: { id: `tenants-${user}`, conversationType: 'personal', ...(tenant.conversation ? { tenantId: tenant.conversation } : {}) },
      ...(tenant.channelData ? { channelData: { tenant: { id: tenant.channelData } } } : {}),
    });

  /** Whether the bot ran for `user`: every turn it runs records where to reach them. */
  async function botRanFor(user: string): Promise<boolean> {
    const key = `users/directory/${user}`;
    return key in (await bot.app.services.storage.read([key]));
  }

  it('serves listed tenants, named in channelData or conversation, in any letter case', async () => {
    for (const [user, tenant] of [
      ['ours', { channelData: OURS, conversation: OURS }],
      ['partner', { channelData: PARTNER }],
      ['upper', { conversation: OURS.toUpperCase() }],
    ] as const) {
      const res = await post(bot, from(user, tenant));
      expect(res.status).toBe(200);
      expect(res.text).toMatch(/15%/);
      expect(await botRanFor(user)).toBe(true);
    }
  });

  it.each<[string, { channelData?: string; conversation?: string }]>([
    ['another tenant', { channelData: OTHER, conversation: OTHER }],
    ['another tenant in conversation.tenantId behind a listed one in channelData', { channelData: OURS, conversation: OTHER }],
    ['no tenant at all', {}],
  ])('refuses %s with 403 and a clear message, before any bot logic runs', async (_what, tenant) => {
    const user = `outsider-${randomUUID()}`;
    const res = await post(bot, from(user, tenant));
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text).error).toMatch(/This bot (is not available to your organisation|serves listed organisations only)/);
    expect(await botRanFor(user)).toBe(false);
  });

  it('authenticates first: an unauthenticated request from another tenant gets 401, not 403', async () => {
    const guarded = await startTestBot({ ALLOWED_TENANTS: OURS, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'x' });
    try {
      expect((await post(guarded, from('x', { channelData: OTHER }))).status).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it('stops start-up on an allow-list that is not a list of tenant ids', () => {
    expect(() => loadConfig({ ALLOWED_TENANTS: `${OURS},contoso.onmicrosoft.com` })).toThrow(ConfigError);
    expect(() => loadConfig({ ALLOWED_TENANTS: `${OURS},contoso.onmicrosoft.com` })).toThrow(/ALLOWED_TENANTS: must be a comma-separated list of Microsoft Entra tenant ids/);
    expect(() => loadConfig({ ALLOWED_TENANTS: ' , ' })).toThrow(/ALLOWED_TENANTS: must list at least one tenant id/);
    expect(loadConfig({}).allowedTenants).toBeUndefined();
  });
});
