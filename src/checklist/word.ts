/**
 * The PID record as a Word document, to attach to the Procurement Initiation Document: the contract,
 * every requirement of the council's policy that applies (its figure, its words and its source), the
 * officer's answers, every shortfall, any exemption and its decision, the record's history and the
 * dates of the policy documents it rests on. Read from the same Summary as the card and the other
 * downloads, so they never disagree.
 */
import { bullets, factTable, gap, heading, labelled, para, table, wordFile, type Block, type CellText } from '../downloads/word.js';
import type { SourceLinker } from '../policy/citations.js';
import type { Requirements } from '../policy/requirements.js';
import type { PolicyDocument } from '../policy/schema.js';
import type { TomsMeasure } from '../policy/tomsCatalogue.js';
import { describeRequirements } from './assess.js';
import { describePerson, type ChecklistRecord } from './model.js';
import { formatDay, formatInstant } from '../text/dates.js';
import { OUTCOME_WORDS, type Summary } from './summary.js';

export interface RecordDocumentInput {
  record: ChecklistRecord;
  summary: Summary;
  /** what the council's policy asks of the contract; undefined before the contract is known */
  requirements?: Requirements;
  /** the council's policy documents (their dates) */
  documents: readonly PolicyDocument[];
  /** a TOMs measure by its reference, for its wording */
  measure: (ref: string) => TomsMeasure | undefined;
  /** links for the citations, to the source pages */
  links?: SourceLinker;
  now?: Date;
}

const DATE_WORDS = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDay(date) : date);

export function recordTitle(s: Pick<Summary, 'title'>): string {
  return `PID social value section: ${s.title}`;
}

export async function recordDocx(input: RecordDocumentInput): Promise<Buffer> {
  const { record: rec, summary: s, requirements: req, links } = input;
  const cited = (text: string | undefined, quote?: string): CellText => {
    if (!text) return '';
    const url = links?.forCitation(text, [quote]);
    return url ? { text, url } : text;
  };
  const blocks: Block[] = [
    labelled('Status', s.statusLabel),
    labelled('Checklist reference', s.id),
    labelled('Council', s.councilName || 'Not chosen yet'),
    labelled('Officer', s.owner),
    labelled('Last changed', formatInstant(s.updated)),
    labelled('Produced', formatInstant((input.now ?? new Date()).toISOString())),
  ];

  blocks.push(heading('The contract'));
  blocks.push(s.contract.length > 0 ? factTable(s.contract) : para('Not filled in yet.'), gap());

  blocks.push(heading("What the council's policy asks"));
  if (!req) blocks.push(para('The contract is not filled in yet, so the requirements are not known.'));
  else {
    const view = describeRequirements(req);
    blocks.push(para(`For a ${view.contractLine}. ${view.weightingLine}`));
    const when = new Map(req.applicable.map((a) => [a.rule.id, a.rule.when.wording]));
    blocks.push(
      table(
        ['Requirement', 'Figure', 'What the policy says', 'Source'],
        view.lines.map((l) => {
          const figures = l.figures.map((f) => `${f.title}: ${f.value}`);
          const applies = when.get(l.ruleId);
          const figure = [...figures, ...(applies ? [`When: ${applies}`] : [])].join('\n') || 'None set';
          const says = [l.statement, ...l.items.map((i) => `• ${i}`), ...(l.quote ? [`The document: “${l.quote}”`] : [])].join('\n');
          return [l.proposed ? `${l.label} (proposed, not yet in force)` : l.label, figure, says, cited(l.citation, l.quote)];
        }),
        [18, 18, 40, 24],
      ),
      gap(),
    );
    if (view.notApplicable.length > 0) {
      blocks.push(heading('Not required for this contract', 3));
      blocks.push(...bullets(view.notApplicable.map((n) => `${n.label}: not required, as ${n.reason} (${n.citation})`)));
    }
  }

  blocks.push(heading('The social value approach'));
  if (s.approach.length === 0) blocks.push(para('Not filled in yet.'));
  else {
    blocks.push(factTable(s.approach), gap());
    const refs = rec.approach?.toms ?? [];
    if (refs.length > 0) {
      blocks.push(heading('TOMs measures chosen', 3));
      blocks.push(
        table(
          ['Reference', 'Measure', 'Outcome'],
          refs.map((ref) => {
            const m = input.measure(ref);
            return [ref, m?.measure ?? m?.note ?? 'Not in the National TOMs catalogue', m?.outcome ?? ''];
          }),
          [15, 55, 30],
        ),
        gap(),
      );
    }
  }

  blocks.push(heading('Commitments'));
  blocks.push(s.commitments.length > 0 ? factTable(s.commitments) : para('Not filled in yet.'), gap());

  if (s.checks.length > 0) {
    blocks.push(heading(`Against ${s.councilName}'s requirements`));
    blocks.push(
      table(
        ['Requirement', 'Answer', 'Outcome', 'Source'],
        s.checks.map((c) => [c.label, c.answer, `${OUTCOME_WORDS[c.outcome]}${c.note ? `: ${c.note}` : ''}`, cited(c.citation, c.quote)]),
        [24, 22, 30, 24],
      ),
      gap(),
    );
  }

  blocks.push(heading('Shortfalls'));
  blocks.push(...(s.shortfalls.length > 0 ? bullets(s.shortfalls) : [para('None.')]));

  for (const e of [...(s.exemption ? [s.exemption] : []), ...s.pastExemptions]) {
    blocks.push(heading(e.heading));
    blocks.push(factTable(e.facts), gap());
    if (e.howToAsk) blocks.push(para(e.howToAsk));
  }

  blocks.push(heading('The record'));
  blocks.push(
    table(
      ['When', 'Who', 'What', 'Detail'],
      s.history.map((h) => [formatInstant(h.at), describePerson(h.by), h.event, h.detail ?? '']),
      [18, 22, 18, 42],
    ),
    gap(),
  );

  blocks.push(heading('Policy documents'));
  blocks.push(
    table(
      ['Document', 'Date', 'How current'],
      input.documents.map((d) => {
        const url = links?.forDocument(d.id);
        return [url ? { text: d.title, url } : d.title, [DATE_WORDS(d.date), d.period ? `covers ${d.period}` : ''].filter(Boolean).join(', '), d.currency ?? ''];
      }),
      [45, 20, 35],
    ),
  );

  return wordFile({
    title: recordTitle(s),
    header: [s.councilName, s.id, 'PID social value record'].filter(Boolean).join(' · '),
    description: `The social value section of the Procurement Initiation Document for ${s.title} (${s.id}), from the Social Value Assistant.`,
    blocks,
  });
}
