/**
 * The Teams app a council installs: the manifest (offline, against the schema @microsoft/app-manifest
 * bundles), the icons, `npm run package`, and the Microsoft 365 Agents Toolkit project files.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { loadConfig } from '../src/settings/index.js';
import { loadPolicyLibrary } from '../src/policy/loader.js';
import { loadChecklistSettings } from '../src/settings/index.js';
import { loadActionPlanSettings } from '../src/settings/index.js';
import { drawColorIcon, drawOutlineIcon, encodePng } from '../scripts/make-icons.js';
import {
  APP_PACKAGE_DIR,
  MANIFEST_TEMPLATE,
  ROOT,
  bundledSchemaFile,
  fillManifest,
  loadBundledSchema,
  placeholdersIn,
  resolveValues,
  uuidV5,
} from '../scripts/package.js';
import { BOT_ID as TEST_BOT_ID, startTestBot, type TestBot } from './support/testBot.js';
import { crc32, readZip } from './support/zip.js';

/** The councils the policy packs cover, as the app passes them to the settings. */
const COUNCILS = [...loadPolicyLibrary().packs.keys()];

type Json = Record<string, unknown>;
type Command = { title: string; description?: string };
type CommandList = { scopes: string[]; commands: Command[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SAMPLE = {
  BOT_ID: '6f1d0c59-2b7a-4a4e-9e8e-3f2a1b0c9d8e',
  TEAMS_APP_ID: '0b7c7a52-93b4-4c8e-8d8f-1c2b3a4d5e6f',
  BOT_DOMAIN: 'sva-stockport.azurewebsites.net',
  GRAPH_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
};
const template = readFileSync(MANIFEST_TEMPLATE, 'utf8');
const templateJson = JSON.parse(template) as Json;
const sampleManifest = () => fillManifest(template, resolveValues(SAMPLE));
const bot = () => (templateJson.bots as Json[])[0]!;

/**
 * Validates offline exactly as AppManifestUtils.validateAgainstSchema does for the draft-04 Teams
 * schemas, with the ajv, ajv-draft-04 and ajv-formats @microsoft/app-manifest itself depends on (the
 * package's index cannot be loaded under jest: it require()s an ES-only module). `npm run package`,
 * run below as a child process, uses AppManifestUtils itself.
 */
interface Validator {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string; params?: unknown }> | null;
}
const manifestPackage = createRequire(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
const AjvDraft04 = manifestPackage('ajv-draft-04') as { default: new (o: object) => { compile(s: object): Validator } };
const addFormats = manifestPackage('ajv-formats') as { default: (ajv: unknown, formats: string[]) => void };

async function validate(manifest: Json, schema: Json): Promise<string[]> {
  expect(String(schema.$schema)).toMatch(/draft-04/);
  const ajv = new AjvDraft04.default({ allErrors: true, strictTypes: false });
  addFormats.default(ajv, ['uri', 'email', 'regex']);
  const check = ajv.compile(schema);
  return check(JSON.parse(JSON.stringify(manifest))) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params)}`);
}

/** Preloaded into child processes: any network use fails loudly. */
const OFFLINE = `data:text/javascript,globalThis.fetch=async(u)=>{throw new Error('offline: '+u)}`;

// ---- a PNG reader (8-bit, non-interlaced), independent of the writers under test (the zip reader: support/zip.ts)

interface Png {
  width: number;
  height: number;
  colorType: number;
  /** RGBA for every pixel, whatever the stored colour type */
  rgba: Uint8Array;
}

function readPng(bytes: Buffer, name: string): Png {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error(`${name}: not a PNG`);
  let pos = 8;
  let ihdr: Buffer | undefined;
  const idat: Buffer[] = [];
  while (pos < bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const data = bytes.subarray(pos + 8, pos + 8 + length);
    if (crc32(bytes.subarray(pos + 4, pos + 8 + length)) !== bytes.readUInt32BE(pos + 8 + length)) throw new Error(`${name}: bad CRC in ${type}`);
    if (type === 'IHDR') ihdr = data;
    if (type === 'IDAT') idat.push(data);
    pos += 12 + length;
    if (type === 'IEND') break;
  }
  if (!ihdr) throw new Error(`${name}: no IHDR`);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const [depth, colorType, , , interlace] = [ihdr[8]!, ihdr[9]!, ihdr[10]!, ihdr[11]!, ihdr[12]!];
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (depth !== 8 || !channels || interlace !== 0) {
    throw new Error(`${name}: save it as an 8-bit, non-interlaced greyscale or RGB(A) PNG (bit depth ${depth}, colour type ${colorType}, interlace ${interlace})`);
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x += 1) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`${name}: unknown filter ${filter}`);
      pixels[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    const s = pixels.subarray(i * channels, i * channels + channels);
    const [r, g, b, a] = channels === 1 ? [s[0]!, s[0]!, s[0]!, 255] : channels === 2 ? [s[0]!, s[0]!, s[0]!, s[1]!] : channels === 3 ? [s[0]!, s[1]!, s[2]!, 255] : [s[0]!, s[1]!, s[2]!, s[3]!];
    rgba.set([r, g, b, a], i * 4);
  }
  return { width, height, colorType, rgba };
}

// ---- the manifest ----------------------------------------------------------------------------------------

describe('appPackage/manifest.json', () => {
  it('uses a current Teams manifest schema that @microsoft/app-manifest bundles, so it is checked offline', () => {
    const schemaUrl = String(templateJson.$schema);
    const version = /\/teams\/v(\d+)\.(\d+)\//.exec(schemaUrl);
    expect(version).not.toBeNull();
    expect(Number(version![1]) * 100 + Number(version![2])).toBeGreaterThanOrEqual(124);
    expect(templateJson.manifestVersion).toBe(`${version![1]}.${version![2]}`);
    expect(bundledSchemaFile(schemaUrl)).toBeDefined();
  });

  it('validates against the bundled schema once its placeholders are filled', async () => {
    const manifest = sampleManifest();
    expect(await validate(manifest, loadBundledSchema(String(manifest.$schema)))).toEqual([]);
  });

  it("resolves to the bundled schema through @microsoft/app-manifest's own lookup, with the network off", () => {
    const probe = [
      `const { AppManifestUtils } = require('@microsoft/app-manifest');`,
      `const manifest = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));`,
      `AppManifestUtils.validateAgainstSchema(manifest).then((errors) => console.log(JSON.stringify(errors)), (e) => { console.error(e.message); process.exit(1); });`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--no-deprecation', '--import', OFFLINE, '-e', probe], { cwd: ROOT, input: JSON.stringify(sampleManifest()), encoding: 'utf8', timeout: 30_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('fails validation for a real mistake, so the check is not vacuous', async () => {
    const manifest = sampleManifest();
    (manifest.bots as Json[])[0]!.botId = 'not-a-guid';
    (manifest.name as Json).short = 'x'.repeat(31);
    const errors = await validate(manifest, loadBundledSchema(String(manifest.$schema)));
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
    expect(errors.join('\n')).toMatch(/\/name\/short/);
  });

  it('takes its ids, domain and publisher from Agents Toolkit placeholders', () => {
    expect(placeholdersIn(template).sort()).toEqual(
      ['APP_NAME_SUFFIX', 'BOT_DOMAIN', 'BOT_ID', 'DEVELOPER_NAME', 'DEVELOPER_PRIVACY_URL', 'DEVELOPER_TERMS_URL', 'DEVELOPER_WEBSITE_URL', 'TEAMS_APP_ID'].sort(),
    );
    expect(templateJson.id).toBe('${{TEAMS_APP_ID}}');
    expect(bot().botId).toBe('${{BOT_ID}}');
    expect(templateJson.validDomains).toEqual(['${{BOT_DOMAIN}}']);
    expect(Object.values(templateJson.developer as Json).every((v) => /^\$\{\{DEVELOPER_\w+\}\}$/.test(String(v)))).toBe(true);
    // Graph is optional: the package script adds webApplicationInfo only when it is configured
    expect(templateJson.webApplicationInfo).toBeUndefined();
  });

  it('describes what the bot does and for whom', () => {
    const description = templateJson.description as { short: string; full: string };
    expect(description.short.length).toBeLessThanOrEqual(80);
    expect(description.short).toMatch(/council/i);
    for (const words of [/council officers/i, /weighting/i, /PID/, /action plan/i, /source|document and section/i]) expect(description.full).toMatch(words);
    expect((templateJson.name as Json).short).toBe('Social Value Assistant${{APP_NAME_SUFFIX}}');
  });

  it('installs in personal chats, teams and group chats, with a command list for each', () => {
    expect(bot().scopes).toEqual(['personal', 'team', 'groupChat']);
    const lists = bot().commandLists as CommandList[];
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.length).toBeGreaterThan(0);
      expect(list.commands.length).toBeLessThanOrEqual(10);
      expect(new Set(list.commands.map((c) => c.title.toLowerCase())).size).toBe(list.commands.length);
      for (const c of list.commands) {
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect((c.description ?? '').length).toBeGreaterThan(0);
        expect((c.description ?? '').length).toBeLessThanOrEqual(128);
      }
    }
    const titles = new Set(lists.flatMap((l) => l.commands.map((c) => c.title)));
    for (const expected of ['help', 'my council is Trafford', 'what is NT4a?', 'new PID checklist', 'my checklists', 'action plan', 'digest', 'my actions']) {
      expect(titles).toContain(expected);
    }
    expect([...titles].some((t) => /^what weighting for £75k/.test(t))).toBe(true);
    expect([...titles].some((t) => /^compare weightings for/.test(t))).toBe(true);
    expect([...titles].some((t) => /^update TRF-3 at risk: /.test(t))).toBe(true);
  });

  describe('every command in the manifest is one the bot understands', () => {
    let testBot: TestBot;
    let notUnderstood: string;
    beforeAll(async () => {
      testBot = await startTestBot({ DEFAULT_COUNCIL: 'stockport' });
      const reply = await testBot.ask('blorp wibble fizzle');
      notUnderstood = reply.text.split('\n')[0]!;
    });
    afterAll(async () => testBot.close());

    const lists = (JSON.parse(template) as { bots: Array<{ commandLists: CommandList[] }> }).bots[0]!.commandLists;
    const cases = lists.flatMap((l) => l.scopes.flatMap((scope) => l.commands.map((c) => [scope, c.title] as const)));
    it.each(cases)('in %s: "%s"', async (scope, title) => {
      const conversationType = scope === 'team' ? 'channel' : (scope as 'personal' | 'groupChat');
      const mention = `<at>Social Value Assistant</at>`;
      const reply = await testBot.ask(scope === 'personal' ? title : `${mention} ${title}`, {
        user: `officer-${scope}`,
        conversationType,
        ...(scope === 'personal' ? {} : { activity: { entities: [{ type: 'mention', mentioned: { id: TEST_BOT_ID, name: 'Social Value Assistant' }, text: mention }] } }),
      });
      expect(reply.cards.length).toBeGreaterThan(0);
      expect(reply.text.split('\n')[0]).not.toBe(notUnderstood);
    });
  });
});

// ---- the icons -------------------------------------------------------------------------------------------

function expectColorIcon(png: Png) {
  expect([png.width, png.height]).toEqual([192, 192]);
  const alphas = Array.from({ length: png.width * png.height }, (_, i) => png.rgba[i * 4 + 3]!);
  expect(alphas.some((a) => a > 0)).toBe(true);
  // a full-colour icon: mostly opaque, more than one colour
  expect(alphas.filter((a) => a === 255).length).toBeGreaterThan(png.width * png.height * 0.8);
  const colours = new Set(Array.from({ length: png.width * png.height }, (_, i) => (png.rgba[i * 4 + 3] === 255 ? png.rgba.subarray(i * 4, i * 4 + 3).join(',') : '')));
  expect(colours.size).toBeGreaterThan(2);
}

function expectOutlineIcon(png: Png) {
  expect([png.width, png.height]).toEqual([32, 32]);
  expect([4, 6]).toContain(png.colorType); // greyscale or RGB with alpha
  let opaque = 0;
  let transparent = 0;
  for (let i = 0; i < png.width * png.height; i += 1) {
    const [r, g, b, a] = png.rgba.subarray(i * 4, i * 4 + 4);
    if (a === 0) transparent += 1;
    else expect({ pixel: i, rgb: [r, g, b] }).toEqual({ pixel: i, rgb: [255, 255, 255] });
    if (a === 255) opaque += 1;
  }
  expect(opaque).toBeGreaterThan(40); // a visible mark
  expect(transparent).toBeGreaterThan(png.width * png.height * 0.5); // on a transparent background
}

describe('appPackage icons', () => {
  it('color.png is a 192x192 full-colour icon', () => {
    expectColorIcon(readPng(readFileSync(join(APP_PACKAGE_DIR, 'color.png')), 'color.png'));
  });

  it('outline.png is 32x32, white on transparent, nothing else', () => {
    expectOutlineIcon(readPng(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')), 'outline.png'));
  });

  it('scripts/make-icons.ts draws icons that pass the same checks', () => {
    expectColorIcon(readPng(encodePng(drawColorIcon()), 'drawn color'));
    expectOutlineIcon(readPng(encodePng(drawOutlineIcon()), 'drawn outline'));
  });
});

// ---- npm run package -------------------------------------------------------------------------------------

describe('npm run package', () => {
  const out = mkdtempSync(join(tmpdir(), 'sva-package-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /** Runs the script the way IT does, with only the given environment. */
  const runPackage = (env: Record<string, string>, envName = 'citest') =>
    spawnSync(process.execPath, ['--no-deprecation', '--import', OFFLINE, '--import', 'tsx', 'scripts/package.ts', '--env', envName, '--out', out], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });

  it('writes appPackage.<env>.zip with the filled manifest and both icons at its root', async () => {
    const run = runPackage({ BOT_ID: SAMPLE.BOT_ID, TEAMS_APP_ID: SAMPLE.TEAMS_APP_ID, BOT_DOMAIN: SAMPLE.BOT_DOMAIN });
    expect(run.stderr).not.toMatch(/Cannot build/);
    expect(run.status).toBe(0);
    const files = readZip(readFileSync(join(out, 'appPackage.citest.zip')));
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(files.get('color.png')!.equals(readFileSync(join(APP_PACKAGE_DIR, 'color.png')))).toBe(true);
    expect(files.get('outline.png')!.equals(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')))).toBe(true);

    const text = files.get('manifest.json')!.toString('utf8');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text) as Json;
    expect(await validate(manifest, loadBundledSchema(String(manifest.$schema)))).toEqual([]);
    expect(manifest.id).toBe(SAMPLE.TEAMS_APP_ID);
    expect((manifest.bots as Json[])[0]!.botId).toBe(SAMPLE.BOT_ID);
    expect(manifest.validDomains).toEqual([SAMPLE.BOT_DOMAIN]);
    expect(manifest.webApplicationInfo).toBeUndefined();
    // the placeholders for the publisher are used, and the script says so
    expect((manifest.developer as Json).privacyUrl).toMatch(/^https:\/\/.*example\.org\//);
    expect(run.stderr).toMatch(/DEVELOPER_NAME.*placeholder/);
    expect(JSON.parse(readFileSync(join(out, 'manifest.citest.json'), 'utf8'))).toEqual(manifest);
  });

  it('accepts the bot\'s own MicrosoftAppId and PUBLIC_URL, derives a stable TEAMS_APP_ID, and adds Graph when configured', async () => {
    const env = {
      MicrosoftAppId: SAMPLE.BOT_ID.toUpperCase(),
      PUBLIC_URL: `https://${SAMPLE.BOT_DOMAIN}/`,
      GRAPH_CLIENT_ID: SAMPLE.GRAPH_CLIENT_ID,
      DEVELOPER_NAME: 'Stockport Council',
      DEVELOPER_WEBSITE_URL: 'https://www.stockport.gov.uk/',
      DEVELOPER_PRIVACY_URL: 'https://www.stockport.gov.uk/privacy',
      DEVELOPER_TERMS_URL: 'https://www.stockport.gov.uk/terms',
    };
    const run = runPackage(env, 'graph');
    expect(run.status).toBe(0);
    expect(run.stderr).not.toMatch(/placeholder/);
    const manifest = JSON.parse(readZip(readFileSync(join(out, 'appPackage.graph.zip'))).get('manifest.json')!.toString('utf8')) as Json;
    expect(await validate(manifest, loadBundledSchema(String(manifest.$schema)))).toEqual([]);
    expect((manifest.bots as Json[])[0]!.botId).toBe(SAMPLE.BOT_ID);
    expect(manifest.validDomains).toEqual([SAMPLE.BOT_DOMAIN]);
    expect(manifest.webApplicationInfo).toEqual({ id: SAMPLE.GRAPH_CLIENT_ID });
    expect(manifest.id).toMatch(GUID);
    expect(manifest.id).toBe(uuidV5(`teams-app:${SAMPLE.BOT_ID}`));
    expect(manifest.id).not.toBe(uuidV5('teams-app:00000000-0000-0000-0000-000000000001'));
    expect(String(manifest.id)[14]).toBe('5'); // an RFC 4122 version 5 UUID
    expect(run.stderr).toMatch(/TEAMS_APP_ID is not set: using [0-9a-f-]{36}, derived from BOT_ID/);
  });

  it("adds PUBLIC_URL's host to validDomains when the links the cards carry point elsewhere than BOT_DOMAIN", async () => {
    // The "Source:" links and downloads are on PUBLIC_URL: Teams opens links to the app's valid domains.
    const same = fillManifest(template, resolveValues({ ...SAMPLE, PUBLIC_URL: `https://${SAMPLE.BOT_DOMAIN}` }));
    expect(same.validDomains).toEqual([SAMPLE.BOT_DOMAIN]);
    const own = fillManifest(template, resolveValues({ ...SAMPLE, PUBLIC_URL: 'https://Social-Value.Stockport.gov.uk/' }));
    expect(own.validDomains).toEqual([SAMPLE.BOT_DOMAIN, 'social-value.stockport.gov.uk']);
    expect(await validate(own, loadBundledSchema(String(own.$schema)))).toEqual([]);
    expect(() => resolveValues({ ...SAMPLE, PUBLIC_URL: 'stockport' })).toThrow(/PUBLIC_URL: must be a URL/);
  });

  it.each([
    ['BOT_ID is missing', { BOT_DOMAIN: SAMPLE.BOT_DOMAIN }, /BOT_ID: required/],
    ['BOT_ID is not a GUID', { BOT_ID: 'social-value-bot', BOT_DOMAIN: SAMPLE.BOT_DOMAIN }, /BOT_ID: must be .* a GUID .*\(got "social-value-bot"\)/],
    ['MicrosoftAppId is not a GUID', { MicrosoftAppId: 'bot', BOT_DOMAIN: SAMPLE.BOT_DOMAIN }, /MicrosoftAppId: must be .* a GUID .*\(got "bot"\)/],
    ['BOT_ID and MicrosoftAppId differ', { BOT_ID: SAMPLE.BOT_ID, MicrosoftAppId: SAMPLE.TEAMS_APP_ID, BOT_DOMAIN: SAMPLE.BOT_DOMAIN }, /BOT_ID and MicrosoftAppId: both set but different/],
    ['TEAMS_APP_ID is not a GUID', { BOT_ID: SAMPLE.BOT_ID, TEAMS_APP_ID: '1234', BOT_DOMAIN: SAMPLE.BOT_DOMAIN }, /TEAMS_APP_ID: must be a GUID .*\(got "1234"\)/],
    ['BOT_DOMAIN is missing', { BOT_ID: SAMPLE.BOT_ID }, /BOT_DOMAIN: required/],
    ['BOT_DOMAIN is a URL', { BOT_ID: SAMPLE.BOT_ID, BOT_DOMAIN: 'https://sva.example.org/api' }, /BOT_DOMAIN: must be a host name only/],
    ['GRAPH_CLIENT_ID is not a GUID', { BOT_ID: SAMPLE.BOT_ID, BOT_DOMAIN: SAMPLE.BOT_DOMAIN, GRAPH_CLIENT_ID: 'graph' }, /GRAPH_CLIENT_ID: must be .* a GUID/],
    ['a publisher page is not https', { BOT_ID: SAMPLE.BOT_ID, BOT_DOMAIN: SAMPLE.BOT_DOMAIN, DEVELOPER_PRIVACY_URL: 'http://council.gov.uk/privacy' }, /DEVELOPER_PRIVACY_URL: must be an https:\/\//],
  ])('refuses when %s, naming the value', (_, env, message) => {
    expect(() => resolveValues(env)).toThrow(message);
  });

  it('lists every problem at once, exits 1 and writes nothing', () => {
    const run = runPackage({ TEAMS_APP_ID: 'x' }, 'refused');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Cannot build the Teams app package:\n {2}BOT_ID: required.*\n {2}BOT_DOMAIN: required.*\n {2}TEAMS_APP_ID: must be a GUID/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(existsSync(join(out, 'appPackage.refused.zip'))).toBe(false);
  });

  it('refuses a manifest the schema rejects (checked by @microsoft/app-manifest offline)', () => {
    const run = runPackage({ ...SAMPLE, APP_NAME_SUFFIX: ' for Stockport Council staff' }, 'longname');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/manifest\.json \/name\/short must NOT have more than 30 characters/);
    expect(existsSync(join(out, 'appPackage.longname.zip'))).toBe(false);
  });

  it('builds the same bytes from the same inputs', () => {
    expect(runPackage(SAMPLE, 'repro1').status).toBe(0);
    expect(runPackage(SAMPLE, 'repro2').status).toBe(0);
    expect(readFileSync(join(out, 'appPackage.repro1.zip')).equals(readFileSync(join(out, 'appPackage.repro2.zip')))).toBe(true);
  });
});

// ---- Microsoft 365 Agents Toolkit project files ----------------------------------------------------------

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const usesOf = (yml: string) => [...yml.matchAll(/^\s*-\s*uses:\s*([\w/]+)/gm)].map((m) => m[1]!);
const varsIn = (text: string) => new Set([...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!));
/** KEY=value names in an env file */
const envFileNames = (text: string) => new Map([...text.matchAll(/^([A-Za-z_]\w*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));

describe('Microsoft 365 Agents Toolkit project', () => {
  const yml = read('m365agents.yml');
  const localYml = read('m365agents.local.yml');
  const bicep = read('infra/azure.bicep');
  const parameters = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: string }> };
  const envDev = envFileNames(read('env/.env.dev'));
  /** every app setting azure.bicep gives the App Service */
  const appSettings = [...(/name: 'appsettings'\s*properties: \{([\s\S]*?)\n  \}/.exec(bicep)?.[1] ?? '').matchAll(/^\s+(\w+):/gm)].map((m) => m[1]!);
  const localSettings = [...(/envs:\n([\s\S]*)$/.exec(localYml)?.[1] ?? '').matchAll(/^\s+(\w+):/gm)].map((m) => m[1]!);
  const srcText = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, 'src', f), 'utf8'))
    .join('\n');

  it('uses a current lifecycle file version and real actions with the files they name', () => {
    for (const file of [yml, localYml]) {
      expect(file).toMatch(/^# yaml-language-server: \$schema=https:\/\/aka\.ms\/m365-agents-toolkits\/v1\.11\/yaml\.schema\.json$/m);
      expect(file).toMatch(/^version: v1\.11$/m);
      for (const path of file.matchAll(/(?:manifestPath|path|parameters|ignoreFile):\s*(\.\/\S+)/g)) expect(existsSync(join(ROOT, path[1]!))).toBe(true);
    }
    expect(usesOf(yml)).toEqual(
      expect.arrayContaining(['teamsApp/create', 'aadApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'teamsApp/update', 'cli/runNpmCommand', 'azureAppService/zipDeploy', 'teamsApp/publishAppPackage']),
    );
    expect(usesOf(localYml)).toEqual(expect.arrayContaining(['teamsApp/create', 'botAadApp/create', 'botFramework/create', 'teamsApp/zipAppPackage', 'teamsApp/update', 'file/createOrUpdateEnvironmentFile']));
    expect(yml).toContain('outputZipPath: ./appPackage/build/appPackage.${{TEAMSFX_ENV}}.zip');
  });

  it('defines every value the manifest, m365agents.yml and the Bicep parameters use', () => {
    const written = new Set([
      ...[...yml.matchAll(/^\s+\w+:\s*([A-Z][A-Z0-9_]+)\s*$/gm)].map((m) => m[1]!), // writeToEnvironmentFile targets
      ...[...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]!), // arm/deploy outputs
      'TEAMSFX_ENV',
    ]);
    const used = new Set([...varsIn(template), ...varsIn(yml), ...varsIn(JSON.stringify(parameters))]);
    const undefinedVars = [...used].filter((v) => !written.has(v) && !envDev.has(v));
    expect(undefinedVars).toEqual([]);
  });

  it('keeps secrets out of env/.env.dev', () => {
    for (const [name, value] of envDev) {
      if (/^SECRET_|PASSWORD|SECRET$|CONNECTION_STRING/.test(name)) expect({ name, value }).toEqual({ name, value: '' });
      expect(value).not.toMatch(/AccountKey=|SharedAccessSignature=|-----BEGIN/);
    }
    expect(parameters.parameters.botAadAppClientSecret!.value).toBe('${{SECRET_BOT_PASSWORD}}');
    for (const secret of ['botAadAppClientSecret', 'azureStorageConnectionString', 'graphClientSecret']) {
      expect(bicep).toMatch(new RegExp(`@secure\\(\\)\\n(@description\\(.*\\)\\n)?param ${secret} string`));
    }
  });

  it('passes every Bicep parameter a value the parameters file provides, and nothing else', () => {
    const params = [...bicep.matchAll(/^param (\w+) /gm)].map((m) => m[1]!);
    const required = [...bicep.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]!);
    for (const name of Object.keys(parameters.parameters)) expect(params).toContain(name);
    for (const name of required) expect(Object.keys(parameters.parameters)).toContain(name);
  });

  it('sets only variables the bot reads, and everything production needs', () => {
    const platform = new Set(['SCM_DO_BUILD_DURING_DEPLOYMENT', 'CUSTOM_BUILD_COMMAND', 'NODE_ENV']);
    for (const name of [...appSettings, ...localSettings].filter((n) => !platform.has(n))) {
      expect({ name, readBySrc: new RegExp(`\\b${name}\\b`).test(srcText) }).toEqual({ name, readBySrc: true });
    }
    expect(appSettings).toEqual(
      expect.arrayContaining(['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'DB_FILE', 'DEFAULT_COUNCIL', 'PUBLIC_URL', 'LOG_LEVEL', 'STORAGE', 'AZURE_STORAGE_CONNECTION_STRING', 'AZURE_STORAGE_CONTAINER']),
    );
    expect(localSettings).toEqual(expect.arrayContaining(['PORT', 'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppType', 'DB_FILE', 'PUBLIC_URL']));
  });

  it('gives the App Service settings the bot starts with, including the ones left empty', () => {
    // what azure.bicep produces for a fresh deployment with only the required values
    const env: Record<string, string> = Object.fromEntries(appSettings.map((n) => [n, '']));
    Object.assign(env, {
      MicrosoftAppId: SAMPLE.BOT_ID,
      MicrosoftAppPassword: 'a-client-secret-value',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      ALLOWED_TENANTS: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      PUBLIC_URL: `https://${SAMPLE.BOT_DOMAIN}`,
      LOG_LEVEL: 'info',
      STORAGE: 'lowdb',
      DB_FILE: '/home/data/db.json',
      PORT: '8080',
    });
    const config = loadConfig(env);
    expect(config.auth).toMatchObject({ appId: SAMPLE.BOT_ID, appType: 'SingleTenant' });
    expect(config.storage).toEqual({ kind: 'lowdb', file: '/home/data/db.json' });
    expect(() => loadChecklistSettings(env, COUNCILS)).not.toThrow();
    expect(() => loadActionPlanSettings(env, COUNCILS)).not.toThrow();
  });
});
