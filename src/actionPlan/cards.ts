/**
 * View models for the plan's cards (cards/plan-*.json). Every string that reaches a TextBlock or a
 * FactSet is Markdown-escaped here; input values are not (they are shown as typed, not rendered).
 */
import { expandCard, type CardJson } from '../cards/render.js';
import { bulletList, escapeMarkdown as e, linked, truncate } from '../cards/escape.js';
import type { CouncilId, Source } from '../policy/schema.js';
import { formatInstant } from '../text/dates.js';
import { describeEntry, dueText, type Digest } from './digest.js';
import { STATUSES, historyLength, isOverdue, maturityLabel, type ActionItem, type Maturity, type Plan } from './model.js';
import { listNames } from '../text/lists.js';

export interface ViewContext {
  councilName(id: CouncilId): string;
  documentTitle(council: CouncilId, documentId: string): string;
  today: string;
  /** the link to a citation's source page (section, quote highlighted), when the bot has one */
  sourceUrl?(source: Source): string | undefined;
}

/** "Report to the Executive: ..., 2.2" */
export function cite(ctx: ViewContext, council: CouncilId, source: Source): string {
  return `${ctx.documentTitle(council, source.document)}, ${source.section}`;
}

// Teams refuses cards over 28 KB: long notes are shortened and long lists cut on cards (with a note
// saying so); the Markdown and CSV exports keep everything.
const HISTORY_ON_CARD = 15;
/** After an update the card confirms it: the latest few entries are the context, the action's own card has more. */
const HISTORY_AFTER_UPDATE = 5;
const ITEMS_ON_CARD = 15;
/** A list card gives each action its own button, so it holds fewer. */
const BUTTONS_ON_CARD = 10;
const ACTION_CHARS = 240;
const NOTE_CHARS = 200;

/** The first `max` items, and a line saying how many more there are. */
function capped<T>(items: readonly T[], max: number, more: (n: number) => string): { shown: T[]; moreLine: string } {
  return { shown: items.slice(0, max), moreLine: items.length > max ? more(items.length - max) : '' };
}

/** ["lead", "due date"] -> "Lead and due date" */
function sentenceList(words: readonly string[]): string {
  const joined = listNames(words);
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const counts = (items: readonly ActionItem[]) => STATUSES.map((s) => ({ status: s, n: items.filter((i) => i.status === s).length }));

/** "Developing (1), target Innovator (4)"; only what is recorded. */
export function maturityLine(m: Maturity | null): string {
  if (!m || (m.current === null && m.target === null)) return 'not recorded';
  if (m.target === null) return `${maturityLabel(m.current)}, no target recorded`;
  if (m.current === null) return `target ${maturityLabel(m.target)}, current level not recorded`;
  return `${maturityLabel(m.current)}, target ${maturityLabel(m.target)}`;
}

/** The lead as the plan names them, else the Teams contact the chair linked. */
const leadOf = (item: ActionItem) => item.lead ?? item.contact;

/**
 * What is known of an action's lead and due date, said once: "Lead: Procurement Manager. Due: 31 July
 * 2021.", "Lead not set. Due: …", "Lead and due date not set."
 */
export function leadAndDue(item: ActionItem): string {
  const lead = leadOf(item);
  if (!lead && !item.due) return 'Lead and due date not set.';
  return `${lead ? `Lead: ${lead}.` : 'Lead not set.'} ${item.due ? `Due: ${dueText(item)}.` : 'Due date not set.'}`;
}

/** The status as a short label, with "overdue" beside it when it is. */
export function statusLabel(item: ActionItem, today: string): string {
  return `${item.status}${isOverdue(item, today) ? ' · overdue' : ''}`;
}

/** "TRF-3 · At risk · overdue: Action. Lead: X. Due: 31 July 2021." */
export function itemLine(item: ActionItem, today: string): string {
  return `${item.ref} · ${statusLabel(item, today)}: ${truncate(item.action, ACTION_CHARS)}. ${leadAndDue(item)}`;
}

/** "Sources: Title, sections 2.2; 2.7 | Title, section 4", each section linked to its source page. */
function sourceLine(plan: Plan, ctx: ViewContext): string {
  if (plan.sources.length === 0) return '';
  const byDoc = new Map<string, Source[]>();
  for (const s of plan.sources) {
    const title = ctx.documentTitle(plan.council, s.document);
    byDoc.set(title, [...(byDoc.get(title) ?? []), s]);
  }
  // Sections in the document's order (2.2; 6.3; 7.1), each once, however the plan's entries cite them.
  const ordered = (sources: Source[]) => [...new Map(sources.map((s) => [s.section, s])).values()].sort((a, b) => a.section.localeCompare(b.section, 'en', { numeric: true }));
  const parts = [...byDoc].map(([title, sources]) => {
    const sections = ordered(sources);
    return `${e(`${title}, ${sections.length === 1 ? 'section' : 'sections'} `)}${sections.map((s) => linked(s.section, ctx.sourceUrl?.(s))).join('; ')}`;
  });
  return `${parts.length === 1 ? 'Source' : 'Sources'}: ${parts.join(' | ')}`;
}

export function planCommand(council: CouncilId, ctx: ViewContext): string {
  return `${ctx.councilName(council)} action plan`;
}

export function summaryCard(plan: Plan, items: ActionItem[], ctx: ViewContext): CardJson {
  const name = ctx.councilName(plan.council);
  const overdue = items.filter((i) => isOverdue(i, ctx.today));
  // Maturity is said per theme only where some theme has it; otherwise once, under the overall line.
  const byTheme = plan.themes.some((t) => t.maturity && (t.maturity.current !== null || t.maturity.target !== null));
  const themes = plan.themes.map((t) => {
    const inTheme = items.filter((i) => i.theme === t.name);
    const c = counts(inTheme).filter((x) => x.n > 0).map((x) => `${x.n} ${x.status}`);
    const summary = `${inTheme.length} ${inTheme.length === 1 ? 'action' : 'actions'}${c.length ? `: ${c.join(', ')}` : ''}.${byTheme ? ` Maturity: ${maturityLine(t.maturity)}.` : ''}`;
    return { name: e(t.name), summary: e(summary), items: inTheme.length ? bulletList(inTheme.map((i) => itemLine(i, ctx.today))) : '' };
  });
  // Actions under a theme the plan no longer lists are still shown, never lost.
  const orphans = items.filter((i) => !plan.themes.some((t) => t.name === i.theme));
  if (orphans.length) themes.push({ name: 'Other', summary: e(`${orphans.length} actions`), items: bulletList(orphans.map((i) => itemLine(i, ctx.today))) });
  const subtitle = `${name}: ${items.length} actions, ${items.filter((i) => i.status !== 'Complete').length} open, ${overdue.length} overdue. The live plan kept by the steering group.`;
  return expandCard('plan-summary', {
    fallback: `${plan.title}. ${subtitle}`,
    title: e(plan.title),
    subtitle: e(subtitle),
    counts: counts(items).map((c) => ({ title: e(c.status), value: String(c.n) })),
    overall: e(
      [
        plan.overall ? `Maturity overall: ${maturityLine(plan.overall)}${plan.overall.source ? ` (${cite(ctx, plan.council, plan.overall.source)})` : ''}.` : '',
        byTheme ? '' : 'Maturity by theme: not recorded.',
      ]
        .filter(Boolean)
        .join(' '),
    ),
    overdue: overdue.length ? bulletList(overdue.map((i) => itemLine(i, ctx.today))) : '',
    themes,
    notes: plan.notes.map((n) => e(n.source ? `${n.text} (${cite(ctx, plan.council, n.source)})` : n.text)),
    sourceLine: sourceLine(plan, ctx),
    suggestions: [`${name} digest`, `${name} overdue`, 'My actions', 'Plan help'],
  });
}

export interface ListOptions {
  title: string;
  subtitle?: string;
  intro?: string;
  empty: string;
  /** where the item card's back button leads: "mine" for a lead's own list */
  back?: string;
  suggestions?: string[];
}

/** The card's one line: its title and the answer ("Nothing is overdue, but …"; "No: none … is due by …"). */
function fallbackHead(o: ListOptions, count: number): string {
  const answer = o.intro || (count === 0 ? o.empty : '');
  return answer ? `${o.title}. ${answer}` : o.title;
}

export function listCard(items: ActionItem[], ctx: ViewContext, o: ListOptions): CardJson {
  const list = capped(items, BUTTONS_ON_CARD, (n) => `… and ${n} more: narrow the list (by theme, status or lead) or see the digest's CSV.`);
  // Whose plan an action is in matters only when the list spans councils ("My open actions").
  const manyCouncils = new Set(items.map((i) => i.council)).size > 1;
  return expandCard('plan-list', {
    fallback: [fallbackHead(o, items.length), ...items.map((i) => itemLine(i, ctx.today))].join('\n'),
    title: e(o.title),
    subtitle: e(o.subtitle ?? ''),
    intro: e(o.intro ?? ''),
    empty: e(o.empty),
    more: e(list.moreLine),
    items: list.shown.map((i) => {
      const latest = [...i.history].reverse().find((h) => h.via !== 'seed');
      return {
        council: i.council,
        ref: i.ref,
        back: o.back ?? '',
        buttonTitle: `Update ${i.ref}`,
        heading: e(`${i.ref} · ${statusLabel(i, ctx.today)} · ${i.theme}`),
        action: e(truncate(i.action, ACTION_CHARS)),
        meta: e(manyCouncils ? `${leadAndDue(i)} In ${ctx.councilName(i.council)}'s plan.` : leadAndDue(i)),
        latest: latest ? e(`Latest: ${truncate(describeEntry(latest), NOTE_CHARS)}`) : '',
      };
    }),
    suggestions: o.suggestions ?? ['Action plan', 'Digest'],
  });
}

export function itemCard(item: ActionItem, ctx: ViewContext, o: { notice?: string; warning?: string; back?: string; updated?: boolean } = {}): CardJson {
  // What is known, then what is not, named once.
  const unknown = [!item.lead && 'lead', !item.contact && 'Teams contact', !item.due && 'due date'].filter((x): x is string => Boolean(x));
  const facts = [
    { title: 'Status', value: statusLabel(item, ctx.today) },
    { title: 'Theme', value: item.theme },
    ...(item.lead ? [{ title: 'Lead', value: item.lead }] : []),
    ...(item.contact ? [{ title: 'Teams contact', value: item.contact }] : []),
    ...(item.due ? [{ title: 'Due', value: dueText(item) }] : []),
    ...(unknown.length ? [{ title: 'Not set', value: sentenceList(unknown) }] : []),
  ];
  // Newest first; a long history is cut on the card (the CSV and Markdown digest keep it all).
  const shown = item.history.slice(-(o.updated ? HISTORY_AFTER_UPDATE : HISTORY_ON_CARD)).reverse().map((h) => e(truncate(describeEntry(h), NOTE_CHARS)));
  const earlier = historyLength(item) - shown.length;
  const more = o.updated && item.history.length > shown.length ? ` (action ${item.ref} shows more)` : '';
  const history = earlier > 0 ? [...shown, e(`… and ${earlier} earlier entries${more}.`)] : shown;
  return expandCard('plan-item', {
    fallback: [o.notice, `${item.ref}: ${item.action}`, ...facts.map((f) => `${f.title}: ${f.value}`)].filter(Boolean).join('\n'),
    notice: e(o.notice ?? ''),
    warning: e(o.warning ?? ''),
    title: e(`${item.ref} · ${ctx.councilName(item.council)}`),
    action: e(item.action),
    facts: facts.map((f) => ({ title: e(f.title), value: e(f.value) })),
    history,
    historyTitle: `History (${historyLength(item)})`,
    sourceLine: item.source ? `Source: ${linked(cite(ctx, item.council, item.source), ctx.sourceUrl?.(item.source))}${item.source.quote ? `: "${e(item.source.quote)}"` : ''}` : '',
    council: item.council,
    ref: item.ref,
    back: o.back ?? '',
    planCommand: planCommand(item.council, ctx),
  });
}

export interface UpdateValues {
  status: string;
  note: string;
  due: string;
  lead: string;
  contact: string;
}

export function updateCard(item: ActionItem, ctx: ViewContext, o: { error?: string; values?: UpdateValues; back?: string } = {}): CardJson {
  const v = o.values ?? { status: item.status, note: '', due: item.due ?? '', lead: item.lead ?? '', contact: item.contact ?? '' };
  const current = `Now: ${statusLabel(item, ctx.today)}. ${leadAndDue(item)} ${ctx.councilName(item.council)}, ${item.theme}.`;
  return expandCard('plan-update', {
    fallback: `Update ${item.ref}: ${item.action}`,
    ref: item.ref,
    council: item.council,
    action: e(item.action),
    current: e(current),
    error: e(o.error ?? ''),
    statuses: [...STATUSES],
    status: v.status,
    note: v.note,
    due: v.due,
    lead: v.lead,
    contact: v.contact,
    seen: String(historyLength(item)),
    back: o.back ?? '',
  });
}

export interface AddValues {
  theme: string;
  action: string;
  lead: string;
  contact: string;
  due: string;
}

export function addCard(plan: Plan, o: { error?: string; values?: Partial<AddValues> } = {}): CardJson {
  const v = o.values ?? {};
  return expandCard('plan-add', {
    fallback: `Add an action to ${plan.title}`,
    title: e(plan.title),
    council: plan.council,
    error: e(o.error ?? ''),
    themes: plan.themes.map((t) => t.name),
    theme: v.theme ?? '',
    action: v.action ?? '',
    lead: v.lead ?? '',
    contact: v.contact ?? '',
    due: v.due ?? '',
  });
}

/**
 * The digest card. `links.chart` is the progress picture (chart.ts) served at an expiring link, with
 * its alt text; the card shows it under the subtitle when given.
 */
/**
 * `marks`: whether this digest is the one the next counts its changes from (the chair's), so the chair
 * knows that asking again moves it, and anyone else that theirs was a preview.
 */
export function digestCard(d: Digest, links: { word: string; markdown: string; csv: string; expires: Date; chart?: { url: string; alt: string }; marks?: boolean }): CardJson {
  const more = (n: number) => `… and ${n} more in the CSV.`;
  const list = (items: ActionItem[], none: string) => {
    if (!items.length) return e(none);
    const { shown, moreLine } = capped(items, ITEMS_ON_CARD, more);
    return bulletList([...shown.map((i) => itemLine(i, d.today)), ...(moreLine ? [moreLine] : [])]);
  };
  const changes = capped(d.changes, ITEMS_ON_CARD, more);
  const subtitle = `${d.councilName} steering group, ${formatInstant(d.generatedAt)}. Standing agenda item: updates and progress against actions.`;
  return expandCard('plan-digest', {
    fallback: `${d.plan.title}: digest. ${d.changes.length} ${d.changes.length === 1 ? 'action' : 'actions'} changed ${d.sinceLabel}; ${d.overdue.length} overdue; ${d.atRisk.length} at risk or off track.`,
    title: e(`${d.plan.title}: digest`),
    subtitle: e(subtitle),
    sinceLabel: e(d.sinceLabel),
    // Alt text is read by screen readers, not rendered as Markdown: it is passed as written.
    chartUrl: links.chart?.url ?? '',
    chartAlt: links.chart?.alt ?? '',
    changes: changes.shown.map((c) => {
      const entries = capped(c.entries, 5, (n) => `… and ${n} earlier changes in the Markdown.`);
      return {
        heading: e(`${c.item.ref} · ${c.item.status} · ${truncate(c.item.action, ACTION_CHARS)}`),
        lines: bulletList([...entries.shown.map((x) => truncate(describeEntry(x), NOTE_CHARS)), ...(entries.moreLine ? [entries.moreLine] : [])]),
      };
    }),
    changesMore: e(changes.moreLine),
    overdue: list(d.overdue, 'Nothing overdue.'),
    atRisk: list(d.atRisk, 'Nothing at risk or off track.'),
    decisions: d.decisions.length ? bulletList(d.decisions.map((x) => `${x.text}: ${x.refs.join(', ')}`)) : e('None.'),
    downloads: e(
      `Minutes (Word and Markdown) and CSV links work until ${formatInstant(links.expires.toISOString())}. ` +
        (links.marks ? 'The next digest counts its changes from this one.' : "A preview: the next digest still counts its changes from the chair's last one."),
    ),
    links: [
      { title: 'Minutes (Word)', url: links.word },
      { title: 'Minutes (Markdown)', url: links.markdown },
      { title: 'Spreadsheet (CSV)', url: links.csv },
    ],
  });
}

export function noticeCard(title: string, text: string, o: { list?: string[]; suggestions?: string[] } = {}): CardJson {
  return expandCard('plan-notice', {
    fallback: [title, text, ...(o.list ?? [])].join('\n'),
    title: e(title),
    text: e(text),
    list: o.list && o.list.length ? bulletList(o.list) : '',
    suggestions: o.suggestions ?? [],
  });
}

/** `today` (YYYY-MM-DD) dates the examples: a due date in them is next March, never one already past. */
export function helpCard(today: string): CardJson {
  const year = Number(today.slice(0, 4)) + 1;
  return noticeCard('Steering group action plan', 'Anyone can read the plan; steering group members update it; the chair adds, reassigns, closes and sets dates. Type:', {
    list: [
      'action plan (or: trafford action plan): the plan by theme with status counts, overdue actions and maturity',
      'action TRF-3: one action with its full history',
      'my actions, overdue, at risk actions, actions for Procurement Manager, action plan theme Procurement',
      'update TRF-3 at risk: waiting for HR sign-off (the status is optional: update TRF-3: met the college)',
      'update TRF-3: opens the update card (status, note, due date, lead)',
      `complete TRF-3, add action, assign TRF-3 to Procurement Manager <sam@example.gov.uk>, due TRF-3 31/03/${year} (chair)`,
      "maturity Procurement 1 to 4 (chair): the theme's maturity level now and its target",
      'digest (or agenda, or digest since 01/03/2026): the standing agenda item, with Markdown and CSV downloads',
      'request updates (chair): asks each lead in Teams for an update on their open actions; leads are also reminded every Monday of actions due within 14 days or overdue',
      'admin (administrators, and chairs for their own group): who is in the steering group and who approves exemptions',
      'Questions about what the documents say ("what does Stockport\'s action plan say?") are answered from the policy documents.',
    ],
    suggestions: ['Action plan', 'My actions', 'Digest'],
  });
}

