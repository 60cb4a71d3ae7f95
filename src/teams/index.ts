/**
 * Teams, as one piece: the adapter, the activity handler with each feature's commands and card verbs,
 * the proactive notifier and the HTTP server. The composition root (src/app.ts) gives it the domain's
 * services; this is the only folder that knows botbuilder or restify, so a move to the Microsoft 365
 * Agents SDK rewrites this folder and nothing else.
 */
import type { CloudAdapter } from 'botbuilder';
import type restify from 'restify';
import type { ActionPlanDesk } from '../actionPlan/desk.js';
import type { AdminDesk } from '../actionPlan/adminDesk.js';
import type { ChecklistDesk } from '../checklist/desk.js';
import type { Downloads } from '../downloads/downloads.js';
import type { Logger } from '../logger.js';
import type { SourceLinker } from '../policy/citations.js';
import type { CouncilId } from '../policy/schema.js';
import type { QaDesk } from '../qa/desk.js';
import type { Config } from '../settings/index.js';
import type { SourcePages } from '../sources/page.js';
import type { RecordStore } from '../storage/records.js';
import { actionPlanHandlers } from './actionPlanHandlers.js';
import { adminHandlers } from './adminHandlers.js';
import { createAdapter } from './adapter.js';
import { SocialValueBot } from './bot.js';
import { checklistHandlers } from './checklistHandlers.js';
import { ConversationDirectory } from './conversations.js';
import { TeamsMembers } from './members.js';
import { Notifier } from './notifier.js';
import { Profiles } from './profile.js';
import { createServer } from './server.js';

export interface TeamsDeps {
  config: Pick<Config, 'auth' | 'allowedTenants' | 'defaultCouncil' | 'storage'>;
  store: RecordStore;
  logger: Logger;
  /** reads every message; answers the questions */
  qa: QaDesk;
  /** the plans' action reference prefixes ("TRF"), for examples */
  actionPrefixes: readonly string[];
  councils: { id: CouncilId; name: string }[];
  downloads: Downloads;
  sourcePages: SourcePages;
  sourceLinks?: SourceLinker;
}

/** The channel pieces the domain's services need before the features exist (they send proactively). */
export function createChannel(config: Pick<Config, 'auth'>, store: RecordStore, logger: Logger) {
  const { adapter, auth } = createAdapter(config.auth, logger);
  const directory = new ConversationDirectory(store);
  const notifier = new Notifier({ adapter, appId: config.auth.appId ?? '', directory, logger });
  return { adapter, auth, directory, notifier };
}

export type Channel = ReturnType<typeof createChannel>;

export interface TeamsApp {
  server: restify.Server;
  adapter: CloudAdapter;
  /** Stops accepting, lets requests in flight finish (up to `drainMs`), closes. True when all finished. */
  stop(drainMs?: number): Promise<boolean>;
}

export function createTeamsApp(channel: Channel, deps: TeamsDeps, desks: { actionPlan: ActionPlanDesk; checklist: ChecklistDesk; admin: AdminDesk }): TeamsApp {
  const profiles = new Profiles(deps.config.defaultCouncil);
  const members = new TeamsMembers(deps.logger);
  const bot = new SocialValueBot({
    // Each claims only its own commands and card verbs; Q&A answers everything else.
    features: [adminHandlers(desks.admin, members, profiles), actionPlanHandlers(desks.actionPlan, members, profiles), checklistHandlers(desks.checklist, profiles)],
    qa: deps.qa,
    actionPrefixes: deps.actionPrefixes,
    profiles,
    store: deps.store,
    // Only the lowdb store serves a single instance; on shared blob storage another instance may take the follow-up.
    saveBehind: deps.config.storage.kind === 'lowdb',
    ...(deps.config.defaultCouncil ? { defaultCouncil: deps.config.defaultCouncil } : {}),
    councils: deps.councils,
    logger: deps.logger,
    ...(deps.sourceLinks ? { sourceLinks: deps.sourceLinks } : {}),
  });
  const http = createServer({
    adapter: channel.adapter,
    auth: channel.auth,
    bot,
    logger: deps.logger,
    downloads: deps.downloads,
    sources: deps.sourcePages,
    ...(deps.config.allowedTenants ? { allowedTenants: deps.config.allowedTenants } : {}),
  });
  return { server: http.server, adapter: channel.adapter, stop: (drainMs) => http.stop(drainMs) };
}
