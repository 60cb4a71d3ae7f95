/**
 * Environment -> typed, validated configuration. A bad value stops start-up with a message that
 * names the variable and what is wrong; secrets are never echoed.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { CouncilIdSchema, type CouncilId } from '../policy/schema.js';
import { issueMessage } from '../jsonFile.js';
import { ConfigError } from './errors.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The shapes @azure/storage-blob accepts; checked by part names only, so the value is never echoed. */
function looksLikeConnectionString(value: string): boolean {
  if (/^UseDevelopmentStorage=true;?$/i.test(value)) return true;
  const names = new Set(
    value
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => part.slice(0, part.indexOf('=')).trim().toLowerCase()),
  );
  return (names.has('accountname') && names.has('accountkey')) || (names.has('blobendpoint') && names.has('sharedaccesssignature'));
}

function isHttpsOrLoopback(value: string): boolean {
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

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
  // Checked against the policy packs once they are loaded (src/app.ts): the councils are data.
  DEFAULT_COUNCIL: optionalText.pipe(CouncilIdSchema.optional()),
  DATA_DIR: optionalText,
  PUBLIC_URL: optionalText.pipe(z.url({ message: 'must be the bot\'s public base URL, e.g. https://sva.example.gov.uk' }).optional()),
  LOG_LEVEL: z
    .string()
    .trim()
    .default('info')
    .pipe(z.enum(['debug', 'info', 'warn', 'error', 'silent'], { message: 'must be debug, info, warn, error or silent' })),
  STORAGE: z
    .string()
    .trim()
    .default('lowdb')
    .pipe(z.enum(['lowdb', 'azure-blob'], { message: 'must be lowdb (one instance, a local file) or azure-blob (several instances sharing Azure Blob storage)' })),
  AZURE_STORAGE_CONNECTION_STRING: optionalText.pipe(
    z
      .string()
      .refine(looksLikeConnectionString, 'is not an Azure Storage connection string (expected "AccountName=…;AccountKey=…", "BlobEndpoint=…;SharedAccessSignature=…" or "UseDevelopmentStorage=true")')
      .optional(),
  ),
  AZURE_STORAGE_CONTAINER: optionalText.pipe(
    z
      .string()
      .regex(
        /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/,
        'must be a valid container name: 3 to 63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit',
      )
      .optional(),
  ),
  ALLOWED_TENANTS: optionalText.pipe(
    z
      .string()
      .transform((s) => s.split(',').map((t) => t.trim()).filter((t) => t !== ''))
      .pipe(z.array(z.string().regex(GUID, 'must be a comma-separated list of Microsoft Entra tenant ids (GUIDs)')).min(1, 'must list at least one tenant id'))
      .optional(),
  ),
  // The SDK's own setting name. Points token validation at another OpenID metadata document
  // (sovereign clouds, local tests); plain http is accepted for loopback only.
  BotOpenIdMetadata: optionalText.pipe(
    z
      .url({ message: 'must be the URL of an OpenID configuration document' })
      .refine(isHttpsOrLoopback, 'must use https (plain http is accepted only for localhost / 127.0.0.1)')
      .optional(),
  ),
});

/** Where everything persistent lives. The connection string is a secret: never log it. */
export type StorageConfig =
  | { kind: 'lowdb'; file: string }
  | { kind: 'azure-blob'; connectionString: string; container: string };

export interface Config {
  port: number;
  host: string;
  auth: {
    appId?: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
    /** OpenID metadata for validating channel tokens; the SDK's Bot Framework default when absent */
    openIdMetadataUrl?: string;
  };
  /** the lowdb store's manifest file (used when storage.kind is lowdb) */
  dbFile: string;
  storage: StorageConfig;
  /** when set, only activities from these Microsoft Entra tenants (lower-case ids) are served */
  allowedTenants?: string[];
  defaultCouncil?: CouncilId;
  dataDir?: string;
  /** base URL for links the bot hands out (downloads); defaults to http://localhost:PORT */
  publicUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

const SECRET = new Set(['MicrosoftAppPassword', 'AZURE_STORAGE_CONNECTION_STRING']);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = env[name];
      const shown = raw === undefined || SECRET.has(name) ? '' : ` (got "${raw}")`;
      return `${name}: ${issueMessage(issue)}${shown}`;
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
  if (e.STORAGE === 'azure-blob') {
    for (const name of ['AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_CONTAINER'] as const) {
      if (!e[name]) problems.push(`${name}: required when STORAGE=azure-blob`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const dbFile = resolve(e.DB_FILE);
  return {
    port: e.PORT,
    host: e.HOST,
    auth: {
      ...(e.MicrosoftAppId ? { appId: e.MicrosoftAppId } : {}),
      ...(e.MicrosoftAppPassword ? { appPassword: e.MicrosoftAppPassword } : {}),
      appType: e.MicrosoftAppType,
      ...(e.MicrosoftAppTenantId ? { tenantId: e.MicrosoftAppTenantId } : {}),
      ...(e.BotOpenIdMetadata ? { openIdMetadataUrl: e.BotOpenIdMetadata } : {}),
    },
    dbFile,
    storage:
      e.STORAGE === 'azure-blob'
        ? { kind: 'azure-blob', connectionString: e.AZURE_STORAGE_CONNECTION_STRING!, container: e.AZURE_STORAGE_CONTAINER! }
        : { kind: 'lowdb', file: dbFile },
    ...(e.ALLOWED_TENANTS ? { allowedTenants: e.ALLOWED_TENANTS.map((t) => t.toLowerCase()) } : {}),
    ...(e.DEFAULT_COUNCIL ? { defaultCouncil: e.DEFAULT_COUNCIL } : {}),
    ...(e.DATA_DIR ? { dataDir: resolve(e.DATA_DIR) } : {}),
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
  };
}
