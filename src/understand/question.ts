/**
 * Turns an officer's message into a structured question: which councils, what value, what kind of
 * contract, which TOMs, which topics. Pure text handling; no policy figures live here.
 */
import type { Category, CouncilId, PolicyPack, TopicId } from '../policy/schema.js';
import { findMoney, type MoneyReading } from '../text/money.js';

export type Subject =
  | TopicId
  | 'weighting'
  | 'threshold'
  | 'requirements'
  | 'national'
  | 'compare';

export type Intent =
  | { kind: 'help' }
  | { kind: 'thanks' }
  | { kind: 'goodbye' }
  | { kind: 'set-council'; council: CouncilId }
  | { kind: 'which-council' }
  | { kind: 'unknown-council'; name: string }
  | { kind: 'feature'; feature: 'checklist' | 'action-plan' }
  | { kind: 'question' };

export interface Question {
  intent: Intent;
  councils: CouncilId[];
  money?: MoneyReading;
  category?: Category;
  competitive?: boolean;
  tomsRefs: string[];
  /** what the officer asked about, strongest first */
  subjects: Subject[];
  /** mentions TOMs or measures without a ref ("TOMs for veterans") */
  wantsToms: boolean;
  text: string;
}

export interface CouncilMatcher {
  find(text: string): CouncilId[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function councilMatcher(packs: Iterable<PolicyPack>): CouncilMatcher {
  const entries: { alias: string; id: CouncilId; re: RegExp }[] = [];
  for (const pack of packs) {
    for (const alias of new Set([...pack.council.aliases, pack.council.shortName.toLowerCase(), pack.council.id.replace(/-/g, ' ')])) {
      entries.push({ alias, id: pack.council.id, re: new RegExp(`(?<![a-z0-9])${escapeRegExp(alias.toLowerCase())}(?![a-z0-9])`) });
    }
  }
  // Longest aliases first so "cheshire west and chester" wins over "cheshire west".
  entries.sort((a, b) => b.alias.length - a.alias.length);
  return {
    find(text) {
      const lower = text.toLowerCase().replace(/’/g, "'");
      const hits: { id: CouncilId; index: number }[] = [];
      for (const e of entries) {
        const m = e.re.exec(lower);
        if (m && !hits.some((h) => h.id === e.id)) hits.push({ id: e.id, index: m.index });
      }
      return hits.sort((a, b) => a.index - b.index).map((h) => h.id);
    },
  };
}

const TOMS_REF = /(?<![a-z0-9])(nt\s?-?\d{1,3}[a-z]?|c\s?19\s?[-/ ]?\s?\d{1,2})(?![a-z0-9])/gi;

export function findTomsRefs(text: string): string[] {
  const refs: string[] = [];
  for (const m of text.matchAll(TOMS_REF)) {
    const raw = m[1]!.toLowerCase().replace(/\s|-(?=\d)/g, '');
    let ref: string;
    if (raw.startsWith('nt')) ref = `NT${raw.slice(2).replace(/-/g, '')}`;
    else ref = `C19-${raw.replace(/^c19[-/]?/, '')}`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}

function findCategory(lower: string): Category | undefined {
  if (/\b(works?|construction|building works|capital works|highways?|refurbishment|build)\b/.test(lower) && !/\bhow (does|do) .* work\b|\bworks? (with|for|at)\b/.test(lower)) {
    return 'works';
  }
  if (/\b(services?|care|consultancy)\b/.test(lower)) return 'services';
  if (/\b(goods|supplies|supply contract|equipment|products?|purchases?)\b/.test(lower)) return 'goods';
  return undefined;
}

function findCompetitive(lower: string): boolean | undefined {
  if (/\b(non[- ]?competitive|not competitive|uncompetitive|without (a )?competition|direct(ly)? award(ed)?|single (tender|source|supplier)|sole source|waiver|negotiated without)\b/.test(lower)) {
    return false;
  }
  if (/\b(competitive|competition|tender(ed|ing)?|open procedure|mini[- ]competition|quotes?|quotations?|rfq)\b/.test(lower)) return true;
  return undefined;
}

/** Keywords for each subject. Order matters only for ranking ties. */
const SUBJECT_PATTERNS: [Subject, RegExp][] = [
  ['compare', /\b(compare|comparison|compared|versus|vs\.?|across (all )?(the )?(three )?councils|each council|every council|all (three )?councils|differ(ence|ent)?|which council|highest|lowest|most|least)\b/],
  ['national', /\b(central (government|govt)|national (minimum|weighting|policy|procurement)|(government|govt)'?s? (\d+ ?% )?(minimum|weighting)|ppn ?0?5\/21|cabinet office|nationally)\b/],
  ['pid-sign-off', /\b(pid|procurement initiation|sign[- ]?off|signed off|exempt(ion|ions|ed)?|leave (out|social value out)|left out|not include|without social value|opt out|skip|senior officer)\b/],
  ['payment-deductions', /\b(deduct(ion|ions|ed)?|reduce (the )?(contract(ual)? )?payments?|payment reductions?|reduc(e|ing) payments|service credits?|social value fund|penalt(y|ies)|claw ?back|withh[oe]ld|not deliver(ed|ing)?|(doesn'?t|does not|don'?t|do not|didn'?t|did not|won'?t|can'?t|cannot) deliver|fail(s|ed|ing)? to deliver|under[- ]?deliver)/],
  ['paying-suppliers', /\b(pay(ing)? (local |our |all )?suppliers|payment terms|prompt payment|paid (with)?in|30 days|invoices?|pay (them|invoices))\b/],
  ['minimum-standards', /\b(min(imum)? standards?|modern slavery|ethical standards?|health and safety|fair working|equality (and|&) diversity|bidders? (must|need|have to|are expected)|expect(ed)? (of|from) (all )?bidders)\b/],
  ['carbon', /\b(carbon reduction plans?|carbon|net zero|greenhouse|ghg|climate|emissions?|decarbon\w*)\b/],
  ['living-wage', /\b(living wage|rlw|good employment charter|fair pay)\b/],
  ['maturity-index', /\b(maturity|self[- ]assessment)\b/],
  ['steering-group', /\b(steering group|steering|who chairs|chair of the)\b/],
  ['action-plan', /\b(action plan|actions?|next steps|next (12|twelve) months|appendix c|timeline)\b/],
  ['outcomes', /\b(achiev\w*|delivered|outcomes achieved|(?<!(core|shared|themes,?) )outcomes(?!,? (and|&) measures)|how many contracts|results|secured|impact|track record|so far|per £1|53p|how much social value (has|have|did))\b/],
  ['priorities', /\b(priorit(y|ies|ise|ize|ised|ized)|cohorts?|core outcomes|community needs|focus areas?|charter principles)\b/],
  ['governance', /\b(governance|scrutiny|accountab\w*|oversee|oversight|who reports|reporting)\b/],
  ['training', /\b(training|toolkit|guidance|guides?|learn(ing)?|support for (staff|officers))\b/],
  ['definition', /\b(what (is|does|do you mean by) social value( mean)?|define social value|definition( of social value)?|meaning of social value|social value means?)\b/],
  ['legal-duty', /\b(social value act|the act|legal(ly)?|law|statutory|duty|obligation|2012 act|required by law)\b/],
  ['contract-management', /\b(contract manag\w*|manag\w* (the |our |their )?contracts?|monitor(ing|ed)?|intend|contractual(ly)?|binding|alternative social value)\b/],
  ['evaluation', /\b(evaluat\w*|scor(e|ed|ing)|qualitative|quantitative|assess(ing)? bids|marking)\b/],
  ['portal', /\b(social value portal|the portal|portal|svp)\b/],
  ['toms', /\b(toms?|themes,? outcomes,? (and|&) measures|national toms|measures?)\b/],
  ['weighting', /\b(weighting|weightings|weighted|weight|percentage|what %|how much (weight|social value)|% (do|should|for|is))\b|%/],
  ['threshold', /\b(thresholds?|limits?|at what value|what value|minimum (contract )?value|from what value|over what|when does social value apply|does social value apply|apply to)\b/],
  ['requirements', /\b(requirements?|what (do|must|should) (i|we)|what applies|what'?s? (required|needed)|need to do|do i need|checklist for)\b/],
];

/** Words that make an amount a bound the officer asks about ("contracts over £100k"), not one contract's value. */
const BOUND_BEFORE = /\b(over|above|more than|in excess of|greater than|exceeding|upwards of|at least|under|below|less than|up to)\s*$/;

/** An amount read as a bound: answering for exactly that value would mislead ("over £100k" is 10% in CWaC, £100,000 is 5%). */
function isBound(money: MoneyReading | undefined, clean: string, lower: string): boolean {
  if (money?.kind !== 'amount') return false;
  const at = clean.indexOf(money.text);
  return at >= 0 && BOUND_BEFORE.test(lower.slice(0, at));
}

export function understand(text: string, matcher: CouncilMatcher): Question {
  const clean = text.replace(/\s+/g, ' ').trim();
  const lower = clean.toLowerCase().replace(/[’‘]/g, "'");
  const councils = matcher.find(lower);
  const found = findMoney(clean);
  const bound = isBound(found, clean, lower);
  const money = bound ? undefined : found;
  const tomsRefs = findTomsRefs(lower);
  const subjects = SUBJECT_PATTERNS.filter(([, re]) => re.test(lower)).map(([s]) => s);
  if (bound && !subjects.includes('threshold')) subjects.push('threshold');
  if (councils.length > 1 && !subjects.includes('compare')) subjects.unshift('compare');
  const category = findCategory(lower);
  const competitive = findCompetitive(lower);
  const base = { councils, tomsRefs, subjects, text: clean, wantsToms: subjects.includes('toms') || tomsRefs.length > 0 };
  const extra = { ...(money ? { money } : {}), ...(category ? { category } : {}), ...(competitive !== undefined ? { competitive } : {}) };
  return { intent: intentOf(lower, councils, clean), ...base, ...extra };
}

function intentOf(lower: string, councils: CouncilId[], original: string): Intent {
  const bare = lower.replace(/[!?.,]+/g, ' ').trim();
  if (/^(hi|hello|hey|hiya|morning|good (morning|afternoon|evening)|help|start|menu|\?|what can you do|what do you do|how do(es)? (this|it|you) work|commands)( (there|bot|assistant|please))?$/.test(bare)) {
    return { kind: 'help' };
  }
  const setter = /\b(my council is|i work (for|at|in)|i'?m (at|with|from|in)|set (my )?council( to)?|switch (my council )?to|change (my )?council( to)?|use council|my council'?s?)\b/;
  if (setter.test(bare) && !/\?$/.test(lower.trim()) && !/^(what|which|who)\b/.test(bare)) {
    const council = councils[0];
    if (council) return { kind: 'set-council', council };
    // Echo the name as the officer typed it, not lower-cased.
    const name = original.replace(new RegExp(setter.source, 'i'), '').replace(/[!?.,]+$/, '').trim();
    if (name) return { kind: 'unknown-council', name };
  }
  if (/^(thanks|thank you|thank you very much|thanks a lot|cheers|ta|great thanks|ok thanks|ok thank you|many thanks|perfect thanks)( (bot|assistant|very much))?$/.test(bare)) return { kind: 'thanks' };
  if (/^(bye|goodbye|see you|see ya|cheerio|that'?s all|that is all)( (bot|assistant|for now|thanks))?$/.test(bare)) return { kind: 'goodbye' };
  if (/\b(what|which) (is )?my council\b|\b(what|which) council am i\b|\bwhich council (is|have i) (set|chosen)\b|\bmy council\?*$/.test(bare) && councils.length === 0) {
    return { kind: 'which-council' };
  }
  if (/\b(pid checklist|new pid|checklist|start (a )?pid|^pid$|my checklists)\b/.test(bare)) return { kind: 'feature', feature: 'checklist' };
  if (/^(action plan|digest|agenda|my actions|overdue|update (trf|smbc|cwac)-\d+|add action|request updates)\b/.test(bare)) {
    return { kind: 'feature', feature: 'action-plan' };
  }
  return { kind: 'question' };
}
