/**
 * The steering group's standing agenda item as a Word document for the minutes: the same content as
 * the digest's card and Markdown (changes since the last digest, overdue and at-risk actions,
 * decisions needed), and every action of the plan in one table.
 */
import { bullets, gap, heading, labelled, para, table, wordFile, type Block } from '../downloads/word.js';
import { formatInstant } from '../text/dates.js';
import { describeEntry, dueText, type Digest } from './digest.js';
import { isOverdue, type ActionItem } from './model.js';

const actionRows = (items: readonly ActionItem[], today: string) =>
  items.map((i) => [i.ref, i.theme, i.action, i.lead ?? 'not set', `${dueText(i)}${isOverdue(i, today) ? ' (overdue)' : ''}`, i.status]);
const ACTION_HEADER = ['Reference', 'Theme', 'Action', 'Lead', 'Due', 'Status'];
const ACTION_WIDTHS = [10, 16, 38, 14, 12, 10];

export function digestTitle(d: Pick<Digest, 'plan'>): string {
  return `${d.plan.title}: digest`;
}

export async function digestDocx(d: Digest): Promise<Buffer> {
  const blocks: Block[] = [
    labelled('Steering group', d.councilName),
    labelled('Produced', formatInstant(d.generatedAt)),
    labelled('Changes counted', d.sinceLabel),
    para('Standing agenda item: updates and progress against actions.'),
  ];

  blocks.push(heading(`Changes ${d.sinceLabel}`));
  if (d.changes.length === 0) blocks.push(para('No changes.'));
  for (const c of d.changes) {
    blocks.push(heading(`${c.item.ref}: ${c.item.action}`, 3));
    blocks.push(...bullets(c.entries.map(describeEntry)));
  }

  const list = (title: string, items: ActionItem[], none: string) => {
    blocks.push(heading(title));
    blocks.push(items.length === 0 ? para(none) : table(ACTION_HEADER, actionRows(items, d.today), ACTION_WIDTHS), gap());
  };
  list('Overdue', d.overdue, 'Nothing overdue.');
  list('At risk or off track', d.atRisk, 'Nothing at risk or off track.');

  blocks.push(heading('Decisions needed'));
  blocks.push(...(d.decisions.length === 0 ? [para('None.')] : bullets(d.decisions.map((x) => `${x.text}: ${x.refs.join(', ')}`))));

  list('All actions', d.items, 'The plan has no actions.');

  return wordFile({
    title: digestTitle(d),
    header: `${d.councilName} social value steering group · digest · ${formatInstant(d.generatedAt)}`,
    description: `The standing agenda item of the ${d.councilName} social value steering group, from the Social Value Assistant.`,
    blocks,
  });
}
