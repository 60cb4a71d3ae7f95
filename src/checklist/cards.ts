/**
 * View models for the checklist's cards (templates in cards/checklist-*.json). Every string a card
 * shows as text is Markdown-escaped here; input values and labels are not (they are not Markdown, and an
 * escaped value would come back changed). View models are complete so no binding is left unexpanded.
 */
import { bulletList, escapeMarkdown as e, linked, sentence, truncate } from '../cards/escape.js';
import type { Citation, SourceLinker } from '../policy/citations.js';
import { expandCard, type CardJson } from '../cards/render.js';
import { formatPounds } from '../text/money.js';
import { applicableOf, type Requirements } from '../policy/requirements.js';
import type { CouncilId, RuleKind } from '../policy/schema.js';
import { describeContract, describeRequirements, exemptionNeed, type Check, type Figure } from './assess.js';
import { APPROACH_FIELDS, COMMITMENT_FIELDS, CONTRACT_FIELDS, weightingFloor, type FieldErrors, type FieldValues } from './fields.js';
import { STATUS_LABELS, STEPS, STEP_TITLES, describePerson, type ChecklistRecord, type StepId } from './model.js';
import { formatInstant } from '../text/dates.js';
import { CHOICES, COMMITMENT_LABELS, approachLabels } from './questions.js';
import { OUTCOME_WORDS, summaryMarkdown, type Summary } from './summary.js';
import type { TomSuggestion } from './tomsSuggestions.js';

export const HEADING = 'PID social value checklist';

/** `max`: long answers are cut on cards that show many of them; the downloads keep the full text. */
const facts = (fs: readonly Figure[], max = Infinity) => fs.map((f) => ({ title: e(f.title), value: e(truncate(f.value, max)) }));
/** A card stays well under Teams' 28 KB however long the answers and however many earlier requests. */
const SUMMARY_FACT_MAX = 600;
const PAST_FACT_MAX = 160;
const PAST_SHOWN = 2;

function fieldsView(fields: readonly string[], values: FieldValues = {}, errors: FieldErrors = {}) {
  const n = Object.keys(errors).filter((k) => errors[k]).length;
  return {
    values: Object.fromEntries(fields.map((f) => [f, values[f] ?? ''])),
    errors: Object.fromEntries(fields.map((f) => [f, errors[f] ? e(errors[f]!) : ''])),
    errorSummary: n === 0 ? '' : n === 1 ? 'Please correct the field marked below.' : `Please correct the ${n} fields marked below.`,
  };
}

function stepLine(step: StepId): string {
  return `Step ${STEPS.indexOf(step) + 1} of ${STEPS.length}: ${STEP_TITLES[step]}`;
}

function subline(id: string, councilName: string | undefined, rec?: ChecklistRecord): string {
  const parts = [rec?.contract?.title, councilName, id, rec ? STATUS_LABELS[rec.status] : 'New, not saved yet'].filter(Boolean) as string[];
  return e(parts.join(' · '));
}

const plainFallback = (lines: string[]) => lines.filter(Boolean).join('\n');

/** A citation as a card shows it: linked to its source page (quote highlighted) when links are given. */
const source = (links: SourceLinker | undefined, text: string, quote?: string) => linked(text, links?.forCitation(text, [quote]));

/** Escaped text ending "Source: <citation>.", the citation linked. */
const withSource = (links: SourceLinker | undefined, before: string, citation: Pick<Citation, 'text' | 'quote'>) => `${e(`${before} Source: `)}${source(links, citation.text, citation.quote)}.`;

// ---------------------------------------------------------------------------------------------------
// Step 1

export interface ContractCardView {
  id: string;
  version: number;
  record?: ChecklistRecord;
  councils: { id: CouncilId; name: string }[];
  values: FieldValues;
  errors?: FieldErrors;
  notice?: string;
}

export function contractCard(v: ContractCardView): CardJson {
  const view = fieldsView(CONTRACT_FIELDS, v.values, v.errors);
  // A date picker can only hold a real date; what was typed is quoted in the error instead.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(view.values.start ?? '')) view.values.start = '';
  const councilName = v.councils.find((c) => c.id === v.values.council)?.name;
  return expandCard('checklist-contract', {
    fallback: plainFallback([HEADING, stepLine('contract'), 'Council, contract title, reference, service, category, total value including extensions, competitive or not, expected start.']),
    heading: HEADING,
    stepLine: stepLine('contract'),
    subline: subline(v.id, councilName, v.record),
    notice: e(v.notice ?? ''),
    ...view,
    councils: v.councils.map((c) => ({ title: c.name, value: c.id })),
    id: v.id,
    version: v.version,
  });
}

// ---------------------------------------------------------------------------------------------------
// Step 2

export function requirementsCard(rec: ChecklistRecord, req: Requirements, notice = '', links?: SourceLinker): CardJson {
  const view = describeRequirements(req);
  const intro = `For a ${view.contractLine}, ${view.councilName}'s policy asks for the following. ${view.weightingLine}`;
  const notApplicable = view.notApplicable.map((n) => `${n.label}: not required, as ${n.reason}`);
  return expandCard('checklist-requirements', {
    fallback: plainFallback([HEADING, stepLine('requirements'), intro, ...view.lines.map((l) => l.label)]),
    heading: HEADING,
    stepLine: stepLine('requirements'),
    subline: subline(rec.id, req.council.shortName, rec),
    notice: e(notice),
    errorSummary: '',
    intro: e(intro),
    lines: view.lines.map((l) => ({
      label: e(l.proposed ? `${l.label} (proposed, not yet in force)` : l.label),
      statement: e(l.statement),
      figures: facts(l.figures),
      items: l.items.length > 0 ? bulletList(l.items) : '',
      citation: source(links, l.citation, l.quote),
    })),
    notApplicable: notApplicable.length > 0 ? bulletList(notApplicable) : '',
    id: rec.id,
    version: rec.version,
  });
}

// ---------------------------------------------------------------------------------------------------
// Step 3

export function approachCard(rec: ChecklistRecord, req: Requirements, suggestions: TomSuggestion[], values: FieldValues, errors: FieldErrors = {}, notice = '', links?: SourceLinker): CardJson {
  const view = fieldsView(APPROACH_FIELDS, values, errors);
  const floor = weightingFloor(req);
  const council = req.council.shortName;
  const weighting = req.weighting;
  const weightingWords =
    weighting.status === 'required'
      ? `${council}: ${weighting.min !== null ? `minimum ${weighting.min}%` : `standard ${weighting.expected}%`}${weighting.target !== null ? `, target ${weighting.target}%` : ''}${weighting.variable ? ' (may be varied case by case, with a reason and senior officer approval)' : ''}.`
      : weighting.status === 'not-set'
        ? `${council} sets no weighting; give one if you will weight social value (optional).`
        : `${council} sets no weighting for this contract (${weighting.reasons[0]?.reason ?? 'not at this value'}); give one if you will weight social value (optional).`;
  const weightingHint = weighting.status === 'required' ? withSource(links, weightingWords, weighting.citation) : e(weightingWords);
  // Teams sends numbers as text; the template's number input can only show a number.
  const typed = view.values.weighting ?? '';
  const weightingNumber = /^\d+(\.\d+)?$/.test(typed) ? Number(typed) : undefined;
  if (weightingNumber === undefined) view.values.weighting = '';
  // Measures chosen earlier that are not among the suggestions go back into the free-text field.
  const suggested = new Set(suggestions.map((s) => s.measure.ref));
  const chosen = (view.values.toms ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const extra = chosen.filter((r) => !suggested.has(r));
  view.values.toms = chosen.filter((r) => suggested.has(r)).join(',');
  if (extra.length > 0) view.values.otherToms = [...new Set([...extra, ...(view.values.otherToms ? [view.values.otherToms] : [])])].join(', ');
  const tomsRules = applicableOf(req, 'toms');
  const evaluation = applicableOf(req, 'evaluation')[0];
  return expandCard('checklist-approach', {
    fallback: plainFallback([HEADING, stepLine('approach'), weighting.status === 'required' ? `${weightingWords} Source: ${weighting.citation.text}.` : weightingWords]),
    heading: HEADING,
    stepLine: stepLine('approach'),
    subline: subline(rec.id, council, rec),
    notice: e(notice),
    ...view,
    weightingHint,
    weightingPlaceholder: floor ? `e.g. ${floor.figure}` : 'optional',
    weightingNumber: weightingNumber ?? 0,
    labels: approachLabels({ council, ...(floor ? { below: `${floor.figure}%` } : {}) }),
    choices: CHOICES,
    tomsHint: e(
      tomsRules.length > 0
        ? `${council} uses the National TOMs for this contract: ${tomsRules[0]!.rule.statement} Choose at least one if you include social value.`
        : `The National TOMs are optional for this contract; choosing measures still helps measure what is delivered.`,
    ),
    suggestions: suggestions.map((s) => ({ title: `${s.measure.ref}: ${truncate(s.measure.measure ?? s.measure.outcome, 90)} (${truncate(s.priority, 40)})`, value: s.measure.ref })),
    evaluationHint: evaluation ? withSource(links, evaluation.rule.statement, evaluation.citation) : '',
    id: rec.id,
    version: rec.version,
  });
}

// ---------------------------------------------------------------------------------------------------
// Step 4

/** The hint under a commitment: the council's rule and its source (linked), or `otherwise`; escaped. */
function ruleHint(req: Requirements, kind: RuleKind, otherwise: string, links?: SourceLinker): string {
  const rules = applicableOf(req, kind).filter((a) => a.rule.status !== 'proposed');
  if (rules.length === 0) return e(otherwise);
  const a = rules[0]!;
  const items = a.rule.items && a.rule.items.length > 0 ? ` (${a.rule.items.join('; ')})` : '';
  return withSource(links, `${req.council.shortName} asks for this: ${a.rule.statement}${items}`, a.citation);
}

export function commitmentsCard(rec: ChecklistRecord, req: Requirements, values: FieldValues, errors: FieldErrors = {}, notice = '', links?: SourceLinker): CardJson {
  const view = fieldsView(COMMITMENT_FIELDS, values, errors);
  const council = req.council.shortName;
  const notRequired = (what: string) => `${council}'s policy does not require ${what} for this contract; say what you will do.`;
  const hints = {
    minimumStandards: ruleHint(req, 'minimum-standards', notRequired('minimum standards'), links),
    livingWage: ruleHint(req, 'living-wage', notRequired('the Real Living Wage'), links),
    carbonPlan: ruleHint(req, 'carbon-reduction-plan', notRequired('a carbon reduction plan'), links),
    portal: ruleHint(req, 'portal', notRequired('the Social Value Portal'), links),
    paymentDeductions: ruleHint(req, 'payment-deductions', '', links),
    contractManagement: ruleHint(req, 'contract-management', '', links),
  };
  return expandCard('checklist-commitments', {
    fallback: plainFallback([HEADING, stepLine('commitments')]),
    heading: HEADING,
    stepLine: stepLine('commitments'),
    subline: subline(rec.id, council, rec),
    notice: e(notice),
    ...view,
    hints,
    labels: COMMITMENT_LABELS,
    askDeductions: applicableOf(req, 'payment-deductions').length > 0,
    id: rec.id,
    version: rec.version,
  });
}

// ---------------------------------------------------------------------------------------------------
// Step 5 and the summary


function checksView(checks: Check[], links?: SourceLinker) {
  return checks.map((c) => ({
    line: `**${e(c.label)}**: ${e(c.answer)} (${OUTCOME_WORDS[c.outcome]}${c.note ? `: ${e(c.note)}` : ''})`,
    citation: c.citation ? source(links, c.citation, c.quote) : '',
  }));
}

function summaryParts(s: Summary, links?: SourceLinker) {
  return {
    contract: facts(s.contract, SUMMARY_FACT_MAX),
    approach: facts(s.approach, SUMMARY_FACT_MAX),
    commitments: facts(s.commitments, SUMMARY_FACT_MAX),
    checksHeading: e(`Against ${s.councilName}'s requirements`),
    checks: checksView(s.checks, links),
    shortfalls: s.shortfalls.length > 0 ? bulletList(s.shortfalls) : 'None.',
  };
}

export function reviewCard(rec: ChecklistRecord, req: Requirements, s: Summary, approverPreview: string, notice = '', links?: SourceLinker): CardJson {
  const need = rec.approach ? exemptionNeed(req, rec.approach) : undefined;
  return expandCard('checklist-review', {
    fallback: summaryMarkdown(s).slice(0, 2000),
    heading: HEADING,
    stepLine: stepLine('review'),
    subline: subline(rec.id, req.council.shortName, rec),
    notice: e(notice),
    errorSummary: '',
    ...summaryParts(s, links),
    exemptionHeading: need ? 'Senior officer approval needed' : '',
    exemptionText: need ? e(`${need.why} ${approverPreview}`) : '',
    exemptionFacts: need && rec.approach?.reason ? facts([{ title: 'Reason given', value: rec.approach.reason }], SUMMARY_FACT_MAX) : [],
    howToAsk: '',
    confirmTitle: need ? 'Confirm and send for senior officer approval' : 'Confirm: ready for PID sign-off',
    id: rec.id,
    version: rec.version,
  });
}

export type Viewer = 'owner' | 'approver';

export function summaryCard(
  rec: ChecklistRecord,
  s: Summary,
  viewer: Viewer,
  opts: { notice?: string; links?: { title: string; url: string }[]; linksExpire?: Date; sourceLinks?: SourceLinker } = {},
): CardJson {
  const owner = viewer === 'owner';
  const reopenTitle = !owner
    ? ''
    : rec.status === 'awaiting-approval'
      ? 'Withdraw the request and edit'
      : rec.status === 'rejected'
        ? 'Revise the checklist'
        : rec.status === 'draft'
          ? ''
          : 'Reopen to edit';
  const last = rec.history.at(-1);
  const ex = s.exemption;
  return expandCard('checklist-summary', {
    fallback: plainFallback([`PID social value summary: ${s.title}`, `Status: ${s.statusLabel}`, ...s.shortfalls.map((x) => `Shortfall: ${x}`)]),
    title: e(s.title),
    statusLabel: e(s.statusLabel),
    subline: e([s.councilName, s.id, `Officer: ${s.owner}`].filter(Boolean).join(' · ')),
    notice: e(opts.notice ?? ''),
    ...summaryParts(s, opts.sourceLinks),
    exemptionHeading: ex ? e(ex.heading) : '',
    exemptionText: '',
    exemptionFacts: ex ? facts(ex.facts, SUMMARY_FACT_MAX) : [],
    howToAsk: ex?.howToAsk ? e(ex.howToAsk) : '',
    pastExemptions: s.pastExemptions.slice(-PAST_SHOWN).map((p, i, shown) => ({
      heading: e(i === 0 && s.pastExemptions.length > shown.length ? `${p.heading} (and ${s.pastExemptions.length - shown.length} earlier, in the download)` : p.heading),
      facts: facts(p.facts.filter((f) => ['Exemption', 'Reason given', 'Decision', 'Decided by', 'Decided', 'Comment', 'Withdrawn'].includes(f.title)), PAST_FACT_MAX),
    })),
    recordLine: e(
      sentence(`The record has ${rec.history.length} ${rec.history.length === 1 ? 'entry' : 'entries'}, kept with who and when${last ? `; the latest: ${formatInstant(last.at)}, ${describePerson(last.by)}${last.detail ? `: ${truncate(last.detail, 160)}` : ''}` : ''}`),
    ),
    links: opts.links ?? [],
    linksLine: opts.linksExpire ? e(`Download links (they expire ${formatInstant(opts.linksExpire.toISOString())}):`) : '',
    canResend: owner && rec.status === 'awaiting-approval',
    isViewer: true,
    isOwner: owner,
    textCommand: `${rec.id} as text`,
    reopenTitle,
    id: rec.id,
    version: rec.version,
  });
}

// ---------------------------------------------------------------------------------------------------
// The approver's card

export function approvalCard(rec: ChecklistRecord, req: Requirements, s: Summary, values: FieldValues = {}, errors: FieldErrors = {}, notice = '', links?: SourceLinker): CardJson {
  const ex = rec.exemption!;
  const c = rec.contract!;
  const view = fieldsView(['comment'], values, errors);
  const weighting = req.weighting.status === 'required' ? req.weighting : undefined;
  const pid = applicableOf(req, 'pid-sign-off')[0];
  const rule = pid
    ? withSource(links, `${req.council.shortName}'s rule: ${pid.rule.statement}`, pid.citation)
    : weighting
      ? withSource(links, `${req.council.shortName}'s rule: ${weighting.rule.statement}`, weighting.citation)
      : e(`Leaving social value out of a procurement needs a documented reason and senior officer approval.`);
  return expandCard('checklist-approval', {
    fallback: `${describePerson(rec.owner)} asks you to approve a social value exemption for ${c.title}.`,
    intro: e(`${describePerson(rec.owner)} asks you to approve a social value exemption for "${c.title}" (${req.council.shortName}, ${describeContract(c)}). Only you${ex.approvers.length > 1 ? ' (or another named approver)' : ''} can decide it.`),
    notice: e(notice),
    errorSummary: view.errorSummary,
    facts: facts([
      { title: 'Checklist', value: rec.id },
      { title: 'Contract', value: c.title },
      { title: 'Service or directorate', value: c.service },
      { title: 'Total value', value: formatPounds(c.value) },
      ...s.exemption!.facts.filter((f) => ['Exemption', 'Proposed against required', 'Reason given', 'Requested'].includes(f.title)),
    ]),
    rule,
    checksHeading: e(`Against ${s.councilName}'s requirements`),
    checks: checksView(s.checks, links),
    shortfalls: s.shortfalls.length > 0 ? bulletList(s.shortfalls) : 'None.',
    values: view.values,
    errors: view.errors,
    id: rec.id,
    requestId: ex.requestId,
  });
}

// ---------------------------------------------------------------------------------------------------
// Lists and notices

/** A record's download links shown at the top of the list ("Word (.docx)" pressed on it). */
export interface ListDownload {
  record: ChecklistRecord;
  links: { title: string; url: string }[];
  expires: Date;
}

export function listCard(heading: string, records: ChecklistRecord[], opts: { empty: string; notice?: string; councilName: (id: CouncilId) => string; download?: ListDownload }): CardJson {
  const items = records.slice(0, 20).map((r) => ({
    title: e(r.contract?.title ?? 'Untitled contract'),
    line: e(
      [r.id, r.contract ? opts.councilName(r.contract.council) : '', r.contract ? formatPounds(r.contract.value) : '', STATUS_LABELS[r.status], r.status === 'draft' ? `at "${STEP_TITLES[r.step]}"` : '', `changed ${formatInstant(r.updated)}`]
        .filter(Boolean)
        .join(' · '),
    ),
    action: r.status === 'draft' ? 'Resume' : 'Open',
    // A finished record can be taken away as a Word document straight from the list.
    canDownload: r.status !== 'draft',
    id: r.id,
  }));
  const d = opts.download;
  return expandCard('checklist-list', {
    fallback: plainFallback([heading, ...records.slice(0, 20).map((r) => `${r.id}: ${r.contract?.title ?? ''} (${STATUS_LABELS[r.status]})`)]),
    heading: e(heading),
    notice: e(opts.notice ?? ''),
    empty: e(opts.empty),
    items,
    downloadLine: d ? e(`${d.record.id}, ${d.record.contract?.title ?? 'Untitled contract'}: the link works until ${formatInstant(d.expires.toISOString())}.`) : '',
    links: d?.links ?? [],
  });
}

export function noticeCard(title: string, text: string): CardJson {
  return expandCard('checklist-notice', { fallback: `${title}\n${text}`, title: e(title), text: e(text) });
}
