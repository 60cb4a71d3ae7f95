/**
 * App-only access tokens for Microsoft Graph from a client secret (@azure/identity). The credential
 * caches and renews tokens itself; the scope is Graph's `.default` (the app's granted permissions,
 * e.g. User.Read.All for /users/{id}/manager).
 */
import type { TokenCredential } from '@azure/identity';
import type { TokenProvider } from './graphClient.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * @azure/identity is loaded on the first token, not at start-up: it is a large part of start-up and
 * memory, and only a deployment with Graph set up uses it.
 */
export function clientSecretTokenProvider(tenantId: string, clientId: string, clientSecret: string): TokenProvider {
  let credential: Promise<TokenCredential> | undefined;
  return async () => {
    credential ??= import('@azure/identity').then(({ ClientSecretCredential }) => new ClientSecretCredential(tenantId, clientId, clientSecret));
    const token = await (await credential).getToken(GRAPH_SCOPE);
    if (!token?.token) throw new Error('Microsoft Entra ID issued no access token for Microsoft Graph');
    return token.token;
  };
}
