/**
 * "£12k pa, 2 yrs + 1 yr extension": the documents use the total agreement value but do not say
 * whether an extension counts towards it. Where the council's rules read differently without the
 * extension (£24,000 is not in excess of Stockport's £25k), the answer without it is given beside.
 */
import { requirementsFor, type Contract } from '../policy/requirements.js';
import type { PolicyPack } from '../policy/schema.js';
import { formatPounds } from '../text/money.js';
import { describeTerm, withoutExtension } from '../understand/contractValue.js';
import type { Question } from '../understand/question.js';
import type { Answer } from './answer.js';

/** The contract without the extension the message gives, and its term when known. */
export interface BaseContract {
  contract: Contract;
  months?: number;
}

function baseContract(q: Question, contract: Contract): BaseContract | undefined {
  const money = q.money?.kind === 'amount' ? q.money : undefined;
  if (!money || money.value !== contract.value) return undefined;
  if (money.sum) return { contract: { ...contract, value: money.sum.base } };
  const base = money.basis ? withoutExtension(money.basis) : undefined;
  return base ? { contract: { ...contract, value: base.value }, months: base.months } : undefined;
}

/** Whether the council's rules treat the two contracts alike: the same weighting and the same rules applying. */
function sameRules(pack: PolicyPack, a: Contract, b: Contract): boolean {
  const key = (c: Contract) => {
    const req = requirementsFor(pack, c);
    const w = req.weighting;
    const weighting = w.status === 'required' ? `${w.rule.id}` : w.status === 'not-at-this-value' ? `none:${w.reasons.map((r) => r.rule.id).join(',')}` : 'not-set';
    return `${weighting}|${req.applicable.map((x) => x.rule.id).sort().join(',')}`;
  };
  return key(a) === key(b);
}

/**
 * The contract without the extension, where the council's rules read it differently from the one with
 * it; undefined where they read the same either way (the context line says the documents are silent).
 * Worked out once per message, for every part asked.
 */
export function differingBase(pack: PolicyPack, q: Question, contract: Contract): BaseContract | undefined {
  const base = baseContract(q, contract);
  return base && !sameRules(pack, contract, base.contract) ? base : undefined;
}

/** The answer without the extension (`base`, from differingBase), titled with its total. */
export function withoutExtensionAnswer(pack: PolicyPack, contract: Contract, base: BaseContract, answerFor: (c: Contract) => Answer): Answer | undefined {
  const alt = answerFor(base.contract);
  if (alt.kind !== 'answer') return undefined;
  const over = base.months ? ` over ${describeTerm(base.months)}` : '';
  // A different band's figure is said with the band it comes from, in the same sentence's line.
  const w = requirementsFor(pack, base.contract).weighting;
  const other = requirementsFor(pack, contract).weighting;
  const band = w.status === 'required' && (other.status !== 'required' || other.rule.id !== w.rule.id) ? ` ${formatPounds(base.contract.value)} falls within ${w.rule.when.wording}.` : '';
  return { ...alt, title: `Without the extension: ${formatPounds(base.contract.value)}${over}`, headline: `${alt.headline}${band}` };
}

/**
 * Of several things asked, whether the answer without the extension says something else: the same
 * answer at the other value ("15%, with a target of 20%" either way) is left out.
 */
export function readsDifferently(contract: Contract, base: BaseContract, withIt: Answer, without: Answer): boolean {
  const asWithIt = without.headline.split(formatPounds(base.contract.value)).join(formatPounds(contract.value));
  return asWithIt !== withIt.headline;
}
