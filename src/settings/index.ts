/**
 * The settings, from the environment, read once by the composition root (src/app.ts) and handed to
 * each part as its own section; nothing else reads the environment. A section per concern:
 *   config.ts      the server, authentication, storage, data and logging
 *   actionPlan.ts  the steering groups (who may change each council's plan)
 *   checklist.ts   exemption approvers and Microsoft Graph
 *   administration.ts  the bot's administrators and the reminders' schedule
 * Each bad value is named with what is wrong (never a secret's value), all at once, as a ConfigError.
 */
import type { CouncilId } from '../policy/schema.js';
import { loadActionPlanSettings, type ActionPlanSettings } from './actionPlan.js';
import { loadChecklistSettings, type ChecklistSettings } from './checklist.js';
import { loadAdministrationSettings, type AdministrationSettings } from './administration.js';
import { ConfigError } from './errors.js';

export { ConfigError } from './errors.js';
export { loadConfig, type Config, type StorageConfig } from './config.js';
export { loadActionPlanSettings, normaliseId, type ActionPlanSettings } from './actionPlan.js';
export { loadChecklistSettings, type ChecklistSettings } from './checklist.js';
export { loadAdministrationSettings, type AdministrationSettings } from './administration.js';

export interface FeatureSettings {
  actionPlan: ActionPlanSettings;
  checklist: ChecklistSettings;
  administration: AdministrationSettings;
}

/** The features' sections; `councils` are the councils the policy packs cover, the only prefixes a setting may use. */
export function loadFeatureSettings(env: NodeJS.ProcessEnv, councils: readonly CouncilId[]): FeatureSettings {
  const problems: string[] = [];
  const section = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems);
      return undefined;
    }
  };
  const actionPlan = section(() => loadActionPlanSettings(env, councils));
  const checklist = section(() => loadChecklistSettings(env, councils));
  const administration = section(() => loadAdministrationSettings(env));
  if (!actionPlan || !checklist || !administration) throw new ConfigError(problems);
  return { actionPlan, checklist, administration };
}
