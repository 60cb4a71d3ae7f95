/**
 * App-only access tokens for Microsoft Graph from a client secret (@azure/identity). The credential
 * caches and renews tokens itself; the scope is Graph's `.default` (the app's granted permissions,
 * e.g. User.Read.All for /users/{id}/manager).
 */
import { ClientSecretCredential } from '@azure/identity';
import type { TokenProvider } from './graphClient.js';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export function clientSecretTokenProvider(tenantId: string, clientId: string, clientSecret: string): TokenProvider {
  const credential = new ClientSecretCredential(tenantId, clientId, clientSecret);
  return async () => {
    const token = await credential.getToken(GRAPH_SCOPE);
    if (!token?.token) throw new Error('Microsoft Entra ID issued no access token for Microsoft Graph');
    return token.token;
  };
}
