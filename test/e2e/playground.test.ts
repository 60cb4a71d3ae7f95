/**
 * An officer using the bot in a real Teams client: the Microsoft 365 Agents Playground in Chromium,
 * talking to the bot started as `npm start` starts it. What is asserted is what a person sees on the
 * rendered cards; screenshots land in test/e2e/screenshots/ (git-ignored).
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`; .ci/run installs it). Without it the suite
 * fails and says so: it never skips silently.
 *
 * Adding a journey: a `describe` block below using `session.chat.ask(text)` / `session.chat.press(card,
 * title)` (each returns the next card the bot shows), `session.chat.execute(card, title)` (an
 * Action.Execute button: returns the card redrawn in place) and `readCard(card)`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator } from 'playwright-core';
import { CHROMIUM, SCREENSHOTS, playgroundPeople, readCard, requireChromium, startOfficerSession, type OfficerSession } from './harness.js';

let session: OfficerSession;

beforeAll(async () => {
  session = await startOfficerSession();
}, 60_000);

afterAll(async () => {
  await session?.close();
}, 20_000);

/** The answer picked for a question on a card, by the question's label and the answer's words. */
const choose = (card: Locator, question: string | RegExp, answer: string | RegExp) =>
  card.getByRole('radiogroup', { name: question }).getByRole('radio', { name: answer, exact: typeof answer === 'string' }).check();

/** The second line of a checklist card: "Step 2 of 5: What applies". */
const stepOf = (card: Locator) => card.getByText(/^Step \d of 5: /).innerText();

/** One requirement on the "What applies" card: its heading, statement, figures and Source line. */
const requirement = (card: Locator, heading: string) =>
  card.locator('.ac-container:not(.ac-adaptiveCard)').filter({ has: card.page().getByText(heading, { exact: true }) });

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
  it('answers "what weighting for a £75k services contract in Stockport?" first, with its rule and source right under it', async () => {
    const { page } = session;
    // The size an officer's laptop browser gives Teams.
    await page.setViewportSize({ width: 1280, height: 1000 });
    const card = await session.chat.ask('what weighting for a £75k services contract in Stockport?');
    const seen = await readCard(card);
    expect(seen.heading).toBe('Social value for a £75,000 services contract in Stockport');

    // The first view: the answer, the rule in the Charter's words, the source. Short enough to read between meetings.
    const answer = card.getByText(/^For a £75,000 services contract, Stockport's minimum social value weighting is 15%, with an overall target of 20%/);
    const rule = card.getByText(/^The rule: .*minimum weighting of 15% with an overall target of 20%, in all competitive procurement activity with a total agreement value in excess of £25k/);
    const source = card.getByText("Source: Stockport's Social Value Charter (2019), section 4. Social Value through Procurement", { exact: true });
    const [cardBox, answerBox, ruleBox, sourceBox] = await Promise.all([card.boundingBox(), answer.boundingBox(), rule.boundingBox(), source.boundingBox()]);
    expect(cardBox!.height).toBeLessThanOrEqual(600);
    expect(ruleBox!.y).toBeGreaterThan(answerBox!.y);
    expect(sourceBox!.y).toBeGreaterThan(ruleBox!.y);
    expect(sourceBox!.y + sourceBox!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);
    // The answer arrives once (no message bubble repeating it), and the detail waits behind the toggle.
    await expect(page.getByText(/minimum social value weighting is 15%/).count()).resolves.toBe(1);
    await expect(card.getByText('Minimum weighting', { exact: true }).isVisible()).resolves.toBe(false);
    expect(seen.buttons).toEqual(expect.arrayContaining(['More for this contract', 'Compare councils', 'Everything that applies']));
    for (const title of seen.buttons) expect(title.length).toBeLessThanOrEqual(30);
    await session.screenshot('01-weighting-answer-card', card);
    await session.screenshot('01-weighting-answer');

    // One tap shows the rest for this contract.
    await card.getByRole('button', { name: 'More for this contract' }).click();
    await expect(card.getByText('Minimum weighting', { exact: true }).isVisible()).resolves.toBe(true);
    expect((await readCard(card)).facts).toMatchObject({ 'Minimum weighting': '15%', 'Target weighting': '20%', 'Total contract value': '£75,000' });
    await session.screenshot('01-weighting-answer-more-card', card);
  }, 30_000);

  it('compares the councils when the officer presses the suggestion button', async () => {
    const answer = session.chat.cards.nth(1);
    const card = await session.chat.press(answer, /^Compare councils$/);
    const seen = await readCard(card);
    expect(seen.heading).toMatch(/£75,000 contract, by council$/);
    for (const council of ['Cheshire West and Chester', 'Stockport', 'Trafford']) await expect(card.getByText(council, { exact: true }).count()).resolves.toBeGreaterThan(0);
    expect(seen.sources.length).toBeGreaterThanOrEqual(2); // each council's answer cites its own document
    await session.screenshot('02-compare-card', card);
    await session.screenshot('02-compare');
  }, 30_000);

  it('asks back about a misspelt council with a button that asks the same question for the right one', async () => {
    const card = await session.chat.ask('stokport weighting for 60k');
    expect((await readCard(card)).heading).toBe('Did you mean Stockport?');
    const answer = await session.chat.press(card, /^Yes, Stockport$/);
    const seen = await readCard(answer);
    expect(seen.heading).toBe('Social value for a £60,000 contract in Stockport');
    await session.screenshot('02b-did-you-mean-card', card);
  }, 30_000);
});

describe('citations that open the source', () => {
  it('opens the Charter from the Source link on an answer card, at the section, the rule highlighted', async () => {
    const { page, chat } = session;
    const card = await chat.ask('what weighting for a £60k contract in Stockport?');
    // The Source line reads as before; its citation is a link to the bot's page for the document.
    const source = card.getByText("Source: Stockport's Social Value Charter (2019), section 4. Social Value through Procurement", { exact: true });
    await expect(source.count()).resolves.toBe(1);
    const link = source.getByRole('link', { name: "Stockport's Social Value Charter (2019), section 4. Social Value through Procurement" });
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${session.bot.url.replace(/[.]/g, '\\.')}/sources/charter-2019\\?quote=[A-Za-z0-9_-]{12}#4-social-value-through-procurement$`));

    // Teams (and the Playground) open a card's link in a new tab.
    const opened = page.context().waitForEvent('page');
    await link.click();
    const doc = await opened;
    try {
      await doc.waitForLoadState('load');
      expect(new URL(doc.url()).pathname).toBe('/sources/charter-2019');
      expect(await doc.title()).toBe("Stockport's Social Value Charter – source document");
      await expect(doc.getByRole('heading', { level: 1 }).innerText()).resolves.toBe("Stockport's Social Value Charter");

      // Scrolled to the section: its heading is in the viewport (and the page's top is not).
      const heading = doc.getByRole('heading', { level: 2, name: '4. Social Value through Procurement' });
      const inView = async (selector: string) =>
        doc.locator(selector).first().evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= el.ownerDocument.defaultView!.innerHeight;
        });
      expect(await doc.locator('html').evaluate((el) => el.ownerDocument.defaultView!.scrollY)).toBeGreaterThan(0);
      expect(await inView('[id="4-social-value-through-procurement"]')).toBe(true);
      expect(await inView('h1')).toBe(false);
      await expect(heading.count()).resolves.toBe(1);

      // The sentence the rule quotes is highlighted, in that section.
      const mark = doc.locator('[id="4-social-value-through-procurement"] ~ ul mark#quote');
      expect(await mark.innerText()).toBe(
        'Including Social Value in every procurement opportunity where relevant and proportionate and attribute a minimum weighting of 15% with an overall target of 20%, in all competitive procurement activity with a total agreement value in excess of £25k',
      );
      expect(await inView('mark#quote')).toBe(true);
      const background = await mark.evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).backgroundColor);
      expect(background).toBe('rgb(255, 221, 0)');
      // Nothing on the page runs: it has no script.
      await expect(doc.locator('script').count()).resolves.toBe(0);
      await doc.screenshot({ path: `${SCREENSHOTS}/10-source-page.png` });
    } finally {
      await doc.close();
      await page.bringToFront();
    }
  }, 30_000);
});

describe('the PID checklist', () => {
  it('starts a checklist with "new PID checklist", fills each step and reaches sign-off', async () => {
    const { chat, page } = session;
    const VALUE = 'Total contract value (£) including extensions';

    // Step 1, filled in by label. The officer types words where the money goes.
    let card = await chat.ask('new PID checklist');
    expect(await stepOf(card)).toBe('Step 1 of 5: The contract');
    await card.getByRole('combobox', { name: 'Council' }).click();
    await page.getByRole('option', { name: 'Stockport', exact: true }).click();
    await card.getByLabel('Contract title').fill('Home care framework');
    await card.getByLabel('Contract reference (optional)').fill('HC-2025-01');
    await card.getByLabel('Service or directorate').fill('Adult Social Care');
    await choose(card, 'Category (goods, services or works)', 'Services');
    await card.getByLabel(VALUE).fill('lots of money');
    await choose(card, 'Is the procurement competitive?', 'Yes, competitive');
    await card.getByRole('combobox', { name: 'Expected contract start date' }).fill('2027-01-04');
    await card.getByRole('combobox', { name: 'Expected contract start date' }).press('Tab');
    card = await chat.execute(card, 'Save and continue');

    // The same step again: the error right under the money field, everything typed still there.
    expect(await stepOf(card)).toBe('Step 1 of 5: The contract');
    await expect(card.getByText('Please correct the field marked below.', { exact: true }).count()).resolves.toBe(1);
    const value = card.getByLabel(VALUE);
    const error = card.getByText(/^Enter the value as an amount in pounds/);
    const next = card.getByText('Is the procurement competitive?');
    const [field, message, below] = await Promise.all([value.boundingBox(), error.boundingBox(), next.boundingBox()]);
    expect(message!.y).toBeGreaterThanOrEqual(field!.y + field!.height);
    expect(message!.y - (field!.y + field!.height)).toBeLessThan(12);
    expect(message!.y + message!.height).toBeLessThanOrEqual(below!.y);
    expect(await value.inputValue()).toBe('lots of money');
    expect(await card.getByRole('combobox', { name: 'Council' }).inputValue()).toBe('Stockport');
    expect(await card.getByLabel('Contract title').inputValue()).toBe('Home care framework');
    expect(await card.getByLabel('Contract reference (optional)').inputValue()).toBe('HC-2025-01');
    expect(await card.getByLabel('Service or directorate').inputValue()).toBe('Adult Social Care');
    expect(await card.getByRole('radio', { name: 'Services', exact: true }).isChecked()).toBe(true);
    expect(await card.getByRole('radio', { name: 'Yes, competitive' }).isChecked()).toBe(true);
    expect(await card.getByRole('combobox', { name: 'Expected contract start date' }).inputValue()).toBe('January 4, 2027');
    await session.screenshot('03-checklist-invalid-value-card', card);

    await value.fill('£120,000');
    card = await chat.execute(card, 'Save and continue');

    // Step 2: what Stockport asks of a £120,000 services contract, each requirement with its source.
    expect(await stepOf(card)).toBe('Step 2 of 5: What applies');
    await expect(card.getByText(/^For a £120,000 services contract \(competitive\), Stockport's policy asks for the following\./).count()).resolves.toBe(1);
    const weighting = requirement(card, 'Social value weighting');
    expect(await weighting.locator('.ac-fact-title').allInnerTexts()).toEqual(['Minimum weighting', 'Target weighting']);
    expect(await weighting.locator('.ac-fact-value').allInnerTexts()).toEqual(['15%', '20%']);
    expect(await weighting.getByText(/^Source: /).innerText()).toBe("Source: Stockport's Social Value Charter (2019), section 4. Social Value through Procurement");
    await expect(card.locator('input, textarea').count()).resolves.toBe(0); // nothing to commit to yet
    await session.screenshot('04-checklist-what-applies-card', card);
    card = await chat.execute(card, 'Continue');

    // Step 3: the approach, with the weighting at the target (above Stockport's minimum) and two TOMs.
    expect(await stepOf(card)).toBe('Step 3 of 5: Your approach');
    await expect(card.getByText("Stockport: minimum 15%, target 20%. Source: Stockport's Social Value Charter (2019), section 4. Social Value through Procurement.", { exact: true }).count()).resolves.toBe(1);
    await choose(card, 'Was social value considered at the needs analysis stage?', 'Yes');
    await choose(card, 'Was social value considered in market engagement?', 'Yes');
    await choose(card, 'Will social value be included in this procurement?', 'Yes, include social value');
    await card.getByLabel('Proposed social value weighting (%)').fill('20');
    const toms = card.getByRole('checkbox', { name: /TOMs measures to use \(suggested from Stockport's priorities\)/ });
    expect((await toms.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')))).some((l) => /^NT4a: .*care leavers/i.test(l ?? ''))).toBe(true);
    await card.getByRole('checkbox', { name: /NT4a: / }).check();
    await card.getByRole('checkbox', { name: /NT1: / }).check();
    await choose(card, 'How will social value bids be evaluated?', 'Quantitative and qualitative');
    await session.screenshot('05-checklist-approach-card', card);
    card = await chat.execute(card, 'Save and continue');

    // Step 4: commitments.
    expect(await stepOf(card)).toBe('Step 4 of 5: Commitments');
    await choose(card, "Will every bidder be held to the council's minimum standards?", 'Yes');
    await choose(card, 'Will the supplier be asked to pay the Real Living Wage and follow good employment practice?', 'Yes');
    await choose(card, 'Will bidders be asked for a carbon reduction plan?', 'Yes');
    await choose(card, 'Will the supplier register on the Social Value Portal?', 'Yes');
    await card.getByLabel('How will social value be monitored in contract management?').fill('Quarterly social value reports through the Social Value Portal, reviewed at contract meetings');
    card = await chat.execute(card, 'Save and continue');

    // Step 5: every answer against Stockport's requirements; nothing short.
    expect(await stepOf(card)).toBe('Step 5 of 5: Review and sign-off');
    const review = await readCard(card);
    expect(review.facts).toMatchObject({
      Council: 'Stockport',
      'Total contract value (including extensions)': '£120,000',
      'Expected start': '4 January 2027',
      'Proposed weighting': '20%',
      'TOMs measures': 'NT4a, NT1',
    });
    await expect(card.getByText('Social value weighting: 20% (Met: meets the minimum of 15%)', { exact: true }).count()).resolves.toBe(1);
    await expect(card.getByText('Shortfalls', { exact: true }).count()).resolves.toBe(1);
    await expect(card.getByText('None.', { exact: true }).count()).resolves.toBe(1);
    expect(review.buttons[0]).toBe('Confirm: ready for PID sign-off');
    await session.screenshot('06-checklist-review-card', card);
    card = await chat.execute(card, 'Confirm: ready for PID sign-off');

    // The record, ready for the PID.
    const summary = await readCard(card);
    expect(summary.heading).toBe('PID social value summary');
    await expect(card.getByText('Status: Ready for PID sign-off', { exact: true }).count()).resolves.toBe(1);
    await expect(card.getByText(/· Officer: Alex Wilber$/).count()).resolves.toBe(1);
    expect(summary.facts).toMatchObject({ 'Contract title': 'Home care framework', 'Proposed weighting': '20%' });
    expect(summary.buttons).toEqual(expect.arrayContaining(['Download (Word, CSV, JSON, Markdown)', 'Reopen to edit']));
    await session.screenshot('07-checklist-ready-card', card);
    await session.screenshot('07-checklist-ready');
  }, 60_000);
});

describe('the steering group action plan', () => {
  afterAll(async () => {
    // Back to the personal chat and the bot as first started, so a journey added below starts as the others do.
    await session.chat.open('Personal Chat');
    await session.restartBot({});
  }, 20_000);

  it('shows the plan with "action plan", updates an action and reads the digest, in a group chat', async () => {
    const { chat } = session;
    // IT names the Playground's signed-in user (Alex Wilber) a member of Trafford's steering group and
    // another Playground user its chair, by AAD object id as the Playground sends them, and restarts the
    // bot: only this journey runs with those settings.
    const { currentUser, users } = await playgroundPeople(session.playground);
    const chair = users[0]!;
    await session.restartBot({
      DEFAULT_COUNCIL: 'trafford',
      STEERING_GROUP_MEMBERS: `trafford:${currentUser.aadObjectId}`,
      STEERING_GROUP_CHAIRS: `trafford:${chair.aadObjectId}`,
    });

    // The steering group's chat. The bot hears only messages that @mention it there, as in Teams.
    const welcome = await chat.open('Group Chat');
    expect((await readCard(welcome)).heading).toBe('Social Value Assistant');

    const plan = await chat.ask('action plan', { mention: 'Test Bot' });
    expect((await readCard(plan)).heading).toBe('Trafford Social Value Action Plan');
    await expect(plan.getByText(/^TRF-3 · Not started: Apply Social Value to all aspects of the Council/).count()).resolves.toBe(1);

    const updated = await chat.ask('update TRF-3 at risk: waiting for HR sign-off', { mention: 'Test Bot' });
    const item = await readCard(updated);
    await expect(updated.getByText('Updated TRF-3: status from Not started to At risk; note recorded.', { exact: true }).count()).resolves.toBe(1);
    expect(item.heading).toBe('TRF-3 · Trafford');
    expect(item.facts).toMatchObject({ Status: 'At risk', Theme: 'Policy and Scope' });
    await expect(updated.getByText(`${currentUser.name}: status from Not started to At risk. "waiting for HR sign-off"`).count()).resolves.toBe(1);
    await session.screenshot('08-action-update-card', updated);

    // It went to the bot as a group chat message from the user the settings name.
    const sent = await chat.loggedActivity(/message 200 <at>Test Bot<\/at> update TRF-3 at risk/);
    expect(sent.conversation).toMatchObject({ conversationType: 'groupChat', isGroup: true });
    expect(sent.from).toMatchObject({ name: currentUser.name, aadObjectId: currentUser.aadObjectId });

    const digest = await chat.ask('digest', { mention: 'Test Bot' });
    expect((await readCard(digest)).heading).toBe('Trafford Social Value Action Plan: digest');
    await expect(digest.getByText('Changes since the plan was loaded', { exact: true }).count()).resolves.toBe(1);
    await expect(digest.getByText('TRF-3 · At risk · Apply Social Value to all aspects of the Council, e.g. grants and planning', { exact: true }).count()).resolves.toBe(1);
    await expect(digest.getByText(new RegExp(`, ${currentUser.name}: status from Not started to At risk\\. "waiting for HR sign-off"$`)).count()).resolves.toBe(1);
    const atRisk = digest.locator('.ac-container:not(.ac-adaptiveCard)').filter({ has: session.page.getByText('At risk or off track', { exact: true }) });
    await expect(atRisk.getByText(/^TRF-3 · At risk: /).count()).resolves.toBe(1);

    // The picture of progress: drawn by the bot, loaded by the client from its expiring link, and
    // described in words for a screen reader with the same figures.
    const picture = digest.getByRole('img', { name: /^Status of Trafford's 11 actions by theme\./ });
    await expect(picture.count()).resolves.toBe(1);
    // (The tests compile without the DOM library: the image is described by what is read of it.)
    type Img = { complete: boolean; naturalWidth: number; addEventListener(type: 'load', fn: () => void, o: { once: boolean }): void };
    const loaded = await picture.evaluate((el) => {
      const img = el as unknown as Img;
      return img.complete && img.naturalWidth > 0 ? img.naturalWidth : new Promise<number>((resolve) => img.addEventListener('load', () => resolve(img.naturalWidth), { once: true }));
    });
    expect(loaded).toBeGreaterThan(600);
    expect(await picture.getAttribute('src')).toMatch(new RegExp(`^${session.bot.url.replace(/[.]/g, '\\.')}/downloads/[A-Za-z0-9_-]{43}$`));
    const alt = (await picture.getAttribute('alt'))!;
    expect(alt).toMatch(/Policy and Scope: \d+ actions?, [^.]*1 at risk/);
    expect(alt).toContain('Maturity index overall: ');
    const [cardBox, pictureBox] = await Promise.all([digest.boundingBox(), picture.boundingBox()]);
    expect(pictureBox!.width).toBeGreaterThan(cardBox!.width * 0.8);
    await session.screenshot('09-action-digest-card', digest);
    await session.screenshot('09-action-digest');
  }, 45_000);
});
