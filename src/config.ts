/**
 * Environment -> typed, validated configuration. A bad value stops start-up with a message that
 * names the variable and what is wrong; secrets are never echoed.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { COUNCIL_IDS } from './policy/schema.js';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const EnvSchema = z.object({
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number between 0 and 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a whole number between 0 and 65535'))
    .default(3978),
  HOST: z.string().trim().default('0.0.0.0'),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z
    .string()
    .trim()
    .default('MultiTenant')
    .pipe(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' })),
  MicrosoftAppTenantId: optionalText,
  DB_FILE: z.string().trim().min(1, 'must not be empty').default('data/db.json'),
  DEFAULT_COUNCIL: optionalText.pipe(
    z.enum(COUNCIL_IDS, { message: `must be one of ${COUNCIL_IDS.join(', ')}` }).optional(),
  ),
  DATA_DIR: optionalText,
  PUBLIC_URL: optionalText.pipe(z.url({ message: 'must be the bot\'s public base URL, e.g. https://sva.example.gov.uk' }).optional()),
  LOG_LEVEL: z
    .string()
    .trim()
    .default('info')
    .pipe(z.enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'must be debug, info, warn, error or silent' })),
});

export interface Config {
  port: number;
  host: string;
  auth: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
  };
  dbFile: string;
  defaultCouncil?: (typeof COUNCIL_IDS)[number];
  dataDir?: string;
  /** base URL for links the bot hands out (downloads); defaults to http://localhost:PORT */
  publicUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const SECRET = new Set(['MicrosoftAppPassword']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = env[name];
      const shown = raw === undefined || SECRET.has(name) ? '' : ` (got "${raw}")`;
      return `${name}: ${issue.message.replace(/^Invalid input: /, '')}${shown}`;
    });
    throw new ConfigError(problems);
  }
  const e = result.data;
  const problems: string[] = [];
  if (e.MicrosoftAppId && !e.MicrosoftAppPassword && e.MicrosoftAppType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set (except with MicrosoftAppType=UserAssignedMSI)');
  }
  if (e.MicrosoftAppType === 'SingleTenant' && e.MicrosoftAppId && !e.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    auth: {
      ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
      ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
      appType: e.MicrosoftAppType,
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
    },
    dbFile: resolve(e.DB_FILE),
    ...(e.DEFAULT_COUNCIL ? { defaultCouncil: e.DEFAULT_COUNCIL } : {}),
    ...(e.DATA_DIR ? { dataDir: resolve(e.DATA_DIR) } : {}),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
  };
}
