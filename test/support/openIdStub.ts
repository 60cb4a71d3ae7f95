/**
 * A local stand-in for the Bot Framework's OpenID metadata (login.botframework.com): serves the
 * configuration document and a JWKS on 127.0.0.1, and signs channel tokens with locally generated
 * RSA keys, so tests can tell a trusted signature from an unknown one without any network.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function generateSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

export interface OpenIdStub {
  /** the configuration document's URL, for BotOpenIdMetadata */
  metadataUrl: string;
  /** requests served so far (proves the bot consulted the stand-in) */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `published` keys, each endorsed for the channels given (the Bot Framework's JWKS extension). */
export async function startOpenIdStub(published: Array<{ key: SigningKey; endorsements?: string[] }>): Promise<OpenIdStub> {
  const requests: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const json = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.url === '/v1/.well-known/openidconfiguration') {
      return json({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ['RS256'] });
    }
    if (req.url === '/v1/.well-known/keys') {
      return json({
        keys: published.map(({ key, endorsements = ['msteams'] }) => {
          const { n, e } = key.publicKey.export({ format: 'jwk' });
          return { kty: 'RSA', use: 'sig', kid: key.kid, n, e, endorsements };
        }),
      });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A compact JWS: RS256 over base64url(header).base64url(payload), or alg "none" when no key is given. */
export function signToken(payload: Record<string, unknown>, key: { kid: string; privateKey?: KeyObject }, alg: 'RS256' | 'none' = 'RS256'): string {
  const encode = (part: unknown) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg, typ: 'JWT', kid: key.kid })}.${encode(payload)}`;
  if (alg === 'none' || !key.privateKey) return `${unsigned}.`;
  return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key.privateKey).toString('base64url')}`;
}

/** The claims a Bot Framework channel token carries (the service URL claim is spelt "serviceurl"), valid for an hour. */
export function channelClaims(appId: string, serviceUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  return { iss: CHANNEL_ISSUER, aud: appId, serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, ...extra };
}
