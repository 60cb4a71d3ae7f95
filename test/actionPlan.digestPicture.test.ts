/**
 * The digest's picture over HTTP, as a chair sees it: the digest card shows an image from the bot's
 * expiring download link; the image is a PNG drawn from the plan as it stands, and its alt text
 * states the same figures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PNG } from 'pngjs';
import { STATUS_COLOURS, progressAlt, progressFigures } from '../src/actionPlan/chart.js';
import { ActionPlanService } from '../src/actionPlan/service.js';
import { startTestBot, type TestBot } from './support/testBot.js';

const CHAIR = 'chair-chris';

/** The Image elements of a card. */
function images(card: unknown, out: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(card)) card.forEach((c) => images(c, out));
  else if (card && typeof card === 'object') {
    const o = card as Record<string, unknown>;
    if (o.type === 'Image') out.push(o);
    Object.values(o).forEach((v) => images(v, out));
  }
  return out;
}

/** Pixels exactly this colour: the inside of the bars (and a legend swatch). */
function count(img: PNG, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < img.data.length; i += 4) if (img.data[i] === r && img.data[i + 1] === g && img.data[i + 2] === b) n += 1;
  return n;
}

describe('the digest picture', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ STEERING_GROUP_CHAIRS: `trafford:${CHAIR}`, REMINDERS_CRON: 'off' });
    // The meeting's news: two actions at risk, one off track, one more complete (the seed has one).
    await bot.ask('update TRF-1 at risk: waiting for HR', { user: CHAIR });
    await bot.ask('update TRF-2 at risk: no budget yet', { user: CHAIR });
    await bot.ask('update TRF-3 off track: supplier withdrew', { user: CHAIR });
    await bot.ask('complete TRF-5', { user: CHAIR });
  });
  afterAll(async () => bot.close());

  it('is a PNG at an expiring link whose bars and alt text carry the figures of the plan', async () => {
    const started = Date.now();
    const { cards } = await bot.ask('trafford digest', { user: CHAIR });
    const elapsed = Date.now() - started;
    const [image] = images(cards[0]);
    expect(image).toBeDefined();
    // PUBLIC_URL is the test bot's default; the link's path is what the bot serves.
    const url = String(image!.url).replace(/^https?:\/\/[^/]+/, bot.url);
    expect(url).toMatch(/\/downloads\/[A-Za-z0-9_-]{43}$/);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect(png.width).toBeGreaterThan(600);

    // The figures, from the store the bot itself uses.
    const service = new ActionPlanService(bot.app.services.storage);
    const plan = (await service.plan('trafford'))!;
    const items = await service.items(plan);
    const figures = progressFigures(plan, items);
    const byStatus = (s: keyof typeof STATUS_COLOURS) => items.filter((i) => i.status === s).length;
    expect([byStatus('At risk'), byStatus('Off track'), byStatus('Complete'), byStatus('Not started')]).toEqual([2, 1, 2, 6]);

    // Every action is a bar segment of the same size: the colours' areas stand in the plan's proportions.
    const area = (s: keyof typeof STATUS_COLOURS) => count(png, STATUS_COLOURS[s]);
    expect(area('At risk') / area('Off track')).toBeCloseTo(2, 0);
    expect(area('Complete') / area('Off track')).toBeCloseTo(2, 0);
    expect(area('Not started') / area('Off track')).toBeCloseTo(6, 0);
    expect(area('On track')).toBeLessThan(area('Off track') / 2); // the legend swatch only

    const alt = String(image!.altText);
    expect(alt).toBe(progressAlt(figures, 'Trafford'));
    expect(alt).toContain("Status of Trafford's 11 actions by theme.");
    expect(alt).toMatch(/Maturity index overall: Developing \(1\), target Innovator \(4\)|Maturity index overall: .*Developing.*Innovator/);
    expect(elapsed).toBeLessThan(10_000);
  }, 30_000);

  it('is gone once its link has expired (410)', async () => {
    const { cards } = await bot.ask('trafford digest', { user: CHAIR });
    const token = String(images(cards[0])[0]!.url).split('/').pop()!;
    const key = `downloads/${token}`;
    const stored = (await bot.app.services.storage.read([key]))[key] as Record<string, unknown>;
    await bot.app.services.storage.write({ [key]: { ...stored, expires: new Date(Date.now() - 1000).toISOString() } });
    expect((await fetch(`${bot.url}/downloads/${token}`)).status).toBe(410);
  });
});
