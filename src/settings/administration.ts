/**
 * Who administers the bot and when leads are reminded, from the environment:
 *   BOT_ADMINS       comma-separated UPNs or AAD object ids (each optionally `Name <id>`): they may
 *                    change every council's steering group and exemption approvers in Teams (`admin`)
 *   REMINDERS_CRON   when leads are reminded of actions due within 14 days or overdue: a cron
 *                    expression read in UK time (Europe/London), default `0 9 * * 1` (Mondays 09:00);
 *                    `off` sends no scheduled reminders
 * A bad value stops start-up with `NAME: what is wrong (got "...")`.
 */
import { DEFAULT_REMINDERS_CRON, REMINDERS_TIMEZONE, cronProblem } from '../actionPlan/reminders.js';
import { parseBotAdmins, type RosterPerson } from '../actionPlan/roster.js';
import { ConfigError } from './errors.js';

export interface AdministrationSettings {
  admins: RosterPerson[];
  /** null when scheduled reminders are off */
  reminders: { cron: string; timezone: string } | null;
}

export function loadAdministrationSettings(env: NodeJS.ProcessEnv): AdministrationSettings {
  const { admins, problems } = parseBotAdmins(env.BOT_ADMINS);
  const raw = env.REMINDERS_CRON?.trim();
  let reminders: AdministrationSettings['reminders'] = { cron: DEFAULT_REMINDERS_CRON, timezone: REMINDERS_TIMEZONE };
  if (raw && raw.toLowerCase() === 'off') reminders = null;
  else if (raw) {
    const fields = raw.split(/\s+/).length;
    // Five fields, minute to weekday, as the advice says: croner would also take seconds and years.
    const problem = fields === 5 ? cronProblem(raw) : `it has ${fields} ${fields === 1 ? 'field' : 'fields'}, not the five of minute, hour, day of month, month and day of week`;
    if (problem) problems.push(`REMINDERS_CRON: is not a cron expression the scheduler can read (${problem.replace(/^CronPattern:\s*/, "")}); write five fields, e.g. "0 9 * * 1" for Mondays at 09:00 UK time, or "off" (got "${env.REMINDERS_CRON}")`);
    else reminders = { cron: raw, timezone: REMINDERS_TIMEZONE };
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { admins, reminders };
}
