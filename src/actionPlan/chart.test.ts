/** The digest's picture: a real PNG whose bars and words carry the plan's own figures. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { MemoryRecordStore } from '../../test/support/memoryRecords.js';
import { DEFAULT_DATA_DIR, loadPolicyLibrary } from '../policy/loader.js';
import type { CouncilId } from '../policy/schema.js';
import { digestCard } from './cards.js';
import { STATUS_COLOURS, digestPicture, labelLines, progressAlt, progressFigures, renderProgressChart } from './chart.js';
import { buildDigest } from './digest.js';
import { STATUSES, type ActionItem, type Plan, type Status } from './model.js';
import { loadSeeds, seedStore } from './seed.js';
import { ActionPlanService } from './service.js';

const library = loadPolicyLibrary();
const seeds = loadSeeds(join(DEFAULT_DATA_DIR, 'action-plans'), library);
const CHAIR = { id: 'chair', name: 'Chair' };

async function seeded(council: CouncilId): Promise<{ plan: Plan; items: ActionItem[]; service: ActionPlanService }> {
  const store = new MemoryRecordStore();
  await seedStore(store, seeds, () => new Date('2026-03-01T10:00:00Z'));
  const service = new ActionPlanService(store, () => new Date('2026-03-02T10:00:00Z'));
  const plan = (await service.plan(council))!;
  return { plan, items: await service.items(plan), service };
}

/** Sets statuses by reference, as the steering group would. */
const withStatus = (items: ActionItem[], statuses: Record<string, Status>) => items.map((i) => (statuses[i.ref] ? { ...i, status: statuses[i.ref]! } : i));

function pixels(png: Buffer): PNG {
  return PNG.sync.read(png);
}

/** How many pixels are exactly this colour (bar interiors are; anti-aliased edges are not). */
function count(img: PNG, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i] === r && img.data[i + 1] === g && img.data[i + 2] === b) n += 1;
  return n;
}

function nonWhite(img: PNG): number {
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i]! < 250 || img.data[i + 1]! < 250 || img.data[i + 2]! < 250) n += 1;
  return n;
}

describe('the figures', () => {
  it('count every action once, by theme and status, in the plan order of themes', async () => {
    const { plan, items } = await seeded('trafford');
    const f = progressFigures(plan, withStatus(items, { 'TRF-1': 'At risk', 'TRF-2': 'Complete' }));
    expect(f.themes.map((t) => t.theme)).toEqual(plan.themes.map((t) => t.name));
    expect(f.total).toBe(items.length);
    expect(f.themes.reduce((n, t) => n + t.total, 0)).toBe(items.length);
    for (const t of f.themes) {
      expect(STATUSES.reduce((n, s) => n + t.counts[s], 0)).toBe(t.total);
      expect(t.total).toBe(items.filter((i) => i.theme === t.theme).length);
    }
    const theme1 = items.find((i) => i.ref === 'TRF-1')!.theme;
    expect(f.themes.find((t) => t.theme === theme1)!.counts['At risk']).toBeGreaterThanOrEqual(1);
  });

  it('keep only the maturity the documents give: Trafford overall, no theme', async () => {
    const { plan, items } = await seeded('trafford');
    const f = progressFigures(plan, items);
    expect(f.overall).toEqual({ current: plan.overall!.current, target: plan.overall!.target });
    expect(f.themes.every((t) => t.maturity === null)).toBe(true);
  });

  it('put actions under a theme the plan no longer lists in Other, as the plan card does', async () => {
    const { plan, items } = await seeded('trafford');
    const f = progressFigures(plan, [...items, { ...items[0]!, ref: 'TRF-99', theme: 'Retired theme' }]);
    expect(f.themes.at(-1)).toMatchObject({ theme: 'Other', total: 1 });
  });
});

describe('the alt text', () => {
  it('states each theme\'s counts by status and the maturity the plan records', async () => {
    const { plan, items } = await seeded('trafford');
    const changed = withStatus(items, { 'TRF-1': 'Off track', 'TRF-2': 'Complete' });
    const alt = progressAlt(progressFigures(plan, changed), 'Trafford');
    expect(alt).toMatch(new RegExp(`^Status of Trafford's ${items.length} actions by theme\\.`));
    for (const t of plan.themes) {
      const inTheme = changed.filter((i) => i.theme === t.name);
      if (inTheme.length === 0) {
        expect(alt).toContain(`${t.name}: no actions.`);
        continue;
      }
      const counts = STATUSES.filter((s) => inTheme.some((i) => i.status === s)).map((s) => `${inTheme.filter((i) => i.status === s).length} ${s.toLowerCase()}`);
      expect(alt).toContain(`${t.name}: ${inTheme.length} ${inTheme.length === 1 ? 'action' : 'actions'}, ${counts.join(', ')}.`);
    }
    expect(alt).toContain('Maturity index by theme: not recorded in the plan.');
    expect(alt).toContain('Maturity index overall: current Developing (1), target Innovator (4).');
  });

  it('says maturity is not recorded where a plan has none at all (Cheshire West and Chester)', async () => {
    const { plan, items } = await seeded('cheshire-west-and-chester');
    const alt = progressAlt(progressFigures(plan, items), 'Cheshire West and Chester');
    expect(alt).toContain('Maturity index by theme: not recorded in the plan.');
    expect(alt).toContain('Maturity index overall: not recorded in the plan.');
    expect(alt).not.toMatch(/Developing|Innovator|Mature|Leader|Minimum/);
  });

  it('names the themes with a level, and the ones without, once the chair records some', async () => {
    const { plan, service } = await seeded('trafford');
    const theme = plan.themes[0]!.name;
    const updated = (await service.setMaturity('trafford', CHAIR, theme, 1, 3))!;
    const alt = progressAlt(progressFigures(updated, await service.items(updated)), 'Trafford');
    expect(alt).toContain(`Maturity index by theme: ${theme} current Developing (1), target Leader (3).`);
    expect(alt).toContain(`Not recorded for ${updated.themes.slice(1).map((t) => t.name).join(', ')}.`);
  });
});

describe('the picture', () => {
  it('is a PNG of a sensible size that is not blank', async () => {
    const { plan, items } = await seeded('trafford');
    const pic = await renderProgressChart(plan, items, 'Trafford');
    expect(pic.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const img = pixels(pic.png);
    expect({ width: img.width, height: img.height }).toEqual({ width: pic.width, height: pic.height });
    expect(img.width).toBeGreaterThanOrEqual(800);
    expect(img.width).toBeLessThanOrEqual(2000);
    expect(img.height).toBeGreaterThanOrEqual(300);
    expect(img.height).toBeLessThanOrEqual(2000);
    expect(nonWhite(img) / (img.width * img.height)).toBeGreaterThan(0.03);
    expect(pic.alt).toBe(progressAlt(progressFigures(plan, items), 'Trafford'));
  });

  it('changes with the statuses: more off-track actions, more of the off-track colour', async () => {
    const { plan, items } = await seeded('trafford');
    const before = pixels((await renderProgressChart(plan, items, 'Trafford')).png);
    const after = pixels((await renderProgressChart(plan, withStatus(items, { 'TRF-1': 'Off track', 'TRF-2': 'Off track', 'TRF-3': 'Off track' }), 'Trafford')).png);
    // Only the legend's swatch carries the colour before; three bars' worth after.
    expect(count(after, STATUS_COLOURS['Off track'])).toBeGreaterThan(count(before, STATUS_COLOURS['Off track']) + 500);
    expect(count(after, STATUS_COLOURS['Not started'])).toBeLessThan(count(before, STATUS_COLOURS['Not started']));
    expect(Buffer.compare(before.data, after.data)).not.toBe(0);
  });

  it('draws the maturity panel only when a level is known', async () => {
    const cwac = await seeded('cheshire-west-and-chester');
    const none = pixels((await renderProgressChart(cwac.plan, cwac.items, 'Cheshire West and Chester')).png);
    const withOverall = { ...cwac.plan, overall: { current: 1 as const, target: 3 as const } };
    const some = pixels((await renderProgressChart(withOverall, cwac.items, 'Cheshire West and Chester')).png);
    // the current level's marker colour appears only with a level to mark
    expect(count(none, '#6a1b9a')).toBe(0);
    expect(count(some, '#6a1b9a')).toBeGreaterThan(50);
    expect(some.height).toBeGreaterThan(none.height);
  });

  it('renders a plan with no actions without failing', async () => {
    const { plan } = await seeded('stockport');
    const pic = await renderProgressChart(plan, [], 'Stockport');
    expect(pixels(pic.png).width).toBeGreaterThan(0);
    expect(pic.alt).toContain("Status of Stockport's 0 actions by theme.");
  });
});

describe('on the digest card', () => {
  const links = { word: 'https://sva.example/downloads/w', markdown: 'https://sva.example/downloads/m', csv: 'https://sva.example/downloads/c', expires: new Date('2026-03-03T10:00:00Z') };
  const images = (card: unknown) => JSON.stringify(card).match(/"type":"Image"[^}]*/g) ?? [];

  it('is the picture of the digest\'s own plan, shown with its alt text', async () => {
    const { plan, items } = await seeded('trafford');
    const digest = buildDigest(plan, items, 'Trafford', null, 'since the plan was loaded', '2026-03-02', new Date('2026-03-02T10:00:00Z'));
    const pic = await digestPicture(digest);
    expect(pic.alt).toBe(progressAlt(progressFigures(plan, items), 'Trafford'));
    const card = digestCard(digest, { ...links, chart: { url: 'https://sva.example/downloads/p', alt: pic.alt } });
    expect(images(card)).toHaveLength(1);
    expect(images(card)[0]).toContain('"url":"https://sva.example/downloads/p"');
    expect(images(card)[0]).toContain(`"altText":${JSON.stringify(pic.alt)}`);
    expect(images(digestCard(digest, links))).toEqual([]);
  });
});

describe('theme names on the picture', () => {
  it('are drawn whole, on as many lines as they need, never cut short', () => {
    for (const seed of seeds) {
      for (const name of seed.themes.map((t: { name: string }) => t.name)) {
        const lines = labelLines(name);
        expect(lines.join(' ')).toBe(name.replace(/\s+/g, ' '));
        for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(22);
      }
    }
    expect(labelLines('Procurement, Commissioning and Contract Management')).toEqual(['Procurement,', 'Commissioning and', 'Contract Management']);
    expect(labelLines('Engagement')).toEqual(['Engagement']);
  });
});
