/**
 * `npm run package [-- --env dev] [-- --out <folder>]`: builds the Teams app package a council uploads
 * (Teams admin center > Manage apps > Upload, or Developer Portal > Import app):
 *
 *   appPackage/build/appPackage.<env>.zip   manifest.json (placeholders filled), color.png, outline.png
 *   appPackage/build/manifest.<env>.json    the filled manifest, to read before uploading
 *
 * Values come from the environment, then env/.env.<env>.user, then env/.env.<env> (the Microsoft 365
 * Agents Toolkit's files; the first place that sets a value wins):
 *
 *   BOT_ID (or MicrosoftAppId)  required  the Azure Bot's Microsoft App ID, a GUID
 *   BOT_DOMAIN                  required  the bot's public host name, e.g. sva-council.azurewebsites.net
 *                                         (taken from PUBLIC_URL or BOT_ENDPOINT when unset)
 *   PUBLIC_URL                  optional  the bot's public base URL, as the bot is configured: the "Source:"
 *                                         links and downloads point there, so its host is added to
 *                                         validDomains when it differs from BOT_DOMAIN
 *   TEAMS_APP_ID                optional  the Teams app's id, a GUID; when unset, a stable id derived
 *                                         from BOT_ID, so every rebuild updates the same app
 *   GRAPH_CLIENT_ID             optional  the Microsoft Graph app registration (a GUID): adds
 *                                         webApplicationInfo so Teams shows which app the bot uses
 *   DEVELOPER_NAME, DEVELOPER_WEBSITE_URL, DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL
 *                               optional  the publisher shown in Teams: your council and its pages
 *                                         (https); placeholders, with a warning, until you set them
 *   APP_NAME_SUFFIX             optional  appended to the app's short name, e.g. " (test)"
 *
 * A missing or malformed value stops the build with one line per problem and exit code 1. The filled
 * manifest is validated offline against the schema @microsoft/app-manifest bundles for its version.
 * The zip is reproducible: the same inputs give the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { crc32 } from './make-icons.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const APP_PACKAGE_DIR = join(ROOT, 'appPackage');
export const MANIFEST_TEMPLATE = join(APP_PACKAGE_DIR, 'manifest.json');

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** Namespace for TEAMS_APP_ID derived from BOT_ID (RFC 4122 name-based, SHA-1). Never change it. */
const TEAMS_APP_ID_NAMESPACE = '5a1f3c0e-6d2b-4f7a-9c3e-8b1d2e4f6a70';

/** Placeholder publisher: plainly not a council's, and on a domain reserved for examples (RFC 2606). */
export const PLACEHOLDER_DEVELOPER = {
  DEVELOPER_NAME: 'Your council',
  DEVELOPER_WEBSITE_URL: 'https://your-council.example.org/social-value-assistant',
  DEVELOPER_PRIVACY_URL: 'https://your-council.example.org/social-value-assistant/privacy',
  DEVELOPER_TERMS_URL: 'https://your-council.example.org/social-value-assistant/terms',
} as const;

export class PackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams app package:\n  ${problems.join('\n  ')}`);
    this.name = 'PackageError';
  }
}

// ---- values --------------------------------------------------------------------------------------------

/** KEY=value lines; # comments; single or double quotes; no interpolation. */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2]!;
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[1] === '"' ? quoted[2]!.replace(/\\n/g, '\n').replace(/\\"/g, '"') : quoted[2]!;
    else value = value.replace(/\s+#.*$/, '').trim();
    out[m[1]!] = value;
  }
  return out;
}

/** The environment the package is built from: process env over env/.env.<env>.user over env/.env.<env>. */
export function environmentFor(envName: string, processEnv: NodeJS.ProcessEnv = process.env, root = ROOT): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const file of [join(root, 'env', `.env.${envName}`), join(root, 'env', `.env.${envName}.user`)]) {
    if (existsSync(file)) Object.assign(merged, parseEnvFile(readFileSync(file, 'utf8')));
  }
  for (const [k, v] of Object.entries(processEnv)) if (v !== undefined) merged[k] = v;
  return merged;
}

/** RFC 4122 version 5 UUID: stable for the same namespace and name. */
export function uuidV5(name: string, namespace = TEAMS_APP_ID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface PackageValues {
  TEAMS_APP_ID: string;
  BOT_ID: string;
  BOT_DOMAIN: string;
  /** the host of PUBLIC_URL, where the source pages and downloads are, when it is not BOT_DOMAIN */
  PUBLIC_DOMAIN?: string;
  APP_NAME_SUFFIX: string;
  DEVELOPER_NAME: string;
  DEVELOPER_WEBSITE_URL: string;
  DEVELOPER_PRIVACY_URL: string;
  DEVELOPER_TERMS_URL: string;
  GRAPH_CLIENT_ID?: string;
}

const set = (env: Record<string, string | undefined>, name: string) => {
  const v = env[name]?.trim();
  return v ? v : undefined;
};

/** Reads and checks every value; throws PackageError listing all problems at once. */
export function resolveValues(env: Record<string, string | undefined>, warn: (msg: string) => void = () => {}): PackageValues {
  const problems: string[] = [];
  const got = (v: string) => ` (got "${v}")`;

  // the bot: BOT_ID is the toolkit's name, MicrosoftAppId the bot's own
  const botId = set(env, 'BOT_ID');
  const appId = set(env, 'MicrosoftAppId');
  let BOT_ID = botId ?? appId ?? '';
  if (!BOT_ID) {
    problems.push("BOT_ID: required: the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000 (set BOT_ID, or MicrosoftAppId as the bot itself uses)");
  } else if (!GUID.test(BOT_ID)) {
    problems.push(`${botId ? 'BOT_ID' : 'MicrosoftAppId'}: must be the Azure Bot's Microsoft App ID, a GUID such as 00000000-0000-0000-0000-000000000000${got(BOT_ID)}`);
  } else if (botId && appId && botId.toLowerCase() !== appId.toLowerCase()) {
    problems.push(`BOT_ID and MicrosoftAppId: both set but different ("${botId}" and "${appId}"); the package must name the app id the bot signs in with`);
  }
  BOT_ID = BOT_ID.toLowerCase();

  // where the bot lives
  let BOT_DOMAIN = set(env, 'BOT_DOMAIN') ?? '';
  if (!BOT_DOMAIN) {
    for (const name of ['PUBLIC_URL', 'BOT_ENDPOINT']) {
      const url = set(env, name);
      if (!url) continue;
      try {
        BOT_DOMAIN = new URL(url).hostname;
        break;
      } catch {
        problems.push(`${name}: must be a URL such as https://sva-council.azurewebsites.net${got(url)}`);
      }
    }
  }
  if (!BOT_DOMAIN) {
    if (!problems.some((p) => p.startsWith('PUBLIC_URL') || p.startsWith('BOT_ENDPOINT'))) {
      problems.push("BOT_DOMAIN: required: the bot's public host name, e.g. sva-council.azurewebsites.net (or set PUBLIC_URL to the bot's https address)");
    }
  } else if (!HOST.test(BOT_DOMAIN)) {
    problems.push(`BOT_DOMAIN: must be a host name only, e.g. sva-council.azurewebsites.net, without https:// or a path${got(BOT_DOMAIN)}`);
  }
  // The cards link to PUBLIC_URL (source pages, downloads): Teams opens links to the app's valid domains.
  let PUBLIC_DOMAIN: string | undefined;
  const publicUrl = set(env, 'PUBLIC_URL');
  if (publicUrl) {
    try {
      PUBLIC_DOMAIN = new URL(publicUrl).hostname.toLowerCase();
    } catch {
      if (!problems.some((p) => p.startsWith('PUBLIC_URL'))) problems.push(`PUBLIC_URL: must be a URL such as https://sva-council.azurewebsites.net${got(publicUrl)}`);
    }
  }

  // the Teams app
  let TEAMS_APP_ID = set(env, 'TEAMS_APP_ID') ?? '';
  if (TEAMS_APP_ID && !GUID.test(TEAMS_APP_ID)) {
    problems.push(`TEAMS_APP_ID: must be a GUID such as 00000000-0000-0000-0000-000000000000 (or leave it unset to derive one from BOT_ID)${got(TEAMS_APP_ID)}`);
  } else if (!TEAMS_APP_ID && GUID.test(BOT_ID)) {
    TEAMS_APP_ID = uuidV5(`teams-app:${BOT_ID}`);
    warn(`TEAMS_APP_ID is not set: using ${TEAMS_APP_ID}, derived from BOT_ID (the same every time for this bot).`);
  }
  TEAMS_APP_ID = TEAMS_APP_ID.toLowerCase();

  const GRAPH_CLIENT_ID = set(env, 'GRAPH_CLIENT_ID');
  if (GRAPH_CLIENT_ID && !GUID.test(GRAPH_CLIENT_ID)) {
    problems.push(`GRAPH_CLIENT_ID: must be the Graph app registration's application (client) id, a GUID${got(GRAPH_CLIENT_ID)}`);
  }

  // the publisher
  const developer = { ...PLACEHOLDER_DEVELOPER } as Record<keyof typeof PLACEHOLDER_DEVELOPER, string>;
  const placeholders: string[] = [];
  for (const name of Object.keys(PLACEHOLDER_DEVELOPER) as Array<keyof typeof PLACEHOLDER_DEVELOPER>) {
    const value = set(env, name);
    if (!value) {
      placeholders.push(name);
      continue;
    }
    if (name === 'DEVELOPER_NAME') {
      if (value.length > 32) problems.push(`DEVELOPER_NAME: at most 32 characters in a Teams manifest${got(value)}`);
    } else {
      let ok = false;
      try {
        ok = new URL(value).protocol === 'https:';
      } catch {
        ok = false;
      }
      if (!ok) problems.push(`${name}: must be an https:// address of one of your council's pages${got(value)}`);
    }
    if (value === PLACEHOLDER_DEVELOPER[name] || /\bexample\.(org|com|net)\b/i.test(value)) placeholders.push(name);
    developer[name] = value;
  }
  if (placeholders.length > 0) {
    warn(`${placeholders.join(', ')} still the placeholder: set your council's name and its web, privacy and terms pages before you publish.`);
  }

  const APP_NAME_SUFFIX = env.APP_NAME_SUFFIX ?? '';
  if (problems.length > 0) throw new PackageError(problems);
  return {
    TEAMS_APP_ID,
    BOT_ID,
    BOT_DOMAIN: BOT_DOMAIN.toLowerCase(),
    ...(PUBLIC_DOMAIN && PUBLIC_DOMAIN !== BOT_DOMAIN.toLowerCase() ? { PUBLIC_DOMAIN } : {}),
    APP_NAME_SUFFIX,
    ...developer,
    ...(GRAPH_CLIENT_ID ? { GRAPH_CLIENT_ID: GRAPH_CLIENT_ID.toLowerCase() } : {}),
  };
}

// ---- manifest ------------------------------------------------------------------------------------------

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The `${{NAME}}` placeholders a manifest template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/**
 * Fills `${{NAME}}` placeholders (JSON-escaped), adds PUBLIC_URL's host to validDomains (the cards'
 * links go there) and webApplicationInfo when Graph is configured.
 */
export function fillManifest(template: string, values: PackageValues): Record<string, unknown> {
  const vars = values as unknown as Record<string, string | undefined>;
  const missing = placeholdersIn(template).filter((name) => vars[name] === undefined);
  if (missing.length > 0) throw new PackageError(missing.map((name) => `${name}: used by appPackage/manifest.json but has no value`));
  const filled = template.replace(PLACEHOLDER, (_, name: string) => JSON.stringify(vars[name]).slice(1, -1));
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  if (values.PUBLIC_DOMAIN) {
    const domains = Array.isArray(manifest.validDomains) ? (manifest.validDomains as string[]) : [];
    if (!domains.includes(values.PUBLIC_DOMAIN)) manifest.validDomains = [...domains, values.PUBLIC_DOMAIN];
  }
  if (values.GRAPH_CLIENT_ID) manifest.webApplicationInfo = { id: values.GRAPH_CLIENT_ID };
  return manifest;
}

/** The schema file @microsoft/app-manifest bundles for a manifest's $schema URL, or undefined. */
export function bundledSchemaFile(schemaUrl: string): string | undefined {
  const m = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/i.exec(schemaUrl);
  if (!m) return undefined;
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(pkgDir, 'build', 'json-schemas', 'teams', m[1]!, 'MicrosoftTeams.schema.json');
  return existsSync(file) ? file : undefined;
}

export function loadBundledSchema(schemaUrl: string): Record<string, unknown> {
  const file = bundledSchemaFile(schemaUrl);
  if (!file) {
    throw new PackageError([
      `$schema: ${schemaUrl} is not a Teams manifest schema that @microsoft/app-manifest bundles, so it cannot be checked offline; use a version under node_modules/@microsoft/app-manifest/build/json-schemas/teams/`,
    ]);
  }
  // the package reads its schemas the same way (two of them carry \a and \v escapes JSON lacks)
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b')) as Record<string, unknown>;
}

/** Schema errors for a filled manifest, checked offline with @microsoft/app-manifest's own validator. */
export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  const schema = loadBundledSchema(String(manifest.$schema));
  const { AppManifestUtils } = await import('@microsoft/app-manifest');
  type Args = Parameters<typeof AppManifestUtils.validateAgainstSchema>;
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as Args[0], schema as unknown as Args[1]);
}

// ---- icons ---------------------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function readIcon(manifest: Record<string, unknown>, key: 'color' | 'outline', size: number, problems: string[]): { name: string; data: Buffer } | undefined {
  const name = String((manifest.icons as Record<string, unknown> | undefined)?.[key] ?? '');
  const file = join(APP_PACKAGE_DIR, name);
  if (!name || !existsSync(file)) {
    problems.push(`icons.${key}: appPackage/${name || `${key}.png`} is missing (node --import tsx scripts/make-icons.ts draws both icons)`);
    return undefined;
  }
  const data = readFileSync(file);
  const got = pngSize(data);
  if (!got) problems.push(`icons.${key}: appPackage/${name} is not a PNG file`);
  else if (got.width !== size || got.height !== size) problems.push(`icons.${key}: appPackage/${name} must be ${size}x${size} pixels (it is ${got.width}x${got.height})`);
  return { name, data };
}

// ---- zip -----------------------------------------------------------------------------------------------

/** A minimal, reproducible zip (deflate, fixed 1980-01-01 timestamps, UTF-8 names, no extras). */
export function zip(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 name
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(0, 30); // extra
    central.writeUInt16LE(0, 32); // comment
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

// ---- build ---------------------------------------------------------------------------------------------

export interface BuildResult {
  zipPath: string;
  manifestPath: string;
  manifest: Record<string, unknown>;
  warnings: string[];
}

export async function buildAppPackage(options: { envName: string; env: Record<string, string | undefined>; outDir?: string }): Promise<BuildResult> {
  const { envName, env } = options;
  if (!/^[\w-]+$/.test(envName)) throw new PackageError([`--env: must be a name such as dev or prod (got "${envName}")`]);
  const warnings: string[] = [];
  const values = resolveValues(env, (w) => warnings.push(w));
  const manifest = fillManifest(readFileSync(MANIFEST_TEMPLATE, 'utf8'), values);

  const problems: string[] = [];
  const schemaErrors = await validateManifest(manifest);
  problems.push(...schemaErrors.map((e) => `manifest.json${e.startsWith(' ') ? '' : ' '}${e}`));
  const color = readIcon(manifest, 'color', 192, problems);
  const outline = readIcon(manifest, 'outline', 32, problems);
  if (problems.length > 0) throw new PackageError(problems);

  const outDir = resolve(options.outDir ?? join(APP_PACKAGE_DIR, 'build'));
  mkdirSync(outDir, { recursive: true });
  const manifestJson = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const zipPath = join(outDir, `appPackage.${envName}.zip`);
  const manifestPath = join(outDir, `manifest.${envName}.json`);
  writeFileSync(zipPath, zip([{ name: 'manifest.json', data: manifestJson }, color!, outline!]));
  writeFileSync(manifestPath, manifestJson);
  return { zipPath, manifestPath, manifest, warnings };
}

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${flag}=`));
  return eq?.slice(flag.length + 1);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const envName = argValue(args, '--env') ?? process.env.TEAMSFX_ENV ?? 'dev';
  const outDir = argValue(args, '--out');
  try {
    const result = await buildAppPackage({ envName, env: environmentFor(envName), ...(outDir ? { outDir } : {}) });
    for (const w of result.warnings) console.warn(`warning: ${w}`);
    const bots = result.manifest.bots as Array<{ botId: string }>;
    const shown = (p: string) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p));
    console.log(`wrote ${shown(result.zipPath)}`);
    console.log(`  Teams app id ${String(result.manifest.id)}, bot ${bots[0]!.botId}, domain ${(result.manifest.validDomains as string[]).join(', ')}`);
    console.log(`  manifest ${String(result.manifest.manifestVersion)} checked against the bundled schema: ok`);
    console.log(`  upload it in the Teams admin center (Teams apps > Manage apps > Upload new app)`);
    return 0;
  } catch (err) {
    console.error(err instanceof PackageError ? err.message : `Cannot build the Teams app package: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
