/**
 * TeamsAdapter.processAuthenticated: turns for the same bot and service URL share one Bot Connector
 * client instead of each building its own; another service URL gets its own.
 */
import { describe, expect, it } from '@jest/globals';
import type { Activity, TurnContext } from 'botbuilder';
import { createAdapter } from './adapter.js';

const logger = { error() {}, warn() {}, info() {}, debug() {} };

function activity(serviceUrl: string): Activity {
  return {
    type: 'message',
    id: `m-${Math.random()}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:amy', name: 'Amy' },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' },
    text: 'hi',
    deliveryMode: 'expectReplies',
  } as Activity;
}

describe('TeamsAdapter', () => {
  it('gives turns for the same service URL one connector client, and another URL its own', async () => {
    const { adapter, auth } = createAdapter({ appType: 'MultiTenant' } as Parameters<typeof createAdapter>[0], logger as never);
    const clientOf = async (serviceUrl: string) => {
      const a = activity(serviceUrl);
      const authenticated = await auth.authenticateRequest(a, '');
      let client: unknown;
      await adapter.processAuthenticated(authenticated, a, async (context: TurnContext) => {
        client = context.turnState.get(adapter.ConnectorClientKey);
      });
      return client;
    };
    const first = await clientOf('https://smba.trafficmanager.net/uk/');
    expect(first).toBeDefined();
    expect(await clientOf('https://smba.trafficmanager.net/uk/')).toBe(first);
    expect(await clientOf('https://smba.trafficmanager.net/emea/')).not.toBe(first);
  });
});
