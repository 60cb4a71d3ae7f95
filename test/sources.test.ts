/**
 * Citations that open the source: every "Source:" on a card links to the bot's page for the document
 * (GET /sources/:document) at the cited section, with the quoted words highlighted; the page is the
 * document's own text, escaped, the same for everyone and cacheable.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadPolicyLibrary, packCitations } from '../src/policy/loader.js';
import { SourceLinks, quoteId, sourcesIn } from '../src/sources/links.js';
import { SourcePages, locate, renderSourcePage } from '../src/sources/page.js';
import { loadSeeds } from '../src/actionPlan/seed.js';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../src/policy/loader.js';
import { startTestBot, type TestBot } from './support/testBot.js';

const library = loadPolicyLibrary();
const seeds = loadSeeds(join(DEFAULT_DATA_DIR, 'action-plans'), library);
const BASE = 'https://sva.example.gov.uk';
const links = new SourceLinks(library, BASE, sourcesIn(seeds));
const pages = new SourcePages(library.sources.documents, (c) => library.packs.get(c)?.council.name ?? c, (d, id) => links.quote(d, id));
const stockportWeighting = library.packs.get('stockport')!.rules.find((r) => r.kind === 'weighting')!.source;

/** The section anchor, quote id and highlighted words a link leads to. */
function follow(url: string) {
  const u = new URL(url);
  const document = decodeURIComponent(u.pathname.replace(/^\/sources\//, ''));
  const quote = u.searchParams.get('quote') ?? undefined;
  const page = pages.get(document, quote);
  const marks = [...(page?.html ?? '').matchAll(/<mark[^>]*>([\s\S]*?)<\/mark>/g)].map((m) => m[1]!);
  return { document, anchor: decodeURIComponent(u.hash.slice(1)), quote, page, marks, html: page?.html ?? '' };
}

const unescapeHtml = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const words = (s: string) => s.replace(/[*_]/g, '').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

describe('links from citations', () => {
  it('names the document, the section by its anchor and the quote by a short id, on PUBLIC_URL', () => {
    const url = links.forSource(stockportWeighting)!;
    expect(url).toBe(`${BASE}/sources/charter-2019?quote=${quoteId(stockportWeighting.quote!)}#4-social-value-through-procurement`);
    expect(quoteId(stockportWeighting.quote!)).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it('finds the link of a citation as a card prints it, and the quote from the rule shown beside it', () => {
    const text = "Stockport's Social Value Charter (2019), section 4. Social Value through Procurement";
    expect(links.forCitation(text)).toBe(`${BASE}/sources/charter-2019#4-social-value-through-procurement`);
    expect(links.forCitation(text, [`The rule: “${stockportWeighting.quote}”`])).toBe(links.forSource(stockportWeighting));
    // A quote from another document, or words the section does not have, are not carried.
    expect(links.forCitation(text, ['The rule: “a minimum weighting of 99% for everything”'])).toBe(`${BASE}/sources/charter-2019#4-social-value-through-procurement`);
    expect(links.forCitation('Some other document, section 1')).toBeUndefined();
  });

  it('leads every citation in the packs, the national context and the action plans to its section, its quote highlighted', () => {
    const cited = [
      ...[...library.packs.values()].flatMap((p) => packCitations(p).map((c) => c.source)),
      ...library.national.facts.map((f) => f.source),
      ...sourcesIn(seeds),
    ];
    expect(cited.length).toBeGreaterThan(50);
    for (const source of cited) {
      const to = follow(links.forSource(source)!);
      const where = `${source.document} / ${source.section}`;
      expect({ where, found: to.page !== undefined }).toEqual({ where, found: true });
      expect({ where, anchor: to.html.includes(`<h2 id="${to.anchor}">`) }).toEqual({ where, anchor: true });
      if (source.quote) {
        expect({ where, quote: to.quote !== undefined }).toEqual({ where, quote: true });
        expect({ where, highlighted: words(unescapeHtml(to.marks.join(' '))) }).toEqual({ where, highlighted: words(source.quote) });
        expect(to.html).toContain('<mark id="quote">');
      }
    }
  });

  it('highlights a passage the bot quoted from a document, by its first sentence when a list follows it', () => {
    const doc = library.sources.documents.get('policy-2021-25')!;
    const section = doc.sections.find((s) => s.paragraphs.some((p) => p.length > 200))!;
    const paragraph = section.paragraphs.find((p) => p.length > 200)!;
    const sentence = paragraph.replace(/\*\*/g, '').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/)[0]!;
    const label = `Cheshire West and Chester Council Social Value Policy 2021-25, ${/^\d/.test(section.heading) ? `section ${section.heading}` : section.heading}`;
    const to = follow(links.forCitation(label, [`“${sentence} And a list; of items”`])!);
    expect(to.anchor).toBe(section.id);
    expect(words(unescapeHtml(to.marks.join(' ')))).toBe(words(sentence));
  });
});

describe('links from a list item quoted with its introduction', () => {
  it('highlights the item, not the sentence before it', () => {
    const item = 'Complete year 2 of the Real Living Wage action plan.';
    const label = 'Stockport Social Value Annual Statement 2022-2023, section 9. Actions and next steps for delivery';
    const to = follow(links.forCitation(label, [`… says: “The priorities for Social Value Stockport over the next 12 months are to: … ${item}”`])!);
    expect(words(unescapeHtml(to.marks.join(' ')))).toBe(words(item));
  });
});

describe('the source page', () => {
  it('gives the title, council and date, a contents list and a heading with an anchor per section', () => {
    const doc = library.sources.documents.get('charter-2019')!;
    const { html } = pages.get('charter-2019')!;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain("<h1>Stockport&#39;s Social Value Charter</h1>");
    expect(html).toContain('<dt>Council</dt><dd>Stockport Metropolitan Borough Council</dd>');
    expect(html).toContain('<dt>Date</dt><dd>2019</dd>');
    for (const s of doc.sections) {
      expect(html).toContain(`<h2 id="${s.id}">`);
      expect(html).toContain(`<li><a href="#${s.id}">`);
    }
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<mark/);
  });

  it('escapes every character of the text and has no script', () => {
    for (const id of library.sources.documents.keys()) {
      const { html } = pages.get(id)!;
      expect(html).not.toMatch(/<script|javascript:|\son[a-z]+=/i);
      // Every tag on the page is one the renderer writes.
      const tags = new Set([...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
      expect([...tags].filter((t) => !['html', 'head', 'meta', 'title', 'style', 'body', 'a', 'header', 'p', 'h1', 'h2', 'dl', 'dt', 'dd', 'nav', 'ol', 'li', 'main', 'section', 'ul', 'table', 'tr', 'th', 'td', 'strong', 'em', 'mark', 'footer'].includes(t!))).toEqual([]);
    }
  });

  it('shows mark-up in a document as characters, not obeyed', () => {
    const doc = library.sources.documents.get('charter-2019')!;
    const [first, ...rest] = doc.sections;
    const typed = '<ul style="list-style-type: none"> • item <script>alert(1)</script> <a href="javascript:x" onclick="y">z</a>';
    const marked = { ...doc, sections: [{ ...first!, text: `${first!.text}\n\n${typed}\n`, paragraphs: [...first!.paragraphs, typed] }, ...rest] };
    const html = renderSourcePage(marked, { councilName: 'Stockport' });
    expect(html).toContain('&lt;ul style=&quot;list-style-type: none&quot;&gt;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<ul style|<script|<a href="javascript:/);
  });

  it('keeps the text: every paragraph of every section is on the page', () => {
    for (const doc of library.sources.documents.values()) {
      const text = words(unescapeHtml(pages.get(doc.id)!.html.replace(/<\/(p|li|td|th|h2)>/g, ' ')));
      // List items are shown as a list, without their "- "; a table row keeps its cells' own bullets.
      for (const s of doc.sections) for (const p of s.paragraphs) expect(text).toContain(words(p.replace(/^\s*[-•]\s+(?=[^\t\n]*$)/gm, '').replace(/\t/g, ' ')));
    }
  });

  it('ignores a quote id it does not know, and a known quote of another document', () => {
    expect(pages.get('charter-2019', 'AAAAAAAAAAAA')!.html).not.toContain('<mark');
    const other = quoteId(library.packs.get('trafford')!.noWeighting!.source.quote ?? 'x');
    expect(pages.get('charter-2019', other)!.html).not.toContain('<mark');
    expect(pages.get('no-such-document')).toBeUndefined();
  });

  it('finds quoted words across line breaks, emphasis and typographic quotes', () => {
    expect(locate('A **bold**\nword’s here', "bold word's")).toEqual([4, 17]);
    expect(locate('abc', 'xyz')).toBeUndefined();
    const doc = library.sources.documents.get('charter-2019')!;
    const html = renderSourcePage(doc, { councilName: 'Stockport', quote: { id: 'x', document: doc.id, section: 'introduction', text: 'Stockport Local approach' } });
    expect(html).toContain('<em><mark id="quote">Stockport Local</mark></em><mark> approach</mark>');
  });
});

describe('GET /sources/:document', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ PUBLIC_URL: 'https://sva.example.gov.uk' });
  });
  afterAll(async () => {
    await bot?.close();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${bot.url}${path}`, init);

  it('serves the page as HTML anyone may cache, with no script allowed', async () => {
    const res = await get(`/sources/charter-2019?quote=${quoteId(stockportWeighting.quote!)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src|unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<mark id="quote">Including Social Value in every procurement opportunity');
    // Revalidation: the same bytes for everyone, so an ETag answers 304.
    const again = await get(`/sources/charter-2019?quote=${quoteId(stockportWeighting.quote!)}`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('answers HEAD with the same headers and no body', async () => {
    const head = await get('/sources/charter-2019', { method: 'HEAD' });
    const full = await get('/sources/charter-2019');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(await full.text())));
    expect(head.headers.get('etag')).toBe(full.headers.get('etag'));
    expect(await head.text()).toBe('');
  });

  it('answers 404 for a document it does not have', async () => {
    for (const path of ['/sources/no-such-document', '/sources/..%2F..%2Fpackage.json', '/sources/%E0%A4%A', '/sources/charter-2019.txt']) {
      const res = await get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    expect((await get('/sources/no-such', { method: 'HEAD' })).status).toBe(404);
  });

  it('never answers 5xx or shows what a link carries, whatever the query', async () => {
    const odd = ['?quote=<script>alert(1)</script>', '?quote=%ZZ', '?quote[]=1&quote=2', `?quote=${'A'.repeat(5000)}`, '?q=&&&==', '?quote=AAAAAAAAAAAA&quote=BBBBBBBBBBBB', '?%00=%00', '#<b>'];
    for (const query of odd) {
      const res = await get(`/sources/charter-2019${query}`);
      const html = await res.text();
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
      expect(html).not.toMatch(/alert|<script|<b>|AAAAAAAAAAAA/);
      expect(html).not.toContain('<mark');
    }
  });

  it('is what the answer card links to: "Source:" reads as before and opens the section with the rule highlighted', async () => {
    const reply = await bot.ask('what weighting for a £75k services contract in Stockport?');
    const source = "Stockport's Social Value Charter (2019), section 4. Social Value through Procurement";
    expect(reply.text).toContain(`Source: ${source}`);
    const card = JSON.stringify(reply.cards[0]);
    const link = new RegExp(`Source: \\[Stockport's Social Value Charter \\(2019\\), section 4\\. Social Value through Procurement\\]\\((https://sva\\.example\\.gov\\.uk/sources/charter-2019\\?quote=[A-Za-z0-9_-]{12}#4-social-value-through-procurement)\\)`);
    const url = link.exec(card)?.[1];
    expect(url).toBeDefined();
    const res = await get(new URL(url!).pathname + new URL(url!).search);
    const html = await res.text();
    expect(html).toContain('<h2 id="4-social-value-through-procurement">4. Social Value through Procurement</h2>');
    expect(html).toMatch(/<mark id="quote">Including Social Value in every procurement opportunity where relevant and proportionate and attribute a minimum weighting of 15% with an overall target of 20%/);
  });

  it('links the Source lines of the checklist and the action plan too', async () => {
    const plan = await bot.ask('action TRF-3', { user: 'reader' });
    expect(JSON.stringify(plan.cards[0])).toMatch(/Source: \[Report to the Executive[^\]]*\]\(https:\/\/sva\.example\.gov\.uk\/sources\/executive-2022-10[?#][^)]*\)/);
    const started = await bot.ask('new PID checklist', { user: 'linker' });
    const checklistId = /"checklistId":"(PID-[A-Z0-9]{8})"/.exec(JSON.stringify(started.cards[0]))![1]!;
    const saved = await bot.invoke(
      'checklist.saveContract',
      { checklistId, version: 0, council: 'stockport', title: 'Links', reference: '', service: 'Parks', category: 'services', value: '120000', competitive: 'yes', start: '2027-01-04' },
      { user: 'linker' },
    );
    expect(saved.text).toContain("Source: Stockport's Social Value Charter (2019), section 4. Social Value through Procurement");
    expect(JSON.stringify(saved.body.value)).toMatch(/Source: \[Stockport's Social Value Charter \(2019\), section 4\. Social Value through Procurement\]\(https:\/\/sva\.example\.gov\.uk\/sources\/charter-2019\?quote=/);
  });
});
