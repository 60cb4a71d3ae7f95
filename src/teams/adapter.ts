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
import { AuthenticationConstants, type AuthenticateRequestResult } from 'botframework-connector';
import type { Activity, InvokeResponse } from 'botbuilder';
import type { Logger } from '../logger.js';
import type { Config } from '../settings/index.js';

/**
 * The CloudAdapter, taking a request the server has already authenticated: the server checks the token
 * first (so the tenant allow-list runs after it, and unreachable signing keys get a 503), and the
 * adapter's own process() would check it a second time.
 */
export class TeamsAdapter extends CloudAdapter {
  processAuthenticated(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export function createAdapter(auth: Config['auth'], logger: Logger): { adapter: TeamsAdapter; auth: ConfigurationBotFrameworkAuthentication } {
  const authentication = new ConfigurationBotFrameworkAuthentication({
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
