/**
 * The standing agenda item: what changed since the last digest, what is overdue or at risk, and
 * what the group needs to decide. The same content goes to the card, to Markdown for the minutes and
 * to CSV for a spreadsheet.
 */
import { toCsv } from '../text/csv.js';
import { formatDay, formatInstant } from '../text/dates.js';
import { isOpen, isOverdue, type ActionItem, type Change, type HistoryEntry, type Plan } from './model.js';

export interface Digest {
  plan: Plan;
  councilName: string;
  /** ISO instant the changes are counted from; null = since the plan was loaded */
  since: string | null;
  sinceLabel: string;
  today: string;
  generatedAt: string;
  changes: Array<{ item: ActionItem; entries: HistoryEntry[] }>;
  overdue: ActionItem[];
  atRisk: ActionItem[];
  decisions: Array<{ text: string; refs: string[] }>;
  items: ActionItem[];
}

const FIELD_LABEL: Record<Change['field'], string> = {
  status: 'status',
  due: 'due date',
  lead: 'lead',
  contact: 'Teams contact',
  theme: 'theme',
  action: 'action',
};

function value(change: Change, v: string | null): string {
  if (v === null) return 'not set';
  return change.field === 'due' ? formatDay(v) : v;
}

/** "status from Not started to At risk; due date set to 31 March 2026; lead cleared (was Policy Officer)" */
export function describeChanges(changes: readonly Change[]): string {
  return changes
    .map((c) => {
      if (c.from === null && c.field === 'action') return `action "${c.to}"`;
      if (c.from === null) return `${FIELD_LABEL[c.field]} set to ${value(c, c.to)}`;
      if (c.to === null) return `${FIELD_LABEL[c.field]} cleared (was ${value(c, c.from)})`;
      return `${FIELD_LABEL[c.field]} from ${value(c, c.from)} to ${value(c, c.to)}`;
    })
    .join('; ');
}

/** One line per history entry: when, who, what changed, and the note. */
export function describeEntry(entry: HistoryEntry): string {
  const what = describeChanges(entry.changes);
  const note = entry.note ? `"${entry.note}"` : '';
  return `${formatInstant(entry.at)}, ${entry.by.name ?? entry.by.id}: ${[what, note].filter(Boolean).join('. ')}`;
}

export function buildDigest(plan: Plan, items: ActionItem[], councilName: string, since: string | null, sinceLabel: string, today: string, now: Date): Digest {
  const changes = items
    .map((item) => ({ item, entries: item.history.filter((e) => e.via !== 'seed' && (since === null || e.at > since)) }))
    .filter((c) => c.entries.length > 0);
  const overdue = items.filter((i) => isOverdue(i, today));
  const atRisk = items.filter((i) => i.status === 'At risk' || i.status === 'Off track');
  const open = items.filter(isOpen);
  const decisions = [
    { text: 'Off track: agree how to recover or re-plan', refs: items.filter((i) => i.status === 'Off track').map((i) => i.ref) },
    { text: 'Overdue: agree a new date, or close', refs: overdue.map((i) => i.ref) },
    { text: 'No lead: the chair to assign one', refs: open.filter((i) => !i.lead && !i.contact).map((i) => i.ref) },
    { text: 'No due date: the chair to set one', refs: open.filter((i) => !i.due).map((i) => i.ref) },
  ].filter((d) => d.refs.length > 0);
  return { plan, councilName, since, sinceLabel, today, generatedAt: now.toISOString(), changes, overdue, atRisk, decisions, items };
}

const line = (i: ActionItem) => `${i.ref} (${i.theme}): ${i.action}. ${i.status}; lead ${i.lead ?? 'not set'}; due ${dueText(i)}`;

export function dueText(item: ActionItem): string {
  if (!item.due) return 'not set';
  return item.timeline ? `${item.timeline} (${formatDay(item.due)})` : formatDay(item.due);
}

/** Markdown for the minutes. Officers' words are quoted as typed; Markdown in them is escaped. */
export function digestMarkdown(d: Digest): string {
  // '>' only quotes at the start of a line, and every line here starts with our own text.
  const md = (s: string) => s.replace(/([\\`*_[\]#<|])/g, '\\$1');
  const out: string[] = [
    `# ${md(d.plan.title)}: digest`,
    '',
    `${md(d.councilName)} steering group, ${formatInstant(d.generatedAt)}. Changes ${md(d.sinceLabel)}.`,
    '',
    '## Changes',
    '',
  ];
  if (d.changes.length === 0) out.push('No changes.', '');
  for (const c of d.changes) {
    out.push(`### ${md(c.item.ref)}: ${md(c.item.action)}`, '');
    for (const e of c.entries) out.push(`- ${md(describeEntry(e))}`);
    out.push('');
  }
  const section = (title: string, list: ActionItem[], none: string) => {
    out.push(`## ${title}`, '');
    if (list.length === 0) out.push(none);
    for (const i of list) out.push(`- ${md(line(i))}`);
    out.push('');
  };
  section('Overdue', d.overdue, 'Nothing overdue.');
  section('At risk or off track', d.atRisk, 'Nothing at risk or off track.');
  out.push('## Decisions needed', '');
  if (d.decisions.length === 0) out.push('None.');
  for (const x of d.decisions) out.push(`- ${md(x.text)}: ${x.refs.join(', ')}`);
  out.push('');
  return out.join('\n');
}

export function digestCsv(d: Digest): string {
  const header = ['Reference', 'Theme', 'Action', 'Lead', 'Due', 'Timeline (document)', 'Status', 'Overdue', `Changes ${d.sinceLabel}`, 'Latest note', 'Latest update', 'Updated by'];
  const changed = new Map(d.changes.map((c) => [c.item.ref, c.entries.length]));
  const rows = d.items.map((i) => {
    const latest = i.history.at(-1);
    const latestNote = [...i.history].reverse().find((e) => e.note && e.via !== 'seed')?.note ?? '';
    return [
      i.ref,
      i.theme,
      i.action,
      i.lead,
      i.due,
      i.timeline,
      i.status,
      isOverdue(i, d.today) ? 'yes' : 'no',
      changed.get(i.ref) ?? 0,
      latestNote,
      latest ? latest.at : null,
      latest ? (latest.by.name ?? latest.by.id) : null,
    ];
  });
  return toCsv([header, ...rows]);
}
