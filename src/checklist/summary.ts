/**
 * The PID summary: every answer against every requirement, the shortfalls, any exemption and its
 * decision, and the record's history. One model, three forms: the card (bot layer), Markdown to paste
 * into the PID, and CSV / JSON downloads.
 */
import type { Requirements } from '../policy/requirements.js';
import { assess, type Check, type Figure } from './assess.js';
import { STATUS_LABELS, describePerson, type ChecklistRecord, type Exemption, type HistoryEntry } from './model.js';
import { approachFacts, commitmentFacts, contractFacts } from './present.js';
import { toCsv } from '../text/csv.js';
import { formatInstant } from '../text/dates.js';

export interface ExemptionSummary {
  heading: string;
  facts: Figure[];
  /** who must be asked and how, while nobody can be reached */
  howToAsk?: string;
}

export interface Summary {
  id: string;
  title: string;
  councilName: string;
  status: string;
  statusLabel: string;
  owner: string;
  contract: Figure[];
  approach: Figure[];
  commitments: Figure[];
  checks: Check[];
  shortfalls: string[];
  exemption?: ExemptionSummary;
  pastExemptions: ExemptionSummary[];
  history: HistoryEntry[];
  created: string;
  updated: string;
}

const KIND_WORDS = { omitted: 'Social value left out of the procurement', 'below-minimum': 'Weighting below the council figure' } as const;
const SOURCE_WORDS = { 'line-manager': 'Line manager (Microsoft 365)', 'council-list': "Council's approver list", none: 'No approver found' } as const;

export function exemptionFacts(ex: Exemption): Figure[] {
  const facts: Figure[] = [
    { title: 'Exemption', value: KIND_WORDS[ex.kind] },
    ...(ex.kind === 'below-minimum' ? [{ title: 'Proposed against required', value: `${ex.proposed ?? 'none'}% against ${ex.required}%` }] : []),
    { title: 'Reason given', value: ex.reason },
    { title: 'Requested', value: formatInstant(ex.requestedAt) },
    { title: 'Approver', value: ex.approvers.length > 0 ? ex.approvers.map(describePerson).join(', ') : 'Nobody the bot can reach' },
    { title: 'Approver found from', value: SOURCE_WORDS[ex.approverSource] },
  ];
  if (ex.lookupNote) facts.push({ title: 'Note', value: ex.lookupNote });
  const delivered = ex.deliveries.filter((d) => d.delivered).map((d) => describePerson(d.to));
  if (delivered.length > 0) facts.push({ title: 'Request sent to', value: [...new Set(delivered)].join(', ') });
  if (ex.decision) {
    facts.push(
      { title: 'Decision', value: ex.decision.outcome === 'approved' ? 'Approved' : 'Rejected' },
      { title: 'Decided by', value: describePerson(ex.decision.by) },
      { title: 'Decided', value: formatInstant(ex.decision.at) },
      { title: 'Comment', value: ex.decision.comment },
    );
  } else if (ex.withdrawnAt) {
    facts.push({ title: 'Withdrawn', value: formatInstant(ex.withdrawnAt) });
  }
  return facts;
}

export function summarise(rec: ChecklistRecord, req: Requirements | undefined): Summary {
  const decision = rec.status === 'approved' ? rec.exemption?.decision : undefined;
  const assessment = req && rec.approach && rec.commitments ? assess(req, rec.approach, rec.commitments, decision && describePerson(decision.by)) : undefined;
  const ex = rec.exemption;
  return {
    id: rec.id,
    title: rec.contract?.title ?? 'Untitled contract',
    councilName: req?.council.name ?? '',
    status: rec.status,
    statusLabel: STATUS_LABELS[rec.status],
    owner: describePerson(rec.owner),
    contract: rec.contract ? contractFacts(rec.contract, req?.council.shortName ?? rec.contract.council) : [],
    approach: rec.approach ? approachFacts(rec.approach) : [],
    commitments: rec.commitments ? commitmentFacts(rec.commitments) : [],
    checks: assessment?.checks ?? [],
    shortfalls: assessment?.shortfalls ?? [],
    ...(ex
      ? {
          exemption: {
            heading: ex.decision ? `Exemption ${ex.decision.outcome}` : 'Exemption awaiting senior officer approval',
            facts: exemptionFacts(ex),
            ...(ex.howToAsk && !ex.decision ? { howToAsk: ex.howToAsk } : {}),
          },
        }
      : {}),
    pastExemptions: rec.pastExemptions.map((p) => ({ heading: p.decision ? `Earlier exemption request, ${p.decision.outcome}` : 'Earlier exemption request, withdrawn', facts: exemptionFacts(p) })),
    history: rec.history,
    created: rec.created,
    updated: rec.updated,
  };
}

export const OUTCOME_WORDS = { met: 'Met', shortfall: 'Shortfall', exemption: 'Needs senior officer approval', exempted: 'Exemption approved', info: 'For information' } as const;

// ---------------------------------------------------------------------------------------------------
// Markdown

/** Officer text in running Markdown: shown as typed, not as formatting. */
const md = (s: string) => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1').replace(/\r?\n/g, ' ');
/** A table cell: the same, so a title typed as "[x](https://…)" is not a live link in the table. */
const cell = md;

function factTable(facts: Figure[]): string[] {
  return ['| Item | Answer |', '| --- | --- |', ...facts.map((f) => `| ${cell(f.title)} | ${cell(f.value)} |`)];
}

export function summaryMarkdown(s: Summary): string {
  const out: string[] = [
    `# PID social value summary: ${md(s.title)}`,
    '',
    `**Status:** ${s.statusLabel}  `,
    `**Checklist:** ${s.id}  `,
    `**Council:** ${md(s.councilName)}  `,
    `**Officer:** ${md(s.owner)}  `,
    `**Last changed:** ${formatInstant(s.updated)}`,
    '',
    '## The contract',
    '',
    ...factTable(s.contract),
  ];
  if (s.approach.length > 0) out.push('', '## The social value approach', '', ...factTable(s.approach));
  if (s.commitments.length > 0) out.push('', '## Commitments', '', ...factTable(s.commitments));
  if (s.checks.length > 0) {
    out.push('', "## Against the council's requirements", '', '| Requirement | Answer | Outcome | Source |', '| --- | --- | --- | --- |');
    for (const c of s.checks) out.push(`| ${cell(c.label)} | ${cell(c.answer)} | ${OUTCOME_WORDS[c.outcome]}${c.note ? `: ${cell(c.note)}` : ''} | ${cell(c.citation ?? '')} |`);
  }
  out.push('', '## Shortfalls', '', ...(s.shortfalls.length > 0 ? s.shortfalls.map((x) => `- ${md(x)}`) : ['None.']));
  for (const e of [...(s.exemption ? [s.exemption] : []), ...s.pastExemptions]) {
    out.push('', `## ${e.heading}`, '', ...factTable(e.facts));
    if (e.howToAsk) out.push('', md(e.howToAsk));
  }
  out.push('', '## Record', '');
  for (const h of s.history) out.push(`- ${formatInstant(h.at)}, ${md(describePerson(h.by))}: ${md(h.event)}${h.detail ? `. ${md(h.detail)}` : ''}`);
  return `${out.join('\n')}\n`;
}

// CSV, safe to open in a spreadsheet (src/text/csv.ts)

export function summaryCsv(s: Summary): string {
  const rows: string[][] = [['Section', 'Item', 'Answer', 'Outcome', 'Note', 'Source']];
  rows.push(['Checklist', 'Reference', s.id, '', '', ''], ['Checklist', 'Status', s.statusLabel, '', '', ''], ['Checklist', 'Officer', s.owner, '', '', '']);
  for (const f of s.contract) rows.push(['Contract', f.title, f.value, '', '', '']);
  for (const f of s.approach) rows.push(['Approach', f.title, f.value, '', '', '']);
  for (const f of s.commitments) rows.push(['Commitments', f.title, f.value, '', '', '']);
  for (const c of s.checks) rows.push(['Requirement', c.label, c.answer, OUTCOME_WORDS[c.outcome], c.note ?? '', c.citation ?? '']);
  for (const x of s.shortfalls) rows.push(['Shortfall', '', x, '', '', '']);
  for (const e of [...(s.exemption ? [s.exemption] : []), ...s.pastExemptions]) for (const f of e.facts) rows.push([e.heading, f.title, f.value, '', '', '']);
  for (const h of s.history) rows.push(['History', h.at, h.event, describePerson(h.by), h.detail ?? '', `version ${h.version}`]);
  return toCsv(rows);
}

export function summaryJson(rec: ChecklistRecord, s: Summary): string {
  return `${JSON.stringify({ format: 'sva-pid-checklist', generated: new Date().toISOString(), summary: { ...s, history: undefined }, record: rec }, null, 2)}\n`;
}
