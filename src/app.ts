/**
 * The composition root: settings -> data -> store -> domain services -> Teams. Every service is built
 * here and every setting read here once; nothing else reads files or the environment. index.ts starts
 * it; tests start it in-process on a free port.
 */
import { join } from 'node:path';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { AdminDesk } from './actionPlan/adminDesk.js';
import { ActionPlanDesk } from './actionPlan/desk.js';
import { scheduleReminders, systemClock, type Clock, type ReminderRun, type Schedule } from './actionPlan/reminders.js';
import { RosterBook } from './actionPlan/rosterBook.js';
import { loadSeeds, seedStore } from './actionPlan/seed.js';
import { ActionPlanService } from './actionPlan/service.js';
import { ChecklistDesk } from './checklist/desk.js';
import { Downloads } from './downloads/downloads.js';
import { clientSecretTokenProvider } from './graph/credentials.js';
import { createLogger, type Logger } from './logger.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from './policy/loader.js';
import { createTomsLookup, loadTomsCatalogue } from './policy/tomsCatalogue.js';
import { Assistant } from './qa/assistant.js';
import { QaDesk } from './qa/desk.js';
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
  services: {
    storage: AppStorage;
    directory: Channel['directory'];
    notifier: Channel['notifier'];
    assistant: Assistant;
    downloads: Downloads;
    sourceLinks: SourceLinks;
    rosters: RosterBook;
    /** the reminders' schedule; null when REMINDERS_CRON is off */
    reminders: Schedule | null;
    /** one reminders run now, as the schedule makes it */
    remind(): Promise<ReminderRun>;
  };
  /** starts listening; resolves with the bound port */
  listen(port?: number, host?: string): Promise<number>;
  /**
   * Stops accepting, lets requests in flight finish (up to `drainMs`), then waits for storage
   * writes. Resolves true when every request finished in time.
   */
  close(drainMs?: number): Promise<boolean>;
}

export interface AppOptions {
  /** the reminders' clock and timers (tests move it) */
  clock?: Clock;
  /** who this instance is, for the reminders' lease (default: host name, process id and a random part) */
  instance?: string;
}

/** The Graph SDK is loaded only when Graph is set up: a deployment without it never pays for it. */
async function graphDirectory(graph: NonNullable<ReturnType<typeof loadFeatureSettings>['checklist']['graph']>) {
  const { GraphDirectory } = await import('./graph/graphClient.js');
  return new GraphDirectory({ baseUrl: graph.baseUrl, token: clientSecretTokenProvider(graph.tenantId, graph.clientId, graph.clientSecret) });
}

export async function createApp(config: Config, logger: Logger = createLogger(config.logLevel), env: NodeJS.ProcessEnv = process.env, options: AppOptions = {}): Promise<App> {
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

  const storage = await createStorage(config, logger);
  try {
    const seeded = await seedStore(storage, seeds);
    if (seeded.length) logger.info('action plans seeded', { councils: seeded });
  } catch (err) {
    logger.error('could not seed the action plans', { error: (err as Error).message });
    await storage.close();
    throw err;
  }

  const clock = options.clock ?? systemClock;
  const assistant = new Assistant(library, toms, { vocabulary, actionPrefixes: seeds.map((s) => s.prefix), now: () => clock.now() });
  const councils = [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName }));
  // Action references ("TRF-3") and the council each prefix belongs to, from the plans' seeds.
  const prefixes = new Map(seeds.map((s) => [s.prefix, s.council]));
  const router: RouterOptions = {
    reader: assistant.reader,
    plan: {
      councils: [...library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName, aliases: p.council.aliases })),
      prefixes,
      leads: [...new Set(seeds.flatMap((s) => s.items.flatMap((i) => (i.lead ? [i.lead] : []))))],
      // Numbered as seeding numbers them (src/actionPlan/seed.ts): PREFIX-1, PREFIX-2, …
      actions: seeds.flatMap((s) => s.items.map((i, n) => ({ council: s.council, ref: `${s.prefix}-${n + 1}`, action: i.action }))),
    },
  };
  const downloads = new Downloads(storage, config.publicUrl);
  // Every "Source:" links to the document's page on this bot, at the section, the quote highlighted.
  const sourceLinks = new SourceLinks(library, config.publicUrl, sourcesIn(seeds));
  const councilName = (id: string) => library.packs.get(id)?.council.name ?? id;
  const sourcePages = new SourcePages(library.sources.documents, councilName, (doc, id) => sourceLinks.quote(doc, id));

  const channel = createChannel(config, storage, logger);
  const graph = settings.checklist.graph;
  // The steering groups and approvers as changed in Teams, over the environment's starting values.
  const rosters = new RosterBook({ store: storage, councils: councilIds, actionPlan: settings.actionPlan, checklist: settings.checklist, admins: settings.administration.admins, now: () => clock.now() });
  const desks = {
    admin: new AdminDesk({ rosters, packs: library.packs, logger }),
    actionPlan: new ActionPlanDesk({
      service: new ActionPlanService(storage, () => clock.now()),
      settings: settings.actionPlan,
      rosters,
      reminders: { store: storage, instance: options.instance ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}` },
      now: () => clock.now(),
      packs: library.packs,
      prefixes,
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
      approvers: (council) => rosters.approvers(council),
      ...(graph ? { managers: await graphDirectory(graph) } : {}),
      messenger: channel.notifier,
      downloads,
      logger,
      sourceLinks,
    }),
  };
  const qa = new QaDesk({ assistant, router, links: sourceLinks, now: () => clock.now() });
  const teams = createTeamsApp(channel, { config, store: storage, logger, qa, actionPrefixes: [...prefixes.keys()], councils, downloads, sourcePages, sourceLinks }, desks);
  const { server } = teams;
  // A run in flight at shutdown finishes before the store closes.
  let running: Promise<unknown> = Promise.resolve();
  const remind = () => {
    const run = desks.actionPlan.sendReminders();
    running = run.catch(() => undefined);
    return run;
  };
  const cron = settings.administration.reminders;
  const reminders = cron
    ? scheduleReminders({ run: remind, cron: cron.cron, timezone: cron.timezone, clock, onError: (err) => logger.error('reminders run failed', { error: (err as Error).message }) })
    : null;
  if (reminders) logger.info('reminders scheduled', { next: reminders.next()?.toISOString() });
  else logger.info('scheduled reminders are off', { setting: 'REMINDERS_CRON' });

  return {
    server,
    adapter: teams.adapter,
    logger,
    services: { storage, directory: channel.directory, notifier: channel.notifier, assistant, downloads, sourceLinks, rosters, reminders, remind },
    listen: (port = config.port, host = config.host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async (drainMs?: number) => {
      // No new reminders run; then requests (their turns write to storage), then the writes still queued.
      reminders?.stop();
      const drained = await teams.stop(drainMs);
      await running;
      await storage.close();
      return drained;
    },
  };
}
