/**
 * An officer using the bot in a real Teams client: the Microsoft 365 Agents Playground in Chromium,
 * talking to the bot started as `npm start` starts it. What is asserted is what a person sees on the
 * rendered cards; screenshots land in test/e2e/screenshots/ (git-ignored).
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it). Without it the suite
 * fails and says so: it never skips silently.
 *
 * Adding a journey: a `describe` block below using `session.chat.ask(text)` / `session.chat.press(card,
 * title)` (each returns the next card the bot shows) and `readCard(card)`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHROMIUM, readCard, requireChromium, startOfficerSession, type OfficerSession } from './harness.js';

let session: OfficerSession;

beforeAll(async () => {
  session = await startOfficerSession();
}, 60_000);

afterAll(async () => {
  await session?.close();
}, 20_000);

describe('the officer opens the bot in the Agents Playground', () => {
  it('drives Debian Chromium', () => {
    expect(requireChromium()).toBe(CHROMIUM);
  });

  it('is welcomed with the help card', async () => {
    const welcome = await session.chat.nthCard(0);
    expect((await readCard(welcome)).heading).toBe('Social Value Assistant');
    await expect(welcome.getByText('2. PID social value checklist', { exact: true }).count()).resolves.toBe(1);
    await expect(welcome.getByText('3. Steering group action plan', { exact: true }).count()).resolves.toBe(1);
    await session.screenshot('00-welcome-card', welcome);
    await session.screenshot('00-welcome');
  });
});

describe('weighting questions', () => {
  it('answers "what weighting for a £75k services contract in Stockport?" with the figures and their source', async () => {
    const card = await session.chat.ask('what weighting for a £75k services contract in Stockport?');
    const seen = await readCard(card);
    expect(seen.heading).toBe('Social value for a £75,000 services contract in Stockport');
    expect(seen.facts).toMatchObject({ 'Minimum weighting': '15%', 'Target weighting': '20%', 'Total contract value': '£75,000' });
    expect(seen.sources).toContain("Source: Stockport's Social Value Charter (2019), section 4. Social Value through Procurement");
    expect(seen.buttons).toEqual(expect.arrayContaining([expect.stringMatching(/^Compare weightings for £75,000$/)]));
    await session.screenshot('01-weighting-answer-card', card);
    await session.screenshot('01-weighting-answer');
  }, 30_000);

  it('compares the councils when the officer presses the suggestion button', async () => {
    const answer = session.chat.cards.nth(1);
    const card = await session.chat.press(answer, /^Compare weightings for £75,000$/);
    const seen = await readCard(card);
    expect(seen.heading).toMatch(/£75,000 contract, by council$/);
    for (const council of ['Cheshire West and Chester', 'Stockport', 'Trafford']) await expect(card.getByText(council, { exact: true }).count()).resolves.toBeGreaterThan(0);
    expect(seen.sources.length).toBeGreaterThanOrEqual(2); // each council's answer cites its own document
    await session.screenshot('02-compare-card', card);
    await session.screenshot('02-compare');
  }, 30_000);
});

describe('the PID checklist', () => {
  it.todo('starts a checklist with "new PID checklist", fills each step and reaches sign-off');
});

describe('the steering group action plan', () => {
  it.todo('shows the plan with "action plan", updates an action and reads the digest');
});
