/** The features the bot offers beside Q&A, each given only what it needs. */
import type { CloudAdapter, Storage } from 'botbuilder';
import type { ConversationDirectory } from './bot/conversations.js';
import type { Feature } from './bot/feature.js';
import { createActionPlanFeature } from './bot/actionPlanFeature.js';
import { createChecklistFeature } from './bot/checklistFeature.js';
import type { Notifier } from './bot/notifier.js';
import type { Config } from './config.js';
import type { Downloads } from './downloads/downloads.js';
import type { Logger } from './logger.js';
import type { PolicyLibrary } from './policy/loader.js';
import type { SourceLinker } from './policy/citations.js';
import type { Seed } from './actionPlan/seed.js';
import type { Assistant } from './qa/assistant.js';

export interface FeatureDeps {
  config: Config;
  storage: Storage;
  library: PolicyLibrary;
  assistant: Assistant;
  directory: ConversationDirectory;
  notifier: Notifier;
  adapter: CloudAdapter;
  logger: Logger;
  /** the raw environment, for a feature's own validated settings (see loadConfig for the error format) */
  env: NodeJS.ProcessEnv;
  downloads: Downloads;
  /** the action plans' seed files, loaded at start-up */
  seeds: Seed[];
  /** links for the "Source:" lines of cards (optional: without it they are plain text) */
  sourceLinks?: SourceLinker;
}

export function buildFeatures(deps: FeatureDeps): Feature[] {
  // Each claims only its own commands and card verbs; Q&A answers everything else.
  return [createActionPlanFeature(deps), createChecklistFeature(deps)];
}
