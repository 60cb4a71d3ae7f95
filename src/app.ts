/**
 * Builds the whole application from a configuration: policy library -> storage -> assistant -> bot
 * -> adapter -> server. index.ts starts it; tests start it in-process on a free port.
 */
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  UserState,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type restify from 'restify';
import { SocialValueBot } from './bot/socialValueBot.js';
import { ConfigError, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from './policy/loader.js';
import { createTomsLookup, loadTomsCatalogue } from './policy/tomsCatalogue.js';
import { Assistant } from './qa/assistant.js';
import { createServer } from './server.js';
import { createStorage, type AppStorage } from './storage/index.js';
import { join } from 'node:path';
import { ConversationDirectory } from './bot/conversations.js';
import { Notifier } from './bot/notifier.js';
import { buildFeatures } from './features.js';
import type { Feature } from './bot/feature.js';
import { Downloads } from './downloads/downloads.js';
import { loadSeeds } from './actionPlan/seed.js';
import { loadVocabulary } from './understand/vocabulary.js';
import type { RouterOptions } from './understand/route.js';
import { SourceLinks, sourcesIn } from './sources/links.js';
import { SourcePages } from './sources/page.js';

export interface App {
  server: restify.Server;
  adapter: CloudAdapter;
  logger: Logger;
  /** shared services, for features and tests */
  services: { storage: AppStorage; directory: ConversationDirectory; notifier: Notifier; assistant: Assistant; downloads: Downloads; sourceLinks: SourceLinks };
  /** starts listening; resolves with the bound port */
  listen(port?: number, host?: string): Promise<number>;
  /**
   * Stops accepting, lets requests in flight finish (up to `drainMs`), then waits for storage
   * writes. Resolves true when every request finished in time.
   */
  close(drainMs?: number): Promise<boolean>;
}

export async function createApp(config: Config, logger: Logger = createLogger(config.logLevel), env: NodeJS.ProcessEnv = process.env): Promise<App> {
  const dataDir = config.dataDir ?? DEFAULT_DATA_DIR;
  const library = loadPolicyLibrary(dataDir);
  if (config.defaultCouncil && !library.packs.has(config.defaultCouncil)) {
    throw new ConfigError([`DEFAULT_COUNCIL: "${config.defaultCouncil}" is not a council with a policy pack; use one of ${[...library.packs.keys()].join(', ')}`]);
  }
  const toms = createTomsLookup(loadTomsCatalogue(join(dataDir, 'toms.json')));
  // Every data file is read and checked before the store opens: a fault stops start-up with nothing to close.
  const vocabulary = loadVocabulary(dataDir);
  const seeds = loadSeeds(join(dataDir, 'action-plans'), library);
  const storage = await createStorage(config);

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.auth.appId ?? '',
    MicrosoftAppPassword: config.auth.appPassword ?? '',
    MicrosoftAppType: config.auth.appType,
    MicrosoftAppTenantId: config.auth.tenantId ?? '',
    ...(config.auth.openIdMetadataUrl
      ? {
          // Setting any one of these makes the SDK take all of them as given (unset ones become
          // undefined and every token fails): so the public cloud's values, with the one override.
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
          CallerId: CallerIdConstants.PublicAzureChannel,
          ToBotFromChannelOpenIdMetadataUrl: config.auth.openIdMetadataUrl,
        }
      : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn failed', { error: error.message, activityType: context.activity.type });
    try {
      await context.sendActivity('Sorry, something went wrong on my side. Please try again in a moment.');
    } catch {
      // The channel may be unreachable; the error is already logged.
    }
  };

  const assistant = new Assistant(library, toms, { vocabulary, actionPrefixes: seeds.map((s) => s.prefix) });
  const router: RouterOptions = {
    reader: assistant.reader,
    plan: {
      councils: [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName, aliases: p.council.aliases })),
      prefixes: new Map(seeds.map((s) => [s.prefix, s.council])),
    },
  };
  const directory = new ConversationDirectory(storage);
  const notifier = new Notifier({ adapter, appId: config.auth.appId ?? '', directory, logger });
  const downloads = new Downloads(storage, config.publicUrl);
  // Every "Source:" links to the document's page on this bot, at the section, the quote highlighted.
  const sourceLinks = new SourceLinks(library, config.publicUrl, sourcesIn(seeds));
  const councilName = (id: string) => library.packs.get(id)?.council.name ?? id;
  const sourcePages = new SourcePages(library.sources.documents, councilName, (doc, id) => sourceLinks.quote(doc, id));
  let features: Feature[];
  try {
    features = buildFeatures({ config, storage, library, assistant, directory, notifier, adapter, logger, env, downloads, seeds, sourceLinks });
  } catch (err) {
    // A feature's settings are wrong: start-up stops, and the store is closed cleanly first.
    await storage.close();
    throw err;
  }
  const bot = new SocialValueBot({
    features,
    directory,
    assistant,
    router,
    userState: new UserState(storage),
    conversationState: new ConversationState(storage),
    ...(config.defaultCouncil ? { defaultCouncil: config.defaultCouncil } : {}),
    councils: [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName })),
    logger,
    sourceLinks,
  });
  const http = createServer({ adapter, auth, bot, logger, downloads, sources: sourcePages, ...(config.allowedTenants ? { allowedTenants: config.allowedTenants } : {}) });
  const { server } = http;

  return {
    server,
    adapter,
    logger,
    services: { storage, directory, notifier, assistant, downloads, sourceLinks },
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async (drainMs?: number) => {
      // Requests first (their turns write to storage), then the writes still queued.
      const drained = await http.stop(drainMs);
      await storage.close();
      return drained;
    },
  };
}
