/** Expiring, unguessable download links served by the bot. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestBot, type TestBot } from './support/testBot.js';

describe('GET /downloads/:token', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot.close());

  const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, bot.url);

  it('serves a file once created, as an attachment, not cached', async () => {
    const { url } = await bot.app.services.downloads.create({ filename: 'pid summary.csv', contentType: 'text/csv', body: 'a,b\n1,2\n' });
    expect(url).toMatch(/\/downloads\/[A-Za-z0-9_-]{43}$/);
    const res = await fetch(local(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="pid_summary.csv"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('a,b\n1,2\n');
  });

  it('gives each file a different token', async () => {
    const a = await bot.app.services.downloads.create({ filename: 'a.txt', contentType: 'text/plain', body: 'a' });
    const b = await bot.app.services.downloads.create({ filename: 'a.txt', contentType: 'text/plain', body: 'a' });
    expect(a.url).not.toBe(b.url);
  });

  it('answers 410 for an expired link and 404 for an unknown or malformed one', async () => {
    const { url } = await bot.app.services.downloads.create({ filename: 'old.csv', contentType: 'text/csv', body: 'x' }, -1);
    expect((await fetch(local(url))).status).toBe(410);
    expect((await fetch(`${bot.url}/downloads/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await fetch(`${bot.url}/downloads/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});
