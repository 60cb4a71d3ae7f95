/**
 * The composition root: settings -> data -> store -> domain services -> Teams. Every service is built
 * here and every setting read here once; nothing else reads files or the environment. index.ts starts
 * it; tests start it in-process on a free port.
 */
import { join } from 'node:path';
import { ActionPlanDesk } from './actionPlan/desk.js';
import { loadSeeds, seedStore } from './actionPlan/seed.js';
import { ActionPlanService } from './actionPlan/service.js';
import { ChecklistDesk } from './checklist/desk.js';
import { Downloads } from './downloads/downloads.js';
import { clientSecretTokenProvider } from './graph/credentials.js';
import { GraphDirectory } from './graph/graphClient.js';
import { createLogger, type Logger } from './logger.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from './policy/loader.js';
import { createTomsLookup, loadTomsCatalogue } from './policy/tomsCatalogue.js';
import { Assistant } from './qa/assistant.js';
import { ConfigError, loadFeatureSettings, type Config } from './settings/index.js';
import { SourceLinks, sourcesIn } from './sources/links.js';
import { SourcePages } from './sources/page.js';
import { createStorage, type AppStorage } from './storage/index.js';
import { createChannel, createTeamsApp, type Channel, type TeamsApp } from './teams/index.js';
import type { RouterOptions } from './understand/route.js';
import { loadVocabulary } from './understand/vocabulary.js';

export interface App {
  server: TeamsApp['server'];
  adapter: TeamsApp['adapter'];
  logger: Logger;
  /** shared services, for tests */
  services: { storage: AppStorage; directory: Channel['directory']; notifier: Channel['notifier']; assistant: Assistant; downloads: Downloads; sourceLinks: SourceLinks };
  /** starts listening; resolves with the bound port */
  listen(port?: number, host?: string): Promise<number>;
  /**
   * Stops accepting, lets requests in flight finish (up to `drainMs`), then waits for storage
   * writes. Resolves true when every request finished in time.
   */
  close(drainMs?: number): Promise<boolean>;
}

export async function createApp(config: Config, logger: Logger = createLogger(config.logLevel), env: NodeJS.ProcessEnv = process.env): Promise<App> {
  // Every data file and setting is read and checked before the store opens: a fault stops start-up with nothing to close.
  const dataDir = config.dataDir ?? DEFAULT_DATA_DIR;
  const library = loadPolicyLibrary(dataDir);
  const councilIds = [...library.packs.keys()];
  if (config.defaultCouncil && !library.packs.has(config.defaultCouncil)) {
    throw new ConfigError([`DEFAULT_COUNCIL: "${config.defaultCouncil}" is not a council with a policy pack; use one of ${councilIds.join(', ')}`]);
  }
  const settings = loadFeatureSettings(env, councilIds);
  const toms = createTomsLookup(loadTomsCatalogue(join(dataDir, 'toms.json')));
  const vocabulary = loadVocabulary(dataDir);
  const seeds = loadSeeds(join(dataDir, 'action-plans'), library);

  const storage = await createStorage(config);
  try {
    const seeded = await seedStore(storage, seeds);
    if (seeded.length) logger.info('action plans seeded', { councils: seeded });
  } catch (err) {
    logger.error('could not seed the action plans', { error: (err as Error).message });
    await storage.close();
    throw err;
  }

  const assistant = new Assistant(library, toms, { vocabulary, actionPrefixes: seeds.map((s) => s.prefix) });
  const councils = [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName }));
  const router: RouterOptions = {
    reader: assistant.reader,
    plan: {
      councils: [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName, aliases: p.council.aliases })),
      prefixes: new Map(seeds.map((s) => [s.prefix, s.council])),
    },
  };
  const downloads = new Downloads(storage, config.publicUrl);
  // Every "Source:" links to the document's page on this bot, at the section, the quote highlighted.
  const sourceLinks = new SourceLinks(library, config.publicUrl, sourcesIn(seeds));
  const councilName = (id: string) => library.packs.get(id)?.council.name ?? id;
  const sourcePages = new SourcePages(library.sources.documents, councilName, (doc, id) => sourceLinks.quote(doc, id));

  const channel = createChannel(config, storage, logger);
  const graph = settings.checklist.graph;
  const desks = {
    actionPlan: new ActionPlanDesk({
      service: new ActionPlanService(storage),
      settings: settings.actionPlan,
      packs: library.packs,
      prefixes: new Map(seeds.map((s) => [s.prefix, s.council])),
      downloads,
      send: (userId, message) => channel.notifier.sendToUser(userId, message),
      logger,
      sourceUrl: (source) => sourceLinks.forSource(source),
    }),
    checklist: new ChecklistDesk({
      store: storage,
      packs: library.packs,
      toms,
      settings: settings.checklist,
      ...(graph ? { managers: new GraphDirectory({ baseUrl: graph.baseUrl, token: clientSecretTokenProvider(graph.tenantId, graph.clientId, graph.clientSecret) }) } : {}),
      messenger: channel.notifier,
      downloads,
      logger,
      sourceLinks,
    }),
  };
  const teams = createTeamsApp(channel, { config, store: storage, logger, assistant, router, councils, downloads, sourcePages, sourceLinks }, desks);
  const { server } = teams;

  return {
    server,
    adapter: teams.adapter,
    logger,
    services: { storage, directory: channel.directory, notifier: channel.notifier, assistant, downloads, sourceLinks },
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
      const drained = await teams.stop(drainMs);
      await storage.close();
      return drained;
    },
  };
}
