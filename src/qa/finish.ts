/**
 * The last touches on an answer: the context line (what a follow-up carried over, how a value was
 * read, why this council) and how current the documents it cites are.
 */
import type { PolicyPack } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import type { Carried } from '../understand/context.js';
import { describeTerm } from '../understand/contractValue.js';
import type { Question } from '../understand/question.js';
import type { Answer } from './answer.js';
import { citedDocuments, currencyLine, currencyWarnings } from './currency.js';
import { ledByAsked } from './ledByAsked.js';

/** The context line and how current; `why`: why this council, when the question did not name it. */
export function finish(today: Date, given: Answer, packs: PolicyPack[], q: Question, carried: Carried, why?: string): Answer {
  const context = contextLine(q, carried, packs.length === 1 ? packs[0] : undefined, why);
  if (given.kind !== 'answer') return { ...given, ...(context ? { context } : {}) };
  const answer = q.asksMore ? ledByAsked(given, q.otherWords) : given;
  const docs = packs.flatMap((p) => p.documents);
  const first = [...answer.sources, ...(answer.parts ?? []).flatMap((p) => p.sources)];
  const cited = citedDocuments(docs, [...first, ...answer.sections.map((s) => s.source ?? '')]);
  const shown = cited.length > 0 ? cited : docs;
  // Warn about the documents the first view cites: the answer rests on them.
  const warnings = currencyWarnings(citedDocuments(docs, first), today);
  return {
    ...answer,
    ...(context ? { context } : {}),
    currency: answer.currency ?? currencyLine(shown),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** No document says whether an (optional) extension counts towards the total agreement value. */
const EXTENSION_UNSAID = 'The policies use the total agreement value but do not say whether an extension counts towards it.';

function contextLine(q: Question, carried: Carried, pack: PolicyPack | undefined, why?: string): string | undefined {
  const money = q.money?.kind === 'amount' ? q.money : undefined;
  const lines: string[] = [];
  const name = pack?.council.shortName;
  if (carried.compared) {
    const kind = carried.category ? `${carried.category} contract` : 'contract';
    const value = money ? (carried.value !== undefined ? `, for the same ${formatPounds(money.value)} ${kind}` : `, for ${formatPounds(money.value)}`) : '';
    lines.push(`The same comparison${value}.`);
  } else if (carried.term && money && name) {
    lines.push(`The same contract at the same rate, in ${name}.`);
  } else if (carried.sameTerm && money && name) {
    lines.push(`The same contract over the same term, at the new rate, in ${name}.`);
  } else if (carried.value !== undefined && money) {
    const kind = carried.category ? `${carried.category} contract` : 'contract';
    lines.push(`For the same ${formatPounds(money.value)} ${kind}${name ? `, in ${name}` : ''}${carried.council ? ', as before' : ''}.`);
  } else if (carried.council && name) {
    lines.push(`For the same council as before, ${name}.`);
  } else if ((carried.subjects || carried.currency) && name) {
    lines.push(`The same question, for ${name}.`);
  } else if (why && why !== 'carried' && name) {
    lines.push(`For ${name}, ${why}.`);
  }
  if (carried.readBeside !== undefined && money) {
    lines.push(`I read "${money.text}" as ${formatPounds(money.value)}, in the units of the ${formatPounds(carried.readBeside)} before.`);
  }
  if (carried.eitherOver !== undefined && money && q.amounts.length > 1) {
    const over = describeTerm(carried.eitherOver);
    lines.push(
      `The policies use the total agreement value: if ${formatPounds(money.value)} is the total over ${over}, the answer is as before; if it is ${formatPounds(money.value)} a year, the total over ${over} is ${formatPounds(q.amounts[1]!)}. Both answers follow.`,
    );
  }
  if (money?.separate) {
    lines.push(`Each of the ${money.separate} contracts is ${formatPounds(money.value)}: the answer is for one of them. The documents do not say whether a requirement may be split into separate contracts.`);
  }
  if (money?.sum) {
    lines.push(`${formatPounds(money.value)} in total (${formatPounds(money.sum.base)} plus a ${formatPounds(money.sum.extension)} extension). ${EXTENSION_UNSAID}`);
  }
  if (money?.basis) {
    const b = money.basis;
    if (b.months) {
      const ext = b.extensionMonths ? `, including ${describeTerm(b.extensionMonths)} of extension` : '';
      lines.push(`${formatPounds(money.value)} in total over ${describeTerm(b.months)} (${formatPounds(b.rate)} a ${b.per}${ext})${b.extensionMonths ? `. ${EXTENSION_UNSAID}` : ': the policies use the total agreement value.'}`);
    } else {
      lines.push(`I read ${formatPounds(b.rate)} a ${b.per}; the policies use the total agreement value including extensions, so say how long the contract runs for the right figure.`);
    }
  }
  return lines.length > 0 ? lines.join(' ') : undefined;
}
