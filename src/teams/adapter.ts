/**
 * The Bot Framework adapter and its authentication, from the settings. With MicrosoftAppId set, every
 * activity must carry a valid token (src/teams/server.ts checks it before anything else runs).
 */
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConstants,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity, InvokeResponse } from 'botbuilder';
import { BoundedMap } from '../boundedMap.js';
import type { Logger } from '../logger.js';
import type { Config } from '../settings/index.js';

/**
 * The clients a turn is given for Bot Connector and token calls, made once per bot identity and
 * service URL rather than for every turn. CloudAdapter builds a new ConnectorClient and UserTokenClient
 * (each an HTTP pipeline with its policies) for every activity, which took about 15% of a Q&A turn's
 * CPU; they hold no state of a turn (credentials fetch and cache their own tokens), so one serves all
 * turns for the same bot, service URL and audience, as the older BotFrameworkAdapter kept them.
 */
class TurnClients {
  private readonly connectors = new BoundedMap<string, Promise<ConnectorClient>>(64);
  private readonly tokens = new BoundedMap<string, Promise<UserTokenClient>>(16);

  /** `factory`'s clients, kept under the bot identity it was made for. */
  connectorFactory(identity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    const clients = this.connectors;
    const bot = botOf(identity);
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return kept(clients, `${bot}\u0000${serviceUrl}\u0000${audience ?? ''}`, () => factory.create(serviceUrl, audience));
      }
    })();
  }

  userTokenClient(identity: ClaimsIdentity, make: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return kept(this.tokens, botOf(identity), make);
  }
}

const botOf = (identity: ClaimsIdentity) => identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';

/** The value kept under `key`, or made and kept; a making that fails is not kept. */
function kept<T>(map: BoundedMap<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const found = map.get(key);
  if (found) return found;
  const made = make();
  map.set(key, made);
  made.catch(() => map.delete(key));
  return made;
}

/** The configured authentication, with one UserTokenClient per bot identity (see TurnClients). */
class TeamsAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly clients = new TurnClients();

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(identity, () => super.createUserTokenClient(identity));
  }
}

/**
 * The CloudAdapter, taking a request the server has already authenticated: the server checks the token
 * first (so the tenant allow-list runs after it, and unreachable signing keys get a 503), and the
 * adapter's own process() would check it a second time.
 */
export class TeamsAdapter extends CloudAdapter {
  constructor(private readonly authentication: TeamsAuthentication) {
    super(authentication);
  }

  processAuthenticated(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    const factory = authenticated.connectorFactory;
    const connectorFactory = factory && this.authentication.clients.connectorFactory(authenticated.claimsIdentity, factory);
    return this.processActivity(connectorFactory ? { ...authenticated, connectorFactory } : authenticated, activity, logic);
  }
}

export function createAdapter(auth: Config['auth'], logger: Logger): { adapter: TeamsAdapter; auth: ConfigurationBotFrameworkAuthentication } {
  const authentication = new TeamsAuthentication({
    MicrosoftAppId: auth.appId ?? '',
    MicrosoftAppPassword: auth.appPassword ?? '',
    MicrosoftAppType: auth.appType,
    MicrosoftAppTenantId: auth.tenantId ?? '',
    ...(auth.openIdMetadataUrl
      ? {
          // Setting any one of these makes the SDK take all of them as given (unset ones become
          // undefined and every token fails): so the public cloud's values, with the one override.
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
          ToBotFromChannelOpenIdMetadataUrl: auth.openIdMetadataUrl,
        }
      : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new TeamsAdapter(authentication);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn failed', { error: error.message, activityType: context.activity.type });
    try {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
    } catch {
      // The channel may be unreachable; the error is already logged.
    }
  };
  return { adapter, auth: authentication };
}
