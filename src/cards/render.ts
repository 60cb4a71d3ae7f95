/**
 * Expands the card templates in cards/ with view data. Templates are data (JSON with ${} bindings);
 * this module only prepares escaped, complete view models so no binding is left unresolved.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type * as ACDataModule from 'adaptivecards-templating';
import type { SourceLinker } from '../policy/citations.js';
import { projectPath } from '../projectRoot.js';
import { clip } from '../text/clip.js';
import { answerAsText, asPart, type Answer } from '../qa/answer.js';
import { bulletList, escapeMarkdown, linked } from './escape.js';

export const CARDS_DIR = projectPath('cards') + sep;

export type CardJson = Record<string, unknown>;

// The templating library and its expression engine take about a third of a second to load, as long
// as the rest of start-up: loaded on the first card instead, so the bot listens sooner.
const require = createRequire(import.meta.url);
let ACData: typeof ACDataModule | undefined;
const templating = () => (ACData ??= require('adaptivecards-templating') as typeof ACDataModule);

const templates = new Map<string, ACDataModule.Template>();

function template(name: string): ACDataModule.Template {
  let t = templates.get(name);
  if (!t) {
    t = new (templating().Template)(JSON.parse(readFileSync(`${CARDS_DIR}${name}.json`, 'utf8')));
    templates.set(name, t);
  }
  return t;
}

export function expandCard(name: string, data: object): CardJson {
  return template(name).expand({ $root: data }) as CardJson;
}

/** What a notification of the card shows: the first line of its own fallback text (its title). */
export function cardSummary(card: CardJson): string | undefined {
  const first = typeof card.fallbackText === 'string' ? card.fallbackText.split('\n').find((l) => l.trim()) : undefined;
  return first ? clip(first.trim()) : undefined;
}

const e = escapeMarkdown;
const facts = (fs: readonly { title: string; value: string }[] = []) => fs.map((f) => ({ title: e(f.title), value: e(f.value) }));

/**
 * One answer in the first view: the answer, the rule in the document's words, its source. Each source
 * links to its document's page at the section, the quote shown in the rule highlighted.
 */
function point(a: Answer, heading = '', links?: SourceLinker) {
  const cited = a.sources.map((s) => linked(s, links?.forCitation(s, [a.rule, a.headline])));
  const source = cited.length === 0 ? '' : `${cited.length === 1 ? 'Source' : 'Sources'}: ${cited.join('; ')}`;
  return { heading: e(heading), text: e(a.headline), rule: e(a.rule ?? ''), source };
}

/**
 * The answer first, short, its source right under it; everything else behind a "More" toggle (shown
 * at once when the detail is the answer, as in a comparison).
 */
export function answerCard(answer: Answer, links?: SourceLinker): CardJson {
  return expandCard('answer', answerView(answer, links));
}

/** The view data the answer template is expanded with: every value escaped, every binding filled. */
export function answerView(answer: Answer, links?: SourceLinker) {
  const sections = answer.sections.map((s) => ({
    heading: e(s.heading ?? ''),
    text: e(s.text ?? ''),
    list: s.items && s.items.length > 0 ? bulletList(s.items) : '',
    facts: facts(s.facts),
    source: s.source ? linked(s.source, links?.forCitation(s.source, [s.text, s.heading])) : '',
  }));
  const hasMore = answer.facts.length > 0 || sections.length > 0 || answer.notes.length > 0 || Boolean(answer.currency);
  return {
    // What the first view says: the answer, its rule and source. Shown only where a card cannot be,
    // and sent with every answer, so the rest (a third of an answer's bytes) stays on the card.
    fallback: answerAsText({ ...asPart(answer), currency: undefined }),
    title: e(answer.title),
    context: e(answer.context ?? ''),
    points: [point(answer, '', links), ...(answer.parts ?? []).map((p) => point(p, p.title, links))],
    warnings: (answer.warnings ?? []).map(e),
    hasMore,
    expanded: answer.expanded === true,
    moreLabel: answer.moreLabel ?? 'More',
    facts: facts(answer.facts),
    sections,
    notes: answer.notes.map(e),
    currency: e(answer.currency ?? ''),
    suggestions: answer.suggestions.map((s) => ({ title: s.title, ask: s.ask })),
  };
}

export interface HelpView {
  councils: string[];
  councilLine: string;
  jobs: { title: string; description: string; examples: string[] }[];
  /** buttons that ask on the officer's behalf */
  buttons: { title: string; ask: string }[];
}

export function helpCard(view: HelpView): CardJson {
  const text = [
    'Social Value Assistant',
    view.councilLine,
    ...view.jobs.flatMap((j) => [j.title, j.description, ...j.examples.map((x) => `- ${x}`)]),
  ].join('\n');
  return expandCard('help', {
    fallback: text,
    councils: e(view.councils.join(', ').replace(/, ([^,]*)$/, ' and $1')),
    councilLine: e(view.councilLine),
    jobs: view.jobs.map((j) => ({
      title: e(j.title),
      description: e(j.description),
      examples: j.examples.length > 0 ? bulletList(j.examples.map((x) => `"${x}"`)) : '',
    })),
    buttons: view.buttons,
  });
}
