/**
 * Officers' acceptance table: questions as council officers really type them, written from the four
 * council documents and the reply contract, not from anything the bot says. Nobody on the project
 * wrote these; questions.ts is the project's own table.
 *
 * The documents (data/sources/, the project's copy of the published texts):
 *   001 Trafford: Report to the Executive, 24 October 2022, "Trafford Social Value Charter and Draft
 *       Social Value Action Plan"
 *   002 Stockport Social Value Annual Statement 2022-2023
 *   003 Stockport's Social Value Charter (2019)
 *   004 Cheshire West and Chester Council Social Value Policy 2021-25
 *
 * The reply contract the rows rest on, beyond questions.ts:
 * - firstLine: the first reply activity's own `text` is a one-line answer; a clear verdict starts
 *   with "Yes" or "No".
 * - buttons: a "Did you mean …?" or "Which council?" reply offers Action.Submit / Action.Execute
 *   buttons whose `data.ask` is the officer's own question with the council put right.
 * - before: a two- or three-part question is answered in the order it was asked.
 * - follow-ups: rows with the same `user` are one 1:1 conversation. A follow-up that carries a
 *   value, council or category over from an earlier question says so: the word "same" and what it
 *   carried ("For the same £200,000 contract, in Trafford …").
 * - noDefault: the row runs on a bot with no DEFAULT_COUNCIL (the others run with stockport).
 * - derived: figures the reply may state because they follow from the officer's own (a total over
 *   years); the figure checker allows them as it allows the question's own figures.
 *
 * Rows without a `user` each run as a user of their own, so no row leans on another's conversation.
 * Every reply also goes through the figure checker (runner.ts / figures.ts).
 */
import { ANY_PCT_NOT_NATIONAL, money, pct } from './figures.js';
import {
  CASE_BY_CASE,
  CENTRAL_GOVERNMENT,
  COMPETITIVE,
  CWAC,
  CWAC_10_NOT_APPLYING,
  CWAC_5_NOT_APPLYING,
  CWAC_RE,
  IN_COMPETITIVE,
  MINIMUM,
  NEGATIVE,
  NO_FIGURES,
  NO_POLICY_ANSWER,
  NO_WEIGHTING,
  NOT_COUNCIL_RULE,
  OVER_100K,
  POINTER,
  SRC,
  STOCKPORT,
  STOCKPORT_RE,
  STRICTLY_ABOVE,
  TARGET,
  TRAFFORD,
  TRAFFORD_RE,
  WRONG_COUNCIL_FIGURES,
  stockportBandNotApplying,
  stockportWeighting,
  traffordNoWeighting,
  type OfficerTopic,
  type QaRow,
} from './questions.js';

export type { OfficerTopic };

export interface OfficerRow extends QaRow {
  topic: OfficerTopic;
  /** the first reply activity's `text` (leading Markdown emphasis and spaces ignored) must match */
  firstLine?: RegExp;
  /** each must match the `data.ask` of some Action.Submit / Action.Execute on the reply's cards */
  buttons?: (string | RegExp)[];
  /** in order: each must appear in the reply text after the previous one */
  before?: (string | RegExp)[];
  /** run on the bot started without DEFAULT_COUNCIL */
  noDefault?: true;
  /** figures that follow from the officer's own (a total over years): the reply may state them */
  derived?: number[];
}

/** The minimum number of rows of each kind (follow-ups: conversations, not turns). */
export const MINIMUM_ROWS: Readonly<Record<OfficerTopic, number>> = {
  'weighting and thresholds': 60,
  'follow-up': 40,
  'documents do not say': 30,
  'totals over years': 15,
  verdict: 20,
  'multi-part': 20,
  'misspelt or uncovered council': 15,
  'no council known': 15,
  'document facts': 20,
  'shared by the councils': 10,
  'off-topic': 10,
  routing: 10,
};

type M = string | RegExp;
type Row = Omit<OfficerRow, 'topic'>;
type Part = Pick<QaRow, 'council' | 'includes' | 'excludes' | 'source'>;

const kind = (topic: OfficerTopic, list: Row[]): OfficerRow[] => list.map((r) => ({ ...r, topic }));

// ---------------------------------------------------------------------------------------------
// Matchers

const SAME = /\bsame\b/i;
const TOMS = /\bTOMs\b|Themes,? Outcomes,? (?:and|&) Measures/i;
const PORTAL = /Social Value Portal/i;
const STAR = /\bSTAR\b/;
/** Stockport Annual Statement s.4: "with very few exceptions, requiring senior officer sign off". */
const SENIOR_OFFICER = /senior officer/i;
/** The reply says the documents do not give it (the wording the contract asks for). */
const DOES_NOT_SAY =
  /\b(?:do(?:es)? not|don't|doesn't)\b[^.\n]{0,40}\b(?:say|give|set|state|specify|mention|include|cover|name)\b|\bnot (?:given|stated|set|specified|covered)\b/i;
/** The help card, or the "I can help with social value" pointer, instead of an answer. */
const HELP_OR_POINTER = [/Weighting and threshold questions|PID social value checklist|Steering group action plan/i, /I can help with social value/i];
const NOT_COVERED = /not covered|don't cover|do not cover/i;
/** A council's policy figures: none in a reply about a council the bot does not cover. */
const NO_POLICY_FIGURES: RegExp[] = [/\d ?(?:%|per ?cent)/i, money(25000), money(50000), money(100000), /^\W*sources?\W*:/im];
const REFUSAL = /\bnot (?:been )?changed\b|\bonly (?:members|the chair)\b|\bcan(?:no|')t (?:update|change|close)\b|\bnot allowed\b|\bpermission\b/i;
const WHICH_COUNCIL = /\bwhich council\b/i;
const LESS_THAN = /less than|under|sooner|faster|quicker|fewer than/i;
/** Below the target, above the minimum: "meets the minimum, below the 20% target". */
const SHORT_OF_TARGET = /below|short of|under|less than|not (?:yet )?(?:meet|reach)|doesn't (?:meet|reach)|does not (?:meet|reach)/i;

/** A clear verdict in the one-line answer. */
const YES = /^Yes\b/;
const NO = /^No\b/;
/** Below a standard the policy lets be "varied on a case by case basis" (CWaC (iv)): not a flat no. */
const BELOW_VARIED_STANDARD = /^Only as a justified case-by-case variation\b/;
/**
 * Neither yes nor no ("No weighting is set …" is fine; "No, …" / "Yes …" is a verdict). Matches the
 * empty string: a reply whose first activity has no text of its own gives no verdict either.
 */
const NOT_A_VERDICT = /^(?!(?:yes|no)\s*[,.;:!-])(?!yes\b)/i;

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "in total over 5 years" / "in total over five years" (1 year: "1 year" or "12 months"). */
function overYears(n: number): RegExp {
  const word = NUMBER_WORDS[n] ?? String(n);
  if (n === 1) return /in total over (?:1|one) year\b|in total over (?:12|twelve) months/i;
  return new RegExp(`in total over (?:${n}|${word}) years`, 'i');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const part = (m: M): string => (typeof m === 'string' ? escapeRe(m) : m.source);

/** A button question naming `council` and carrying every key part of the officer's question. */
function askWith(council: RegExp, ...keys: M[]): RegExp {
  return new RegExp(`^(?=[\\s\\S]*(?:${council.source}))${keys.map((k) => `(?=[\\s\\S]*(?:${part(k)}))`).join('')}`, 'i');
}
/** The officer's question with the council put right: the right name, not the misspelling. */
function askCorrected(council: RegExp, wrong: string, ...keys: M[]): RegExp {
  return new RegExp(`^(?![\\s\\S]*\\b${escapeRe(wrong)}\\b)${askWith(council, ...keys).source.slice(1)}`, 'i');
}
const ASK_STOCKPORT = /\bStockport\b/;
const ASK_TRAFFORD = /\bTrafford\b/;
const ASK_CWAC = /Cheshire West|CWaC|CW&C/;
/** The three council buttons of a "Which council?" reply, each the question with that council. */
const threeCouncils = (...keys: M[]): RegExp[] => [askWith(ASK_STOCKPORT, ...keys), askWith(ASK_TRAFFORD, ...keys), askWith(ASK_CWAC, ...keys)];
/**
 * In a reply about several councils, `m` said of `council`: in the same sentence as its name, or in
 * its part of the reply (from its name up to the next other council's name).
 */
function saidOf(council: RegExp, others: RegExp, m: RegExp): RegExp {
  const C = council.source;
  const O = others.source;
  const M = m.source;
  return new RegExp(`(?:${C})[^.\\n]*(?:${M})|(?:${M})[^.\\n]*(?:${C})|(?:${C})(?:(?!${O})[\\s\\S])*?(?:${M})`, 'i');
}
const OF_STOCKPORT = (m: RegExp): RegExp => saidOf(/Stockport|SMBC/, /Trafford|Cheshire West|CWaC|CW&C/, m);
const OF_TRAFFORD = (m: RegExp): RegExp => saidOf(/Trafford/, /Stockport|SMBC|Cheshire West|CWaC|CW&C/, m);
const OF_CWAC = (m: RegExp): RegExp => saidOf(/Cheshire West|CWaC|CW&C/, /Stockport|SMBC|Trafford/, m);
const didYouMean = (name: string): RegExp => new RegExp(`Did you mean ${escapeRe(name).replace(/ and /g, ' (?:and|&) ')}\\?`, 'i');

// ---------------------------------------------------------------------------------------------
// What each council's rule gives (document and sentence in each comment)

/**
 * Stockport Charter 2019 s.4: "attribute a minimum weighting of 15% with an overall target of 20%, in
 * all competitive procurement activity with a total agreement value in excess of £25k".
 */
const sw = (extra: M[] = []): Part => stockportWeighting(extra);
/** £25,000 or less is not "in excess of £25k" (Statement s.4: "captured in all procurement activity over £25k"). */
const stockportNone = (extra: M[] = []): Part => ({
  council: STOCKPORT,
  includes: [NO_WEIGHTING, money(25000), ...extra],
  excludes: stockportBandNotApplying(),
  source: SRC.stockport,
});
/** The Charter's weighting is for "all competitive procurement activity". */
const stockportNonCompetitive = (extra: M[] = []): Part => ({
  council: STOCKPORT,
  includes: [NO_WEIGHTING, COMPETITIVE, ...extra],
  excludes: stockportBandNotApplying(IN_COMPETITIVE),
  source: SRC.stockport,
});
/**
 * Charter intro and s.4: the Social Value Portal "for all competitive procurement activity with a
 * total agreement value in excess of £50k. For contracts less than this threshold, the National TOMs
 * will continue to be used"; Statement s.4: "TOMs / Social Value Portal ... in all activity over £50k".
 */
const stockportPortal = (extra: M[] = []): Part => ({ council: STOCKPORT, includes: [PORTAL, money(50000), ...extra], source: SRC.stockport });
const stockportNoPortal = (extra: M[] = []): Part => ({
  council: STOCKPORT,
  includes: [money(50000), STRICTLY_ABOVE, TOMS, ...extra],
  source: SRC.stockport,
});
/**
 * CWaC Policy, Policy interventions (iv): "For contracts with a total value between £50,000 and
 * £100,000 a social value weighting of 5% ... This standard weighting could be varied on a case by
 * case basis"; "higher value contracts (above £100,000 total value) 10% ... could be varied on a case
 * by case basis". Nothing below £50,000.
 */
const cwac5 = (extra: M[] = []): Part => ({
  council: CWAC,
  includes: [pct(5), CASE_BY_CASE, ...extra],
  excludes: [CWAC_10_NOT_APPLYING],
  source: SRC.cwac,
});
const cwac10 = (extra: M[] = []): Part => ({
  council: CWAC,
  includes: [pct(10), CASE_BY_CASE, ...extra],
  excludes: [CWAC_5_NOT_APPLYING],
  source: SRC.cwac,
});
const cwacNone = (extra: M[] = []): Part => ({
  council: CWAC,
  includes: [NO_WEIGHTING, money(50000), ...extra],
  excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
  source: SRC.cwac,
});
/**
 * Trafford report: no weighting anywhere. 2.3: STAR adopted the TOMs "to measure Social Value and
 * apply it to all contracts over £50k"; 3.1: "All contracts over £50K are reported through the Social
 * Value Portal".
 */
const traffordNone = (extra: M[] = []): Part => traffordNoWeighting({ includes: extra });
const traffordOver50k = (extra: M[] = []): Part => traffordNone([TOMS, PORTAL, ...extra]);
const traffordPortal = (extra: M[] = []): Part => ({
  council: TRAFFORD,
  includes: [PORTAL, money(50000), ...extra],
  excludes: [ANY_PCT_NOT_NATIONAL],
  source: SRC.trafford,
});
const traffordNoPortal = (extra: M[] = []): Part => ({
  council: TRAFFORD,
  includes: [money(50000), STRICTLY_ABOVE, ...extra],
  excludes: [ANY_PCT_NOT_NATIONAL],
  source: SRC.trafford,
});
/** Below Stockport's 15% minimum: No first, the minimum, and the senior officer sign-off a lower figure needs. */
const stockportBelow = (extra: M[] = []): Part & { firstLine: RegExp } => ({
  council: STOCKPORT,
  firstLine: NO,
  includes: [pct(15), MINIMUM, SENIOR_OFFICER, ...extra],
  source: SRC.stockport,
});
/** "my council is …" and the like: names the council. */
const ack = (council: string): Part => ({ council, includes: [] });

// =============================================================================================
// 1. Weighting and threshold questions, the three councils and their boundaries

const WEIGHTING: OfficerRow[] = kind('weighting and thresholds', [
  // Chester on its own is the city of Cheshire West and Chester, not Stockport (the default council).
  { q: 'social value weighting, £140k contract, Chester', ...cwac10([money(140000)]), why: 'CWaC (iv): "above £100,000 total value" 10%' },
  { q: 'chester council - 70,000 services, what weighting', ...cwac5([money(70000)]), why: 'CWaC (iv): "between £50,000 and £100,000" 5%' },
  // Stockport: Charter s.4, minimum 15%, target 20%, competitive, in excess of £25k (strict).
  { q: 'stockport sv wieghting for a 60k services contract', ...sw() },
  { q: 'Hi, quick one — what weighting does Stockport want for social value on a £45,000 goods contract?', ...sw() },
  { q: 'need the weighting for a stockport works contract, 120 grand', ...sw([money(120000)]) },
  { q: 'SMBC 25k exactly - do we need the 15%?', ...stockportNone(), why: '£25k is not "in excess of £25k"' },
  { q: 'what % for social value on a twenty thousand pound contract in stockport', ...stockportNone() },
  { q: 'stockport council min weighting 26000', ...sw() },
  { q: 'whats the min and target sv weighting stockport 1.5m', ...sw([money(1500000)]) },
  { q: 'is there a social value weighting under 25k in stockport', ...stockportNone() },
  { q: 'seventy five thousand pound stockport tender, what do i put for social value weighting', ...sw([money(75000)]) },
  { q: 'Stockport: 25,001 pounds contract weighting', ...sw(), why: 'one pound over £25,000 is in excess of £25k' },
  { q: 'what is the weighting for social value in stockport for a £10k contract', ...stockportNone() },
  { q: 'weighting for sv on an smbc framework worth 3 million', ...sw([money(3000000)]) },
  { q: 'stockport weighting 99k works', ...sw() },
  { q: 'how much of the evaluation should be social value for a £250k stockport services tender', ...sw([money(250000)]) },
  { q: 'stockport direct award 90k do we need the sv weighting', ...stockportNonCompetitive(), why: 'Charter s.4: "competitive procurement activity"' },
  { q: 'single source contract in stockport for £35k - does the 15% minimum apply?', ...stockportNonCompetitive() },
  // Stockport thresholds and the Portal: Statement s.4 "captured in all procurement activity over
  // £25k"; Charter s.4 Portal "in excess of £50k", National TOMs below it.
  { q: 'stockport thresold for social value', council: STOCKPORT, includes: [money(25000), money(50000)], source: SRC.stockport },
  { q: 'at what value does stockport start capturing social value', council: STOCKPORT, includes: [money(25000), STRICTLY_ABOVE], source: SRC.statement },
  { q: 'stockport portal threshold pls', ...stockportPortal() },
  { q: 'do i need the social value portal on a stockport contract worth £50,000', ...stockportNoPortal(), why: '£50,000 is not in excess of £50k: TOMs, no Portal' },
  { q: 'stockport 51k competitive tender - portal or not?', ...stockportPortal() },
  { q: 'under 50k in stockport do we still use the national toms', council: STOCKPORT, includes: [TOMS, money(50000)], source: SRC.charter },

  // Cheshire West and Chester: Policy interventions (iv). "between £50,000 and £100,000" is inclusive.
  { q: 'cheshire west weighting for a £60k services contract', ...cwac5() },
  { q: 'whats the cw&c social value wieghting for exactly £50,000', ...cwac5(), why: '£50,000 is inside "between £50,000 and £100,000"' },
  { q: 'cheshire west and chester, £49k contract - any social value weighting?', ...cwacNone() },
  { q: 'cwac £100k on the nose, 5 or 10%?', ...cwac5(), why: '£100,000 is "between £50,000 and £100,000", not "above £100,000"' },
  { q: 'cheshire west £101k tender weighting', ...cwac10() },
  { q: 'CWaC weighting 1.2m works', ...cwac10([money(1200000)]) },
  { q: 'what weighting does cheshire west apply to a 30 grand contract', ...cwacNone() },
  { q: 'cheshire west weighting for seventy five thousand pounds', ...cwac5([money(75000)]) },
  { q: 'cw&c weighting on a half a million pound contract', ...cwac10([money(500000)]) },
  { q: 'cwac thresolds for social value weighting', council: CWAC, includes: [money(50000), money(100000), pct(5), pct(10)], source: SRC.cwac },
  { q: 'cheshire west: is the 5% fixed or can it change', council: CWAC, includes: [pct(5), /case[ -]by[ -]case/i], source: SRC.cwac },
  { q: 'hi there, weighting for a cwac goods contract valued at £85,500?', ...cwac5([money(85500)]) },
  { q: 'cwac 99,999 weighting', ...cwac5() },
  { q: 'cheshire west weighting above 100k', ...cwac10() },
  { q: 'what social value % does cheshire west and chester use for contracts between 50k and 100k', ...cwac5() },
  {
    q: 'does cheshire west use the social value portal',
    council: CWAC,
    includes: [PORTAL],
    source: SRC.cwac,
    why: 'Delivery and evaluation: "The Social Value Portal will be engaged to provide a web platform to monitor the progress"',
  },
  { q: 'cwac services 40000 wt?', ...cwacNone() },
  { q: 'cheshire west weighting for a 2.5 million pound construction project', ...cwac10([money(2500000)]) },
  {
    q: 'cwac - does the weighting depend on whether its goods, works or services?',
    council: CWAC,
    includes: [pct(5), pct(10), money(50000), money(100000)],
    source: SRC.cwac,
    why: 'the policy sets the weighting by total value, whatever is bought',
  },
  { q: 'min wieghting cwac £150k', ...cwac10() },

  // Trafford: no weighting; TOMs (2.3) and the Social Value Portal (3.1) for all contracts over £50k.
  { q: 'trafford sv weighting for a 60k services contract', ...traffordOver50k() },
  { q: 'Hi, what weighting should I use for Trafford on a £200,000 works contract?', ...traffordOver50k() },
  { q: 'trafford council weighting for 40k', ...traffordNone([money(50000)]) },
  { q: 'what % does trafford give social value', ...traffordNone() },
  { q: 'trafford thresold for the portal', ...traffordPortal() },
  { q: 'do trafford contracts under 50k go on the social value portal', ...traffordNoPortal([PORTAL]) },
  { q: 'trafford £50,000 contract - is the portal required', ...traffordNoPortal(), why: '"over £50k": £50,000 is not over' },
  { q: 'trafford 50,001 portal?', ...traffordPortal() },
  { q: 'does trafford use the toms', council: TRAFFORD, includes: [TOMS, money(50000), STAR], source: SRC.trafford, why: '2.3: "STAR adopted the Themes, Outcomes, Measures (TOMS) approach in April 2019"' },
  { q: 'is there a trafford minimum weighting for 300k', ...traffordOver50k() },
  { q: 'trafford weighting seventy five thousand', ...traffordOver50k() },
  { q: 'need the sv wt for trafford 1m construction', ...traffordOver50k() },
  { q: 'what weighting do STAR use for trafford contracts', ...traffordNone() },
  { q: 'trafford 25k contract social value?', council: TRAFFORD, includes: [money(50000)], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  { q: 'trafford social value threshold', council: TRAFFORD, includes: [money(50000)], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  {
    q: 'does the 50k portal rule in trafford apply to goods too',
    council: TRAFFORD,
    includes: [money(50000), /all contracts/i],
    excludes: [ANY_PCT_NOT_NATIONAL],
    source: SRC.trafford,
    why: '3.1: "All contracts over £50K are reported through the Social Value Portal"',
  },
  { q: 'trafford weighting 49,999', ...traffordNone([money(50000)]) },
  { q: 'wots the weighting 4 trafford on a 90k job', ...traffordOver50k() },
  // Held-out round 9. Ranges of values: each part of the range under its own rule, not the first figure.
  { q: 'whats the sv % for a £75k stockport job', ...sw([money(75000)]) },
  { q: 'cwac 55k works - weighting pls', ...cwac5() },
  { q: 'weighting for 250k cheshire w&c', ...cwac10([money(250000)]), why: '"cheshire w&c" is Cheshire West and Chester, not the default council' },
  { q: 'trafford sv weighting 30k goods', ...traffordNone([money(50000)]) },
  // CWaC (iv): nothing below £50,000; "between £50,000 and £100,000" includes £50,000 (5%).
  { q: 'cwac weighting for contracts between 25k and 50k', council: CWAC, includes: [NO_WEIGHTING, pct(5), money(25000), money(50000)], source: SRC.cwac },
  // Charter s.4: £25,000 itself is not "in excess of £25k"; above it 15% minimum, 20% target.
  {
    q: 'stockport weighting 25-50k',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, pct(15), pct(20), money(25000), money(50000)],
    source: SRC.stockport,
    why: 'a range across the £25k threshold: the rule at each end, not the first figure alone',
  },
  // Trafford 3.1: "All contracts over £50K are reported through the Social Value Portal".
  { q: 'trafford portal for 40k-60k contracts', council: TRAFFORD, includes: [PORTAL, money(40000), money(50000), money(60000)], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  { q: 'cwac weighting between £60k and £90k', ...cwac5([money(60000), money(90000)]), why: 'the whole range is in the 5% band' },
  { q: 'weighting for £120k-£200k in cwac', ...cwac10([money(120000), money(200000)]), why: 'the whole range is above £100,000' },
  // Held-out set 9b: terse, rambling, and a council change in passing.
  { q: 'sv % trafford?', ...traffordNone() },
  { q: 'cwac 120k wghting', ...cwac10([money(120000)]) },
  { q: 'portal thresh stockport', ...stockportPortal() },
  {
    q: "Hi, hope you're well, sorry to bother you, I'm new in the commissioning team and my manager has asked me to get a tender out for a home care support service, we think it's about £85k in total over the life of it, it's for Cheshire West and Chester, and I'm not sure what weighting to give social value in the evaluation, also I've never used the portal before so any tips welcome, thanks!",
    ...cwac5([money(85000), PORTAL]),
    before: [pct(5), PORTAL],
    why: 'the weighting is asked; "in the evaluation" is where it goes',
  },
  {
    q: "Morning! Quick one, we had a meeting yesterday about the new parks maintenance contract and someone said we have to use the social value portal for everything now even small stuff, the contract's only about £35k, this is Stockport, is that right or did I mishear? Cheers",
    ...stockportNoPortal([money(35000)]),
    firstLine: NO,
  },
  { q: "I've moved to trafford now, what's the weighting for a 70k contract", ...traffordOver50k([money(70000)]) },
]);

// =============================================================================================
// 2. Follow-up conversations: each `user` is one 1:1 conversation, turns in order

let convCount = 0;
function conversation(turns: Row[]): OfficerRow[] {
  const user = `conv-${String(++convCount).padStart(2, '0')}`;
  return kind('follow-up', turns.map((t) => ({ ...t, user })));
}
/** "Which council?" with the three councils as buttons, on the bot with no default council. */
function whichCouncilRow(...keys: M[]): Pick<Row, 'includes' | 'buttons' | 'noDefault'> {
  return { includes: [WHICH_COUNCIL], buttons: threeCouncils(...keys), noDefault: true };
}
/** A follow-up that carries something over says "same" and what it carried. */
const carried = (p: Part, ...what: M[]): Part => ({ ...p, includes: [...p.includes, SAME, ...what] });

const FOLLOW_UPS: OfficerRow[] = [
  ...conversation([
    { q: '£200k services contract in Stockport weighting?', ...sw([money(200000)]) },
    { q: 'and what about Trafford?', ...carried(traffordOver50k(), money(200000)) },
    { q: 'what about Cheshire West?', ...carried(cwac10(), money(200000)) },
  ]),
  ...conversation([
    { q: 'weighting for a £30k contract in cheshire west', ...cwacNone() },
    { q: 'what if it was £60k?', ...carried(cwac5()), why: 'keeps the council' },
    { q: 'and £150k?', ...carried(cwac10()) },
  ]),
  ...conversation([
    { q: 'stockport 40k goods contract sv weighting', ...sw() },
    { q: 'and for works?', ...carried(sw(), money(40000)) },
    { q: 'is that the same for non-competitive?', ...carried(stockportNonCompetitive(), money(40000)) },
  ]),
  ...conversation([
    { q: 'stockport weighting for 80k', ...sw() },
    { q: "I've moved to Trafford now", ...ack(TRAFFORD) },
    { q: 'whats the weighting for an 80k contract', ...traffordOver50k(), why: 'no council named: the one the officer moved to' },
    { q: 'and the portal?', ...carried(traffordPortal(), money(80000)) },
  ]),
  ...conversation([
    { q: 'cwac weighting 75k', ...cwac5() },
    { q: 'what about stockport', ...carried(sw(), money(75000)) },
    { q: 'and trafford', ...carried(traffordOver50k(), money(75000)) },
  ]),
  ...conversation([
    { q: "what's the social value portal threshold in trafford", ...traffordPortal() },
    { q: 'and in stockport?', ...stockportPortal(), why: 'carries the topic only: the council is new and there is no value' },
  ]),
  ...conversation([
    { q: 'weighting for £120k in cheshire west', ...cwac10() },
    { q: 'can that be changed?', council: CWAC, includes: [/case[ -]by[ -]case/i, pct(10), SAME, money(120000)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'sv weighting stockport £25k', ...stockportNone() },
    { q: 'what about £25,001?', ...carried(sw()) },
  ]),
  ...conversation([
    { q: 'cwac £100k weighting', ...cwac5() },
    { q: 'and £100,001?', ...carried(cwac10()) },
  ]),
  ...conversation([
    { q: 'trafford 60k contract weighting', ...traffordOver50k() },
    { q: 'what about in CWaC', ...carried(cwac5(), money(60000)) },
    { q: 'is that the same for works', ...carried(cwac5(), money(60000)) },
  ]),
  ...conversation([
    { q: 'hi, do I need a social value weighting on a £20k stockport contract?', ...stockportNone() },
    { q: 'what if it goes up to 30k', ...carried(sw()) },
  ]),
  ...conversation([
    { q: 'weighting for a half a million pound contract in trafford', ...traffordOver50k() },
    { q: 'ok and stockport?', ...carried(sw(), money(500000)) },
  ]),
  ...conversation([
    { q: 'cheshire west 45k weighting', ...cwacNone() },
    { q: 'and trafford?', ...carried(traffordNone([money(50000)]), money(45000)) },
    { q: 'what about stockport', ...carried(sw(), money(45000)) },
  ]),
  ...conversation([
    { q: "what's the sv weighting on a 2m works contract in stockport", ...sw() },
    { q: 'is that the same for goods?', ...carried(sw(), money(2000000)) },
    { q: 'and in cheshire west?', ...carried(cwac10(), money(2000000)) },
  ]),
  ...conversation([
    { q: 'do I need the social value portal for 50k in stockport', ...stockportNoPortal() },
    { q: 'and 50,001?', ...carried(stockportPortal()) },
  ]),
  ...conversation([
    { q: 'trafford 50k contract portal?', ...traffordNoPortal() },
    { q: 'what about £51k', ...carried(traffordPortal()) },
  ]),
  ...conversation([
    { q: 'stockport direct award 70k weighting', ...stockportNonCompetitive() },
    { q: 'what if we tender it competitively?', ...carried(sw(), money(70000)) },
  ]),
  ...conversation([
    { q: 'my council is cheshire west', council: CWAC, includes: [], excludes: NO_FIGURES },
    { q: 'weighting for 90k', ...cwac5() },
    { q: 'and if it was 110k', ...cwac10(), why: "the officer's own council, set with \"my council is\"" },
  ]),
  ...conversation([
    { q: 'I work for stockport', ...ack(STOCKPORT) },
    { q: "what's the weighting for 90k", ...sw() },
    { q: "I've moved to Trafford now", ...ack(TRAFFORD) },
    { q: "what's the weighting for 90k", ...traffordOver50k() },
  ]),
  ...conversation([
    { q: '£80k contract in Stockport, do I need the portal?', ...stockportPortal() },
    { q: 'and in trafford?', ...carried(traffordPortal(), money(80000)) },
  ]),
  ...conversation([
    { q: 'stockport min weighting for a £300k tender', ...sw() },
    { q: "what's the target?", council: STOCKPORT, includes: [pct(20), TARGET, SAME], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'cwac weighting for 150k', ...cwac10() },
    { q: 'what if it was £90k?', ...carried(cwac5()) },
    { q: 'and £40k?', ...carried(cwacNone()) },
    { q: 'and stockport?', ...carried(sw(), money(40000)) },
  ]),
  ...conversation([
    { q: 'trafford weighting 1.5m', ...traffordOver50k() },
    { q: 'fine, what about cheshire west and chester', ...carried(cwac10(), money(1500000)) },
  ]),
  ...conversation([
    { q: "what's stockport's weighting for 35 grand services", ...sw() },
    { q: 'same for cwac?', ...carried(cwacNone(), money(35000)) },
  ]),
  ...conversation([
    { q: 'weighting in cwac for a 65k works job', ...cwac5() },
    { q: 'and if it were services?', ...carried(cwac5(), money(65000)) },
  ]),
  ...conversation([
    { q: 'stockport £60k, what weighting', ...sw() },
    { q: 'and what about for non-competitive?', ...carried(stockportNonCompetitive(), money(60000)) },
  ]),
  ...conversation([
    { q: 'what weighting does trafford use', ...traffordNone() },
    { q: 'so what do they use instead?', council: TRAFFORD, includes: [TOMS, PORTAL, money(50000), STAR, SAME], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'stockport 28k contract weighting?', ...sw() },
    { q: 'does it need the portal too?', ...carried(stockportNoPortal(), money(28000)) },
  ]),
  ...conversation([
    { q: 'trafford: do we need toms on a 70k contract', council: TRAFFORD, includes: [TOMS, money(50000)], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
    { q: 'and on a 40k one?', ...carried(traffordNoPortal()) },
  ]),
  ...conversation([
    { q: 'stockport weighting for seventy five thousand', ...sw() },
    { q: 'and cwac', ...carried(cwac5(), money(75000)) },
    { q: 'what about if its a works contract', ...carried(cwac5(), money(75000)) },
  ]),
  ...conversation([
    { q: 'Hi! quick q - weighting for 85k in trafford?', ...traffordOver50k() },
    { q: 'ok thanks. and cheshire west?', ...carried(cwac5(), money(85000)) },
    { q: 'and if it was stockport', ...carried(sw(), money(85000)) },
  ]),
  ...conversation([
    { q: 'stockport 24k contract weighting', ...stockportNone() },
    { q: 'and in cwac?', ...carried(cwacNone(), money(24000)) },
  ]),
  ...conversation([
    { q: "what's the cwac weighting for a £250k works contract", ...cwac10() },
    {
      q: "and can they reduce payments if the supplier doesn't deliver?",
      council: CWAC,
      includes: [/social value fund/i, /reduc|deduct/i, SAME, money(250000)],
      source: SRC.cwac,
      why: 'Policy (vii): "For contracts over £100,000 total value the Council would reserve the right to reduce contractual payments"',
    },
  ]),
  ...conversation([
    { q: 'cwac £80k contract, can we withhold payments for undelivered sv?', council: CWAC, includes: [OVER_100K, NEGATIVE], source: SRC.cwac },
    { q: 'what if it was 180k', council: CWAC, includes: [/social value fund/i, /reduc|deduct/i, SAME], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'stockport £500k tender weighting', ...sw() },
    { q: 'do I also need the portal', ...carried(stockportPortal(), money(500000)) },
    { q: 'and who signs off if we leave social value out?', council: STOCKPORT, includes: [SENIOR_OFFICER, SAME], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'need the weighting for a £95k cheshire west services contract', ...cwac5() },
    { q: 'client says it might go to £105k with the extension', ...carried(cwac10()) },
  ]),
  ...conversation([
    { q: 'my council is stockport', council: STOCKPORT, includes: [], excludes: NO_FIGURES },
    { q: 'weighting for £40k', ...sw() },
    { q: 'what about cheshire west', ...carried(cwacNone(), money(40000)) },
  ]),
  ...conversation([
    { q: 'stockport weighting for 26k', ...sw() },
    { q: 'and 25k?', ...carried(stockportNone()) },
  ]),
  ...conversation([
    { q: 'trafford: 49k, portal?', ...traffordNoPortal() },
    { q: 'what about stockport', ...carried(stockportNoPortal(), money(49000)) },
  ]),
  ...conversation([
    { q: 'what are the thresholds in cheshire west', council: CWAC, includes: [money(50000), money(100000)], source: SRC.cwac },
    { q: 'and trafford?', council: TRAFFORD, includes: [money(50000)], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'stockport weighting for a 150k works contract', ...sw() },
    { q: "I've moved to Trafford now", ...ack(TRAFFORD) },
    { q: 'what about the same contract here?', ...carried(traffordOver50k(), money(150000)) },
  ]),
  // After a quoted passage, "it" is what was quoted. Statement s.7: the Round Table "takes place
  // termly in Stockport. It is chaired by the former Mayor of Stockport".
  ...conversation([
    { q: "what is stockport's social value round table?", council: STOCKPORT, includes: [/partnership network/i], source: SRC.statement },
    { q: 'when does it meet?', council: STOCKPORT, includes: [/termly/i], source: SRC.statement },
    { q: 'and who chairs it', council: STOCKPORT, includes: [/former Mayor/i], source: SRC.statement },
  ]),
  // "Who sits on it?" asks who its members are, not who chairs it again (Statement s.3: "The Social
  // Value Round Table has members from across Stockport's public, private and voluntary sector
  // organisations"; s.7: "It comprises of VCSFE, private businesses …").
  ...conversation([
    { q: 'what is the stockport round table', council: STOCKPORT, includes: [/partnership network/i], source: SRC.statement },
    { q: 'who sits on it?', council: STOCKPORT, includes: [/members from across|comprises of/i], source: SRC.statement },
  ]),
  // Statement s.4: "funding for the Match My Project on line brokerage portal has been agreed".
  ...conversation([
    { q: 'what is match my project in stockport', council: STOCKPORT, includes: [/brokerage/i], source: SRC.statement },
    { q: 'has funding for it been agreed?', council: STOCKPORT, includes: [/funding for the Match My Project/i, /agreed/i], source: SRC.statement },
  ]),
  // A new name after a quote is a new question, not "it" again.
  ...conversation([
    { q: 'what is match my project in stockport', council: STOCKPORT, includes: [/brokerage/i], source: SRC.statement },
    { q: "and what's spacehive", includes: [/crowd ?funding/i], excludes: [/brokerage/i], source: SRC.cwac },
  ]),
  // The council carried from a topic is not a council asked about: measures for veterans (NT3a, NT6a).
  ...conversation([
    { q: 'stockport priority cohorts', council: STOCKPORT, includes: [/veterans/i], source: SRC.statement },
    { q: 'which toms relate to veterans?', includes: [/NT3a/, /NT6a/] },
  ]),
  // CWaC Appendix C, a table row: Spacehive crowdfunding, "Strategy and Innovation Manager", December 2021.
  ...conversation([
    { q: 'tell me about spacehive in cwac', council: CWAC, includes: [/crowd ?funding/i], source: SRC.cwac },
    { q: 'who is the lead officer for it?', council: CWAC, includes: [/Strategy and Innovation Manager/i], excludes: [/Theme Action Lead Officer Timeline/i], source: SRC.cwac },
  ]),
  // Held-out round 9.
  ...conversation([
    { q: 'trafford 70k portal?', ...traffordPortal(), firstLine: YES },
    { q: 'what about 45k', ...carried(traffordNoPortal(), TRAFFORD_RE), firstLine: NO, why: 'keeps the council and the subject; £45,000 is not over £50k' },
  ]),
  ...conversation([
    { q: 'stockport weighting for a 40k works contract', ...sw() },
    { q: 'is 10% ok then?', ...stockportBelow([SAME, money(40000)]), why: 'judged against the same £40,000 contract' },
  ]),
  // Held-out set 9b. Charter s.4 (15%/20% over £25k), Trafford 2.3/3.1 (no weighting; TOMs and Portal over
  // £50k), CWaC (iv) (5% for £50,000 to £100,000): the same £60,000 contract, council by council.
  ...conversation([
    { q: 'whats the sv weighting for a 60k contract in stockport', ...sw([money(60000)]) },
    { q: 'what about trafford?', ...carried(traffordOver50k(), money(60000)) },
    { q: 'and cwac?', ...carried(cwac5(), money(60000)) },
  ]),
  // CWaC (iv) is by total value whatever is bought; nothing below £50,000.
  ...conversation([
    { q: 'cwac weighting for a 250k services contract', ...cwac10([money(250000)]) },
    { q: 'and if it was works?', ...carried(cwac10([/works/i]), money(250000)) },
    { q: 'what if its 30k', ...carried(cwacNone([money(30000)])), why: 'keeps the council; £30,000 is below the £50,000 band' },
  ]),
  // Charter s.4: the Portal "in excess of £50k", TOMs below it; Trafford 3.1 "All contracts over £50K".
  ...conversation([
    { q: 'do we need to use the social value portal for a £40k stockport contract?', ...stockportNoPortal([money(40000)]), firstLine: NO },
    { q: 'what about 75k?', ...carried(stockportPortal([money(75000)])), firstLine: YES },
    { q: 'same for trafford', ...carried(traffordPortal([money(75000)])), firstLine: YES },
  ]),
  // The same 10% judged by each council's rule: below Stockport's 15% minimum, CWaC's standard above
  // £100,000, and Trafford sets no weighting to judge it by.
  ...conversation([
    { q: 'is 10% enough for a 120k stockport tender', ...stockportBelow([money(120000)]) },
    { q: 'ok what about for cwac', ...carried(cwac10([money(120000)])), firstLine: YES },
    { q: 'and trafford?', council: TRAFFORD, firstLine: NOT_A_VERDICT, includes: [SAME, money(120000), NO_WEIGHTING], source: SRC.trafford },
  ]),
  // Statement s.4 (captured over £25k), Charter s.4 (Portal over £50k), Trafford 3.1 (Portal over £50K).
  ...conversation([
    { q: 'when does social value apply in stockport', council: STOCKPORT, includes: [money(25000), money(50000)], source: SRC.stockport },
    { q: 'and the portal?', ...carried(stockportPortal()) },
    { q: 'and trafford?', ...carried(traffordPortal()), why: 'the Portal again, for Trafford' },
  ]),
  // CWaC (vii): "For contracts over £100,000 total value the Council would reserve the right to reduce
  // contractual payments"; the deductions go to a social value fund.
  ...conversation([
    { q: 'can cwac hold back payments if the supplier doesnt deliver the sv', council: CWAC, firstLine: YES, includes: [money(100000), /social value fund/i], source: SRC.cwac },
    { q: 'would that apply to an 80k contract?', council: CWAC, firstLine: NO, includes: [SAME, money(80000), money(100000)], source: SRC.cwac, why: 'payment deductions again, for £80,000' },
  ]),
  // Trafford 4.3 names the chair; Stockport's Statement s.3 says who is on its group, not who chairs it
  // (the Round Table's chair, the former Mayor, is another body's).
  ...conversation([
    { q: 'who chairs the social value steering group in trafford', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/i], source: SRC.trafford },
    {
      q: 'and in stockport?',
      council: STOCKPORT,
      firstLine: DOES_NOT_SAY,
      includes: [SAME, /chair/i, /all Directorates/i],
      excludes: [/Inclusive Economy and Communities Manager/i, /former Mayor/i],
      source: SRC.statement,
    },
  ]),
  // £45k a year for 2 years is £90,000: Charter s.4 (15%/20%; Portal over £50k); then CWaC's Portal
  // (Delivery and evaluation: no value threshold), the subject last asked about.
  ...conversation([
    { q: "I've got a £45k a year contract for 2 years in stockport, what weighting", ...sw([money(90000), overYears(2)]), derived: [90000] },
    { q: 'and is it over the portal threshold?', ...carried(stockportPortal([money(90000)])), firstLine: YES, derived: [90000] },
    { q: 'what if it was cwac', council: CWAC, includes: [SAME, money(90000), PORTAL, /no value threshold/i], source: SRC.cwac, derived: [90000] },
  ]),
  // No council known: asked which, then CWaC (iv) 10% for the same £200,000.
  ...conversation([
    { q: 'what weighting do i need for a 200k contract', ...whichCouncilRow(/weighting/, money(200000)) },
    { q: 'cheshire west', ...carried(cwac10(), money(200000)), noDefault: true },
  ]),
  // Statement s.2: the COHORTS and THEMES lists; Trafford 2.8: the communities' priorities.
  ...conversation([
    { q: "what are stockport's priority cohorts", council: STOCKPORT, includes: [/Care leavers/i, /Ex-offenders/i, /Veterans/i], source: SRC.statement },
    { q: 'and the themes?', council: STOCKPORT, includes: [SAME, /Cost of living/i, /Buying local/i, /Digital inclusion/i], source: SRC.statement },
    { q: "what about trafford's priorities", council: TRAFFORD, includes: [/Social isolation/i, /Food support/i, /Poverty/i], source: SRC.trafford },
  ]),
  // CWaC (iv): 5% for £50,000 to £100,000, so 10% is more than the standard.
  ...conversation([
    { q: "what's the cwac weighting for a 60k job", ...cwac5([money(60000)]) },
    { q: 'ok and is 10% enough then', council: CWAC, firstLine: YES, includes: [SAME, pct(5), pct(10)], source: SRC.cwac },
  ]),
  // Trafford 6.3 (themes) and 6.6 (the Steering Group monitors it); Statement s.9 (monitored at the
  // Strategic Commissioning Group). The documents, not the live plans.
  ...conversation([
    { q: "what does trafford's action plan cover", council: TRAFFORD, includes: [/Internal Management/, /Outcomes and Measures/, /Governance/], excludes: [/\bTRF-\d+\b/], source: SRC.trafford },
    { q: 'who monitors it?', council: TRAFFORD, includes: [/Steering Group/i, /monitor/i], excludes: [/\bTRF-\d+\b/], source: SRC.trafford },
    { q: "and stockport's?", council: STOCKPORT, includes: [/Strategic Commissioning Group/], excludes: [/\bSMBC-\d+\b/], source: SRC.statement },
  ]),
];

// =============================================================================================
// 3. The documents do not give it. Each was searched for in that council's documents and is absent.

const notSaid = (council: string, extra: Partial<Row> = {}): Part & Pick<Row, 'excludes'> => ({
  council,
  includes: [DOES_NOT_SAY, ...(extra.includes ?? [])],
  excludes: [...HELP_OR_POINTER, ...(extra.excludes ?? [])],
});

const NOT_IN_THE_DOCUMENTS: OfficerRow[] = kind('documents do not say', [
  // No contact details in Stockport's documents; not an answer about the weighting either.
  { q: 'email address for the stockport social value team?', ...notSaid(STOCKPORT, { excludes: [pct(15)] }) },
  // Statement s.3: "There is a lead member accountable for Social Value", named nowhere.
  { q: "who's smbc's lead member for social value", ...notSaid(STOCKPORT, { includes: [/lead member/i] }), source: SRC.statement },
  // Stockport: a minimum (15%) and a target (20%), no maximum (Charter s.4; Statement s.4).
  { q: 'is there a cap on the social value weighting in stockport', ...notSaid(STOCKPORT) },
  // CWaC: standard weightings that "could be varied on a case by case basis"; no maximum.
  { q: "what's the maximum sv weighting cheshire west allows", ...notSaid(CWAC) },
  // CWaC: the policy is "2021-25"; no replacement date is given.
  { q: 'when will cheshire west replace its social value policy', ...notSaid(CWAC) },
  // Trafford: the Charter is approved; no end or replacement date. (Stockport's Charter is "due to be
  // refreshed in 2023": given, so not asked.)
  { q: 'when is the trafford social value charter due to be replaced', ...notSaid(TRAFFORD) },
  // Trafford: no weighting anywhere in the report.
  { q: "what's trafford's social value weighting for a 120k contract", ...notSaid(TRAFFORD, { excludes: [ANY_PCT_NOT_NATIONAL] }) },
  { q: 'trafford min weighting %', ...notSaid(TRAFFORD, { excludes: [ANY_PCT_NOT_NATIONAL] }) },
  { q: 'sv weighting trafford goods contract 250k?', ...notSaid(TRAFFORD, { excludes: [ANY_PCT_NOT_NATIONAL] }) },
  // Stockport: no penalties or payment deductions in either document.
  { q: 'what penalty percentage does stockport charge if social value isnt delivered', ...notSaid(STOCKPORT) },
  // CWaC (vii): "reserve the right to reduce contractual payments" – no amount or percentage.
  { q: 'what percentage of payments can cwac deduct for undelivered social value', ...notSaid(CWAC) },
  // No minimum number of apprentices (Stockport reports 503 weeks delivered; CWaC 160 of its own).
  { q: 'minimum number of apprentices stockport suppliers must take on', ...notSaid(STOCKPORT) },
  { q: 'how many apprentices must a cwac supplier employ', ...notSaid(CWAC) },
  // Stockport: nothing at £25k or below (Statement s.4 "over £25k").
  { q: 'weighting for goods below £25k in Stockport', ...notSaid(STOCKPORT, { excludes: stockportBandNotApplying() }) },
  // CWaC (vii): deductions "would be invested in a social value fund" – no budget or balance.
  { q: 'what is the budget of the cwac social value fund', ...notSaid(CWAC) },
  { q: 'how much money is in the cheshire west social value fund so far', ...notSaid(CWAC) },
  // Headcounts: CWaC gives 3,082; Trafford and Stockport give none.
  { q: 'how many staff does trafford council employ', ...notSaid(TRAFFORD) },
  { q: 'how many people work for stockport council', ...notSaid(STOCKPORT) },
  // Stockport: local spend is a theme ("Buying local"); no minimum % for suppliers.
  // Trafford: no registration deadline for the Portal.
  { q: 'deadline for suppliers to register on the social value portal in trafford', ...notSaid(TRAFFORD) },
  // CWaC: "10% of the bidding process would be scored" – no points scale.
  // Trafford 2.1: "STAR Procurement invested in the Social Value Portal in April 2019" – no amount.
  // Trafford 6.7: a project "to fund a dedicated Social Value Co-ordinator" – no amount.
  { q: 'how much funding is the trafford social value co-ordinator getting', ...notSaid(TRAFFORD) },
  // CWaC: no carbon reduction plan requirement (that is Stockport's Statement s.5).
  { q: 'when do cwac suppliers need a carbon reduction plan', ...notSaid(CWAC) },
  // CWaC: staff get "up to 2 days" volunteering; nothing for suppliers.
  { q: 'how many volunteering hours must cwac suppliers give', ...notSaid(CWAC) },
  // Stockport: Real Living Wage named, no rate.
  { q: 'what hourly rate is the real living wage stockport expects', ...notSaid(STOCKPORT) },
  // CWaC: "local living wage" named, no rate.
  { q: "what's the hourly rate of cwac's local living wage", ...notSaid(CWAC) },
  // Stockport Statement s.3: "There is a lead member accountable for Social Value" – not named.
  // Trafford 7.1: "The Steering Group will continue to meet on a regular basis" – no frequency.
  { q: 'how often does the trafford steering group meet', ...notSaid(TRAFFORD) },
  // Stockport s.7: the Maturity Index is completed annually; no level is given.
  { q: 'what level is stockport at on the maturity index', ...notSaid(STOCKPORT) },
  // CWaC: no Maturity Index assessment at all.
  { q: 'what level is cheshire west on the social value maturity index', ...notSaid(CWAC) },
  // Trafford: the living wage is not mentioned in the report.
  { q: 'does trafford require suppliers to pay the real living wage', ...notSaid(TRAFFORD) },
  // Trafford: no penalties.
  { q: 'what fine does trafford give suppliers who dont deliver social value', ...notSaid(TRAFFORD) },
  // CWaC: the Portal "will be engaged"; no count of contracts on it.
  // Stockport: the Portal is used over £50k; no cost or subscription is given.
  { q: 'what does the social value portal subscription cost stockport', ...notSaid(STOCKPORT) },
  // Stockport: no penalty or payment deduction (only CWaC (vii) reserves one, over £100,000).
  { q: "what's the penalty in stockport if a supplier doesnt deliver their sv commitments", ...notSaid(STOCKPORT) },
  // Stockport: apprenticeships are outcomes reported (s.8), not a number suppliers must take on.
  { q: 'how many apprentices do stockport suppliers have to take on', ...notSaid(STOCKPORT) },
  // Stockport: no contact details in either document.
  { q: "what's the phone number for stockport's social value team", ...notSaid(STOCKPORT) },
  // CWaC: no steering group in the policy.
  { q: "who chairs cheshire west's social value steering group", ...notSaid(CWAC) },
  // Trafford 2.2 lists "Applying Social Value to all aspects of the Council e.g. grants planning" as
  // an action plan item; no rule for grants.
  { q: "are grants covered by trafford's social value rules", ...notSaid(TRAFFORD, { includes: [/grant/i] }) },
  // CWaC (iv): the standard weightings by total value; frameworks and call-offs are not mentioned.
  { q: 'does the cwac weighting cover call-offs under a framework agreement', ...notSaid(CWAC, { includes: [/framework/i, pct(5), pct(10)] }) },
  // CWaC: "local" suppliers and spend are spoken of, never defined ("companies within 30 miles of
  // the Borough" is one development's outcome).
  { q: 'what does cwac count as a local supplier', ...notSaid(CWAC, { includes: [/local/i] }) },
  // Trafford: no population figure ("at least 1,500" Hong Kong newcomers is not it).
  { q: 'how many people live in trafford', ...notSaid(TRAFFORD, { excludes: [/1,500/] }) },
  // Trafford 3.1: "All contracts over £50K are reported through the Social Value Portal"; no count.
  { q: 'how many contracts does trafford have on the portal', ...notSaid(TRAFFORD) },
  // CWaC: "over half the Council's spend has been with local companies" is a result, not a target.
  { q: 'is there a local spend target in cwac', ...notSaid(CWAC) },
  // Stockport Statement s.6: "4 Stockport Council employees who are Level 4 CIPS qualified" is not a headcount.
  { q: "what's stockport council's total headcount - how many staff are there", ...notSaid(STOCKPORT, { excludes: [/Level 4 CIPS/i] }) },
  // CWaC (iv): a percentage weighting, no marks out of 100.
  { q: 'how many marks out of 100 does social value get in cheshire west', ...notSaid(CWAC, { includes: [pct(5), pct(10)] }) },
  // CWaC: the Portal "will be engaged to provide a web platform"; no number of contracts on it.
  { q: 'how many cwac contracts are on the portal so far', ...notSaid(CWAC) },
  // Stockport: no budget for social value in either document ("supporting budgeting" is a Round Table example).
  { q: "how big is stockport's social value budget", ...notSaid(STOCKPORT) },
  // Held-out round 9. Statement s.4: weighted "alongside price and quality", no split given.
  { q: 'what split does stockport use for price and quality', ...notSaid(STOCKPORT, { includes: [/price and quality/i] }), source: SRC.statement },
  // Trafford: no annual spend with suppliers (3.1 gives 53p back for every £1 and £24m secured).
  { q: 'how much does trafford spend with suppliers each year', ...notSaid(TRAFFORD) },
  // Trafford 3.2: what the Carers Centre contract delivers, not what it is worth.
  { q: "what's the trafford carers centre contract worth", ...notSaid(TRAFFORD, { includes: [/Carers Centre/i] }) },
  // Statement s.2 / Charter s.3: suppliers are encouraged to sign up; no deadline.
  { q: 'by when must stockport suppliers sign up to the GM good employment charter', ...notSaid(STOCKPORT, { includes: [/Good Employment Charter/i] }) },
  // Held-out set 9b. Charter s.4: a minimum and a target, no maximum.
  { q: "what's the max social value weighting in stockport", ...notSaid(STOCKPORT, { includes: [/maximum/i, pct(15), pct(20)] }), source: SRC.charter },
  // CWaC (iv): weightings from £50,000 only.
  { q: 'what weighting for cwac contracts under 50k', ...notSaid(CWAC, { includes: [money(50000)] }), source: SRC.cwac },
  // Statement s.3: "There is a lead member accountable for Social Value"; no name.
  { q: "who is stockport's lead member for social value?", ...notSaid(STOCKPORT, { includes: [/lead member/i] }), source: SRC.statement },
  // CWaC (vii): deductions "invested in a social value fund"; no size.
  { q: "how big is cwac's social value fund", ...notSaid(CWAC, { includes: [/social value fund/i] }), source: SRC.cwac },
  // Trafford 6.7: a project "to fund a dedicated Social Value Co-ordinator"; no date for it.
  { q: "when will trafford's social value coordinator start", ...notSaid(TRAFFORD, { includes: [/\bdate\b/i] }), firstLine: /^Trafford's documents do not give a date/, source: SRC.trafford },
  // Stockport's documents set no payment deductions or penalties (CWaC (vii) does).
  { q: "what's the penalty at stockport if a supplier doesn't deliver their sv commitments", ...notSaid(STOCKPORT, { includes: [/payment deductions/i] }) },
  // Trafford 3.1: all contracts over £50K go through the Portal; no count of them.
  { q: 'how many contracts does trafford have on the social value portal', ...notSaid(TRAFFORD) },
  // Trafford's report sets no carbon reduction plan deadline (Stockport's "by 2024" is Stockport's).
  { q: "what's the deadline for suppliers to have carbon reduction plans in trafford", ...notSaid(TRAFFORD, { includes: [/carbon reduction plan/i], excludes: [/\b2024\b/] }) },
]);

// =============================================================================================
// 4. Totals over years: the bot works out the total agreement value (Stockport Charter: "total
// agreement value"; CWaC: "total value"), says so, and applies the rule to the total.

const TOTALS: OfficerRow[] = kind('totals over years', [
  { q: 'stockport contract, £25k pa for 4 years plus a 1-year extension - what weighting?', ...sw([money(125000), overYears(5)]), derived: [125000] },
  { q: '£40k per annum over 3 years in stockport, whats the sv weighting', ...sw([money(120000), overYears(3)]), derived: [120000] },
  { q: 'cwac: £40k per annum over 3 years - weighting?', ...cwac10([money(120000), overYears(3)]), derived: [120000], why: '£120,000 is above £100,000' },
  { q: '£8k a month for 2 years, cheshire west, what weighting', ...cwac10([money(192000), overYears(2)]), derived: [192000] },
  { q: '2 years at £30k a year with an option to extend 2 more, stockport weighting?', ...sw([money(120000), overYears(4)]), derived: [120000] },
  { q: 'cwac contract worth £20k a year for 2 years - do we need a weighting', ...cwacNone([money(40000), overYears(2)]), derived: [40000] },
  // "plus 1 year option" is an option to extend: £25k a year over 3 years is £75,000 (CWaC (iv): 5%).
  { q: '2 yr contract at 25k per year plus 1 year option, cwac weighting?', ...cwac5([money(75000), overYears(3)]), derived: [75000] },
  { q: 'stockport: 12k per year for 2 years, weighting?', ...stockportNone([money(24000), overYears(2)]), derived: [24000] },
  { q: '£12.5k a year for 2 years in stockport - sv weighting?', ...stockportNone([overYears(2)]), derived: [25000], why: '£25,000 in total: not in excess of £25k' },
  { q: 'cheshire west £25k pa, 4 year contract, whats the weighting', ...cwac5([money(100000), overYears(4)]), derived: [100000], why: '£100,000 in total: the top of the 5% band' },
  { q: 'cwac £25k per annum for 4 years plus 1 year extension weighting', ...cwac10([money(125000), overYears(5)]), derived: [125000] },
  { q: 'trafford 15k a year for 3 years - does it go on the portal?', ...traffordNoPortal([money(45000), overYears(3)]), derived: [45000] },
  { q: 'trafford contract 20k per annum for 3 years, portal needed?', ...traffordPortal([money(60000), overYears(3)]), derived: [60000] },
  { q: 'stockport £10k a quarter for 2 years - social value portal?', ...stockportPortal([money(80000), overYears(2)]), derived: [80000] },
  { q: '£5k a month for 12 months in cwac, weighting?', ...cwac5([money(60000), overYears(1)]), derived: [60000] },
  { q: 'stockport £3,000 per month for 3 years plus a 1 year extension - weighting', ...sw([money(144000), overYears(4)]), derived: [144000] },
  { q: 'seventy five grand a year for three years in cheshire west, what sv %', ...cwac10([money(225000), overYears(3)]), derived: [225000] },
  { q: 'stockport 50k a year, 2 year contract with two optional 1 year extensions - weighting?', ...sw([money(200000), overYears(4)]), derived: [200000] },
  // Held-out round 9.
  { q: '£25k pa for 4 years plus 1 year extension in stockport', ...sw([money(125000), overYears(5)]), derived: [125000] },
  { q: 'cwac 18k a year, 3 yr contract - weighting?', ...cwac5([money(54000), overYears(3)]), derived: [54000] },
  { q: 'trafford £12k pa x 4 yrs portal?', ...traffordNoPortal([money(48000), overYears(4)]), derived: [48000], why: '£48,000 in total is not over £50k' },
  { q: '£30k pa for 3 years plus 2 x 1 year extensions cwac', ...cwac10([money(150000), overYears(5)]), derived: [150000, 90000] },
  // Held-out set 9b. The options count towards the total agreement value (Charter s.4; CWaC (iv) "total value").
  { q: '£18k a year over 3 years + 2 optional, stockport weighting?', ...sw([money(90000), overYears(5)]), derived: [90000] },
  { q: '40k pa, 3 yrs cwac', ...cwac10([money(120000), overYears(3)]), derived: [120000] },
  { q: 'contract is 12k per year for 2 years in stockport, do we need social value', ...stockportNone([money(24000), overYears(2), TOMS]), derived: [24000] },
  { q: '£30k a year for 3 years, trafford, portal?', ...traffordPortal([money(90000), overYears(3)]), firstLine: YES, derived: [90000] },
  { q: 'cwac, 20k pa over 4 years', ...cwac5([money(80000), overYears(4)]), derived: [80000] },
  { q: 'stockport 2 year contract at £20k/yr plus a 1 year extension - portal needed?', ...stockportPortal([money(60000), overYears(3), /extension/i]), firstLine: YES, derived: [60000] },
]);

// =============================================================================================
// 5. Verdicts: the one-line answer starts with Yes or No. Below Stockport's minimum the reply says
// exceptions need senior officer sign-off (Statement s.4: "with very few exceptions, requiring senior
// officer sign off"; "Reasons for not including Social Value ... clearly documented and scrutinised").


const VERDICTS: OfficerRow[] = kind('verdict', [
  { q: 'is 12% enough for a £90k Stockport tender?', ...stockportBelow() },
  // "would 5% do?" asks for a verdict: CWaC (iv), 5% for £50,000 to £100,000.
  { q: 'cheshire west, 85k tender - would 5% do?', council: CWAC, firstLine: YES, includes: [pct(5)], source: SRC.cwac },
  // "can the 10% be changed" asks about the weighting: CWaC (iv) "could be varied on a case by case basis".
  { q: 'cwac - can the 10% be changed on a specific contract', council: CWAC, includes: [pct(10), CASE_BY_CASE], source: SRC.cwac },
  { q: 'is 20% ok for stockport £100k competitive', council: STOCKPORT, firstLine: YES, includes: [pct(20), TARGET], source: SRC.charter },
  { q: 'stockport £60k tender, is 15% enough', council: STOCKPORT, firstLine: YES, includes: [pct(15), MINIMUM, pct(20), TARGET, SHORT_OF_TARGET], source: SRC.charter },
  {
    q: "can I use central government's 10% in Cheshire West for £120k?",
    council: CWAC,
    firstLine: YES,
    includes: [pct(10), CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE],
    source: SRC.cwac,
    why: "10% is CWaC's own figure above £100,000; the central government 10% is not a council rule",
  },
  { q: 'is 5% enough for £150k in CWaC', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10), CASE_BY_CASE], source: SRC.cwac },
  {
    q: 'trafford - is 10% ok for a £90k contract',
    council: TRAFFORD,
    firstLine: NOT_A_VERDICT,
    includes: [NO_WEIGHTING],
    source: SRC.trafford,
    why: 'Trafford sets no weighting: there is no council figure to be above or below',
  },
  { q: 'is 18% enough for stockport £60k', council: STOCKPORT, firstLine: YES, includes: [pct(15), MINIMUM], source: SRC.charter },
  // Whether a weighting applies at all, with no figure proposed: yes or no first.
  { q: 'stockport £22k contract - do we need to put a social value weighting on it?', ...stockportNone(), firstLine: NO, why: 'Charter s.4: "in excess of £25k"; £22,000 is not' },
  { q: 'is a social value weighting needed on a £95k tender in cheshire west', ...cwac5([money(95000)]), firstLine: YES },
  { q: 'have we got to include a weighting for a £48k cwac job', ...cwacNone(), firstLine: NO, why: 'CWaC (iv) sets weightings from £50,000 only' },
  { q: 'does stockport expect a weighting on a £26k competitive tender', ...sw([money(26000)]), firstLine: YES },
  { q: 'trafford, 75k services - is there a weighting we must use?', ...traffordNone(), firstLine: NO, why: 'Trafford sets no weighting' },
  { q: 'is 14.5% ok on a 250k stockport contract?', ...stockportBelow() },
  { q: 'we have put social value at 10 per cent on a 40k smbc tender, is that enough', ...stockportBelow() },
  { q: "we've set sv at 15 per cent on a £30k stockport tender, is that enough", council: STOCKPORT, firstLine: YES, includes: [pct(15), MINIMUM], source: SRC.charter },
  { q: 'is 20% enough for trafford', council: TRAFFORD, firstLine: NOT_A_VERDICT, includes: [NO_WEIGHTING], source: SRC.trafford },
  { q: 'trafford 5% ok for 200k?', council: TRAFFORD, firstLine: NOT_A_VERDICT, includes: [NO_WEIGHTING], source: SRC.trafford },
  { q: 'cwac 200k contract: we planned 8%, is that enough', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10), CASE_BY_CASE], source: SRC.cwac },
  { q: 'is 5% fine for a cwac 60k contract', council: CWAC, firstLine: YES, includes: [pct(5)], source: SRC.cwac },
  { q: 'is 10% ok for a £1m cheshire west contract', council: CWAC, firstLine: YES, includes: [pct(10)], source: SRC.cwac },
  { q: 'is 3% enough for £90k cwac', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(5), CASE_BY_CASE], source: SRC.cwac },
  {
    q: "can I use central government's 10% in Stockport for £80k?",
    ...stockportBelow([CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE]),
    why: "Stockport's minimum is 15%; central government's 10% is not a council rule",
  },
  {
    q: 'do I need 15% for a £25k contract in stockport',
    council: STOCKPORT,
    firstLine: NO,
    includes: [money(25000), STRICTLY_ABOVE],
    excludes: stockportBandNotApplying(),
    source: SRC.stockport,
    why: '£25k is not "in excess of £25k"',
  },
  {
    q: 'do i need a 5% weighting for a £40k cwac contract',
    council: CWAC,
    firstLine: NO,
    includes: [money(50000)],
    excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  { q: 'is 10% enough for a £100k cwac tender', council: CWAC, firstLine: YES, includes: [pct(5)], source: SRC.cwac, why: '£100,000 is in the 5% band; 10% is above it' },
  { q: 'is 25% ok for a £70k stockport tender', council: STOCKPORT, firstLine: YES, includes: [pct(20)], source: SRC.charter, why: 'above the 20% target; the documents set no maximum' },
  { q: 'stockport 45k services, 20% weighting - does that meet the target', council: STOCKPORT, firstLine: YES, includes: [pct(20), TARGET], source: SRC.charter },
  // Held-out round 9. A proposed 0% is judged like any other figure.
  { q: 'is 0% ok for a £40k stockport job', ...stockportBelow() },
  { q: 'is 8% enough for a £120k trafford contract', council: TRAFFORD, firstLine: NOT_A_VERDICT, includes: [NO_WEIGHTING], source: SRC.trafford },
  // Below the council's threshold nothing is required, so 0% is acceptable: yes, first.
  {
    q: 'can i do 0% on a £20k stockport contract',
    council: STOCKPORT,
    firstLine: YES,
    includes: [money(25000)],
    excludes: stockportBandNotApplying(),
    source: SRC.stockport,
    why: 'Charter s.4: "in excess of £25k"; £20,000 is not',
  },
  { q: 'is 0% ok for a 45k cwac contract', council: CWAC, firstLine: YES, includes: [money(50000)], excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING], source: SRC.cwac, why: 'CWaC (iv) sets weightings from £50,000' },
  { q: 'cwac 75k, thinking 4% - ok?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(5), CASE_BY_CASE], source: SRC.cwac },
  { q: 'is 16% ok for a £2m stockport works contract', council: STOCKPORT, firstLine: YES, includes: [pct(15), MINIMUM, pct(20), TARGET, SHORT_OF_TARGET], source: SRC.charter },
  { q: 'is 10% enough for 50k cwac', council: CWAC, firstLine: YES, includes: [pct(5)], source: SRC.cwac, why: '£50,000 is in the 5% band' },
  { q: 'stockport 26k tender, 12% - is that ok?', ...stockportBelow() },
  // Held-out set 9b. CWaC (iv) 5% for £50,000 to £100,000, 10% above; Charter s.4 15% minimum, 20% target;
  // Trafford sets no weighting, so there is nothing to judge a figure by.
  { q: 'would 5% be enough for a 90k cwac contract', council: CWAC, firstLine: YES, includes: [pct(5)], source: SRC.cwac },
  { q: 'is 20% too much for a stockport tender of 200k', council: STOCKPORT, firstLine: NO, includes: [pct(20), TARGET], source: SRC.charter },
  { q: "we've put 10% in, is that ok for a 150k trafford tender", council: TRAFFORD, firstLine: NOT_A_VERDICT, includes: [NO_WEIGHTING], source: SRC.trafford },
  { q: 'is 12% ok for stockport 50k', ...stockportBelow([money(50000)]) },
  { q: 'can i go with 8% on a 500k cwac works contract', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10), CASE_BY_CASE], source: SRC.cwac },
  { q: 'is 15% enough for a 30k stockport contract', council: STOCKPORT, firstLine: YES, includes: [pct(15), MINIMUM, pct(20), TARGET, SHORT_OF_TARGET], source: SRC.charter },
]);

// =============================================================================================
// 6. Two- and three-part questions, answered in the order asked

const MULTI_PART: OfficerRow[] = kind('multi-part', [
  // Charter s.4 (15% minimum, 20% target) and the five National TOMs themes (Charter s.1).
  { q: 'smbc minimum weighting + what are the toms themes', council: STOCKPORT, includes: [pct(15), /Jobs/, /Environment/], before: [pct(15), /Jobs/] },
  // Trafford 3.1: "All contracts over £50K are reported through the Social Value Portal"; "Trafford has
  // secured a total of £24m of Social Value to date". Each part answered for itself, in order.
  {
    q: 'trafford: what is the portal threshold and how much social value has been secured so far?',
    council: TRAFFORD,
    includes: [money(50000), money(24000000)],
    before: [money(50000), money(24000000)],
    source: SRC.trafford,
  },
  // A comma list of things asked: the weighting (Charter s.4) and the Portal (over £50k).
  { q: 'stockport 55k tender: weighting, portal, anything else?', ...sw([PORTAL]), before: [pct(15), /portal/i] },
  // CWaC (iv) 10% above £100,000; (viii) anchor institutions "such as the University, further
  // education, the NHS … Chester Zoo".
  { q: 'cwac 150k: what weighting, and who are the anchor institutions?', ...cwac10([/Chester Zoo/i]), before: [pct(10), /Chester Zoo/i] },
  // CWaC Purpose: "directly employs around 3,082 individuals"; "spends £300m a year with external providers".
  {
    q: "how many staff does cheshire west employ and what's its annual spend with outside providers",
    council: CWAC,
    includes: [/3,082/, money(300000000)],
    before: [/3,082/, money(300000000)],
    source: SRC.cwac,
  },
  { q: "what's the weighting for £80k in Stockport and do I need the portal?", ...sw([PORTAL]), before: [pct(15), /portal/i] },
  {
    q: 'weighting and TOMs for a £60k CWaC services contract',
    ...cwac5([TOMS]),
    before: [pct(5), TOMS],
    why: '(iv): "Bidders would be asked to consider their contribution from any of the themes, outcomes, and measures in appendix B"',
  },
  {
    q: "Morning. I'm putting together a tender for a new youth services contract, it's about £140k over the life of it and my manager wants it out by the end of the month. We had a bit of a debate in the team about social value because one of us used to work in central government where they use 10%. Anyway, what weighting does cheshire west want?",
    ...cwac10(),
  },
  { q: "stockport 60k tender: what's the min weighting, what's the target, and does it go on the portal?", ...sw([PORTAL]), before: [pct(15), pct(20), /portal/i] },
  { q: "for trafford what's the weighting and what's the portal threshold", ...traffordNone([PORTAL, money(50000)]), before: [NO_WEIGHTING, money(50000)] },
  { q: 'do I need the portal and what weighting for 120k cwac', ...cwac10([PORTAL]), before: [/portal/i, pct(10)] },
  {
    q: "what's the cwac weighting for 75k and can they deduct payments if sv isn't delivered",
    ...cwac5([OVER_100K, /social value fund|reduc|deduct/i]),
    before: [pct(5), /payments?|deduct/i],
    why: 'deductions are only "for contracts over £100,000 total value"',
  },
  {
    q: 'stockport: when does social value go into the PID and who signs off exceptions',
    council: STOCKPORT,
    includes: [/\bPID\b|Procurement Initiation Document/i, SENIOR_OFFICER],
    before: [/\bPID\b|Procurement Initiation Document/i, SENIOR_OFFICER],
    source: SRC.statement,
  },
  {
    q: "what are stockport's priority cohorts and what weighting applies over 25k",
    ...sw([/care leavers/i, /ex-offenders/i, /veterans/i]),
    before: [/care leavers/i, pct(15)],
  },
  {
    q: 'how quickly does cwac pay local suppliers, and what minimum standards do bidders need?',
    council: CWAC,
    includes: [/30 days/i, LESS_THAN, /modern slavery/i, /health and safety/i],
    before: [/30 days/i, /modern slavery/i],
    source: SRC.cwac,
  },
  {
    q: 'weighting for 45k in stockport and in cwac',
    includes: [STOCKPORT_RE, pct(15), pct(20), CWAC_RE, NO_WEIGHTING],
    excludes: [...WRONG_COUNCIL_FIGURES, CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    before: [STOCKPORT_RE, pct(15), CWAC_RE, NO_WEIGHTING],
    crossCouncil: true,
  },
  {
    q: "trafford: who chairs the steering group and what's on its agenda?",
    council: TRAFFORD,
    includes: [/Inclusive Economy and Communities Manager/i, /action plan/i],
    before: [/Inclusive Economy and Communities Manager/i, /action plan/i],
    source: SRC.trafford,
    why: '4.3 (chair); 6.6: "The Action plan will be a standing item on each agenda"',
  },
  {
    q: 'what did trafford achieve in 2021/22 and where are they on the maturity index',
    council: TRAFFORD,
    includes: [/53p/i, money(24000000), pct(76.4), /developing/i, /innovator/i],
    before: [/53p/i, /developing/i],
    source: SRC.trafford,
  },
  {
    q: "hiya, bit of background - we're re-procuring the stockport leisure maintenance contract, 3 year term, value around £450k total, procurement have said the PID has to have social value in before it's signed off, which is fine, but nobody can tell me the actual number. what's the minimum weighting?",
    ...sw(),
  },
  { q: 'cwac 90k: weighting? portal? minimum standards?', ...cwac5([PORTAL, /modern slavery/i]), before: [pct(5), /portal/i, /modern slavery/i] },
  {
    q: 'is the trafford threshold for TOMs the same as the portal one, and is there a weighting',
    ...traffordNone([TOMS, PORTAL, money(50000)]),
    before: [money(50000), NO_WEIGHTING],
  },
  {
    q: "stockport weighting for 70k and what's the carbon reduction plan requirement",
    ...sw([/carbon reduction plan/i, /propos/i]),
    before: [pct(15), /carbon reduction plan/i],
    why: 'Statement s.5: "A new policy is proposed ... carbon reduction plans by 2024"',
  },
  {
    q: "Hello, I'm new to the commissioning team at Trafford and still finding my feet. My manager mentioned STAR Procurement and something called the Social Value Portal, and I've got a £65k community services contract coming up in the spring. Do I need to use the portal for it?",
    ...traffordPortal(),
  },
  { q: "stockport: what's the weighting for 30k, and for 300k?", ...sw(), before: [money(30000), money(300000)] },
  { q: 'cwac weighting for 60k and 160k', council: CWAC, includes: [pct(5), pct(10), CASE_BY_CASE], before: [pct(5), pct(10)], source: SRC.cwac },
  {
    q: 'trafford and stockport weighting for 90k',
    includes: [TRAFFORD_RE, NO_WEIGHTING, STOCKPORT_RE, pct(15), pct(20)],
    excludes: WRONG_COUNCIL_FIGURES,
    before: [TRAFFORD_RE, NO_WEIGHTING, STOCKPORT_RE, pct(15)],
    crossCouncil: true,
  },
  // Held-out round 9. CWaC (iv) 5%, then the TOMs (Appendix B, the National TOMs).
  { q: 'cwac 80k weighting and do they use toms?', council: CWAC, includes: [pct(5), TOMS], before: [pct(5), TOMS], source: SRC.cwac },
  // Charter s.4: the Portal "in excess of £50k", then the 15% minimum.
  { q: 'stockport: portal threshold and min weighting?', council: STOCKPORT, includes: [PORTAL, money(50000), pct(15)], before: [money(50000), pct(15)] },
  // Trafford 4.3 (chaired by the Inclusive Economy and Communities Manager), then 2.2 (February 2021).
  {
    q: 'trafford - who chairs the steering group and when did they do the maturity index',
    council: TRAFFORD,
    includes: [/Inclusive Economy and Communities Manager/i, /February 2021/],
    before: [/Inclusive Economy and Communities Manager/i, /February 2021/],
  },
  // Held-out set 9b. Charter s.4: 15%/20% over £25k, the Portal over £50k.
  { q: "what's the weighting and portal threshold for stockport?", council: STOCKPORT, includes: [pct(15), pct(20), PORTAL, money(50000)], before: [pct(15), money(50000)], source: SRC.stockport },
  // CWaC (iv): 5%, then 10%.
  { q: 'cwac weighting for 80k and 150k contracts?', council: CWAC, includes: [pct(5), pct(10), CASE_BY_CASE], before: [pct(5), pct(10)], source: SRC.cwac },
  // Trafford: no weighting; 3.1, the Portal for all contracts over £50K.
  { q: "does trafford set a weighting, and what's the portal threshold there?", council: TRAFFORD, includes: [NO_WEIGHTING, PORTAL, money(50000)], before: [NO_WEIGHTING, PORTAL], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  // Charter s.4 (15%), then Statement s.3: "STAR is the Council's strategic procurement partner."
  { q: "what's the minimum weighting in stockport and who is the procurement partner?", council: STOCKPORT, includes: [pct(15), STAR], before: [pct(15), /procurement partner is STAR Procurement/i], source: SRC.statement },
  // CWaC (iv) 10% above £100,000; (vii) the right to reduce payments on contracts over £100,000.
  { q: "for a £300k cwac contract what's the weighting and can we deduct payments if they don't deliver", council: CWAC, includes: [pct(10), /reduce contractual payments/i, /social value fund/i], before: [pct(10), /reduce contractual payments/i], source: SRC.cwac },
  // Charter s.4 and CWaC (iv), each council its own figure.
  {
    q: 'compare stockport and cwac weighting for a 70k contract',
    includes: [money(70000), STOCKPORT_RE, pct(15), CWAC_RE, pct(5)],
    excludes: WRONG_COUNCIL_FIGURES,
    before: [STOCKPORT_RE, pct(15), CWAC_RE, pct(5)],
    crossCouncil: true,
  },
  // CWaC (i) the four minimum standards, then (ii) paying local suppliers in under 30 days.
  { q: 'what are the minimum standards at cwac and how quickly do they pay local suppliers', council: CWAC, includes: [/modern slavery/i, /health and safety/i, /fair working/i, /30 days/, LESS_THAN], before: [/minimum standards/i, /30 days/], source: SRC.cwac },
  // Trafford 3.1: £24m secured to date; 76.4% of spend retained within Trafford and Greater Manchester.
  { q: 'how much social value has trafford secured and what % of spend stays local?', council: TRAFFORD, includes: [/£24m/, /76\.4%/], before: [/£24m/, /76\.4%/], source: SRC.trafford },
]);

// =============================================================================================
// 7. Misspelt councils ("Did you mean …?" and a button asking the question with the name put right)
// and councils the bot does not cover (say so, name the three it covers, no policy figures).

const misspelt = (name: string, ask: RegExp, wrong: string, ...keys: M[]): Pick<Row, 'includes' | 'buttons' | 'excludes'> => ({
  includes: [didYouMean(name)],
  buttons: [askCorrected(ask, wrong, ...keys)],
  excludes: HELP_OR_POINTER,
});
const uncovered: Pick<Row, 'includes' | 'excludes'> = {
  includes: [NOT_COVERED, STOCKPORT_RE, TRAFFORD_RE, CWAC_RE],
  excludes: NO_POLICY_FIGURES,
};

const COUNCIL_NAMES: OfficerRow[] = kind('misspelt or uncovered council', [
  { q: 'stokport weighting for 60k', ...misspelt('Stockport', ASK_STOCKPORT, 'stokport', /weighting/, money(60000)) },
  { q: 'whats the traford weighting for £80k', ...misspelt('Trafford', ASK_TRAFFORD, 'traford', /weighting/, money(80000)) },
  // "cheshire west" is one of the council's own short forms, so this is answered, not queried back.
  { q: 'cheshire west n chester weighting 75k', ...cwac5([money(75000)]) },
  // The council's words the wrong way round are still the council.
  { q: 'weighting for a £120k contract in chester west', ...cwac10([money(120000)]) },
  { q: 'Chesire West weighting for a 120k contract', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'chesire', /weighting/, money(120000)) },
  { q: 'stockpot sv threshold', ...misspelt('Stockport', ASK_STOCKPORT, 'stockpot', /threshold/) },
  { q: 'trafort portal threshold', ...misspelt('Trafford', ASK_TRAFFORD, 'trafort', /portal/, /threshold/) },
  { q: 'cheshire wset weighting 90k', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'wset', /weighting/, money(90000)) },
  { q: 'stcokport min wieghting 40k', ...misspelt('Stockport', ASK_STOCKPORT, 'stcokport', money(40000)) },
  { q: 'does Traffford use the social value portal', ...misspelt('Trafford', ASK_TRAFFORD, 'traffford', /social value portal/) },
  { q: 'Stockprot weighting for a 200k works contract', ...misspelt('Stockport', ASK_STOCKPORT, 'stockprot', /weighting/, money(200000), /works/) },
  { q: 'Salford weighting for 80k', ...uncovered },
  { q: "what's Manchester City Council's social value weighting", ...uncovered },
  { q: 'wigan sv threshold', ...uncovered },
  { q: 'does Bolton council use the social value portal', ...uncovered },
  { q: 'cheshire east weighting for a £150k contract', ...uncovered, why: 'Cheshire East is a different council from Cheshire West and Chester' },
  { q: 'Tameside min weighting 60k', ...uncovered },
  { q: 'rochdale social value policy?', ...uncovered },
  // Held-out round 9.
  { q: 'stokport sv min 90k', ...misspelt('Stockport', ASK_STOCKPORT, 'stokport', money(90000)) },
  { q: 'Stockpoort portal threshold', ...misspelt('Stockport', ASK_STOCKPORT, 'stockpoort', /portal/, /threshold/) },
  // "west & chester" beside the slip leaves no doubt which council is meant: answered, not queried back.
  { q: 'chesire west & chester weighting 60k', ...cwac5([money(60000)]) },
  { q: 'Salford sv weighting 100k', ...uncovered },
  { q: 'oldham council social value threshold', ...uncovered },
  // Held-out set 9b.
  { q: 'wieghting stokport 80k', ...misspelt('Stockport', ASK_STOCKPORT, 'stokport', money(80000)) },
  { q: 'chesire west weigthing 60k', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'chesire', money(60000)) },
  { q: 'traford toms?', ...misspelt('Trafford', ASK_TRAFFORD, 'traford', /toms/i) },
  { q: "what's the weighting for Bury", ...uncovered },
]);

// =============================================================================================
// 8. No council named, none set, no default: ask which, with the three councils as buttons.

const whichCouncil = (...keys: M[]): Pick<Row, 'includes' | 'buttons' | 'noDefault'> => ({
  includes: [WHICH_COUNCIL],
  buttons: threeCouncils(...keys),
  noDefault: true,
});

const NO_COUNCIL: OfficerRow[] = kind('no council known', [
  // Only Trafford's documents say STAR invested in the Portal (2.1, "in April 2019"), and give no amount.
  {
    q: "how much was STAR procurement's investment in the social value portal?",
    council: TRAFFORD,
    includes: [DOES_NOT_SAY, /April 2019/],
    excludes: [WHICH_COUNCIL],
    source: SRC.trafford,
    noDefault: true,
  },
  // "GM" is Greater Manchester; only Stockport's documents speak of its Good Employment Charter.
  { q: 'tell me about the GM good employment charter', council: STOCKPORT, includes: [/Greater Manchester Good Employment Charter/], excludes: [WHICH_COUNCIL], source: SRC.statement, noDefault: true },
  { q: "what's the weighting for a £60k contract", ...whichCouncil(/weighting/, money(60000)) },
  { q: 'do i need the social value portal for 70k', ...whichCouncil(/portal/, money(70000)) },
  { q: 'sv threshold?', ...whichCouncil(/threshold/) },
  { q: 'min weighting for 150k works', ...whichCouncil(/weighting/, money(150000), /works/) },
  { q: 'who chairs the steering group', ...whichCouncil(/chair/, /steering group/) },
  { q: 'what are the priority cohorts', ...whichCouncil(/priority cohorts/) },
  { q: "can we deduct payments if the supplier doesn't deliver", ...whichCouncil(/deduct/) },
  { q: 'how quickly do we pay local suppliers', ...whichCouncil(/local suppliers/) },
  { q: 'weighting for seventy five thousand pounds', ...whichCouncil(/weighting/, /seventy[ -]five thousand|75k|75,000|75000/) },
  { q: 'need the weighting for a 2.5m construction job', ...whichCouncil(/weighting/, money(2500000), /construction/) },
  { q: "what's our maturity index level", ...whichCouncil(/maturity index/) },
  { q: 'is 15% enough for a £90k tender', ...whichCouncil(/15 ?%/, money(90000)) },
  { q: "what's the social value weighting", ...whichCouncil(/weighting/) },
  { q: 'do we still use toms under 50k', ...whichCouncil(/toms/, money(50000)) },
  { q: 'hi, what weighting should I put on a £40k goods contract?', ...whichCouncil(/weighting/, money(40000), /goods/) },
  { q: 'thresold for social value', ...whichCouncil(/thres?h?old/) },
  // Only Stockport's Statement (s.5) names Bee Net Zero, "a new partnership".
  { q: 'what is bee net zero', council: STOCKPORT, includes: [/partnership/i], excludes: [WHICH_COUNCIL], source: SRC.statement, noDefault: true },
  // Held-out round 9.
  { q: 'sv weighting for £65k?', ...whichCouncil(/weighting/, money(65000)) },
  { q: 'portal threshold', ...whichCouncil(/portal/, /threshold/) },
]);

// =============================================================================================
// 9. Facts the documents state that are not weightings, quoted from the document that states them.

const FACTS: OfficerRow[] = kind('document facts', [
  // Statement s.8, Environmental: "1980 low or no emission staff vehicles used on projects" (a count, not a year).
  { q: 'number of low or zero emission vehicles used on smbc projects?', council: STOCKPORT, includes: [/1980 low or no emission/i], excludes: [DOES_NOT_SAY], source: SRC.statement },
  // Trafford 2.2: "In February 2021, an assessment was undertaken".
  { q: 'when did trafford do its maturity index assessment', council: TRAFFORD, includes: [/February 2021/], source: SRC.trafford },
  // CWaC "Where are we now?": "the Ellesmere Port Public Sector Hub and Chester Northgate developments
  // have included 508 weeks of apprenticeships" (a name only CWaC's documents use, asked of the default council).
  { q: 'apprenticeship weeks on the ellesmere port hub?', council: CWAC, includes: [/508 weeks of apprenticeships/i], excludes: [/\bNT\d/], source: SRC.cwac },
  // Statement s.4: Overbury "provided in total 687 volunteer hours and £39,400.53 of materials".
  { q: 'overbury - what materials did they give?', council: STOCKPORT, includes: [/£39,400\.53/], excludes: [/\bNT\d/], source: SRC.statement },
  // Statement s.6: "STAR have also developed the 12 Steps to Social Value" ("stockports": the name, no apostrophe).
  { q: 'tell me about stockports 12 steps to social value', council: STOCKPORT, includes: [/12 Steps to Social Value/i], source: SRC.statement },
  // Charter s.1: the Five Shared Core Outcomes lead when asked for, not the cohorts.
  { q: 'what r the five shared core outcomes in stockport', council: STOCKPORT, includes: [/informed choices/i, /thriving economy/i], firstLine: /core outcomes/i, source: SRC.charter },
  // Trafford's cover page: "Report author: Corporate Director for Place", before the Hong Kongers who
  // "wrote to Trafford Council".
  { q: 'whos the author of the trafford report', council: TRAFFORD, includes: [/Corporate Director for Place/i], firstLine: /Corporate Director for Place/i, source: SRC.trafford },
  // Statement s.2: "A pledge to become operationally net zero by 2030".
  { q: 'when is smbc aiming to be net zero by?', council: STOCKPORT, includes: [/net zero by 2030/i], source: SRC.statement },
  // Trafford, Implications: "the Shared Prosperity Fund has been highlighted as a potential opportunity
  // for short term funding" (the curated action plan topic does not say it).
  { q: "where could the money for trafford's sv action plan come from - any funding?", council: TRAFFORD, includes: [/Shared Prosperity Fund/i], source: SRC.trafford },
  // Statement s.6: "We have 4 Stockport Council employees who are Level 4 CIPS qualified" ("ppl": people).
  { q: 'how many ppl at stockport have level 4 cips', council: STOCKPORT, includes: [/\b4 Stockport Council employees/i], excludes: [DOES_NOT_SAY], source: SRC.statement },
  // Statement s.8, the Portal's table, introduced by "So far since the portal was launched in 2019:-".
  { q: 'total sv delivered on the stockport portal since it launched?', council: STOCKPORT, includes: [money(25768467)], source: SRC.statement },
  { q: "how many live projects are on smbc's social value portal", council: STOCKPORT, includes: [/LIVE PROJECTS\W+137/i], source: SRC.statement },
  // Statement s.8, the Social list under "From the £14.2m committed in 2022/23 …": "5100 hours of volunteering time".
  { q: 'how many hours of volunteering came from stockport portal contracts', council: STOCKPORT, includes: [/5100 hours of volunteering/i], source: SRC.statement },
  // Trafford 3.2: "Exact numbers are not known but this is estimated to be in the region of at least
  // 1,500 people" (the 200 attended one event: not how many there are).
  { q: 'roughly how many people from hong kong have settled in trafford', council: TRAFFORD, includes: [/at least 1,500/i], source: SRC.trafford },
  // Statement s.8: "From the £14.2m committed in 2022/23 [on the Portal] ... 133 jobs or full time
  // equivalent either retained or hired on contracts": the list itself does not say "Portal".
  { q: "how many jobs came from stockport's portal contracts in 2022/23", council: STOCKPORT, includes: [/\b133 jobs\b/i], source: SRC.statement },
  // CWaC Engagement Feedback: the weighting was thought "both too high (suggested by commissioning
  // officers) and too low (suggested at a local suppliers forum)".
  { q: 'what feedback did cwac get on the social value weighting', council: CWAC, includes: [/too high/i, /too low/i], source: SRC.cwac },
  // Trafford 3.2, the Carers Centre list (its introduction names the centre, the item the apprentice).
  { q: 'what has the trafford carers centre committed on apprentices', council: TRAFFORD, includes: [/An apprentice will be employed each year/i], excludes: [/\bNT\d/], source: SRC.trafford },
  // Trafford, Implications: "closely aligned to the Council's three Corporate Priorities".
  { q: "how does trafford's charter link to the corporate priorities", council: TRAFFORD, includes: [/three Corporate Priorities/i], source: SRC.trafford },
  // CWaC Purpose: "The Council directly employs around 3,082 individuals".
  { q: 'how many people does Cheshire West employ?', council: CWAC, includes: [/3,082/], source: SRC.cwac },
  // Trafford 3.1: 53p per £1 offered; £24m secured; 76.4% retained within Trafford and Greater Manchester.
  { q: "what were trafford's sv results for 2021-22", council: TRAFFORD, includes: [/53p/i, money(24000000), pct(76.4)], source: SRC.trafford },
  // Trafford 4.3: "chaired by the Inclusive Economy and Communities Manager".
  { q: 'who chairs the trafford sv steering group?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/i], source: SRC.trafford },
  // Stockport Statement s.2, COHORTS.
  {
    q: 'which groups are stockport prioritising - the cohorts i mean',
    council: STOCKPORT,
    includes: [/care leavers/i, /ex-offenders/i, /long term unemployed/i, /preparing for adulthood|SEND/i, /veterans/i],
    source: SRC.statement,
  },
  // CWaC (ii): "Committing to pay all local suppliers in less than the current standard of 30 days".
  { q: 'how fast does CWaC pay local suppliers', council: CWAC, includes: [/30 days/i, LESS_THAN, /local/i], source: SRC.cwac },
  // CWaC (vii): alternative social value of equivalent value; over £100,000 payments may be reduced,
  // the deductions going into a social value fund.
  {
    q: "what happens in CWaC if a supplier doesn't deliver the social value they promised",
    council: CWAC,
    includes: [/alternative|equivalent/i, /reduc|deduct/i, /social value fund/i, OVER_100K],
    source: SRC.cwac,
  },
  // CWaC Purpose: "The council spends £300m a year with external providers".
  { q: 'how much does cheshire west spend with external providers each year', council: CWAC, includes: [money(300000000)], source: SRC.cwac },
  // CWaC Where are we now?: "160 apprentices over the last three years".
  { q: 'how many apprentices has cwac taken on', council: CWAC, includes: [/\b160\b/, /three years|3 years/i], source: SRC.cwac },
  // Trafford 2.2: the five stages.
  {
    q: "what are the five stages of the social value maturity index in trafford's report",
    council: TRAFFORD,
    includes: [/minimum/i, /developing/i, /mature/i, /leader/i, /innovator/i],
    source: SRC.trafford,
  },
  // Trafford 2.1: "STAR Procurement invested in the Social Value Portal in April 2019".
  { q: 'when did STAR start using the social value portal for trafford', council: TRAFFORD, includes: [/April 2019/i], source: SRC.trafford },
  // Stockport Statement s.8: "43 new contracts ... £14.2m social value commitment. £2.2m has already been delivered".
  {
    q: 'how many new contracts went on the portal in stockport in 2022/23 and how much was committed',
    council: STOCKPORT,
    includes: [/\b43\b/, money(14200000)],
    source: SRC.statement,
  },
  // Stockport Statement s.8, Employment: "133 jobs or full time equivalent either retained or hired".
  { q: 'how many jobs did stockport contracts create or keep in 22/23', council: STOCKPORT, includes: [/\b133\b/], source: SRC.statement },
  // Stockport Charter s.1: the five shared core outcomes.
  {
    q: "what are stockport's five shared core outcomes",
    council: STOCKPORT,
    includes: [/informed choices/i, /support get it/i, /thriving economy/i, /place people want to live/i, /safe and resilient/i],
    source: SRC.charter,
  },
  // Stockport Statement s.9: "developed by the Social Value Steering Group and is monitored at the
  // Strategic Commissioning Group".
  { q: "who put together stockport's social value action plan", council: STOCKPORT, includes: [/Social Value Steering Group/i, /Strategic Commissioning Group/i], source: SRC.statement },
  // CWaC Policy interventions (i): minimum standards from all bidders.
  {
    q: 'what does cheshire west expect from every bidder before any social value requirements',
    council: CWAC,
    includes: [/modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working/i],
    source: SRC.cwac,
  },
  // Trafford 2.8: the communities' priorities.
  {
    q: 'what did trafford communities say their priorities were',
    council: TRAFFORD,
    includes: [/social isolation/i, /poverty/i, /food/i, /employment support/i, /business engagement/i],
    source: SRC.trafford,
  },
  // Trafford 3.2: the UA92 event on 16 November 2021, "attended by over 200 Hong Kong newcomers".
  { q: 'how many hong kong newcomers went to the trafford employment event', council: TRAFFORD, includes: [/\b200\b/, /UA92/i], source: SRC.trafford },
  // Stockport Statement s.1: "Stockport is accredited as a Real Living Wage employer".
  { q: 'is stockport a real living wage employer', council: STOCKPORT, includes: [/Real Living Wage/i, /accredited/i], source: SRC.statement },
  // Stockport Statement s.5: "A new policy is proposed ... carbon reduction plans by 2024" (net zero by 2050).
  { q: 'when will stockport make carbon reduction plans mandatory', council: STOCKPORT, includes: [/2024/, /propos/i, /2050|net zero/i], source: SRC.statement },
  // CWaC Employment (ii): "The council provides up to 2 days that staff can use for volunteering".
  { q: 'how many days volunteering do cwac staff get', council: CWAC, includes: [/\b(?:2|two) days\b/i], source: SRC.cwac },
  // Stockport Statement s.7: the Round Table "takes place termly ... chaired by the former Mayor of Stockport".
  { q: 'who chairs the stockport round table', council: STOCKPORT, includes: [/former Mayor/i], source: SRC.statement },
  // Stockport Statement s.1: the Charter "was initially ratified in 2019 ... due to be refreshed in 2023".
  { q: "when was stockport's social value charter ratified and when is it due a refresh", council: STOCKPORT, includes: [/2019/, /2023/], source: SRC.statement },
  // How current, asked without a question mark: the Statement covers 2022-2023, a period that has ended.
  { q: 'is the stockport annual statement still in date', council: STOCKPORT, includes: [/2022-2023/, /ended/i], source: SRC.statement },
  // CWaC: the Social Value Policy 2021-25.
  { q: 'when is the cwac social value policy from', council: CWAC, includes: [/2021/], excludes: [HELP_OR_POINTER[1]!, DOES_NOT_SAY], source: SRC.cwac },
  // Trafford 3.2: Trafford Carers Centre, "Over 25 local people employed"; "An apprentice will be employed each year".
  { q: 'what social value is the trafford carers centre contract delivering', council: TRAFFORD, includes: [/25 local people/i, /apprentice/i], source: SRC.trafford },
  // Statement s.8, the Portal's headline figures (a table): "% commitments delivered 57.84%".
  { q: "what percentage of stockport's portal commitments have been delivered", council: STOCKPORT, includes: [pct(57.84)], source: SRC.statement },
  // Statement s.2, THEMES: "Cost of living support", "Buying local", "Loneliness and social isolation" …
  { q: 'what themes has stockport prioritised', council: STOCKPORT, includes: [/cost of living/i, /buying local/i, /warm spaces/i], source: SRC.statement },
  // CWaC Employment (ii): "up to 2 days that staff can use for volunteering opportunities each year".
  { q: "what's the volunteering allowance for cwac staff", council: CWAC, includes: [/2 days/i], source: SRC.cwac },
  // Trafford: the report to the Executive dated 24 October 2022 recommends approving the Charter.
  { q: 'when did the trafford executive approve the charter', council: TRAFFORD, includes: [/24 October 2022/], source: SRC.trafford },
  // Statement s.4: "Social Value must be included before the Procurement Initiation Document (PID) is
  // signed off ... with very few exceptions, requiring senior officer sign off".
  { q: 'is social value compulsory in stockport', council: STOCKPORT, includes: [/PID|Procurement Initiation Document/, SENIOR_OFFICER], source: SRC.statement },
  // Statement s.4, case studies: George Cox "created a community woodland by planting 7,500 trees".
  { q: 'how many trees were planted by george cox', council: STOCKPORT, includes: [/7,500/], excludes: [/\bNT\d/], source: SRC.statement, noDefault: true },
  // Statement s.4, Wilmott Dixon: "they have created 53 new jobs" (not the "over 70%" of the team living locally).
  { q: 'how many new jobs has wilmott dixon created on the stockport project', council: STOCKPORT, includes: [/53 new jobs/i], source: SRC.statement },
  // A name only Stockport's documents use answers "which council?": Wilmott Dixon "delivered 97 weeks of training".
  { q: 'how many training weeks has wilmott dixon provided', council: STOCKPORT, includes: [/97 weeks/i], excludes: [WHICH_COUNCIL], source: SRC.statement, noDefault: true },
  // CWaC, What do we mean by social value?: "Procurement Policy Note (PPN05/21)".
  { q: 'which ppn does cheshire west refer to', includes: [/PPN ?05\/21/i], excludes: HELP_OR_POINTER },
  // With no council, the National TOMs are national: their themes (CWaC Appendix B).
  { q: 'what are the national toms', includes: [/jobs/i, /growth/i, /social/i, /environment/i], excludes: [WHICH_COUNCIL], noDefault: true },
  // Topic words misspelt: Trafford 2.2 ("developing to becoming an innovator"); Statement s.2 COHORTS;
  // CWaC (i) minimum standards.
  { q: 'trafford maturty index result', council: TRAFFORD, includes: [/developing/i], source: SRC.trafford },
  { q: 'stockport priorty cohrts?', council: STOCKPORT, includes: [/care leavers/i, /veterans/i], source: SRC.statement },
  // Statement s.2: "the One Stockport Borough Plan and the commitment to 'Come together as One …'".
  { q: "what's the commitment in the one stockport borough plan", council: STOCKPORT, includes: [/Come together as One/i], source: SRC.statement },
  // CWaC Appendix C, a table row: "Launch social value measurement tool | Procurement Manager |
  // September 2021", quoted as its row, not as the whole table run together.
  {
    q: 'when is the cwac social value measurement tool being launched',
    council: CWAC,
    includes: [/Launch social value measurement tool\W+(?:Procurement Manager\W+)?September 2021/i],
    excludes: [/Adopt a social value measurement tool/i],
    source: SRC.cwac,
  },
  // The same plan asked as the action plan: the item asked about first, before the rest of the plan.
  {
    q: "cwac action plan - when's the launch of the measurement tool?",
    council: CWAC,
    includes: [/September 2021/],
    before: [/Launch social value measurement tool: September 2021/i, /Adopt a social value measurement tool/i],
    source: SRC.cwac,
  },
  // CWaC Where are we now?: "in excess of £20m spent with companies within 30 miles of the Borough".
  { q: 'how much was spent with firms within 30 miles on the cwac developments', council: CWAC, includes: [money(20000000)], excludes: [DOES_NOT_SAY], source: SRC.cwac },
  // Trafford, the report's cover: "Report author: Corporate Director for Place".
  { q: 'who authored the trafford social value report', council: TRAFFORD, includes: [/Corporate Director for Place/i], source: SRC.trafford },
  // Statement s.8: "43 new contracts ... This equates to £14.2m social value commitment".
  { q: "how much social value has been committed on stockport's new portal contracts", council: STOCKPORT, includes: [money(14200000)], source: SRC.statement },
  { q: 'cheshire west minimum standrds for bidders', council: CWAC, includes: [/modern slavery/i, /health and safety/i], source: SRC.cwac },
  // Held-out round 9, facts the packs do not curate.
  // Statement s.8: "503 weeks of apprenticeships working on contracts".
  { q: 'how many weeks of apprenticeships came from stockport portal contracts in 22/23', council: STOCKPORT, includes: [/503 weeks of apprenticeships/i], source: SRC.statement },
  // Trafford 3.1: "Spend being retained within Trafford and Greater Manchester is 76.4%".
  { q: 'what % of spend does trafford keep local', council: TRAFFORD, includes: [pct(76.4)], source: SRC.trafford },
  // CWaC "Where are we now?": "508 weeks of apprenticeships, 50 weeks of training and 12 work placements".
  { q: 'how many work placements did the ellesmere port and northgate schemes give', council: CWAC, includes: [/12 work placements/i], source: SRC.cwac },
  // CWaC "Where are we now?", Employment: "1781 staff benefiting from carbon literacy".
  { q: 'how many cwac staff have done carbon literacy', council: CWAC, includes: [/1781 staff/i], source: SRC.cwac },
  // Trafford 3.2: "An employment support event was organised by Trafford Council at UA92 on the 16 November 2021".
  { q: "when was trafford's hong kong employment event", council: TRAFFORD, includes: [/16 November 2021/], source: SRC.trafford },
  // Trafford's cover page: "Contact person … Oliver Shimell (Inclusive Economy and Communities Manager)".
  { q: "who's the contact for the trafford exec report", council: TRAFFORD, includes: [/Oliver Shimell/], source: SRC.trafford },
  // Statement s.4: "our contract management portal (Intend)".
  { q: 'what is intend in stockport', council: STOCKPORT, includes: [/contract management portal/i], source: SRC.statement },
  // Statement s.6: "The Social Value Portal provides two training sessions a month, dedicated to supplier support".
  { q: 'how often does the sv portal train suppliers in stockport', council: STOCKPORT, includes: [/two training sessions a month/i], source: SRC.statement },
  // Trafford 3.2: the sentence that introduces the organisations is quoted with its list, across the
  // file's page break ("looking for help to" / "get them into work").
  {
    q: 'trafford hong kong event - who helped',
    council: TRAFFORD,
    includes: [/Growth Company/, /UA92/, /Business Growth Hub/, /Trafford College Group/, /recruitment agencies/i],
    source: SRC.trafford,
  },
  // CWaC (viii): the anchor institutions by name, not the bare item "Anchor Institutions Roundtable"
  // from the list of meetings held (Engagement Feedback), which only repeats the question.
  {
    q: 'who are the cwac anchor institutions roundtable',
    council: CWAC,
    includes: [/the University, further education, the NHS/i, /Chester Zoo/],
    excludes: [/says: “Anchor Institutions Roundtable”/i],
    source: SRC.cwac,
  },
  // Held-out set 9b. CWaC Purpose: "The council spends £300m a year with external providers".
  { q: 'how much does cwac spend with external providers each year', council: CWAC, includes: [/£300m a year/], source: SRC.cwac },
  // CWaC Employment (ii): "up to 2 days that staff can use for volunteering opportunities each year".
  { q: 'how many days volunteering do cwac staff get', council: CWAC, includes: [/up to 2 days/], source: SRC.cwac },
  // Statement s.7: "a digital, cloud-based social value brokerage system".
  { q: 'what is match my project', council: STOCKPORT, includes: [/brokerage/i], source: SRC.statement },
  // Trafford front sheet: the two contacts for background papers.
  { q: "who are the contacts on trafford's social value report", council: TRAFFORD, includes: [/Oliver Shimell/, /Nidi Etim/], source: SRC.trafford },
  // Trafford 3.2: the event at UA92 on 16 November 2021 "was attended by over 200 Hong Kong newcomers".
  { q: 'how many people came to the hong kong employment event in trafford', council: TRAFFORD, includes: [/over 200/, /UA92/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
  // Statement s.6: "4 Stockport Council employees who are Level 4 CIPS qualified ... and two others".
  { q: 'how many cips qualified staff does stockport have', council: STOCKPORT, includes: [/\b4 Stockport Council employees\b/, /two others/], source: SRC.statement },
  // Trafford 4.3: who is on the steering group, and who chairs it, from a long message.
  {
    q: "So we're doing a joint thing with Trafford on a youth employment programme and the Trafford lead mentioned their steering group, I don't really know who's on it or what it does, can you tell me who sits on it? It's for a report I'm writing for Friday",
    council: TRAFFORD,
    includes: [/Trafford College/, /Trafford CCG/, STAR, /Inclusive Economy and Communities Manager/i],
    source: SRC.trafford,
  },
  // CWaC (vii): alternative social value of equivalent value may be accepted; over £100,000 payments may be reduced.
  {
    q: "ok so I've been going back and forth with the supplier for ages, they say they can't deliver the apprenticeship they promised in the social value bid, contract is £250k with cwac, what happens now? can they swap it for something else? sorry for the essay",
    council: CWAC,
    firstLine: YES,
    includes: [/alternative social value/i, /equivalent value/i, money(100000)],
    source: SRC.cwac,
  },
]);

// =============================================================================================
// 10. What the councils share, asked without naming one (each council from its own documents).

const SHARED: OfficerRow[] = kind('shared by the councils', [
  // No council named and every council defines it: each council's own words (CWaC quotes the social
  // value hub; Trafford 1.1 "social, economic and environmental benefits"; Stockport's Charter).
  {
    q: 'what does social value actually mean?',
    includes: [CWAC_RE, TRAFFORD_RE, STOCKPORT_RE, /benefit to the community/i, /social, economic and environmental/i],
    excludes: [WHICH_COUNCIL],
    crossCouncil: true,
    noDefault: true,
  },
  // Stockport Charter ("benchmarking these against the National TOMs"; below £50k "the National TOMs
  // will continue to be used"); Trafford 2.3 (STAR adopted the TOMs, April 2019); CWaC Delivery and
  // evaluation ("The National ... (TOMs) framework will provide the menu of measures").
  {
    q: 'do all three councils use the national TOMs?',
    includes: [OF_STOCKPORT(TOMS), OF_TRAFFORD(TOMS), OF_CWAC(TOMS)],
    crossCouncil: true,
  },
  // Stockport Charter s.4 and Trafford 3.1 (over £50k); CWaC: the Portal "will be engaged".
  { q: 'which councils use the social value portal?', includes: [OF_STOCKPORT(PORTAL), OF_TRAFFORD(PORTAL), OF_CWAC(PORTAL)], crossCouncil: true },
  // Stockport Statement s.3 ("STAR is the Council's strategic procurement partner"); Trafford 2.1.
  { q: 'which councils use STAR procurement', includes: [OF_STOCKPORT(STAR), OF_TRAFFORD(STAR)], crossCouncil: true },
  // Stockport Statement s.3 (the Social Value Steering Group); Trafford section 4. CWaC has none.
  {
    q: 'which councils have a social value steering group',
    includes: [OF_STOCKPORT(/steering group/), OF_TRAFFORD(/steering group/)],
    crossCouncil: true,
  },
  // None of the four documents sets a maximum weighting.
  { q: 'do any of the councils set a maximum social value weighting', includes: [/maximum|cap\b|upper limit/i, NEGATIVE], crossCouncil: true },
  // Stockport 15% minimum (Charter); CWaC standard 5%/10%; Trafford none.
  {
    q: 'which councils set a minimum weighting',
    includes: [OF_STOCKPORT(pct(15)), OF_TRAFFORD(NO_WEIGHTING), CWAC_RE],
    excludes: WRONG_COUNCIL_FIGURES,
    crossCouncil: true,
  },
  // Stockport Statement s.7 (annual self-assessment); Trafford 2.2 (February 2021).
  {
    q: 'which councils use the social value maturity index',
    includes: [OF_STOCKPORT(/Maturity Index/), OF_TRAFFORD(/Maturity Index/)],
    crossCouncil: true,
  },
  {
    q: 'do all the councils weight social value the same',
    includes: [OF_STOCKPORT(pct(15)), OF_STOCKPORT(pct(20)), OF_CWAC(pct(5)), OF_CWAC(pct(10)), OF_TRAFFORD(NO_WEIGHTING)],
    excludes: WRONG_COUNCIL_FIGURES,
    crossCouncil: true,
  },
  // Only CWaC (vii) reserves the right to reduce payments, over £100,000.
  { q: 'which councils can cut payments when social value isnt delivered', includes: [CWAC_RE, /social value fund|reduc/i, OVER_100K], crossCouncil: true },
  // Stockport Charter s.4 and Trafford 3.1: £50k; CWaC's policy gives no Portal threshold.
  {
    q: 'what is the social value portal threshold for each council',
    includes: [
      OF_STOCKPORT(money(50000)),
      OF_TRAFFORD(money(50000)),
      OF_CWAC(new RegExp(`\\bno\\b[^.\\n]{0,40}threshold|threshold[^.\\n]{0,40}\\bnot\\b|${DOES_NOT_SAY.source}`)),
    ],
    crossCouncil: true,
  },
  // Stockport Charter s.3 and Statement s.1: the Greater Manchester Good Employment Charter.
  { q: 'which of the councils mention the greater manchester good employment charter', includes: [OF_STOCKPORT(/Good Employment Charter/)], crossCouncil: true },
  // Held-out round 9.
  {
    q: 'compare sv weightings for a £150k contract',
    includes: [OF_STOCKPORT(pct(15)), OF_STOCKPORT(pct(20)), OF_CWAC(pct(10)), OF_TRAFFORD(NO_WEIGHTING)],
    excludes: WRONG_COUNCIL_FIGURES,
    crossCouncil: true,
  },
]);

// =============================================================================================
// 11. Off-topic: a short friendly pointer, no figures, no Source line, no TOMs references.

const OFF_TOPIC: OfficerRow[] = kind(
  'off-topic',
  [
    'who won the football',
    "what's the weather in stockport tomorrow",
    'book me a meeting room',
    'can you reset my password',
    "what's for lunch in the canteen today",
    'what time does the trafford centre open on sunday',
    'translate this email into french please',
    'how do i claim mileage expenses',
    'whats the capital of france',
    'write me a poem about cats',
    'order more printer toner for the 3rd floor',
  ].map((q) => ({ q, includes: [POINTER], excludes: NO_POLICY_ANSWER })),
);

// =============================================================================================
// 12. Routing between the features: the live action plan, the documents, the PID checklist, and a
// plan update from someone who is not a steering group member (the runner configures steering
// groups and never asks as one of their members).

const LIVE_TRF = /\bTRF-\d+\b/;
const LIVE_CWAC = /\bCWAC-\d+\b/;
const LIVE_SMBC = /\bSMBC-\d+\b/;
const CHECKLIST_FIRST_CARD = [/Step 1 of 5\b/i, /The contract/i];

const ROUTING: OfficerRow[] = kind('routing', [
  { q: 'show the Trafford action plan', council: TRAFFORD, includes: [LIVE_TRF] },
  { q: 'trafford action plan', council: TRAFFORD, includes: [LIVE_TRF] },
  {
    q: "what does Trafford's report say about the action plan?",
    council: TRAFFORD,
    includes: [/steering group|standing item|live/i],
    excludes: [LIVE_TRF],
    source: SRC.trafford,
    why: 'a question about the document (6.1-6.6), not the live plan',
  },
  { q: 'new PID checklist for £120k in Trafford', includes: CHECKLIST_FIRST_CARD },
  { q: 'update TRF-3 at risk: waiting on HR', includes: [/\bTRF-3\b/, REFUSAL], excludes: [/\d ?(?:%|per ?cent)/i] },
  { q: 'cwac action plan please', council: CWAC, includes: [LIVE_CWAC] },
  {
    q: "what does cheshire west's policy say about its action plan",
    council: CWAC,
    includes: [/Appendix C/i],
    excludes: [LIVE_CWAC],
    source: SRC.cwac,
    why: 'Delivery and evaluation: "An action plan for delivery is included in Appendix C of this policy."',
  },
  { q: 'start a PID checklist for a 60k stockport services contract', includes: CHECKLIST_FIRST_CARD },
  {
    q: "what does stockport's annual statement say about its action plan",
    council: STOCKPORT,
    includes: [/Strategic Commissioning Group/i],
    excludes: [LIVE_SMBC],
    source: SRC.statement,
  },
  { q: 'show me TRF-6', council: TRAFFORD, includes: [/\bTRF-6\b/] },
  { q: 'stockport action plan pls', council: STOCKPORT, includes: [LIVE_SMBC] },
  { q: 'complete CWAC-1', includes: [/\bCWAC-1\b/, REFUSAL] },
  // Held-out round 9. "can u show me …": a request to see the live plan, as "can you show me …" is.
  { q: 'start a pid checklist for £120k works in stockport', includes: CHECKLIST_FIRST_CARD },
  { q: "can u show me trafford's action plan", council: TRAFFORD, includes: [LIVE_TRF] },
  // Held-out set 9b.
  { q: 'can u pull up the action plan for cwac', council: CWAC, includes: [LIVE_CWAC] },
  { q: 'need to do the pid checklist for a new tender', includes: CHECKLIST_FIRST_CARD },
]);

// =============================================================================================
// Held-out set 9c: the TOMs in officers' words, the Portal and STAR, minimum standards and PID
// sign-off, comparisons, how current the documents are, the national context, follow-ups, and
// questions the documents cannot answer. Each row's answer was worked out from data/sources first.

const YES_BY_DATES = /^Yes\b/;
const NO_BY_DATES = /^No\b/;
/** Statement s.1: the Charter "is due to be refreshed in 2023"; s.9 lists the refresh as a priority. Whether it has happened, no document records. */
const REFRESH_NOT_RECORDED = /^The documents can't confirm it\b/;

const HELD_OUT_9C: OfficerRow[] = [
  ...kind('document facts', [
    // Policy 2021-25, Appendix B (National TOMs table): NT10, NT10a, NT10b.
    { q: 'whats the tom for apprenticeships', includes: [/\bNT10\b/, /weeks of apprenticeships/i], source: SRC.cwac },
    { q: 'NT 4 meaning', includes: [/\bNT4\b/, /NEETs/], source: SRC.cwac },
    { q: 'which TOMs cover carbon', includes: [/\bNT31\b/, /\bNT44\b/, /\bNT45\b/], source: SRC.cwac },
    // NT61 "Percentage of invoices on the contract paid within 30 days": a measure, not a council question.
    { q: 'is there a tom for paying suppliers on time', includes: [/\bNT61\b/, /30 days/], excludes: [WHICH_COUNCIL], noDefault: true, source: SRC.cwac },
    { q: 'tom ref for real living wage', includes: [/\bNT41\b/, /\bNT42\b/], source: SRC.cwac },
    // The table gives NT24's outcome ("Crime is reduced") but no measure wording.
    { q: "what's NT24", includes: [/\bNT24\b/, /Crime is reduced/i, /not legible|not given|does not give/i], source: SRC.cwac },
    { q: 'tom for care leavers', includes: [/\bNT4a\b/, /care leavers/i], source: SRC.cwac },
    // Statement s.6: "Stockport has agreed to focus on those TOMs which specifically relate to its priority cohorts and themes".
    { q: 'which toms does stockport focus on', council: STOCKPORT, includes: [/priority cohorts and themes/i], source: SRC.statement },
    // Statement s.3: "STAR is the Council's strategic procurement partner"; Trafford 2.1 describes STAR's service.
    { q: 'what is STAR procurement', includes: [STAR, /strategic procurement partner|procurement and consultancy service/i] },
    // Statement s.8: £25,768,467 delivered since the Portal was launched in 2019; £2.2m of it from 2022/23's 43 contracts.
    { q: 'how much sv has stockport delivered through the portal', council: STOCKPORT, includes: [money(25768467), /2019/, money(44548267)], source: SRC.statement },
    { q: 'what are cwac minimum standards for bidders', council: CWAC, includes: [/modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working practices/i], source: SRC.cwac },
    // Charter s.4: "Ensuring all providers and suppliers adhere to our ethical standards and eradication of modern slavery".
    { q: 'does stockport have minimum standards for suppliers', council: STOCKPORT, includes: [/ethical standards/i, /modern slavery/i], source: SRC.charter },
    // index.json: the policy covers 2021-25; today is past its period.
    { q: 'is the cwac policy still current', council: CWAC, includes: [/2021-25/, /ended in 2025/], firstLine: NO_BY_DATES },
    // Statement s.1: "initially ratified in 2019".
    { q: 'when was the stockport charter published', council: STOCKPORT, includes: [/\b2019\b/], excludes: [/covering 2022-2023/], source: SRC.statement },
    // The Executive report of 24 October 2022 recommends that the Executive approves the Charter.
    { q: 'when did trafford approve its charter', council: TRAFFORD, includes: [/24 October 2022/], source: SRC.trafford },
    // Statement s.1: "it is due to be refreshed in 2023".
    { q: 'is stockports charter out of date', council: STOCKPORT, includes: [/refreshed in 2023/], firstLine: REFRESH_NOT_RECORDED },
    // Trafford report, Legal Implications: "came into force on 31st January 2013".
    { q: 'when did the social value act come in', includes: [/Public Services \(Social Value\) Act 2012/, /31 January 2013/], source: SRC.trafford },
    // Policy 2021-25, "What do we mean by social value?": the 10% is central government's.
    { q: 'is 10% the legal minimum for councils', includes: [CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE], firstLine: NO, source: SRC.cwac },
    { q: 'what are the national priorities in the NPPS', includes: [/PPN ?05\/21/, /new businesses, new jobs and skills/i, /climate change/i, /supplier diversity/i], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    // Charter s.4: the Portal for competitive procurement "in excess of £50k".
    { q: 'do i need to put a £40k contract on the portal in stockport', council: STOCKPORT, includes: [money(50000)], firstLine: NO, source: SRC.charter },
    // Statement s.4: social value "must be included before the Procurement Initiation Document (PID) is signed off".
    { q: 'can the PID be signed off without social value stockport', council: STOCKPORT, includes: [/Procurement Initiation Document|\bPID\b/, SENIOR_OFFICER], firstLine: NO, source: SRC.statement },
  ]),
  ...kind('shared by the councils', [
    // Stockport a minimum of 15% (Charter s.4); CWaC 5% and 10% (Policy (iv)); Trafford sets none.
    { q: 'which council has the highest minimum weighting', includes: [/Stockport[^.\n]{0,20}\bhighest\b/, OF_STOCKPORT(pct(15)), OF_CWAC(pct(10)), OF_TRAFFORD(/sets none|no[^.\n]{0,40}weighting|not set/i)], crossCouncil: true },
    { q: 'stockport vs trafford thresholds', includes: [OF_STOCKPORT(money(25000)), OF_STOCKPORT(money(50000)), OF_TRAFFORD(money(50000))], excludes: [/Cheshire West/], crossCouncil: true },
    { q: 'portal thresholds for all three councils', includes: [OF_STOCKPORT(money(50000)), OF_TRAFFORD(money(50000)), OF_CWAC(/no value threshold|sets no/i)], crossCouncil: true },
    { q: 'which councils deduct payments if sv not delivered', includes: [OF_CWAC(money(100000)), OF_STOCKPORT(DOES_NOT_SAY), OF_TRAFFORD(DOES_NOT_SAY)], crossCouncil: true },
  ]),
  ...kind('no council known', [
    // Only Stockport's documents give the rule; with no council known, which council is asked.
    { q: "who signs off if we don't include sv", ...whichCouncilRow(/sign/i) },
    { q: "who signs off if we don't include sv", council: STOCKPORT, includes: [SENIOR_OFFICER], source: SRC.statement, why: 'Statement s.4, on the bot whose default council is Stockport' },
  ]),
  ...kind('documents do not say', [
    { q: 'what does ppn 06/20 say', includes: [/do not mention PPN 06\/20/i, /PPN 05\/21/] },
    { q: 'trafford exemption from social value who approves', council: TRAFFORD, includes: [DOES_NOT_SAY] },
    { q: 'what weighting does trafford use', council: TRAFFORD, includes: [NO_WEIGHTING], source: SRC.trafford },
    { q: 'how many contracts has cwac got on the social value portal', council: CWAC, includes: [DOES_NOT_SAY] },
    { q: "whats the penalty in trafford if a supplier doesn't deliver sv", council: TRAFFORD, includes: [DOES_NOT_SAY], excludes: [money(100000)] },
  ]),
  ...conversation([
    { q: 'NT10 meaning', includes: [/\bNT10\b/, /apprenticeships/i] },
    { q: 'what about NT10a', includes: [/\bNT10a\b/, /disadvantaged/i] },
  ]),
  ...conversation([
    { q: 'sv weighting for a £75k contract in cheshire west', council: CWAC, includes: [pct(5)], source: SRC.cwac },
    { q: 'and stockport?', ...carried({ council: STOCKPORT, includes: [pct(15), pct(20)], source: SRC.charter }, money(75000)) },
    // The same £75k: Stockport's 15% against CWaC's 5% (not CWaC's 10%, which is for over £100,000).
    { q: 'which is higher', includes: [/Stockport[^.\n]{0,20}\bhighest\b/, OF_CWAC(pct(5)), SAME, money(75000)], excludes: [OF_CWAC(pct(10))], crossCouncil: true },
  ]),
  ...conversation([
    { q: 'does trafford use the portal', council: TRAFFORD, includes: [money(50000)], firstLine: YES, source: SRC.trafford },
    { q: 'since when?', council: TRAFFORD, includes: [/April 2019/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'cwac minimum standards', council: CWAC, includes: [/modern slavery/i, /fair working practices/i], source: SRC.cwac },
    { q: 'does stockport have any?', council: STOCKPORT, includes: [/ethical standards/i, SAME], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'is the stockport charter current', council: STOCKPORT, includes: [/2019/, /refreshed in 2023/], firstLine: REFRESH_NOT_RECORDED },
    // The report of 24 October 2022 gives no end or refresh date: how current, not Trafford's thresholds.
    { q: "what about trafford's?", council: TRAFFORD, includes: [/24 October 2022/, SAME, /no end or refresh date/i], excludes: [/thresholds?/i] },
  ]),
  ...conversation([
    { q: 'who chairs the trafford steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: "and who's on it?", council: TRAFFORD, includes: [/Trafford College/, /Trafford CCG/, /STAR Procurement/, /Health/] },
  ]),
  ...conversation([
    { q: "do we deduct payments if sv isn't delivered cwac", council: CWAC, includes: [money(100000)], firstLine: YES, source: SRC.cwac },
    { q: 'what happens to the money', council: CWAC, includes: [/social value fund/i] },
    { q: 'what about a £60k contract', council: CWAC, includes: [money(100000), SAME], firstLine: NO },
  ]),
  ...conversation([
    { q: 'what does the act say', includes: [/31 January 2013/], source: SRC.trafford },
    { q: "and what's central government's minimum weighting", includes: [pct(10), CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE] },
  ]),
];

// =============================================================================================
// A fourth held-out set (9d): written from the documents before the bot was asked.

const HELD_OUT_9D: OfficerRow[] = [
  ...kind('weighting and thresholds', [
    // Charter s.4: a minimum of 15% with a target of 20% "in excess of £25k"; a quarter of a million is £250,000.
    { q: 'what weighting for a quarter of a million contract in stockport', ...sw([money(250000)]), derived: [250000] },
    // Trafford 3.1: "All contracts over £50K are reported through the Social Value Portal": not below £50k.
    { q: 'sub 50k trafford job do i need the portal', council: TRAFFORD, includes: [PORTAL, money(50000), /under £50,000/], excludes: [/for a £50,000 contract/i], firstLine: NO, source: SRC.trafford },
    // Charter s.4: "in excess of £25k": £24,999 is below it.
    { q: 'just under the threshold in stockport, £24,999 - do i need sv weighting', ...stockportNone([money(24999)]), firstLine: NO },
    // Policy (iv): "between £50,000 and £100,000" includes £50,000 itself.
    { q: 'is exactly 50k in cwac in the 5% band?', ...cwac5([money(50000)]) },
  ]),
  ...kind('totals over years', [
    // Policy (iv): £1.5m in total is above £100,000: 10%.
    { q: '£1.5m over 5 yrs cwac weighting?', ...cwac10([money(1500000)]) },
    // £12k a year for 3 years is £36,000 in total: above £25k, not above the £50k Portal threshold.
    { q: '£12k pa for 3 years stockport - what weighting', ...sw([money(36000), overYears(3)]), derived: [36000] },
  ]),
  ...kind('verdict', [
    { q: 'is 10% ok for a £300k cwac contract', ...cwac10([money(300000)]), firstLine: YES },
    { q: 'can i use 5% weighting on a 60k stockport tender', council: STOCKPORT, includes: [pct(5), pct(15), money(60000)], firstLine: NO, source: SRC.charter },
  ]),
  ...kind('document facts', [
    // Trafford 2.8: the priorities the initial consultation generated from communities.
    {
      q: "what are trafford's community priorities from the consultation",
      council: TRAFFORD,
      includes: [/Social isolation/i, /Poverty/, /Food support/i, /Employment support/i, /Community based support/i, /Business engagement/i],
      source: SRC.trafford,
    },
    // Policy, Clear goals: the seven broad priorities of the Council Plan and Recovery Plan.
    {
      q: 'cwac seven priorities',
      council: CWAC,
      includes: [/climate emergency/i, /poverty emergency/i, /good jobs with fair wages/i, /best start in life/i, /better places to call home/i, /longer, healthier and happier lives/i, /efficient and empowering Council/i],
      source: SRC.cwac,
    },
    // Trafford 4.3: "chaired by the Inclusive Economy and Communities Manager who is the day-to-day lead".
    { q: 'who leads social value day to day in trafford', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/, /day-to-day lead/i], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    // Policy Appendix C: "Adopt a social value measurement tool — Procurement Manager — July 2021".
    { q: 'who is the lead officer for the cwac social value measurement tool', council: CWAC, includes: [/measurement tool/i, /Procurement Manager/], source: SRC.cwac },
    // Statement s.8: "43 new contracts have been added to the Social Value Portal. This equates to £14.2m social value commitment."
    { q: 'how many new contracts went on the social value portal in stockport in 2022/23', council: STOCKPORT, includes: [/\b43 new contracts\b/, /£14\.2m/], source: SRC.statement },
    // Policy Appendix B: NT18, Growth theme, "More opportunities for local MSMEs and VCSEs".
    { q: 'whats NT18', includes: [/\bNT18\b/, /LOCAL supply chain/i, /More opportunities for local MSMEs and VCSEs/i], source: SRC.cwac },
    { q: 'toms for care leavers', includes: [/\bNT4a\b/, /16-25 y\.o\. care leavers/i], source: SRC.cwac },
    // Policy (i): the four minimum standards, asked with a typo.
    { q: 'minimun standards for bidders in cheshire west', council: CWAC, includes: [/modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working practices/i], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: "what's the trafford weighting for a contract over 100k", ...traffordOver50k([money(50000)]) },
    // Policy (iv): the guidelines start at £50,000; nothing below it.
    { q: 'what weighting does cwac use under £50k', ...cwacNone() },
  ]),
  ...kind('multi-part', [
    // Statement s.7: the Round Table "takes place termly" and "is chaired by the former Mayor of Stockport".
    { q: 'who chairs the stockport round table and how often does it meet', council: STOCKPORT, includes: [/former Mayor/i, /termly/i], excludes: [DOES_NOT_SAY], source: SRC.statement },
    // Policy (iv) 10% above £100,000; (vii) "the right to reduce contractual payments" for contracts over £100,000.
    {
      q: 'cwac weighting for 150k and can they deduct payments if sv isnt delivered',
      council: CWAC,
      includes: [money(150000), money(100000), /social value fund/i],
      before: [pct(10), /reduce contractual payments/i],
      source: SRC.cwac,
    },
  ]),
  ...kind('misspelt or uncovered council', [
    { q: 'whats the weigthing for £45k in stockprt', includes: [/Did you mean Stockport/i], buttons: [/£45k in Stockport/i], excludes: [pct(15)] },
  ]),
  ...kind('no council known', [
    // Trafford 2.1: "STAR Procurement invested in the Social Value Portal in April 2019"; Stockport's
    // documents name STAR and the Portal but give no date for it.
    { q: 'when did star start using the social value portal', council: TRAFFORD, includes: [/April 2019/], excludes: [WHICH_COUNCIL], noDefault: true, source: SRC.trafford },
  ]),
  ...kind(
    'off-topic',
    ["what's the weather in stockport tomorrow", 'how do i raise a PO', 'can you book me annual leave for friday', 'how do I reset my password', "what's on the canteen menu today"].map((q) => ({
      q,
      includes: [POINTER],
      excludes: NO_POLICY_ANSWER,
    })),
  ),
  ...conversation([
    { q: 'weighting for a 75k stockport contract', ...sw([money(75000)]) },
    { q: 'and trafford?', ...carried(traffordOver50k(), money(75000)) },
    { q: 'what about cwac', ...carried(cwac5(), money(75000)) },
  ]),
  ...conversation([
    { q: 'cwac weighting for £80k', ...cwac5([money(80000)]) },
    { q: 'what if it was £2m', ...carried(cwac10(), money(2000000)) },
  ]),
  ...conversation([
    { q: 'who chairs the trafford steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: "and who's on it?", council: TRAFFORD, includes: [/Health/, /Customer Service/, /Development Management/, /Trafford College/, /STAR Procurement/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'stockport portal threshold', ...stockportPortal([STRICTLY_ABOVE, COMPETITIVE]) },
    // Policy, Delivery and evaluation: the Portal "will be engaged"; no value threshold is given.
    { q: 'and for cwac?', council: CWAC, includes: [PORTAL, /no value threshold/i, SAME], source: SRC.cwac },
  ]),
  ...conversation([
    { q: "what's NT3a", includes: [/\bNT3a\b/, /armed forces veteran/i, /More opportunities for disadvantaged people/i], source: SRC.cwac },
    { q: 'and NT6a?', includes: [/\bNT6a\b/, /disabled armed forces veteran/i], excludes: [/\bNT3a\b/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'is 12% ok for 90k in cwac', council: CWAC, includes: [pct(12), pct(5), money(90000)], firstLine: YES, source: SRC.cwac },
    // The new figure, judged for the same £90,000: below the standard 5%.
    { q: 'what about 4%?', council: CWAC, includes: [pct(4), pct(5), money(90000), SAME], excludes: [/\b12 ?%/], firstLine: BELOW_VARIED_STANDARD, source: SRC.cwac },
  ]),
];

// =============================================================================================
// A fifth held-out set (9e): written from the documents before the bot was asked.

const HELD_OUT_9E: OfficerRow[] = [
  ...kind('weighting and thresholds', [
    // Policy (iv): "between £50,000 and £100,000 a social value weighting of 5%".
    { q: 'cheshire west 75k contract - what % social value?', ...cwac5([money(75000)]) },
    // Policy (iv): "higher value contracts (above £100,000 total value) 10%".
    { q: 'CWAC 250k works, weighting?', ...cwac10([money(250000)]) },
    // Trafford 3.1: "All contracts over £50K are reported through the Social Value Portal": £45k is not over it.
    { q: 'do i need the SV portal for a £45k trafford job', ...traffordNoPortal([PORTAL, money(45000)]), firstLine: NO },
    // Charter s.4 and Statement s.4: the Portal "in excess of £50k", for competitive procurement.
    { q: 'stockport portal threshold?', ...stockportPortal([STRICTLY_ABOVE, COMPETITIVE]) },
    // Trafford 2.3 and 3.1: no weighting; TOMs and the Portal over £50k.
    { q: 'what weighting does trafford use for a 300k service', ...traffordOver50k([money(300000)]) },
    // Statement s.4: "captured in all procurement activity over £25k"; Charter intro: below £50k "the National TOMs will continue to be used".
    { q: 'is SV needed on a £20k quote in Stockport', ...stockportNone([money(20000), TOMS]) },
    // Policy Appendix B: NT10, "No. of weeks of apprenticeships on the contract".
    { q: 'which TOMs measure covers apprenticeship weeks?', includes: [/\bNT10\b/, /weeks of apprenticeships on the contract/i], source: SRC.cwac },
  ]),
  ...kind('misspelt or uncovered council', [
    { q: 'whats the sv weighting for a 40k tender in stockprt?', ...misspelt('Stockport', ASK_STOCKPORT, 'stockprt', /weighting/, /40k/) },
    { q: 'Chesire West £30k contract sv %', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'chesire', /£30k/) },
    { q: 'Wigan 200k contract social value weighting', ...uncovered, includes: [...uncovered.includes, /Wigan/] },
  ]),
  ...kind('document facts', [
    // Trafford 4.3: "chaired by the Inclusive Economy and Communities Manager".
    { q: "who chairs trafford's sv steering group", council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    // Statement s.8: £25,768,467 delivered, £44,548,267 committed, 57.84%.
    { q: 'how much sv has stockport delivered through the portal', council: STOCKPORT, includes: [/£25,768,467/, /£44,548,267/, /57\.84 ?%/], source: SRC.statement },
    // Trafford 3.1: "for every £1 spent, the Council has been offered 53p back"; "£24m of Social Value to date".
    { q: 'what does trafford get back per £1 spent', council: TRAFFORD, includes: [/\b53p\b/, /£24m/], source: SRC.trafford },
    // Policy, Clear goals: the seven broad priorities.
    { q: 'cwac priorities', council: CWAC, includes: [/\bseven\b/i, /climate emergency/i, /poverty emergency/i, /efficient and empowering Council/i], source: SRC.cwac },
    // Policy, Where are we now?: "508 weeks of apprenticeships" as at April 2021.
    { q: 'how many weeks of apprenticeships has cheshire west delivered', council: CWAC, includes: [/508 weeks of apprenticeships/i, /April 2021/], source: SRC.cwac },
    // Statement s.4: "through our contract management portal (Intend) alongside the Social Value Portal".
    { q: 'where do stockport manage sv in contract management', council: STOCKPORT, includes: [/\bIntend\b/, PORTAL], source: SRC.statement },
  ]),
  ...kind('verdict', [
    { q: "I'm putting 10% SV on a £70k stockport tender, is that ok?", ...stockportBelow([pct(10), money(70000)]) },
    { q: 'cwac 120k contract, planning 10% social value - compliant?', ...cwac10([money(120000)]), firstLine: YES },
    { q: 'stockport £30k, 20% sv weighting ok?', ...sw([money(30000)]), firstLine: YES },
    // Policy (iv): 5% is the standard between £50,000 and £100,000, "varied on a case by case basis".
    { q: 'CW&C £60k at 3% sv, fine?', council: CWAC, includes: [pct(3), pct(5), money(60000), CASE_BY_CASE], firstLine: BELOW_VARIED_STANDARD, source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: "what's the sv weighting for a £5m framework in Trafford", ...traffordOver50k([money(5000000)]) },
    // No budget figure in either Stockport document; "budgeting" and "budget holders" are not one.
    { q: "what's Stockport's social value budget for 2024", ...notSaid(STOCKPORT, { excludes: [/£\s?\d/] }) },
    { q: 'how many suppliers has Trafford on the portal', ...notSaid(TRAFFORD, { includes: [PORTAL] }) },
    // Payment deductions are Cheshire West and Chester's (Policy (vii)); Stockport's documents set none.
    { q: "what's the penalty in stockport if a supplier misses its SV commitments", ...notSaid(STOCKPORT, { includes: [/payment deductions/i], excludes: [pct(15)] }) },
  ]),
  ...conversation([
    { q: 'stockport weighting for £60k?', ...sw([money(60000)]) },
    { q: 'and the portal?', ...carried(stockportPortal([money(60000)])), firstLine: YES },
  ]),
  ...conversation([
    { q: 'cwac weighting 80k', ...cwac5([money(80000)]) },
    { q: 'what about 120k?', ...carried(cwac10([money(120000)])) },
  ]),
  ...conversation([
    { q: 'trafford portal threshold', ...traffordPortal([STRICTLY_ABOVE]) },
    { q: 'and for stockport?', ...carried(stockportPortal([STRICTLY_ABOVE, COMPETITIVE])) },
  ]),
  ...conversation([
    // Statement s.2 (Cohorts).
    { q: "what are stockport's priority cohorts", council: STOCKPORT, includes: [/Care leavers/i, /Ex-offenders/i, /Long term unemployed/i, /Preparing for adulthood/i, /Veterans/i], source: SRC.statement },
    // Trafford 2.8: the community priorities.
    { q: 'and trafford?', council: TRAFFORD, includes: [SAME, /Social isolation/i, /Food support/i, /Business engagement/i], excludes: [/Ex-offenders/i], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'cheshire west weighting for a £90k contract', ...cwac5([money(90000)]) },
    { q: 'can that be varied?', ...carried(cwac5([money(90000)])) },
  ]),
  ...conversation([
    // Trafford 2.3: TOMs on "all contracts over £50k".
    { q: "£150k contract in trafford - tom's?", council: TRAFFORD, includes: [TOMS, money(50000), money(150000)], excludes: [ANY_PCT_NOT_NATIONAL], firstLine: YES, source: SRC.trafford },
    // Policy, Monitoring and evaluation: the TOMs are the menu of measures (Appendix B).
    { q: 'what about in cheshire west?', council: CWAC, includes: [SAME, TOMS, money(150000), /Appendix B/], source: SRC.cwac },
  ]),
];

// =============================================================================================
// A sixth held-out set (9f): written from the documents before the bot was asked.

const LONG_TRAFFORD_PID =
  "Morning, sorry to bother you, I'm putting together the PID for the new grounds maintenance contract, it's likely around £140k over the term and we're going out to open tender next month through STAR. My manager asked me to check what social value weighting we have to put in the ITT for Trafford and whether we need to use the portal. Thanks!";

const HELD_OUT_9F: OfficerRow[] = [
  ...conversation([
    { q: 'sv weighting for 80k services stockport', ...sw([money(80000)]) },
    { q: 'what about trafford?', ...carried(traffordOver50k(), money(80000)) },
    { q: 'and cwac', ...carried(cwac5(), money(80000)) },
  ]),
  ...conversation([
    { q: 'cwac weighting 60k', ...cwac5([money(60000)]) },
    { q: 'and if it was 150k?', ...carried(cwac10([money(150000)])) },
    // Policy (iv) sets the bands by total value, whatever is bought.
    { q: 'what about works?', ...carried(cwac10(), money(150000), /\bworks\b/i) },
  ]),
  ...conversation([
    // "3 yrs + 1": three years and one more, £30,000 a year: £120,000 in total (Charter s.4).
    { q: '£30k pa for 3 yrs + 1 in stockport whats the weighting', ...sw([money(120000), overYears(4)]), derived: [120000] },
    // Two years longer at the same rate: six years, £180,000.
    { q: 'and if it was 2 years longer?', ...sw([money(180000), overYears(6), SAME]), derived: [180000] },
    // Policy (iv): £180,000 is above £100,000.
    { q: 'what about in cheshire west', ...carried(cwac10(), money(180000), overYears(6)), derived: [180000] },
  ]),
  ...conversation([
    // Trafford sets no weighting (2.3, 3.1): no council figure for 8% to meet.
    { q: 'is 8% ok for a 150k works job in trafford', council: TRAFFORD, firstLine: NOT_A_VERDICT, includes: [NO_WEIGHTING, TOMS, PORTAL, money(50000)], source: SRC.trafford },
    { q: 'and in stockport?', ...stockportBelow([pct(8), money(150000), SAME]) },
    // Policy (iv): 10% above £100,000, varied case by case.
    { q: 'and cwac?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(8), pct(10), money(150000), CASE_BY_CASE, SAME], source: SRC.cwac },
  ]),
  ...conversation([
    // Charter s.4: the Portal "in excess of £50k".
    { q: 'do i need the portal for a 45k stockport contract', ...stockportPortal([money(45000), STRICTLY_ABOVE]), firstLine: NO },
    { q: 'what if its 55k', ...carried(stockportPortal([money(55000)])), firstLine: YES },
  ]),
  ...conversation([
    // Policy Appendix B: NT4a; NT3a and NT6a.
    { q: 'toms for care leavers', includes: [/\bNT4a\b/, /care leavers/i], source: SRC.cwac },
    { q: 'and veterans?', includes: [/\bNT3a\b/, /\bNT6a\b/, /veteran/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'my council is trafford', ...ack(TRAFFORD) },
    // Trafford 2.3: the TOMs on "all contracts over £50k"; 4.3: the chair.
    { q: 'whats the threshold for toms', council: TRAFFORD, includes: [TOMS, money(50000), STRICTLY_ABOVE], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
    { q: 'who chairs the steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
  ]),
  ...conversation([
    // Charter s.4: "in excess of £25k" is strict.
    { q: 'weighting for 20k in stockport', ...stockportNone([money(20000)]) },
    { q: 'what about 25k exactly', ...carried(stockportNone()) },
    { q: 'and 26k?', ...carried(sw([money(26000)])) },
  ]),
  ...conversation([
    { q: 'compare sv weightings for a 120k contract', includes: [OF_STOCKPORT(pct(15)), OF_STOCKPORT(pct(20)), OF_CWAC(pct(10)), OF_TRAFFORD(NO_WEIGHTING)], excludes: WRONG_COUNCIL_FIGURES, crossCouncil: true },
    // The same comparison for the new value: CWaC (iv) 5% between £50,000 and £100,000.
    {
      q: 'what about 70k',
      includes: [SAME, money(70000), OF_STOCKPORT(pct(15)), OF_CWAC(pct(5)), OF_TRAFFORD(NO_WEIGHTING)],
      excludes: [...WRONG_COUNCIL_FIGURES, WHICH_COUNCIL],
      crossCouncil: true,
    },
  ]),
  ...conversation([
    { q: 'salford sv weighting for 100k', ...uncovered, includes: [...uncovered.includes, /Salford/] },
    { q: 'ok what about stockport then', ...carried(sw([money(100000)])) },
  ]),
  ...conversation([
    // Statement s.2: the priority cohorts, then the themes.
    { q: 'stockport priority cohorts', council: STOCKPORT, includes: [/Care leavers/i, /Ex-offenders/i, /Long term unemployed/i, /Preparing for adulthood/i, /Veterans/i], source: SRC.statement },
    { q: 'and the themes?', council: STOCKPORT, includes: [/Cost of living/i, /Buying local/i, /Loneliness/i, /Warm spaces/i, /Digital inclusion/i], source: SRC.statement },
  ]),
  ...conversation([
    // Policy (iv): 5% between £50,000 and £100,000; 10% above £100,000.
    { q: 'can i do 12% on a 90k cwac tender', council: CWAC, firstLine: YES, includes: [pct(12), pct(5), money(90000), CASE_BY_CASE], source: SRC.cwac },
    { q: 'what about if the contract was 200k', council: CWAC, firstLine: YES, includes: [pct(12), pct(10), money(200000), SAME], source: SRC.cwac },
  ]),
  ...kind('weighting and thresholds', [
    { q: 'hi quick one - what sv % do i need on a £75k goods contract in stockport? its competitive', ...sw([money(75000)]) },
    // Policy Appendix B: NT18.
    { q: 'what does NT18 mean', includes: [/\bNT18\b/, /LOCAL supply chain/i], source: SRC.cwac },
    // Charter s.4: the weighting is for "all competitive procurement activity".
    { q: 'whats the weighting for a direct award 60k stockport', ...stockportNonCompetitive([money(60000)]) },
  ]),
  ...kind('multi-part', [
    // Trafford 2.3 and 3.1: no weighting; the Portal for all contracts over £50K, so yes for £140,000.
    { q: LONG_TRAFFORD_PID, council: TRAFFORD, includes: [NO_WEIGHTING, PORTAL, money(50000), money(140000)], before: [NO_WEIGHTING, /\bYes\b[^.\n]*£140,000/], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
    // Policy (iv): £100,000 is in the 5% band; (vii): deductions only over £100,000.
    { q: 'sv weighting for 100k in cwac and do we deduct payments', council: CWAC, includes: [pct(5), money(100000), /reduce contractual payments/i], before: [pct(5), /\bNo\b/], excludes: [CWAC_10_NOT_APPLYING], source: SRC.cwac },
  ]),
  ...kind('misspelt or uncovered council', [
    { q: 'chesire west weighting 75k', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'chesire', /weighting/, /75k/) },
    { q: 'trafod portal threshold', ...misspelt('Trafford', ASK_TRAFFORD, 'trafod', /portal threshold/) },
    { q: 'manchester city council social value threshold', ...uncovered, includes: [...uncovered.includes, /Manchester/] },
  ]),
  ...kind('documents do not say', [
    { q: 'whats the max sv weighting stockport can use', ...notSaid(STOCKPORT, { includes: [pct(15), pct(20)] }), source: SRC.charter },
    { q: 'cwac weighting for a 30k contract', ...cwacNone([money(30000)]) },
    // Policy (vii): the right to reduce payments over £100,000, into a social value fund; no percentage.
    { q: 'what % do cwac take off payments if supplier doesnt deliver sv', ...notSaid(CWAC, { includes: [/reduce contractual payments/i, money(100000), /social value fund/i] }), source: SRC.cwac },
    // Statement s.3: "There is a lead member accountable for Social Value"; no name.
    { q: 'who is stockports lead member for social value', ...notSaid(STOCKPORT, { includes: [/lead member/i] }), source: SRC.statement },
    // Cheshire West and Chester's documents give its staff (3,082); Stockport's give no headcount.
    { q: 'how many staff does stockport council employ', ...notSaid(STOCKPORT, { excludes: [/3,082/] }) },
    // Trafford's report speaks of "3rd party contracts" but gives no spend; the £300m is CWaC's.
    { q: "what's trafford's annual third party spend", ...notSaid(TRAFFORD, { excludes: [/£300m/] }) },
    { q: 'is there a deadline for suppliers registering on the sv portal in stockport', ...notSaid(STOCKPORT, { includes: [PORTAL] }) },
    { q: 'does trafford have a sv weighting for grants', ...notSaid(TRAFFORD, { includes: [/grants/i] }) },
  ]),
  ...kind('verdict', [
    // Policy (iv): nothing below £50,000.
    { q: 'is 0% fine for 18k cwac', council: CWAC, firstLine: YES, includes: [money(18000), money(50000), NO_WEIGHTING], source: SRC.cwac },
    // Policy, "What do we mean by social value?": the 10% is central government's; Charter s.4: Stockport's own.
    { q: 'does the 10% central govt minimum apply to us in stockport', council: STOCKPORT, firstLine: NO, includes: [pct(10), CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE, pct(15), pct(20)], before: [CENTRAL_GOVERNMENT, pct(15)] },
  ]),
  ...kind('totals over years', [
    // £50,000 in total: "between £50,000 and £100,000" includes it.
    { q: '£25k a year for 2 years cwac weighting', ...cwac5([money(50000), overYears(2)]), derived: [50000] },
    // £200,000 over 5 years: the TOMs on all contracts over £50k (Trafford 2.3).
    { q: '40k pa over 3 years plus 2 year extension trafford do i need toms', council: TRAFFORD, firstLine: YES, includes: [TOMS, money(200000), overYears(5), money(50000)], excludes: [ANY_PCT_NOT_NATIONAL], derived: [200000], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    // Policy, Purpose: "The council spends £300m a year with external providers".
    { q: 'how much does cheshire west spend a year with suppliers', council: CWAC, includes: [/£300m a year/], source: SRC.cwac },
    // Policy, Employment (ii): "up to 2 days that staff can use for volunteering opportunities each year".
    { q: 'how many days volunteering do cwac staff get', council: CWAC, includes: [/up to 2 days/i], source: SRC.cwac },
    // Trafford 2.2: February 2021, "developing to becoming an innovator".
    { q: "whats trafford's maturity index score", council: TRAFFORD, includes: [/developing to becoming an innovator/i, /February 2021/], source: SRC.trafford },
    // Trafford 3.1: "£24m of Social Value to date".
    { q: 'how much sv has trafford secured', council: TRAFFORD, includes: [/£24m/], source: SRC.trafford },
    // Statement s.5: carbon reduction plans mandatory by 2024, net zero by 2050.
    { q: 'stockport carbon reduction plan requirement for suppliers?', council: STOCKPORT, includes: [/carbon reduction plan/i, /2024/, /2050/], source: SRC.statement },
    // Statement s.6: "4 Stockport Council employees who are Level 4 CIPS qualified".
    { q: 'how many cips qualified staff in stockport', council: STOCKPORT, includes: [/\b4 Stockport Council employees\b/, /Level 4 CIPS/], source: SRC.statement },
    // Statement s.6: "focus on those TOMs which specifically relate to its priority cohorts and themes".
    { q: "what tom's does stockport want us to focus on", council: STOCKPORT, includes: [/priority cohorts and themes/i], source: SRC.statement },
    // Statement s.8: 2022/23, 43 new contracts, £14.2m committed, £2.2m delivered.
    { q: 'how much social value did stockport get on the portal last year', council: STOCKPORT, includes: [/\b43 new contracts/, /£14\.2m/, /£2\.2m/], source: SRC.statement },
  ]),
  ...kind(
    'off-topic',
    ['who won the football last night', 'can u book me a room for tuesday'].map((q) => ({ q, includes: [POINTER], excludes: NO_POLICY_ANSWER })),
  ),
];

// =============================================================================================
// A seventh held-out set (9g): written from the documents before the bot was asked. What the
// documents say beyond the weighting, TOMs named loosely, how current each document is, councils
// only implied, misspelt key words, yes or no questions, and what the documents do not give.

const TRAFFORD_THEMES = ['Internal Management', 'Engagement', 'Policy and Scope', 'Outcomes and Measures', 'Commissioning', 'Procurement', 'Governance'];

const HELD_OUT_9G: OfficerRow[] = [
  ...kind('document facts', [
    // Statement s.2: the priority cohorts "agreed by the Corporate, Resource Management and Governance (CRMG) Scrutiny Committee, in November 2021".
    { q: 'whats stockports priority cohorts', council: STOCKPORT, includes: [/Care leavers/i, /Ex-offenders/i, /Long term unemployed/i, /Preparing for adulthood/i, /Veterans/i], source: SRC.statement },
    { q: 'who agreed the stockport cohorts and when?', council: STOCKPORT, includes: [/Corporate, Resource Management and Governance|CRMG/, /November 2021/], source: SRC.statement },
    // Statement s.8: "delivered social & local economic value £25,768,467" since the Portal was launched in 2019.
    { q: 'how much social value has stockport delivered through the portal so far', council: STOCKPORT, includes: [money(25768467)], source: SRC.statement },
    // s.8: "Over the last financial year 2022/23, 43 new contracts have been added to the Social Value Portal."
    { q: 'how many new contracts were added to the portal in stockport in 2022/23', council: STOCKPORT, includes: [/\b43 new contracts/], source: SRC.statement },
    // s.8: "£3.9m spent with the local supply chain" (of the £14.2m committed in 2022/23).
    { q: 'how much did stockport spend with the local supply chain last year', council: STOCKPORT, includes: [/£3\.9m/], source: SRC.statement },
    // s.8: "£55k spent in the local supply chains with the VCSE sectors".
    { q: 'how much did stockport suppliers spend with vcse organisations', council: STOCKPORT, includes: [/£55k/], source: SRC.statement },
    // s.2: "A pledge to become operationally net zero by 2030": the date is given.
    { q: 'by when will stockport council be operationally net zero?', council: STOCKPORT, includes: [/net zero by 2030/i], excludes: [DOES_NOT_SAY], source: SRC.statement },
    // s.2: tender questions ask whether suppliers have one; s.5: a proposed policy would make it mandatory by 2024. Not a requirement.
    { q: 'do suppliers to stockport need a carbon reduction plan?', council: STOCKPORT, firstLine: /^No, not as a requirement/, includes: [/carbon reduction plan/i, /propos/i, /2024/], source: SRC.statement },
    // s.7: "The Social Value Maturity Index is completed by the social value steering group on an annual basis."
    { q: 'who completes the stockport maturity index and how often?', council: STOCKPORT, includes: [/steering group/i, /every year|annual/i], source: SRC.statement },
    // s.4: "through our contract management portal (Intend) alongside the Social Value Portal".
    { q: 'what system does stockport use for contract management', council: STOCKPORT, includes: [/\bIntend\b/], source: SRC.statement },
    // Charter s.1: the Five Shared Core Outcomes.
    {
      q: "what are stockport's five shared core outcomes",
      council: STOCKPORT,
      includes: [/informed choices/i, /support get it/i, /thriving economy/i, /want to live/i, /safe and resilient/i],
      source: SRC.charter,
    },
    // Trafford 5.1: the three broad principles of the proposed Charter.
    { q: 'what are the principles in the trafford charter', council: TRAFFORD, includes: [/quality learning, training and jobs/i, /happy, healthy and safe/i, /recover and flourish/i], source: SRC.trafford },
    // 2.2: "assessed as overall 'developing to becoming an innovator'".
    { q: 'what level is trafford on the maturity index', council: TRAFFORD, includes: [/developing to becoming an innovator/i], source: SRC.trafford },
    // 3.1: "Trafford has secured a total of £24m of Social Value to date".
    { q: 'how much social value has trafford secured', council: TRAFFORD, includes: [/£24m/], source: SRC.trafford },
    // 3.1: "Spend being retained within Trafford and Greater Manchester is 76.4%".
    { q: 'what % of spend is retained locally in trafford', council: TRAFFORD, includes: [/76\.4%/], source: SRC.trafford },
    // 6.3: the draft plan's seven themes, as the answer's own line (not the other list of the plan, 2.2).
    { q: 'what themes does the trafford draft action plan focus on', council: TRAFFORD, includes: [new RegExp(`Themes: ${TRAFFORD_THEMES.join('; ')}`)], source: SRC.trafford },
    // 6.7: "a project has been put forward as part of Trafford's Shared Prosperity ... to fund a dedicated Social Value Co-ordinator".
    { q: 'does trafford have a social value coordinator?', council: TRAFFORD, includes: [/Co-?ordinator/i, /Shared Prosperity/i], source: SRC.trafford },
    // Policy (vii): over £100,000 the Council "would reserve the right to reduce contractual payments"; deductions go to a social value fund.
    { q: 'cwac payment deductions', council: CWAC, includes: [money(100000), /reduce contractual payments/i, /social value fund/i], source: SRC.cwac },
    // Policy (i): the four minimum standards.
    { q: 'cwac minimum standards for bidders', council: CWAC, includes: [/modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working practices/i], source: SRC.cwac },
    // Where are we now? (Employment): "160 apprentices over the last three years"; "508 weeks of apprenticeships" counts weeks on two developments.
    { q: 'how many apprentices has cwac taken on', council: CWAC, firstLine: /160 apprentices/, source: SRC.cwac, includes: [] },
    // Clear goals: the seven broad priorities.
    {
      q: "what are cwac's seven priorities",
      council: CWAC,
      includes: [/climate emergency/i, /poverty emergency/i, /good jobs with fair wages/i, /best start in life/i, /better places to call home/i, /longer, healthier and happier/i, /efficient and empowering/i],
      source: SRC.cwac,
    },
    // Policy (viii): the anchor institutions named.
    { q: 'cwac anchor institutions', council: CWAC, includes: [/Chester Zoo/, /Grosvenor Estate/, /\bNHS\b/], source: SRC.cwac },
    // index.json: the report is dated 24 October 2022 and gives no end or refresh date.
    { q: 'how current is the trafford report', council: TRAFFORD, includes: [/24 October 2022/] },
  ]),
  ...kind('verdict', [
    // Statement s.1: "Stockport is accredited as a Real Living Wage employer".
    { q: 'is stockport council a real living wage employer?', council: STOCKPORT, firstLine: YES, includes: [/Real Living Wage employer/i], source: SRC.statement },
    // Policy (ii): "Committing to pay all local suppliers in less than the current standard of 30 days".
    { q: 'does cheshire west pay local suppliers within 30 days?', council: CWAC, firstLine: YES, includes: [/less than/i, /30 days/], source: SRC.cwac },
    // Where are we now? (Employment): "Payment of local living wage to all of our 3,082 directly employed ... staff".
    { q: 'does cwac pay the living wage', council: CWAC, firstLine: YES, includes: [/local living wage/i, /3,082/], source: SRC.cwac },
    // Policy (vii): deductions only for contracts over £100,000 total value.
    { q: 'can cwac deduct payments on an £80k contract?', council: CWAC, firstLine: NO, includes: [money(80000), money(100000)], source: SRC.cwac },
    // index.json: the policy's period, 2021-25, has ended.
    { q: 'is the cwac policy still in date', council: CWAC, firstLine: NO_BY_DATES, includes: [/2021-25/, /ended in 2025/] },
    // Statement s.1: the Charter "is due to be refreshed in 2023".
    { q: 'is the stockport charter out of date?', council: STOCKPORT, firstLine: REFRESH_NOT_RECORDED, includes: [/refreshed in 2023/] },
  ]),
  ...kind('no council known', [
    // Trafford 2.1: "STAR Procurement invested in the Social Value Portal in April 2019".
    { q: 'when did star start using the social value portal', includes: [/April 2019/, STAR, PORTAL], noDefault: true, source: SRC.trafford },
    // Statement s.3: "STAR is the Council's strategic procurement partner"; Trafford 2.1: STAR "has partnered with a number of Councils in Greater Manchester".
    { q: 'star procurement councils', includes: [OF_STOCKPORT(STAR), OF_TRAFFORD(STAR)], noDefault: true, crossCouncil: true },
    // Policy, "What do we mean by social value?": the social value hub's definition.
    { q: 'what is the social value hub definition of social value', includes: [OF_CWAC(/over and above the direct purchasing of goods, services and outcomes/i)], noDefault: true, crossCouncil: true },
    // Policy Appendix B: NT10 (and NT10a, NT10b), the weeks of apprenticeships.
    { q: 'what is the apprenticeships tom', includes: [/\bNT10\b/, /weeks of apprenticeships/i], noDefault: true, source: SRC.cwac },
    { q: 'NT 4a', includes: [/\bNT4a\b/, /16-25 y\.o\. care leavers/i], noDefault: true, source: SRC.cwac },
    { q: 'nt04', includes: [/\bNT0?4\b/, /NEETs/], excludes: [/\bNT4a\b/], noDefault: true, source: SRC.cwac },
    { q: 'which toms cover the real living wage', includes: [/\bNT41\b/, /\bNT42\b/], noDefault: true, source: SRC.cwac },
    { q: 'tom for paying invoices within 30 days', includes: [/\bNT61\b/, /30 days/], noDefault: true, source: SRC.cwac },
  ]),
  ...kind('weighting and thresholds', [
    // Trafford 2.3 and 3.1: no weighting; the TOMs and the Portal on all contracts over £50k.
    { q: 'trafford wieghting for a 200k contract', ...traffordOver50k([money(200000)]) },
    { q: 'whats the threshhold for a social value weighting in cwac', council: CWAC, includes: [money(50000), money(100000), pct(5), pct(10)], source: SRC.cwac },
    { q: 'soical value weighting for 60k stockport', ...sw([money(60000)]) },
  ]),
  ...kind('documents do not say', [
    { q: "what is stockport's social value budget", ...notSaid(STOCKPORT) },
    // Cheshire West and Chester's documents give its staff (3,082); Trafford's give no headcount.
    { q: 'how many staff does trafford council employ', ...notSaid(TRAFFORD, { excludes: [/3,082/] }) },
    // index.json: 2021-25 and no date for a newer version.
    { q: 'when will the cwac social value policy be replaced', council: CWAC, includes: [/2021-25/, /do not give a date/i] },
    // Trafford sets no weighting, so no maximum either.
    { q: "what's the maximum weighting trafford allows", ...notSaid(TRAFFORD, { excludes: [ANY_PCT_NOT_NATIONAL] }) },
    // Delivery and evaluation: "Officer support will be put in place"; no one is named.
    { q: 'who is the named social value officer at cwac', ...notSaid(CWAC) },
    // Policy (vii): deductions "would be invested in a social value fund"; no amount.
    { q: 'how much money is in the cwac social value fund', ...notSaid(CWAC, { includes: [/social value fund/i] }) },
    // Statement s.9: "Complete year 2 of the Real Living Wage action plan", among the next 12 months' priorities; no date.
    { q: "whats the deadline for stockport's real living wage action plan", ...notSaid(STOCKPORT, { includes: [/year 2 of the Real Living Wage action plan/i] }), source: SRC.statement },
    // Stockport's documents set no payment deductions; Cheshire West and Chester's do (vii).
    { q: 'what penalty does stockport apply if a supplier misses its social value commitments', ...notSaid(STOCKPORT), crossCouncil: true },
    // Cheshire West and Chester's policy speaks of no steering group.
    { q: "how many people sit on cheshire west's social value steering group", ...notSaid(CWAC), crossCouncil: true },
  ]),
  ...conversation([
    { q: 'stockport priority cohorts', council: STOCKPORT, includes: [/Care leavers/i, /Veterans/i], source: SRC.statement },
    // Statement s.2: the priority themes.
    { q: 'and the themes?', council: STOCKPORT, includes: [/Cost of living support/i, /Buying local/i, /Warm spaces/i, /Digital inclusion/i], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'how much social value has trafford secured?', council: TRAFFORD, includes: [/£24m/], source: SRC.trafford },
    // Statement s.8: the Portal's figures since 2019.
    { q: 'and stockport?', council: STOCKPORT, includes: [SAME, money(25768467)], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what is NT10', includes: [/\bNT10\b/, /apprenticeships/i], source: SRC.cwac },
    { q: 'and NT10a?', includes: [/\bNT10a\b/, /disadvantaged groups/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'is the cwac policy still current?', council: CWAC, firstLine: NO_BY_DATES, includes: [/2021-25/] },
    { q: "what about stockport's charter?", council: STOCKPORT, firstLine: REFRESH_NOT_RECORDED, includes: [SAME, /refreshed in 2023/] },
  ]),
  ...conversation([
    { q: 'cwac payment deductions', council: CWAC, includes: [money(100000)], source: SRC.cwac },
    // Policy (vii): £90,000 is not over £100,000.
    { q: 'does that apply to a £90k contract?', council: CWAC, firstLine: NO, includes: [SAME, money(90000), money(100000)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'my council is trafford', ...ack(TRAFFORD) },
    // Trafford 2.2: the assessment and the five stages.
    { q: 'what does my council say about the maturity index', council: TRAFFORD, includes: [/developing to becoming an innovator/i], source: SRC.trafford },
    { q: 'what are the five stages?', council: TRAFFORD, includes: [/Minimum/, /Developing/, /Mature/, /Leader/, /Innovator/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: "what are stockport's carbon plans for suppliers", council: STOCKPORT, includes: [/carbon reduction plan/i], source: SRC.statement },
    // Statement s.5: "a mandatory position on greenhouse gas (GHG) reporting and carbon reduction plans by 2024".
    { q: 'when would that become mandatory?', council: STOCKPORT, includes: [/mandatory by 2024/i], source: SRC.statement },
  ]),
  ...conversation([
    // Trafford 4.3: the chair and the members.
    { q: 'who chairs the trafford steering group?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: "and who's on it?", council: TRAFFORD, includes: [/Trafford College/, /STAR Procurement/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'weighting for a £150k cwac contract', ...cwac10([money(150000)]) },
    // Policy (i): the standards, for every bidder.
    { q: 'and what minimum standards apply?', council: CWAC, includes: [SAME, /modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working practices/i], source: SRC.cwac },
  ]),
  ...conversation([
    // Statement s.8: "503 weeks of apprenticeships", "178 weeks of apprenticeships ... for disadvantaged people".
    { q: 'how many weeks of apprenticeships did stockport get in 2022/23?', council: STOCKPORT, includes: [/\b503 weeks/], source: SRC.statement },
    { q: 'and for disadvantaged people?', council: STOCKPORT, includes: [/\b178 weeks/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'my council is cheshire west', ...ack(CWAC) },
    { q: 'what weighting for 75k?', ...cwac5([money(75000)]) },
    // Policy (vii): £75,000 is not over £100,000.
    { q: 'do we do payment deductions on it?', council: CWAC, firstLine: NO, includes: [SAME, money(75000), money(100000)], source: SRC.cwac },
  ]),
];

// =============================================================================================
// An eighth held-out set (9h): written from the documents before the bot was asked. Commissioners
// in the middle of a procurement, the checklist and the action plans beside the policies, negatives,
// two councils by name, "which council", money and percentages written oddly, dates, one or two
// words, terse and rude phrasings, and what the documents do not give.

const HELD_OUT_9H: OfficerRow[] = [
  ...kind('totals over years', [
    // £120,000 over 4 years: Charter s.4, 15% and 20% in excess of £25k; the Portal in excess of £50k.
    { q: "we're going out to tender in May for a 4 year catering contract at 30k a year in stockport, what SV do I need", ...sw([money(120000), overYears(4), PORTAL]), derived: [120000] },
    // £135,000 over 3 years: Policy (iv), "above £100,000 total value" 10%.
    { q: 'cwac: retendering our grounds maintenance, 2 years at £45k pa plus 1 year extension. what SV weighting and anything else?', ...cwac10([money(135000), overYears(3)]), derived: [135000, 90000] },
  ]),
  ...kind('weighting and thresholds', [
    // Trafford sets no weighting; the TOMs (2.3) and the Portal (3.1) are for contracts over £50k, so not £40k.
    { q: 'trafford - about to procure a £40k consultancy, do I need social value?', ...traffordNoPortal([NO_WEIGHTING, /\bdo(?:es)? not apply\b/i]) },
    // Charter s.4: "in excess of £25k"; nothing at or under it.
    { q: 'is social value not needed under 25k in stockport?', council: STOCKPORT, includes: [NO_WEIGHTING, money(25000), /in excess of/i], source: SRC.charter },
    // Policy (iv): nothing below £50,000.
    { q: "so cwac doesn't need any SV on a £40k contract?", ...cwacNone([money(40000)]) },
    // Trafford: no weighting; £75,000 is over the £50k of the TOMs and the Portal.
    { q: '75 grand trafford weighting', ...traffordOver50k([money(75000)]) },
    // Policy (iv): £75,000 is between £50,000 and £100,000.
    { q: '£75,000.00 cwac', ...cwac5([money(75000)]) },
    // Charter s.4: £25,000 is not in excess of £25k.
    { q: 'stockport £25,000.00 contract weighting', ...stockportNone([/in excess of/i]) },
    { q: 'just tell me the bloody weighting for stockport 40k', ...sw([money(40000)]) },
  ]),
  ...kind('multi-part', [
    // Policy (iv) 10% above £100,000, then (vii) the right to reduce payments on contracts over £100,000.
    { q: "tender going live in march, £250k works contract for CWaC - what's the SV split and can we hold back payments if they don't deliver", council: CWAC, includes: [pct(10), money(100000), /reduce contractual payments/i], before: [pct(10), /reduce contractual payments/i], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    // Statement s.4: social value "must be included before the Procurement Initiation Document (PID) is signed off".
    { q: "we're at PID stage for a £70k stockport contract, can I leave SV out?", council: STOCKPORT, firstLine: NO, includes: [/Procurement Initiation Document|\bPID\b/, SENIOR_OFFICER], source: SRC.statement },
    // Charter s.4: the Portal "in excess of £50k"; £50,000 is not. The officer is right.
    { q: "is it true stockport doesn't require the portal for a 50k contract", council: STOCKPORT, firstLine: /^(?:Right|Yes|Correct|True|That's right)\b/, includes: [PORTAL, /in excess of £50k/i], source: SRC.charter },
    // Policy (vii): deductions for contracts over £100,000 only. The officer is right.
    { q: "cwac can't deduct payments on a £90k contract can they?", council: CWAC, firstLine: /^(?:Right|No|Correct|That's right)\b/, includes: [money(90000), money(100000)], source: SRC.cwac },
    // Policy (iv): "above £100,000 total value" 10%.
    { q: 'ten percent on a £1.5 million cwac contract, is that ok', council: CWAC, firstLine: YES, includes: [pct(10), money(1500000)], source: SRC.cwac },
    // Trafford's documents set no weighting.
    { q: 'useless. does trafford have a weighting or not', ...traffordNone(), firstLine: NO },
  ]),
  ...kind('routing', [
    // A question about the checklist, not a command: step 3 asks for TOMs measures, suggested from the council's priorities.
    { q: 'what does the PID checklist ask about TOMs', includes: [TOMS, /Your approach/i, /priorities/i], excludes: [/Step 1 of 5\b/i] },
  ]),
  ...kind('document facts', [
    // Policy, Appendix C: "Training and awareness raising for commissioning and contract management staff", Procurement Manager, August 2021.
    { q: 'who leads the cwac action on training for commissioning staff', council: CWAC, includes: [/Procurement Manager/, /August 2021/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
    // Appendix C: the Supported Internship programme, Skills and Employment Manager, April 2022.
    { q: 'when is the cwac supported internship meant to be delivered', council: CWAC, includes: [/Supported Internship/i, /April 2022/], source: SRC.cwac },
    // Statement s.9: among the priorities for the next 12 months, "Complete year 2 of the Real Living Wage action plan".
    { q: "what's in stockport's plans for the next 12 months on living wage", council: STOCKPORT, includes: [/year 2 of the Real Living Wage action plan/i], source: SRC.statement },
    // Statement s.1: the Charter ratified in 2019, "due to be refreshed in 2023".
    { q: 'is the stockport charter still current in 2026', council: STOCKPORT, firstLine: REFRESH_NOT_RECORDED, includes: [/2019/, /refreshed in 2023/] },
    // The report to the Executive recommending approval is dated 24 October 2022.
    { q: 'when did trafford approve its charter', council: TRAFFORD, includes: [/24 October 2022/] },
    // Policy, Delivery and evaluation: the TOMs framework, measures in Appendix B.
    { q: 'cwac toms', council: CWAC, includes: [TOMS, /Appendix B/], source: SRC.cwac },
    // Appendix B: NT41, Growth, Reducing Inequalities.
    { q: 'NT41', includes: [/\bNT41\b/, /Real Living wage/i, /Reducing Inequalities/i], source: SRC.cwac },
  ]),
  ...kind('shared by the councils', [
    // Policy (iv) 5% for £75,000; Charter s.4 15% and 20%.
    { q: "how does cwac's weighting for 75k compare to stockport's", includes: [OF_CWAC(pct(5)), OF_STOCKPORT(pct(15)), OF_STOCKPORT(pct(20))], excludes: [/\bTrafford\b/, ...WRONG_COUNCIL_FIGURES], crossCouncil: true },
    // Trafford none; Policy (iv) 5% and 10%.
    { q: 'difference between trafford and cwac on social value weightings', includes: [OF_TRAFFORD(NO_WEIGHTING), OF_CWAC(pct(5)), OF_CWAC(pct(10))], excludes: [/\bStockport\b/, ...WRONG_COUNCIL_FIGURES], crossCouncil: true },
    // Trafford 3.1 "over £50K"; Charter s.4 "in excess of £50k".
    { q: 'compare trafford and stockport portal threshold', includes: [OF_TRAFFORD(money(50000)), OF_STOCKPORT(/in excess of £50k/i)], crossCouncil: true },
    { q: 'which of the councils asks for the highest weighting', includes: [/Stockport[^.\n]{0,20}\bhighest\b/, OF_STOCKPORT(pct(15))], crossCouncil: true },
    // Policy (vii): only Cheshire West and Chester, over £100,000.
    { q: "which council lets you reduce payments if SV isn't delivered", includes: [OF_CWAC(/reduce contractual payments/i), money(100000)], crossCouncil: true },
  ]),
  ...kind('documents do not say', [
    // Trafford report: no action on local spend, and no lead for any action; the Steering Group monitors the plan (6.6).
    { q: 'who leads the Trafford action on local spend', ...notSaid(TRAFFORD, { includes: [/\blead\b/i, /Steering Group/i], excludes: [/\bchair\b/i] }), source: SRC.trafford },
    // Policy (iv): 5% and 10% standard, varied case by case; no maximum.
    { q: "what's the maximum weighting cwac allows", ...notSaid(CWAC, { includes: [pct(5), pct(10), CASE_BY_CASE] }) },
    // Cheshire West and Chester's £300m a year is not Trafford's.
    { q: 'how much does trafford spend a year with suppliers', ...notSaid(TRAFFORD, { excludes: [/£300m/] }) },
    // Statement s.3: "There is a lead member accountable for Social Value", named nowhere.
    { q: "who is stockport's lead member for social value", ...notSaid(STOCKPORT, { includes: [/lead member/i] }), source: SRC.statement },
    // Stockport's 2024 is Stockport's; Trafford's documents give no deadline.
    { q: 'deadline for suppliers carbon reduction plans in trafford', ...notSaid(TRAFFORD, { excludes: [/\b2024\b/] }) },
    // Policy (vii): deductions "would be invested in a social value fund"; no amount.
    { q: "what's the cwac social value fund worth", ...notSaid(CWAC, { includes: [/social value fund/i] }), source: SRC.cwac },
  ]),
  ...kind('no council known', [{ q: 'weighting?', ...whichCouncilRow(/weighting/i) }]),
  ...conversation([
    // £180,000 over 3 years, no council: which council, then Stockport, then Cheshire West and Chester.
    { q: "we're going out to tender next month for a 3 year cleaning contract at about 60k a year, what do I need to include on SV", ...whichCouncilRow() },
    { q: 'stockport', ...carried(sw([money(180000), overYears(3), PORTAL])), derived: [180000], noDefault: true },
    { q: 'and in cwac?', ...carried(cwac10([money(180000)])), derived: [180000], noDefault: true },
  ]),
  ...conversation([
    { q: 'cwac weighting for 80k', ...cwac5([money(80000)]) },
    { q: 'what if it was 120k', ...carried(cwac10([money(120000)])) },
    // Policy (vii): over £100,000.
    { q: 'and can we deduct payments at that value', council: CWAC, firstLine: YES, includes: [SAME, money(120000), money(100000)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'compare stockport and cwac weighting for £60k', includes: [OF_STOCKPORT(pct(15)), OF_CWAC(pct(5))], excludes: WRONG_COUNCIL_FIGURES, crossCouncil: true },
    { q: 'and trafford?', ...carried(traffordOver50k(), money(60000)) },
  ]),
  ...conversation([
    { q: 'stockport portal threshold', ...stockportPortal([/in excess of £50k/i, COMPETITIVE]) },
    // Charter s.4: the Portal is for competitive procurement; a direct award is not.
    { q: 'does that apply to a direct award?', council: STOCKPORT, firstLine: NO, includes: [SAME, COMPETITIVE], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'trafford steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'who chairs it?', council: TRAFFORD, includes: [/chaired by the Inclusive Economy and Communities Manager/i], source: SRC.trafford },
    // 7.1: it meets "on a regular basis"; how often is not given.
    { q: 'how often does it meet?', ...notSaid(TRAFFORD) },
  ]),
  ...conversation([
    { q: 'is 5% ok for a £70k cwac tender', council: CWAC, firstLine: YES, includes: [pct(5)], source: SRC.cwac },
    { q: 'what about 3%?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [SAME, pct(3), pct(5), CASE_BY_CASE], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'stockport £20k pa for 2 years weighting', ...sw([money(40000), overYears(2)]), derived: [40000] },
    { q: 'and with a 1 year extension?', ...carried(sw([money(60000), overYears(3)])), derived: [60000] },
  ]),
  ...conversation([
    { q: 'cwac minimum standards', council: CWAC, includes: [/modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working practices/i], source: SRC.cwac },
    // Charter s.4: "adhere to our ethical standards and eradication of modern slavery".
    { q: 'does stockport have anything similar?', council: STOCKPORT, includes: [/ethical standards/i, /modern slavery/i], source: SRC.charter },
    { q: 'and trafford?', ...notSaid(TRAFFORD, { includes: [/minimum standards/i] }) },
  ]),
  ...conversation([
    { q: 'compare weightings for a 200k contract', includes: [OF_STOCKPORT(pct(15)), OF_CWAC(pct(10)), OF_TRAFFORD(NO_WEIGHTING)], excludes: WRONG_COUNCIL_FIGURES, crossCouncil: true },
    // Statement s.2 and s.5: tender questions, and a proposed mandatory position by 2024.
    { q: 'carbon reduction plan?', includes: [SAME, OF_STOCKPORT(/carbon reduction plan/i), /2024/, TRAFFORD_RE, CWAC_RE], crossCouncil: true },
  ]),
  ...conversation([
    { q: 'my council is trafford', ...ack(TRAFFORD) },
    { q: 'portal threshold?', ...traffordPortal() },
    { q: 'what about the weighting for 90k', ...traffordNone([money(90000)]) },
  ]),
];

// =============================================================================================
// A ninth held-out set (9i): written from the documents before the bot was asked. Odd money, goods,
// services and works, direct awards, verdicts, totals over years, follow-ups that change one thing or
// ask a new subject of the council just answered, misspelt and uncovered councils, two-part
// questions, what the documents do not give, facts, and off-topic messages.

const HELD_OUT_9I: OfficerRow[] = [
  ...kind('weighting and thresholds', [
    // Charter s.4: 15% and 20% in excess of £25k; £49,999 is.
    { q: 'whats the sv weighting for a £49,999 services contract stockport', ...sw([money(49999)]) },
    // Policy (iv): "between £50,000 and £100,000" 5%; just under £100k is in it.
    { q: 'just under 100k in chester west, what weighting?', ...cwac5() },
    // Policy (iv): "above £100,000 total value" 10%.
    { q: 'half a million pound contract cwac weighting', ...cwac10([money(500000)]) },
    { q: '£2m works scheme in stockport - social value weighting?', ...sw([money(2000000), /works/i]) },
    // Policy (iv): 5% up to and including £100,000.
    { q: 'stockport 25k exactly - do i need a weighting', ...stockportNone([/in excess of/i]), firstLine: NO },
    // Charter s.4: the weighting is for "all competitive procurement activity".
    { q: 'direct award of £40k in stockport, do I need 15%?', ...stockportNonCompetitive([money(40000)]) },
    // Charter s.4: nothing at or under £25k.
    { q: 'what weighting does stockport use for contracts under 25k', ...stockportNone([/in excess of/i]) },
    // Trafford sets no weighting at any value.
    { q: 'what weighting does trafford use for works over 1m', ...traffordNone() },
    // Trafford 2.3: TOMs "to all contracts over £50k".
    { q: 'trafford over what value are TOMs used', council: TRAFFORD, includes: [TOMS, money(50000), STRICTLY_ABOVE], excludes: [ANY_PCT_NOT_NATIONAL], source: SRC.trafford },
  ]),
  ...kind('verdict', [
    { q: '15% fine for a 30k stockport job?', council: STOCKPORT, firstLine: YES, includes: [pct(15), pct(20), SHORT_OF_TARGET], source: SRC.charter },
    { q: 'can i put 3% on a £75k cwac tender', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(3), pct(5), CASE_BY_CASE], source: SRC.cwac },
    // Policy (iv): 10% above £100,000; the central government 10% is not a council rule.
    { q: 'is central govt 10% enough for a £120k cwac contract', council: CWAC, firstLine: YES, includes: [pct(10), NOT_COUNCIL_RULE], source: SRC.cwac },
    { q: 'is 5% ok for £100,000 goods in cheshire west and chester', council: CWAC, firstLine: YES, includes: [pct(5), money(100000)], excludes: [CWAC_10_NOT_APPLYING], source: SRC.cwac },
  ]),
  ...kind('totals over years', [
    { q: '£30k a year for 3 years in trafford, what sv weighting', ...traffordOver50k([money(90000), overYears(3)]), derived: [90000] },
    { q: 'cwac contract £40k per annum over 2 years plus 1 year extension weighting', ...cwac10([money(120000), overYears(3)]), derived: [120000, 80000] },
  ]),
  ...conversation([
    { q: 'weighting for £80k goods in stockport', ...sw([money(80000), /goods/i]) },
    { q: 'and in cheshire west?', ...carried(cwac5(), money(80000)) },
    { q: 'what about trafford', ...carried(traffordOver50k(), money(80000)) },
  ]),
  ...conversation([
    { q: 'cwac weighting for £60k services', ...cwac5([money(60000)]) },
    { q: 'what if it was 250k?', ...carried(cwac10([money(250000)])) },
  ]),
  ...conversation([
    { q: 'stockport £60k services tender weighting', ...sw([money(60000)]) },
    { q: "and if it's not competitive?", ...carried(stockportNonCompetitive(), money(60000)) },
  ]),
  ...conversation([
    { q: 'stockport weighting for a £120k contract', ...sw([money(120000)]), noDefault: true },
    // Statement s.2 and s.5: tender questions on carbon reduction plans, and a proposed mandatory
    // position by 2024. The council just answered for is kept, not asked for again.
    { q: 'do i need a carbon reduction plan?', council: STOCKPORT, includes: [SAME, /carbon reduction plan/i, /2024/], excludes: [WHICH_COUNCIL], source: SRC.statement, noDefault: true },
  ]),
  ...conversation([
    { q: 'cwac 120k weighting', ...cwac10([money(120000)]), noDefault: true },
    // The policy names a climate emergency and a carbon neutral borough, but sets suppliers no carbon
    // reduction plan: "do we need …" is asked of the council just answered for, as "do i need …" is.
    { q: 'do we need a carbon reduction plan', ...notSaid(CWAC, { includes: [SAME, /carbon reduction plan/i], excludes: [WHICH_COUNCIL] }), noDefault: true },
  ]),
  ...conversation([
    { q: 'trafford £45k services', ...traffordNoPortal([NO_WEIGHTING, money(45000)]) },
    { q: 'does the portal apply?', ...carried(traffordNoPortal([PORTAL, money(45000)])), firstLine: NO },
  ]),
  ...conversation([
    { q: 'cwac £150k works weighting', ...cwac10([money(150000)]) },
    // Policy (vii): the right to reduce contractual payments on contracts over £100,000.
    { q: 'and can they cut payments if the sv isnt delivered?', council: CWAC, firstLine: YES, includes: [SAME, /reduce contractual payments/i, money(100000)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'compare weightings for a £90k contract', includes: [OF_STOCKPORT(pct(15)), OF_CWAC(pct(5)), OF_TRAFFORD(NO_WEIGHTING)], excludes: WRONG_COUNCIL_FIGURES, crossCouncil: true },
    { q: 'and for 300k?', includes: [SAME, OF_STOCKPORT(pct(15)), OF_CWAC(pct(10)), OF_TRAFFORD(NO_WEIGHTING)], excludes: WRONG_COUNCIL_FIGURES, crossCouncil: true },
  ]),
  ...kind('misspelt or uncovered council', [
    { q: 'trafferd weighting for 70k', ...misspelt('Trafford', ASK_TRAFFORD, 'trafferd', /weighting/, /70k/) },
    { q: 'stockprt sv weighting 90k', ...misspelt('Stockport', ASK_STOCKPORT, 'stockprt', /weighting/, /90k/) },
    { q: 'Salford weighting for a £100k contract', ...uncovered },
    { q: 'wigan council social value threshold', ...uncovered },
  ]),
  ...kind('multi-part', [
    { q: 'stockport £70k - what weighting and do i need to use the social value portal?', council: STOCKPORT, includes: [pct(15), pct(20), PORTAL, /in excess of £50k/i], before: [pct(15), PORTAL], source: SRC.charter },
    { q: 'cwac 200k: weighting and can payments be reduced if they dont deliver', council: CWAC, includes: [pct(10), /reduce contractual payments/i], before: [pct(10), /reduce contractual payments/i], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    // Policy (iv): standard 5% and 10%, "could be varied on a case by case basis"; no maximum.
    { q: 'whats the maximum sv weighting allowed in cheshire west?', ...notSaid(CWAC, { includes: [/maximum/i, pct(5), pct(10)] }) },
    // The report is dated 24 October 2022 and gives no date for reviewing the charter.
    { q: 'when will the trafford charter be reviewed', ...notSaid(TRAFFORD) },
    // Policy (vii): deductions go into a social value fund; no amount is given.
    { q: 'how much is the cwac social value fund worth', ...notSaid(CWAC, { includes: [/social value fund/i] }) },
    // Stockport's documents say nothing of deductions or penalties.
    { q: 'what is the penalty in stockport if a supplier misses its sv commitments', ...notSaid(STOCKPORT), crossCouncil: true },
  ]),
  ...kind('document facts', [
    { q: 'how much social value has trafford secured so far', council: TRAFFORD, includes: [/£24m/], source: SRC.trafford },
    // Statement s.5: "our target for Stockport to become carbon neutral by 2038".
    { q: 'when does stockport want to be carbon neutral', council: STOCKPORT, includes: [/2038/], source: SRC.statement },
    // Policy, Purpose: "directly employs around 3,082 individuals".
    { q: 'how many staff does cheshire west directly employ', council: CWAC, includes: [/3,082/], source: SRC.cwac },
    // Statement s.8: "43 new contracts have been added to the Social Value Portal".
    { q: 'how many new contracts went on the portal in stockport in 2022/23', council: STOCKPORT, includes: [/\b43\b/], source: SRC.statement },
    { q: 'what % of trafford spend stays in GM', council: TRAFFORD, includes: [/76\.4%/], source: SRC.trafford },
  ]),
  ...kind('off-topic', [
    { q: 'who won the football last night', includes: [POINTER], excludes: NO_POLICY_ANSWER },
    { q: 'can you book me a meeting room', includes: [POINTER], excludes: NO_POLICY_ANSWER },
  ]),
];

// Held out, round 10: written from the four documents before the bot was asked.
const HELD_OUT_10: OfficerRow[] = [
  ...kind('weighting and thresholds', [
    // Charter s.4: 15% with a target of 20% "in excess of £25k".
    { q: 'whats the sv weighting for a £27,500 stockport contract', ...sw([money(27500)]) },
    // Charter s.4: exactly £25k is not "in excess of £25k".
    { q: 'stockport tender exactly £25k - do i need a social value weighting?', ...stockportNone([/in excess of/i]), firstLine: NO },
    // Policy (iv): "between £50,000 and £100,000" 5%; £100,000 itself is in that band.
    { q: 'cheshire west weighting for £100,000 exactly', ...cwac5([money(100000)]) },
    { q: 'trafford weighting for a 200k works contract?', ...traffordNone([money(200000)]) },
    // Policy (iv): nothing below £50,000.
    { q: 'cwac weighting for a £30k contract', ...cwacNone([money(30000)]) },
  ]),
  ...kind('verdict', [
    { q: 'cwac 5% ok for a £75k services tender?', council: CWAC, firstLine: YES, includes: [pct(5), CASE_BY_CASE], source: SRC.cwac },
    { q: 'is 8% enough for a £150k cheshire west contract', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(8), pct(10), CASE_BY_CASE], source: SRC.cwac },
    // Statement s.4: social value "must be included before the Procurement Initiation Document (PID) is signed off".
    { q: 'can the PID be signed off without social value in stockport?', council: STOCKPORT, firstLine: NO, includes: [/Procurement Initiation Document/i, SENIOR_OFFICER], source: SRC.statement },
    // Policy (i): "it would expect the minimum standards from all bidders".
    { q: 'does cwac require minimum standards from all bidders?', council: CWAC, includes: [/modern slavery/i, /equality/i, /health and safety/i, /fair working/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'what weighting for a £80k contract in stockport?', ...sw([money(80000)]) },
    { q: 'and in cheshire west?', ...carried(cwac5(), money(80000)) },
    { q: 'what if it was 120k?', ...carried(cwac10([money(120000)])) },
  ]),
  ...conversation([
    { q: 'do i need to use the social value portal for a £45k trafford contract', ...traffordNoPortal([PORTAL, money(45000)]), firstLine: NO },
    { q: 'what about £55k?', ...carried(traffordPortal([money(55000)])), firstLine: YES },
  ]),
  ...conversation([
    // Statement s.2: tender questions ask about carbon reduction plans; s.5: mandatory only proposed, by 2024.
    { q: 'does stockport require a carbon reduction plan from suppliers?', council: STOCKPORT, firstLine: /^No, not as a requirement/, includes: [/carbon reduction plan/i, /propos/i, /2024/], source: SRC.statement },
    // The policy sets suppliers no carbon reduction plan.
    { q: 'and cwac?', ...notSaid(CWAC, { includes: [SAME, /carbon reduction plan/i] }) },
  ]),
  ...conversation([
    // Policy (vii): the right to reduce contractual payments on contracts over £100,000.
    { q: 'can cheshire west cut payments if a supplier doesnt deliver social value?', council: CWAC, firstLine: YES, includes: [money(100000), /reduce contractual payments/i], source: SRC.cwac },
    { q: 'for a £90k contract?', council: CWAC, firstLine: NO, includes: [SAME, money(90000), money(100000)], source: SRC.cwac },
  ]),
  ...conversation([
    // Statement s.1: staff delivering the council's externally contracted services "receive at least the
    // real living wage"; s.2: "Extend the expectation of becoming a Real Living Wage employer to our supply chain."
    { q: 'stockport living wage - do suppliers have to pay it?', council: STOCKPORT, firstLine: /^(?!No\b).*externally contracted services/, includes: [/expect/i, /Real Living Wage/i], source: SRC.statement },
    // The Trafford report says nothing of the living wage.
    { q: 'what about trafford?', ...notSaid(TRAFFORD, { includes: [SAME, /living wage/i] }) },
  ]),
  ...kind('documents do not say', [
    { q: "what weighting does trafford's charter set for contracts under 50k", ...traffordNone() },
    // Policy (vii): deductions go into a social value fund; no amount is given.
    { q: "what's the balance of cheshire west's social value fund?", ...notSaid(CWAC, { includes: [/social value fund/i] }) },
    { q: "what's the penalty in stockport if a supplier doesnt deliver its sv commitments?", ...notSaid(STOCKPORT), crossCouncil: true },
  ]),
  ...kind('misspelt or uncovered council', [
    { q: 'wieghting for a 60k contract in stockprt', ...misspelt('Stockport', ASK_STOCKPORT, 'stockprt', /60k/) },
    { q: 'chesire west threshholds', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'chesire west', /threshholds/) },
    { q: 'trafferd social valu portal threshold', ...misspelt('Trafford', ASK_TRAFFORD, 'trafferd', /portal/) },
  ]),
  ...kind('document facts', [
    // Report 2.2: in February 2021 assessed as overall "developing to becoming an innovator".
    { q: 'what maturity index level was trafford assessed at', council: TRAFFORD, includes: [/February 2021/, /developing to becoming an innovator/i], source: SRC.trafford },
    // Statement s.6: "4 Stockport Council employees who are Level 4 CIPS qualified".
    { q: 'how many stockport staff are level 4 cips qualified', council: STOCKPORT, includes: [/\b4 Stockport Council employees\b/, /two others/i], source: SRC.statement },
    { q: 'how much social value has trafford secured to date', council: TRAFFORD, includes: [/£24m/, /53p/], source: SRC.trafford },
    // Report 4.3: "chaired by the Inclusive Economy and Communities Manager".
    { q: 'who chairs the trafford steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    // Policy (ii): "pay all local suppliers in less than the current standard of 30 days".
    { q: 'how fast does cwac pay local suppliers', council: CWAC, includes: [/30 days/, LESS_THAN], source: SRC.cwac },
  ]),
];

// ---------------------------------------------------------------------------------------------
// How binding a rule is: a yes only where a rule in force requires it or lets the council do it.
// Statement s.2 and s.5: tender questions ask whether suppliers have a carbon reduction plan; a
// mandatory position is only proposed (by 2024). Statement s.2: the council "extends the expectation"
// of the Real Living Wage to its supply chain. Policy (vii): for contracts over £100,000 the council
// "reserves the right to reduce contractual payments".
const BINDING: OfficerRow[] = [
  ...kind('verdict', [
    { q: 'do we have to get a carbon reduction plan from the supplier on a 150k stockport contract?', council: STOCKPORT, firstLine: /^No, not as a requirement/, includes: [/proposed/i, /2024/], source: SRC.statement },
    // Statement s.1: those who deliver the council's externally contracted services receive at least the real living wage.
    { q: 'is the living wage compulsory for suppliers on a £300k stockport contract', council: STOCKPORT, firstLine: YES, includes: [/externally contracted services/i, /expect/i], source: SRC.statement },
    { q: 'does cwac hold back payments if social value isnt delivered', council: CWAC, firstLine: YES, includes: [money(100000), /reduce contractual payments/i], source: SRC.cwac },
    { q: 'can we hold back payment on a £250k cheshire west contract if they dont deliver the sv', council: CWAC, firstLine: YES, includes: [/reduce contractual payments/i], source: SRC.cwac },
    // Policy, Minimum standards: before any social value requirement, minimum standards from all bidders.
    { q: 'does cwac require minimum standards from all bidders?', council: CWAC, firstLine: YES, includes: [/minimum standards/i, /all bidders/i], source: SRC.cwac },
    { q: 'does stockport need suppliers to meet its ethical standards', council: STOCKPORT, firstLine: YES, includes: [/modern slavery/i], source: SRC.charter },
    // Policy: the Council commits to pay local suppliers in under 30 days; its own promise, not a supplier's duty.
    { q: 'do i have to pay local suppliers within 30 days on a £150k cwac contract?', council: CWAC, firstLine: YES, includes: [/30 days/] , source: SRC.cwac },
  ]),
];

// Held out, round 11: written from the four documents before the bot was asked. 11A: verdicts,
// values and council names; 11B: what the documents say, contacts and follow-ups about them.
/** Policy (iv): "This standard weighting could be varied on a case by case basis as appropriate": above it is a variation, not "meeting" a floor. */
const CWAC_VARIATION = /^Yes, as a case-by-case variation\b/;
const MEETS_STANDARD = /\bmeets?\b[^.\n]{0,60}\bstandard\b/i;

const HELD_OUT_11A: OfficerRow[] = [
  ...kind('misspelt or uncovered council', [
    // "traff" is how officers shorten Trafford: the Trafford report gives no weighting (2.3), and the
    // TOMs and the Portal for contracts over £50k (3.1); never Stockport's figures as the default.
    { q: 'traff, 0.25m goods contract - SV weighting?', ...traffordOver50k([money(250000)]) },
    { q: 'weighting for a 90k job in traff', ...traffordNone([money(90000)]) },
    { q: "what's traff's social value weighting on 120k?", ...traffordNone() },
    // A name cut short is offered back, as a misspelt one is; never silently the default council.
    { q: 'stockp weighting for 60k', ...misspelt('Stockport', ASK_STOCKPORT, 'stockp', /60k/) },
    { q: 'traffo sv weighting 80k', ...misspelt('Trafford', ASK_TRAFFORD, 'traffo', /80k/) },
    // A place named as a council, though not one listed, is not covered.
    { q: 'what weighting does Bexley Council use for a 75k contract?', ...uncovered },
  ]),
  ...kind('verdict', [
    // Charter s.4: a minimum of 15% with an overall target of 20%; the documents set no upper limit.
    { q: "we've put 20% in for social value, too much?", council: STOCKPORT, firstLine: NO, includes: [pct(20), pct(15), /overall target/i, /no maximum/i], source: SRC.charter },
    { q: 'is 20% enough for a £90k stockport tender?', council: STOCKPORT, firstLine: /^Yes: 20% is Stockport's overall target\b/, includes: [pct(15)], source: SRC.charter },
    { q: 'is 25% too high for a stockport tender?', council: STOCKPORT, firstLine: NO, includes: [pct(25), pct(20), /no maximum/i], source: SRC.charter },
    // Charter s.4: the weighting is for "all competitive procurement activity".
    { q: 'is 10% ok for a direct award in stockport?', council: STOCKPORT, firstLine: YES, includes: [pct(10), COMPETITIVE], source: SRC.charter },
    { q: 'we went for 12% social value in stockport - enough?', council: STOCKPORT, firstLine: NO, includes: [pct(12), pct(15), money(25000)], source: SRC.charter },
    // Policy (iv): 5% and 10% are standard weightings that "could be varied on a case by case basis".
    { q: 'is 10% ok for £75k in CWaC', council: CWAC, firstLine: CWAC_VARIATION, includes: [pct(5), CASE_BY_CASE], excludes: [MEETS_STANDARD, /\bmeets the minimum\b/i], source: SRC.cwac },
    { q: "CWaC: £60k IT support contract and I've set social value at 10%. Is that allowed or have I overdone it?", council: CWAC, firstLine: /^(?:Yes|No, not too much), as a case-by-case variation\b/, includes: [pct(5), money(60000), CASE_BY_CASE], excludes: [MEETS_STANDARD], source: SRC.cwac },
    { q: 'cheshire west 12% on a £90k tender, fine?', council: CWAC, firstLine: CWAC_VARIATION, includes: [pct(12), pct(5), CASE_BY_CASE], excludes: [MEETS_STANDARD], source: SRC.cwac },
    { q: 'is 5% right for a £75k cwac contract?', council: CWAC, firstLine: YES, includes: [pct(5), /standard/i], excludes: [MEETS_STANDARD], source: SRC.cwac },
    // A split is judged on its social value share (Charter s.4; Statement s.4: "a weighted criterion
    // of a minimum of 15 20% alongside price and quality").
    { q: 'quality 60 / price 30 / social value 10 on a 90k services tender in stockport.. does that work?', council: STOCKPORT, firstLine: NO, includes: [pct(10), pct(15)], source: SRC.charter },
    { q: '60/30/10 quality/price/social value for a £90k stockport tender', council: STOCKPORT, firstLine: NO, includes: [pct(10), pct(15)], source: SRC.charter },
    { q: 'price 50, quality 30, sv 20 on an £80k stockport contract - ok?', council: STOCKPORT, firstLine: YES, includes: [pct(20), pct(15)], source: SRC.charter },
    { q: '60% quality 25% price 15% social value, £120k smbc contract', council: STOCKPORT, firstLine: YES, includes: [pct(15), pct(20)], source: SRC.charter },
  ]),
  ...kind('multi-part', [
    // A supported-living re-tender is a service; 10% is below the 15% minimum (Charter s.4); the second
    // question (care leavers) is answered from the documents (Statement s.2: care leavers).
    {
      q: "Hi, sorry if this is a daft one. I've just moved over into children's commissioning at Stockport and I'm picking up a supported living re-tender that's been sat on someone's desk for months. It's roughly £320k across 4 years and the previous officer's notes say 10% social value but my team lead reckons it should be higher. A lot of the young people using the service are care leavers. What weighting should I actually be using, and is there anything about care leavers I can build into the SV ask?",
      council: STOCKPORT,
      firstLine: NO,
      includes: [pct(10), pct(15), pct(20)],
      excludes: [/\bworks contract\b/i],
      before: [pct(15), /care leavers/i],
      source: SRC.charter,
    },
    {
      q: "Picking up a home care re-tender for Stockport, about £200k over 3 years. Notes from last time say 12% social value. My manager thinks we should build in something for veterans too. What weighting do we need and is there anything on armed forces veterans we could include?",
      council: STOCKPORT,
      firstLine: NO,
      includes: [pct(12), pct(15)],
      excludes: [/\bworks contract\b/i],
      before: [pct(15), /veterans/i],
      source: SRC.charter,
    },
    // A weighting given in a long message's background is judged when it asks for the weighting
    // (Charter s.4: 15% minimum; Policy (iv): 10% standard above £100,000, varied case by case).
    {
      q: "I've just picked up a supported living re-tender for Stockport from a colleague who has left, it's about £320k over four years and their notes say they used 10% for social value last time round. What weighting should I be using this time?",
      council: STOCKPORT,
      firstLine: NO,
      includes: [pct(10), pct(15)],
      excludes: [/\bworks contract\b/i],
      source: SRC.charter,
    },
    {
      q: "Taking over a £150k grounds maintenance contract at Cheshire West that's up for re-tender. The last tender used 5% for social value and the service wants to keep it the same as before. What weighting should it be?",
      council: CWAC,
      firstLine: BELOW_VARIED_STANDARD,
      includes: [pct(5), pct(10), CASE_BY_CASE],
      source: SRC.cwac,
    },
    // A percentage of something else in the background ("70% of our spend") is no weighting to judge.
    {
      q: 'We are a small team and about 70% of our spend goes to local firms already, which we are proud of as a service. We have a £80k cleaning contract coming up for re-tender in stockport next spring. What weighting should we use for it?',
      ...sw([money(80000)]),
      firstLine: NOT_A_VERDICT,
      excludes: [pct(70)],
    },
    // Policy (iv): £100,000 is in "between £50,000 and £100,000" (5%); (vii): the right to reduce
    // payments is "for contracts over £100,000 total value". Both parts, in the order asked.
    { q: 'For CWaC - a contract at exactly £100,000: is it 5 or 10 per cent, and does the payment reduction thing apply?', council: CWAC, includes: [pct(5), money(100000)], before: [pct(5), /reduce contractual payments/i], source: SRC.cwac },
    { q: 'is a £100k cheshire west contract in the 5% band or the 10% band?', council: CWAC, includes: [pct(5), money(100000), /\bwithin\b/i], source: SRC.cwac },
    { q: 'cwac £100k on the nose - 5 per cent or 10 per cent? and can we cut payments if they dont deliver?', council: CWAC, includes: [pct(5), money(100000)], before: [pct(5), /reduce contractual payments/i], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    // Charter s.4: "in excess of £25k": at exactly £25,000 the 15% minimum does not apply.
    { q: 'If the contract value is bang on £25,000 does the 15% minimum actually kick in? Stockport', ...stockportNone([/in excess of/i]), firstLine: NO },
    { q: 'does the 15% apply to a £25k smbc contract', ...stockportNone(), firstLine: NO },
    // Policy (iv): the bands start at £50,000; none is set below.
    { q: "Does Cheshire West have a threshold below which social value isn't weighted?", council: CWAC, firstLine: YES, includes: [money(50000), NO_WEIGHTING], source: SRC.cwac },
    { q: 'is there a minimum contract value before stockport applies a social value weighting?', council: STOCKPORT, firstLine: YES, includes: [money(25000), NO_WEIGHTING], source: SRC.charter },
    // Policy (vii): commitments "contractually binding and monitored accordingly"; payments may be
    // reduced "for contracts over £100,000 total value".
    // Stockport's documents manage social value through Intend and the Portal; they set no payment deductions.
    { q: 'stockport £80k contract - any comeback if the supplier doesnt deliver the social value?', council: STOCKPORT, includes: [/Intend/, /no rule on payment deductions/i], excludes: [/reduce contractual payments/i], source: SRC.statement },
    { q: 'cwac £250k contract - any comeback if the supplier doesnt deliver the social value?', council: CWAC, firstLine: YES, includes: [/contractually binding/i, /reduce contractual payments/i], source: SRC.cwac },
  ]),
  // A follow-up's bare number or term is about the contract before: "55" after £45k is £55k (policy (iv):
  // 5% for £50,000 to £100,000), and it is carried to the next turn; "over 3 years" after £85k may be
  // the total or £85k a year (£255,000, above £100,000: 10% and the payment-reduction right).
  ...conversation([
    { q: "we've got a £45k goods contract for cwac coming up - weighting?", ...cwacNone([money(45000)]) },
    { q: 'what if it creeps up to 55?', ...cwac5([money(55000)]), derived: [55000] },
    { q: 'and is there any comeback if they dont deliver it', council: CWAC, firstLine: YES, includes: [money(55000), /contractually binding/i, money(100000)], excludes: [money(45000)], derived: [55000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'weighting for a £40k cwac services contract?', ...cwacNone([money(40000)]) },
    { q: 'what if it goes to 70?', ...cwac5([money(70000)]), derived: [70000] },
    { q: 'what happens if they dont deliver it?', council: CWAC, firstLine: /contractually binding/i, includes: [money(70000), /contractually binding/i, money(100000)], excludes: [money(40000)], derived: [70000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: '£85k consultancy job for Cheshire West, what SV % should I use', ...cwac5([money(85000)]) },
    { q: 'and over 3 years?', council: CWAC, includes: [money(85000), money(255000), pct(5), pct(10), /total/i], derived: [255000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac weighting for 60k', ...cwac5([money(60000)]) },
    { q: 'what about across 2 years?', council: CWAC, includes: [money(60000), money(120000), pct(5), pct(10), /total/i], derived: [120000], source: SRC.cwac },
  ]),
];

const HELD_OUT_11B: OfficerRow[] = [
  // Who to contact. Report, "Contact person for access to background papers and further information":
  // "Oliver Shimell (Inclusive Economy and Communities Manager) 07814060170 Nidi Etim (…) 01619124085".
  // Policy (iii): "The procurement team will support officers … and advise … at the outset"; Appendix C:
  // the Procurement Manager leads the procurement and contract management actions; no named contact.
  // Statement s.6: documents "direct staff … to key contacts within STAR and the Council"; no number.
  ...kind('document facts', [
    { q: 'how do i get in touch with someone about social value in trafford', council: TRAFFORD, includes: [/Oliver Shimell/, /07814060170/, /Nidi Etim/], source: SRC.trafford },
    { q: 'who can help with social value at trafford?', council: TRAFFORD, includes: [/Oliver Shimell/, /07814060170/], source: SRC.trafford },
    { q: "what's the phone number for social value at trafford?", council: TRAFFORD, includes: [/07814060170/, /01619124085/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    { q: 'who should I speak to about social value at cheshire west?', council: CWAC, includes: [/procurement team/i, /Procurement Manager/], excludes: [/equalities@/i, HELP_OR_POINTER[1]!], source: SRC.cwac },
    { q: 'who can i talk to about social value in stockport', council: STOCKPORT, includes: [/key contacts within STAR and the Council/i], excludes: [/\b0\d{9,10}\b/, HELP_OR_POINTER[1]!], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'how is social value monitored on a live cwac contract?', council: CWAC, includes: [/contractually binding/i, PORTAL], source: SRC.cwac },
    { q: 'who do i ask about that?', council: CWAC, includes: [/procurement team/i, /Procurement Manager/], excludes: [/Oliver Shimell/, /key contacts within STAR/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'who chairs the social value steering group in trafford?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'how do I get hold of the Trafford one', council: TRAFFORD, includes: [/Oliver Shimell/, /07814060170/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'who chairs the trafford steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'how do i contact them?', council: TRAFFORD, includes: [/07814060170/], source: SRC.trafford },
  ]),
  // Report 6.6: the Steering Group monitors and updates the action plan, a standing item on each agenda.
  ...conversation([
    { q: "whats in trafford's draft action plan?", council: TRAFFORD, includes: [/Steering Group/i], source: SRC.trafford },
    { q: 'who keeps it up to date?', council: TRAFFORD, includes: [/Steering Group/i, /updated|updates/i], excludes: [/How current [\w ]+'s documents are/i, /\bStockport\b/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'what does the trafford action plan cover', council: TRAFFORD, includes: [/Steering Group/i], source: SRC.trafford },
    { q: 'who is keeping that up to date?', council: TRAFFORD, includes: [/Steering Group/i], excludes: [/\bStockport\b/], source: SRC.trafford },
  ]),
  // Report 3.1: 53p offered per £1 spent, £24m secured to date; Statement s.8: the Portal's figures since
  // 2019 (delivered £25,768,467; value add 17.89%). Counted on different bases: not like for like.
  ...conversation([
    { q: 'How much social value has Trafford actually secured?', council: TRAFFORD, includes: [/£24m/], source: SRC.trafford },
    { q: 'how does that compare to stockport', includes: [/£24m/, /£25,768,467/, /17\.89%/, /like for like/i], excludes: [/143,999,792/], crossCouncil: true, source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what has stockport achieved through social value so far', council: STOCKPORT, includes: [/£25,768,467/], source: SRC.statement },
    { q: 'how does trafford compare?', includes: [/£24m/, /£25,768,467/, /like for like/i], crossCouncil: true, source: SRC.trafford },
  ]),
  // Partly covered. Statement s.3: "There is a lead member accountable for Social Value and the work is
  // scrutinised through the CRMG Scrutiny Committee"; no name is given anywhere.
  ...kind('documents do not say', [
    { q: "Who is Stockport's lead member for social value? need a name for a briefing note", council: STOCKPORT, firstLine: /do not give a name/i, includes: [/lead member accountable/i], excludes: [/figure or a rule/i], source: SRC.statement },
    { q: "who's the lead member for social value at stockport? I need to put their name in a report", council: STOCKPORT, firstLine: /do not give a name/i, includes: [/lead member accountable/i], excludes: [/figure or a rule/i], source: SRC.statement },
    // Report front sheet: a report for decision that recommends the Executive approves the Charter and the
    // outline draft action plan; it does not record the decision.
    { q: "Did Trafford's Executive actually approve the social value charter in the end?", council: TRAFFORD, includes: [/recommending that the Executive approves/i, /does not record the Executive's decision/i], excludes: [/figure or a rule/i, /don't say anything/i], source: SRC.trafford },
    { q: 'was the trafford charter approved by the executive?', council: TRAFFORD, includes: [/does not record the Executive's decision/i], excludes: [/figure or a rule/i], source: SRC.trafford },
    // Statement s.1: the Charter, ratified in 2019, "is due to be refreshed in 2023"; s.9: "Review and
    // refresh the Stockport Social Value Charter" is a priority for the next 12 months. Only the 2019 Charter is held.
    { q: "When did the refreshed Stockport charter come out? Want to make sure I'm using the new one", council: STOCKPORT, includes: [/refreshed in 2023/i, DOES_NOT_SAY, /Review and refresh the Stockport Social Value Charter/i], source: SRC.statement },
    { q: 'is there a newer stockport charter than the 2019 one?', council: STOCKPORT, firstLine: NOT_A_VERDICT, includes: [/refreshed in 2023/i, DOES_NOT_SAY], source: SRC.statement },
    { q: 'has the stockport charter been refreshed yet', council: STOCKPORT, firstLine: NOT_A_VERDICT, includes: [/refreshed in 2023/i, DOES_NOT_SAY], source: SRC.statement },
  ]),
  // What the documents say, led by the answer. Statement s.4: Intend alongside the Social Value Portal,
  // which "monitors Social Value outcomes secured, against delivered"; s.7 (Planning and Performance
  // Management): commitments "reported on and monitored during the delivery of contracts", evidence
  // "provided by suppliers and reviewed"; s.6: the Portal's monthly training for contract managers and
  // two sessions a month for suppliers. Stockport sets no payment deduction (CWaC's policy (vii) does).
  ...kind('document facts', [
    {
      q: "ok so I manage a facilities contract for Stockport, about 18 months in. The supplier promised a load of apprenticeship weeks and volunteering hours in their bid and they're way behind, and when I chase they just say it's coming. I've never had to deal with social value non-delivery before. What are we meant to be doing to monitor this and is there any support for me or for them?",
      council: STOCKPORT,
      firstLine: /contract management/i,
      includes: [/Intend/, /secured against/i, /reported on and monitored/i, /evidence/i, /monthly training/i, /two training sessions a month/i],
      excludes: [/reduce contractual payments/i, /Applies to: contract management\./],
      source: SRC.statement,
    },
    { q: 'what do contract managers have to do to monitor social value in stockport', council: STOCKPORT, includes: [/secured against/i, /reported on and monitored/i, /evidence/i], excludes: [/Applies to: contract management\./], source: SRC.statement },
  ]),
  // Policy, Delivery and evaluation: "The Social Value Portal will be engaged to provide a web platform to
  // monitor the progress"; "incorporated in the Council's performance management framework"; (vii):
  // contractually binding, and the right to reduce payments over £100,000.
  ...conversation([
    { q: 'How does social value get monitored once a contract is actually live?', council: STOCKPORT, includes: [/Intend/, /reported on and monitored/i, /evidence/i], excludes: [/Applies to: contract management\./], source: SRC.statement },
    { q: 'what about CWaC', council: CWAC, includes: [/contractually binding/i, /web platform/i, /performance management framework/i, money(100000)], source: SRC.cwac },
  ]),
  // Statement s.2: tender questions on carbon reduction plans and GHG measurement; a pledge "to become
  // operationally net zero by 2030"; s.5: mandatory GHG reporting and carbon reduction plans proposed by
  // 2024, net zero by 2050; "carbon neutral by 2038"; routes of support.
  ...kind('document facts', [
    { q: 'carbon - what is Stockport expecting from suppliers now?', council: STOCKPORT, includes: [/carbon reduction plan/i, /greenhouse gas/i, /2024/, /2050/, /net zero by 2030/i, /2038/, /Climate Action Business Forum/], source: SRC.statement },
    { q: 'what does stockport expect suppliers to do on carbon', council: STOCKPORT, includes: [/carbon reduction plan/i, /2024/, /net zero by 2030/i], source: SRC.statement },
    // Statement s.8 (Growth): £55k with the VCSE sectors, 300 hours, £1,200, 1,160 hours, £3.9m with the
    // local supply chain, £11k with local MSMEs.
    { q: 'how much local spend did we actually get out of social value in 22/23? incl anything with the VCSE sector', council: STOCKPORT, includes: [/£3\.9m/, /£55k/, /£11k/, /1,160 hours/], source: SRC.statement },
    { q: 'how much local spend did we get from social value in 22/23, including with the VCSE sector?', council: STOCKPORT, includes: [/£3\.9m/, /£55k/, /£1,200/], source: SRC.statement },
    // Charter, Introduction: "This Charter is Stockport Council's commitment to: 1. Delivering our Five
    // Shared Core Outcomes … 2. Deliver Our Promise … 3. Stockport's Wider Social Value Activity".
    { q: 'What does the Stockport social value charter actually commit the council to?', council: STOCKPORT, firstLine: /^"This Charter is Stockport Council's commitment to\b/, includes: [/Five Shared Core Outcomes/, /Our Promise/, /Wider Social Value Activity/], source: SRC.charter },
    { q: 'what commitments are in the stockport social value charter?', council: STOCKPORT, firstLine: /^"This Charter is Stockport Council's commitment to\b/, includes: [/Five Shared Core Outcomes/, /Our Promise/], source: SRC.charter },
    // Policy, What do we mean by social value?: "should not be burdensome or costly if done in a targeted
    // and proportionate way"; (vi): "non-prescriptive … within their capacity and capability to deliver";
    // (ii): turnover thresholds, lots or consortia, meet the buyer events.
    {
      q: "Morning. I'm fairly new to procurement at Cheshire West and a couple of the small local firms we deal with have been moaning that the social value stuff is too much for them - they say they haven't got the staff to fill in loads of measures. I don't want to put them off bidding on the next round of grounds maintenance lots. Does the policy say anything about keeping it proportionate for smaller suppliers?",
      council: CWAC,
      firstLine: /burdensome/,
      includes: [/burdensome/i, /non-prescriptive/i, /capacity and capability/i, /lots/i, /consortia/i, /meet the buyer/i],
      source: SRC.cwac,
    },
    { q: 'is social value too much of a burden for small businesses in cwac?', council: CWAC, includes: [/burdensome/i, /turnover thresholds/i], source: SRC.cwac },
  ]),
  // Small talk that shares one incidental word with a TOMs measure ("car miles") gets the pointer.
  ...kind('off-topic', [
    { q: 'cheers for the help earlier 👍 do you know if the lower level car park is shut this week?', includes: [POINTER], excludes: NO_POLICY_ANSWER },
    { q: 'is the staff car park open on saturday?', includes: [POINTER], excludes: NO_POLICY_ANSWER },
  ]),
  // Statement s.2: "Care leavers and looked after children" is a priority cohort agreed by the CRMG
  // Scrutiny Committee in November 2021; the council committed to "Create employment opportunities for
  // those who are disadvantaged including for Care Leavers and Armed Forces veterans".
  ...kind('multi-part', [
    { q: 'what weighting for a £150k stockport care contract, and is there anything about care leavers I can build into the ask?', council: STOCKPORT, before: [pct(15), /Care leavers and looked after children/], includes: [/November 2021/, /employment opportunities/i], source: SRC.statement },
    { q: 'weighting for a 90k stockport contract and can we target looked after children?', council: STOCKPORT, before: [pct(15), /Care leavers and looked after children/], includes: [/November 2021/], source: SRC.statement },
  ]),
  // Policy, Appendix C: "Adopt a social value measurement tool – Procurement Manager – July 2021";
  // "Launch social value measurement tool – September 2021"; the Supported Internship for 20 young people
  // with an EHCP (Skills and Employment Manager, April 2022). The action asked about leads.
  ...conversation([
    { q: 'CWaC SV action plan - when was the measurement tool meant to be in place?', council: CWAC, firstLine: /measurement tool: July 2021/, includes: [/September 2021/, /Procurement Manager/], source: SRC.cwac },
    { q: 'and the supported internship one?', council: CWAC, firstLine: /Supported Internship/, includes: [/April 2022/], source: SRC.cwac },
  ]),
  // The documents give no contact details for CWaC: said plainly, with what the policy says instead.
  ...kind('documents do not say', [
    { q: 'contact details for social value at cheshire west', council: CWAC, firstLine: /do not give contact details\.$|do not give contact details\. /, includes: [/procurement team/i], excludes: [/for social value contacts/i, /equalities@/i], source: SRC.cwac },
  ]),
  // Who does what. Policy (iii) and Delivery and evaluation: the procurement team advises; officer
  // support "will be put in place to oversee the delivery"; Statement s.3: a lead member accountable,
  // scrutiny through the CRMG Scrutiny Committee.
  ...kind('document facts', [
    { q: 'who is responsible for social value in cwac', council: CWAC, includes: [/procurement team/i, /oversee/i], excludes: [/don't say anything/i], source: SRC.cwac },
    { q: 'who oversees social value in stockport', council: STOCKPORT, includes: [/lead member accountable/i, /Scrutiny Committee/], excludes: [HELP_OR_POINTER[1]!], source: SRC.statement },
  ]),
  // Policy (vii): the right to reduce payments "for contracts over £100,000 total value", said once (the
  // card's fact), not again as a section of its own.
  ...kind('documents do not say', [
    { q: 'how much can cheshire west deduct from payments for missed social value?', council: CWAC, includes: [DOES_NOT_SAY, money(100000)], excludes: [/Applies to: contracts over £100,000/], source: SRC.cwac },
  ]),
  ...kind('document facts', [
    { q: 'cwac payment deductions', council: CWAC, includes: [money(100000), /social value fund/i], excludes: [/Applies to: contracts over £100,000/], source: SRC.cwac },
  ]),
];

// Held out, round 12: written from the four documents before the bot was asked.
const HELD_OUT_12: OfficerRow[] = [
  // Statement s.1: as an accredited Real Living Wage employer, "ALL our council employees, and those who
  // support the council's functions through the delivery of externally contracted services, receive at
  // least the real living wage"; s.2: the expectation is extended to the supply chain; s.9: year 2 of
  // the Real Living Wage action plan.
  ...kind('verdict', [
    { q: 'do stockport contractors staff have to be paid the real living wage?', council: STOCKPORT, firstLine: /^(?!No\b).*externally contracted services/, includes: [/accredited/i, /supply chain/i, /year 2 of the Real Living Wage action plan/i], excludes: [/not as a requirement/i], source: SRC.statement },
    { q: 'must a contractor running a stockport council service pay its staff the RLW', council: STOCKPORT, firstLine: /^(?!No\b).*externally contracted services/, includes: [/accredited/i], excludes: [/not as a requirement/i], source: SRC.statement },
  ]),
  // Charter s.4: "a minimum weighting of 15% with an overall target of 20%, in all competitive procurement
  // activity with a total agreement value in excess of £25k"; the Portal "in excess of £50k". Policy (iv):
  // 10% for contracts above £100,000. A figure the officer is going with is one to judge.
  ...kind('verdict', [
    { q: 'Stockport 95k ICT hardware, going w/ 20% social value. sound?', council: STOCKPORT, firstLine: YES, includes: [pct(20), TARGET, pct(15), PORTAL], source: SRC.charter },
    { q: "planning to go with 15% on a £60k stockport cleaning contract, sound right?", council: STOCKPORT, firstLine: YES, includes: [pct(15), pct(20)], source: SRC.charter },
    { q: 'cwac 200k works job, going with 10% social value, does that sound reasonable', council: CWAC, firstLine: YES, includes: [pct(10)], source: SRC.cwac },
  ]),
  // Statement s.8: since the Portal launched in 2019, £25,768,467 delivered and £44,548,267 committed;
  // "Over the last financial year 2022/23, 43 new contracts have been added … £14.2m social value
  // commitment. £2.2m has already been delivered … contract end dates ranging from 2023 – 2027".
  ...conversation([
    { q: 'what has the sv portal said stockport has delivered so far overall', council: STOCKPORT, firstLine: /^Since the Social Value Portal was launched in 2019/, includes: [money(25768467), money(44548267)], source: SRC.statement },
    { q: 'and just for last year?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts/, includes: [SAME, /£14\.2m/, /£2\.2m/, /2027/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'how much social value has stockport delivered since 2019', council: STOCKPORT, includes: [money(25768467)], source: SRC.statement },
    { q: 'what about just the latest year?', council: STOCKPORT, firstLine: /^In 2022\/23/, includes: [/£14\.2m/, /133 jobs/], source: SRC.statement },
  ]),
  // Policy (iv) Clear guidelines and Charter s.4: the weighting is set by total value, with no separate
  // figure for works or goods; the same bands apply to them.
  ...conversation([
    { q: 'which contract values does the cwac 5% band cover', council: CWAC, includes: [money(50000), money(100000)], source: SRC.cwac },
    { q: 'is that the same for works?', council: CWAC, firstLine: /^The same for works contracts/, includes: [SAME, /no separate weighting/i, pct(5), pct(10)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'stockport weighting', council: STOCKPORT, includes: [pct(15), pct(20)], source: SRC.charter },
    { q: 'does that change for goods?', council: STOCKPORT, firstLine: /^The same for goods contracts/, includes: [pct(15), pct(20)], excludes: [/^Yes\b/], source: SRC.charter },
  ]),
  // Trafford report, contacts for background papers and further information: Oliver Shimell (Inclusive
  // Economy and Communities Manager) 07814060170; Nidi Etim 01619124085. 4.3: the Manager chairs the
  // steering group. Stockport's documents give no contact numbers.
  ...conversation([
    { q: 'who chairs the trafford social value steering group?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'have u got a number for them', council: TRAFFORD, includes: [/07814060170/, /Oliver Shimell/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'who leads on social value in trafford', council: TRAFFORD, includes: [/Inclusive Economy and Communities/], source: SRC.trafford },
    { q: 'do you have her number?', council: TRAFFORD, includes: [/07814060170/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'who chairs the stockport social value round table', council: STOCKPORT, includes: [/Mayor/i], source: SRC.statement },
    { q: 'have you got a number for them?', council: STOCKPORT, firstLine: /do not give contact details/, includes: [/STAR/], excludes: [/07814060170/], source: SRC.statement },
  ]),
  // Statement s.2: "A pledge to become operationally net zero by 2030"; s.5: the target "for Stockport to
  // become carbon neutral by 2038". Two dates for two things, for the default council; no comparison.
  ...kind('document facts', [
    { q: 'is our net zero target 2030 or 2038?? getting mixed messages from different people', council: STOCKPORT, firstLine: /operationally net zero by 2030/, includes: [/carbon neutral by 2038/], excludes: [/by council/i, /Trafford/], source: SRC.statement },
    { q: "when is stockport aiming to be net zero - I've heard 2030 and 2038 from different colleagues", council: STOCKPORT, firstLine: /net zero by 2030/, includes: [/2038/], excludes: [/by council/i], source: SRC.statement },
  ]),
  // Statement s.4: "Social Value must be included before the Procurement Initiation Document (PID) is
  // signed off … with very few exceptions, requiring senior officer sign off". A "what" question after
  // background gets the rule itself, not a yes.
  ...kind('document facts', [
    { q: "morning – bit of background first. we're re-procuring the stockport community equipment service, roughly £1.1m over 3+1 yrs. commissioner keeps calling social value a nice to have and I'm new. anyway, what do I actually have to have done on SV before the PID goes for sign off??", council: STOCKPORT, firstLine: /^(?!Yes\b).*PID/, includes: [SENIOR_OFFICER], source: SRC.statement },
    { q: "quick one - background: £300k stockport cleaning retender, my manager says SV is optional. what needs doing on social value before PID sign off?", council: STOCKPORT, firstLine: /^(?!Yes\b).*PID/, includes: [SENIOR_OFFICER], source: SRC.statement },
  ]),
  // Policy, Employment (ii): "The council provides up to 2 days that staff can use for volunteering
  // opportunities each year"; (iv): 10% "for higher value contracts (above £100,000 total value)".
  // Trafford report 2.7: the Inclusive Economy and Communities Team consulted communities; 2.8: the
  // priorities (social isolation, poverty, food support …). A first part no subject covers is answered first.
  ...kind('multi-part', [
    { q: 'cwac: how many volunteering days do staff get a year? and also is it 10% SV on anything over 100k', council: CWAC, before: [/up to 2 days/, pct(10)], includes: [money(100000)], source: SRC.cwac },
    { q: 'cheshire west - how many volunteering days can staff take, and what weighting for a 150k contract?', council: CWAC, before: [/up to 2 days/, pct(10)], includes: [/volunteering/i], source: SRC.cwac },
    { q: 'For Trafford - what priorities came out of the community consultation, and which team did the consulting?', council: TRAFFORD, before: [/Social isolation/, /Inclusive Economy and Communities Team/], includes: [/Poverty/, /Food support/], source: SRC.trafford },
  ]),
  // Stockport's documents set no payment deductions (CWaC Policy (vii) does, over £100,000). What they do
  // say (Statement s.4, s.7): commitments are reported on and monitored during delivery, suppliers'
  // evidence is reviewed, and the Social Value Portal monitors outcomes secured against delivered (Intend).
  ...conversation([
    { q: 'cwac - can we claw money back if a supplier doesnt deliver their social value?', council: CWAC, includes: [money(100000)], source: SRC.cwac },
    { q: 'is it the same in stockport', council: STOCKPORT, includes: [/don't say anything about payment deductions/, /monitored during the delivery/i, /Intend/], excludes: [money(100000)], source: SRC.statement },
  ]),
  ...kind('documents do not say', [
    { q: 'can stockport reduce payments if a supplier doesnt deliver the social value', council: STOCKPORT, includes: [DOES_NOT_SAY, /monitored during the delivery/i], excludes: [money(100000)], source: SRC.statement },
  ]),
  // Trafford report 6.7: "a project has been put forward … to fund a dedicated Social Value Co-ordinator";
  // the report records plans, not whether one has since been appointed.
  // Contract extensions: none of the documents says whether an extension needs new social value
  // commitments; Statement s.4: social value is considered through contract management (Intend).
  ...kind('documents do not say', [
    { q: 'has trafford appointed the social value co-ordinator yet', council: TRAFFORD, firstLine: DOES_NOT_SAY, includes: [/Social Value Co-ordinator/], source: SRC.trafford },
    { q: 'is the trafford social value co-ordinator in post now?', council: TRAFFORD, firstLine: DOES_NOT_SAY, includes: [/Social Value Co-ordinator/], source: SRC.trafford },
    { q: 'extending an existing stockport contract by 12 months using the option – do I need to get new SV commitments?', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [/Intend/], excludes: [/thresholds/i], source: SRC.statement },
    { q: "we're extending the cwac catering contract using the option - does SV need revisiting?", council: CWAC, firstLine: DOES_NOT_SAY, includes: [/extend/i], source: SRC.cwac },
  ]),
  // Statement s.4: "Social value is included in the approval process for all contracts awarded. Social
  // value is captured in all procurement activity over £25k"; Charter s.4: the weighting is for "all
  // competitive procurement activity". No rule of the documents' own for a direct award.
  ...kind('verdict', [
    { q: 'Do we need social value in a direct award? its about 60k, stockport', council: STOCKPORT, firstLine: /^Social value still applies/, includes: [/all contracts awarded/, /no separate rule/i, COMPETITIVE, /PID/], source: SRC.statement },
    { q: 'direct award of 40k in stockport, does social value apply?', council: STOCKPORT, firstLine: /^Social value still applies/, includes: [money(25000), NO_WEIGHTING], source: SRC.statement },
  ]),
  // Charter, Five Shared Core Outcomes: the table ticks Theme 4 (Environment) for outcome 3 "Stockport
  // benefits from a thriving economy" and outcome 4 "Stockport is a place people want to live".
  ...kind('document facts', [
    { q: "which of stockport's 5 core outcomes link to the environment TOMs theme", council: STOCKPORT, firstLine: /^(?!.*(?:informed choices|safe and resilient)).*thriving economy.*place people want/, includes: [/4 \(Environment\)/], excludes: [/Regional Business/], source: SRC.charter },
    { q: "what TOMs themes does stockport's thriving economy outcome map to", council: STOCKPORT, firstLine: /thriving economy: TOMs themes 1 \(Jobs\), 2 \(Growth\), 4 \(Environment\), 5/, includes: [/Five Shared Core Outcomes/i], source: SRC.charter },
  ]),
  // "Any issue?" asks whether there is a problem, so yes means one. Policy (iv): 5% between £50,000 and
  // £100,000, "could be varied on a case by case basis"; Charter s.4: a minimum of 15%, a target of 20%.
  ...kind('verdict', [
    { q: "cwac, £60k, I've set SV at 10% with price 50 / quality 40. Any issue?", council: CWAC, firstLine: /^No issue, as a case-by-case variation/, includes: [pct(10), pct(5)], source: SRC.cwac },
    { q: "stockport £80k, we're using 12% social value - any problems with that?", council: STOCKPORT, firstLine: /^Yes: 12% is below/, includes: [pct(15)], source: SRC.charter },
    { q: 'stockport £80k at 20% social value, is there an issue?', council: STOCKPORT, firstLine: /^No issue: 20% is Stockport's overall target/, includes: [pct(15)], source: SRC.charter },
  ]),
  // Policy (iv): 5% for £50,000–£100,000, "could be varied on a case by case basis"; nowhere 0%.
  // Policy (ii) and (vi): lots and consortia, turnover thresholds, payment in under 30 days,
  // non-prescriptive measures within bidders' capacity. Charter s.4: a minimum of 15% in Stockport.
  // "Can we drop it?" asks whether 0% will do.
  ...kind('multi-part', [
    { q: "Hi there, bit of a long one sorry. I'm running a £75k grounds maintenance tender for Cheshire West, and one of the likely bidders is a really small local firm, 6 staff. They say the social value bit puts them off bidding. My manager half-jokingly said just drop SV to zero for this one. Before I do anything daft - what does the policy actually say we should weight SV at for this, can we drop it, and is there anything in there about making it easier for small firms??", council: CWAC, firstLine: /^No: 0% is below/, includes: [pct(5), CASE_BY_CASE, /30 days/, /lots/i], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    { q: 'can we take social value down to zero on a £75k cwac contract?', council: CWAC, firstLine: /^No: 0% is below/, includes: [pct(5)], source: SRC.cwac },
    { q: '£60k stockport job, can we just drop the sv weighting?', council: STOCKPORT, firstLine: /^No: 0% is below Stockport's minimum of 15%/, includes: [SENIOR_OFFICER], source: SRC.charter, derived: [0] },
  ]),
];

// Held out, round 13: written from the four documents before the bot was asked. 13A: follow-ups;
// 13B: verdicts and what the documents do not say.
const HELD_OUT_13A: OfficerRow[] = [
  // Trafford report 3.1: "for every £1 spent, the Council has been offered 53p back"; Statement s.8:
  // Stockport's Portal figures since 2019. "Per £1" is part of a figure, not a £1 contract, and the
  // two councils measure differently.
  ...conversation([
    { q: 'how much sv does trafford get back per £1 spent', council: TRAFFORD, includes: [/53p/], excludes: [/£1 contract/], source: SRC.trafford },
    { q: 'how does that compare w stockport', council: STOCKPORT, includes: [money(25768467), money(44548267), /not compare like for like/], excludes: [/£1 contract/, pct(15)], source: SRC.statement, crossCouncil: true },
  ]),
  ...conversation([
    { q: 'trafford - what do we get back for every £1 we spend?', council: TRAFFORD, includes: [/53p/], excludes: [/£1 contract/], source: SRC.trafford },
    { q: 'and stockport?', council: STOCKPORT, includes: [money(25768467)], excludes: [/£1 contract/, pct(15)], source: SRC.statement, crossCouncil: true },
  ]),
  // Trafford report 6.6: "The responsibility for the monitoring and updating of the outline Action Plan
  // will be the responsibility of the Social Value Steering Group … a standing item on each agenda";
  // 4.3: the Group is chaired by the Inclusive Economy and Communities Manager. After the plan card,
  // "that" is the plan.
  ...conversation([
    { q: "can you pull up trafford's action plan pls", council: TRAFFORD, includes: [/Action Plan/] },
    { q: "who's meant to keep that updated?", council: TRAFFORD, includes: [/monitoring and updating the Action Plan/, /standing item on each agenda/, /Inclusive Economy and Communities Manager/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford action plan', council: TRAFFORD, includes: [/Action Plan/] },
    { q: "who's supposed to keep it up to date?", council: TRAFFORD, includes: [/Steering Group is responsible for monitoring and updating/], source: SRC.trafford },
  ]),
  // Statement s.2: tender questions ask whether suppliers have a carbon reduction plan; s.5: "A new
  // policy is proposed to introduce … a mandatory position on … carbon reduction plans by 2024". Not
  // mandatory as the documents stand: the verdict first, then what applies now and what is proposed.
  ...conversation([
    { q: 'what do stockport want from suppliers on carbon in tenders', council: STOCKPORT, includes: [/carbon reduction plan/], source: SRC.statement },
    { q: 'so is the carbon reduction plan mandatory now?', council: STOCKPORT, firstLine: /^No, not as a requirement: .*Tender documentation/, includes: [/proposed policy would make .*mandatory by 2024/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'stockport carbon reduction plans for suppliers?', council: STOCKPORT, includes: [/carbon reduction plan/], source: SRC.statement },
    { q: 'and is that compulsory yet?', council: STOCKPORT, firstLine: /^No, not as a requirement: .*Tender documentation/, includes: [/mandatory by 2024/], source: SRC.statement },
  ]),
  // Policy, Procurement (i): minimum standards are expected "before the Council applies any social
  // value requirements to any procurement process": "is that scored …?" asks about them, not evaluation.
  ...conversation([
    { q: 'what minimum standards do cwac expect from bidders', council: CWAC, includes: [/modern slavery/], source: SRC.cwac },
    { q: 'is that scored as part of the sv or separate?', council: CWAC, firstLine: /^Before the Council applies any social value requirements/, includes: [/modern slavery/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac minimum standards for bidders?', council: CWAC, includes: [/fair working practices/], source: SRC.cwac },
    { q: 'does that count towards the sv weighting?', council: CWAC, firstLine: /^Before the Council applies any social value requirements/, source: SRC.cwac, includes: [/minimum standards/] },
  ]),
  // Policy, Procurement (iv): bidders "consider their contribution from any of the themes, outcomes, and
  // measures in appendix B"; (v) quantitative and qualitative; (vi) non-prescriptive, a range of
  // measures within bidders' capacity. "What are they scored against?" is not a yes or no question.
  ...conversation([
    { q: 'cwac 250k contract - what weighting for social value', council: CWAC, includes: [pct(10)], source: SRC.cwac },
    { q: 'ok and what are bidders actually scored against', council: CWAC, firstLine: /^Bidders are asked to consider their contribution .*Appendix B/, includes: [SAME, /quantitative and qualitative/, /non-prescriptive/], excludes: [/^Yes\b/m], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'weighting for a £150k cheshire west contract?', council: CWAC, includes: [pct(10)], source: SRC.cwac },
    { q: 'and what do they get scored on?', council: CWAC, firstLine: /^Bidders are asked to consider .*TOMs/, includes: [/range of measures/], source: SRC.cwac },
  ]),
  ...kind('document facts', [
    { q: 'what are bidders scored against in cwac?', council: CWAC, firstLine: /^Bidders are asked to consider .*Appendix B/, includes: [/non-prescriptive/], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    { q: 'do stockport suppliers have to have a carbon reduction plan now?', council: STOCKPORT, firstLine: /^No, not as a requirement: .*Tender documentation/, includes: [/mandatory by 2024/], source: SRC.statement },
  ]),
  // Policy, Procurement (vii): commitments are contractually binding; "the Council may accept
  // alternative social value, however this must provide an equivalent value"; over £100,000 it reserves
  // the right to reduce contractual payments. "Do we just accept that?" is answered with the condition.
  ...kind('verdict', [
    { q: "hi - supplier on one of our cwac highways contracts (approx £400k) has told us they can't do the 2 apprenticeships they committed to because the site's delayed. they've offered some school visits instead. contract manager is asking whether we just accept that?? what does the policy actually say", council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [/contractually binding/, OVER_100K, /reduce contractual payments/], excludes: [/^Yes\b/m], source: SRC.cwac },
    { q: "our cwac supplier (£60k contract) can't deliver the jobs they promised, do we just accept it?", council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [/do not apply/], source: SRC.cwac },
    { q: "cwac, £150k contract: the supplier can't deliver their social value commitments and has offered volunteering instead. do we have to accept that?", council: CWAC, firstLine: /^Only if .*equivalent value/, includes: [/reduce contractual payments/], source: SRC.cwac },
  ]),
];

const HELD_OUT_13B: OfficerRow[] = [
  // Policy, Procurement (iv): "above £100,000 total value) 10% … This standard weighting could be varied
  // on a case by case basis as appropriate": a standard, not a floor, so a lower figure is a justified
  // variation, not a flat no.
  ...kind('verdict', [
    { q: 'cwac cleaning contract, half a million. can we go 5% on sv instead of the usual?', council: CWAC, firstLine: /^Only as a justified case-by-case variation: 5% is below .*standard weighting of 10%/, includes: [CASE_BY_CASE], excludes: [/^No\b/, /minimum (?:weighting )?of 10%/i], source: SRC.cwac },
    { q: 'can we use 7% rather than the 10% on a £300k cheshire west tender', council: CWAC, firstLine: /^Only as a justified case-by-case variation: 7% is below/, includes: [pct(10), CASE_BY_CASE], excludes: [/^No\b/], source: SRC.cwac },
    { q: "cwac £200k, I've set SV at 8%. Any issue?", council: CWAC, firstLine: /^Only if it is not justified as a case-by-case variation/, includes: [pct(10)], source: SRC.cwac },
  ]),
  // Charter s.4: "where relevant and proportionate … a minimum weighting of 15% with an overall target of
  // 20%"; Statement s.4: SV before PID sign-off, "with very few exceptions, requiring senior officer sign
  // off", and reasons for not including it "clearly documented and scrutinised by management". "Drop it
  // to 5%" proposes a figure to judge; the exception comes straight after the verdict.
  ...kind('verdict', [
    { q: "Can I drop SV to 5% on a £1.2m stockport contract? Service lead says it's not really relevant to this one", council: STOCKPORT, firstLine: /^No: 5% is below Stockport's minimum of 15%/, includes: [pct(20)], before: [/below Stockport's minimum/, /documented and scrutinised/, SENIOR_OFFICER, PORTAL], source: SRC.charter },
    { q: "stockport £400k - can we reduce social value to 10%? the commissioner doesn't think it's relevant", council: STOCKPORT, firstLine: /^No: 10% is below Stockport's minimum of 15%/, includes: [pct(20)], before: [/below Stockport's minimum/, SENIOR_OFFICER, PORTAL], source: SRC.charter },
    { q: 'can we bring the sv weighting down to 8% on a £90k stockport tender', council: STOCKPORT, firstLine: /^No: 8% is below/, includes: [pct(15)], source: SRC.charter },
  ]),
  // Charter s.4: the 15% minimum is for "competitive procurement activity with a total agreement value
  // in excess of £25k"; Charter intro, commitment 4: the National TOMs are still used below £50k.
  // "Do I still need the 15%?" at or below £25k is a yes/no question: no.
  ...kind('verdict', [
    { q: 'stockport, £22k consultancy quote. do I still need the 15% social value in it?', council: STOCKPORT, firstLine: /^No\b/, includes: [money(25000), TOMS], excludes: [/^Yes\b/m], source: SRC.charter },
    { q: '£20k stockport job - do we still have to put 15% on it?', council: STOCKPORT, firstLine: /^No\b/, includes: [money(25000)], source: SRC.charter },
    { q: 'do i really need 15% sv on a 24k stockport contract', council: STOCKPORT, firstLine: /^No\b/, includes: [money(25000)], source: SRC.charter },
  ]),
  // Policy (iv): 10% above £100,000 is a "standard weighting [that] could be varied": yes as the standard.
  ...kind('verdict', [
    { q: 'do we have to include 10% on a cwac £300k contract?', council: CWAC, firstLine: /^Yes, as the standard\b/, includes: [CASE_BY_CASE], source: SRC.cwac },
  ]),
  // Statement s.1: "those who support the council's functions through the delivery of externally
  // contracted services, receive at least the real living wage"; s.2, among improvements committed to:
  // "Extend the expectation of becoming a Real Living Wage employer to our supply chain". Yes for the
  // one, not as a requirement for the other.
  ...kind('verdict', [
    { q: 'do our suppliers have to pay RLW? stockport', council: STOCKPORT, firstLine: /^For staff delivering the council's externally contracted services, yes\b/, includes: [/For the supply chain: .*committed to extend the expectation/], excludes: [/\bextends the expectation/], source: SRC.statement },
    { q: 'stockport - must contractors pay their staff the real living wage?', council: STOCKPORT, firstLine: /externally contracted services, yes\b/, includes: [/supply chain/], source: SRC.statement },
    // "mandatory" also appears in the s.9 priorities (training for commissioners): not what is asked.
    { q: 'is the real living wage mandatory for stockport suppliers?', council: STOCKPORT, firstLine: /externally contracted services, yes\b/, excludes: [/commissioners/i], includes: [/supply chain/], source: SRC.statement },
  ]),
  // Statement s.1: the Charter "was initially ratified in 2019 … it is due to be refreshed in 2023"; s.9,
  // the priorities for the next 12 months: "Review and refresh the Stockport Social Value Charter". No
  // document records whether the refresh has happened: not a no.
  ...kind('document facts', [
    { q: 'Is the Stockport SV charter still current? Feels old', council: STOCKPORT, firstLine: REFRESH_NOT_RECORDED, includes: [/refreshed in 2023/, /Review and refresh the Stockport Social Value Charter/, /do not record/], excludes: [/^No\b/, /^Yes\b/], source: SRC.statement },
    { q: "is the stockport charter still valid? it's from 2019", council: STOCKPORT, firstLine: REFRESH_NOT_RECORDED, includes: [/Review and refresh/, /check with procurement/], source: SRC.statement },
    { q: "is stockport's sv charter still in force?", council: STOCKPORT, firstLine: REFRESH_NOT_RECORDED, includes: [/Review and refresh/], source: SRC.statement },
  ]),
  // Policy, Clear goals: "Each measure can be monetised to show the added value in cash terms"; Appendix B
  // lists NT10 as "No. of weeks of apprenticeships on the contract - Level 2, 3 or 4+", with no £ values.
  ...kind('documents do not say', [
    { q: "what's the proxy value for a week of apprenticeship under NT10?", firstLine: /^The documents do not give a proxy \(£\) value for NT10\b/, includes: [/weeks of apprenticeships/, /monetised/], source: SRC.cwac },
    { q: 'what proxy value does NT10 have?', firstLine: DOES_NOT_SAY, includes: [/weeks of apprenticeships/], source: SRC.cwac },
    { q: 'how much is a week of NT10 apprenticeship worth?', firstLine: DOES_NOT_SAY, includes: [/weeks of apprenticeships/], source: SRC.cwac },
  ]),
];

// =============================================================================================
// Held out, round 14: written from the four documents before the bot was asked. 14A: follow-ups;
// 14B: councils, values and verdicts; 14C: the answer's first line; 14D: what the documents do not say,
// and subjects read as a near neighbour.

const HELD_OUT_14A: OfficerRow[] = [
  // Statement s.5: "A new policy is proposed to introduce … a mandatory position on … carbon reduction
  // plans by 2024"; s.2: tender documentation already asks whether suppliers have one. A new subject
  // asked with no council is asked of the council the conversation is about; "different thing" is not
  // a comparison, and "when does it become mandatory?" is answered "not yet", with the proposal's date.
  ...conversation([
    { q: 'which priority cohorts should I be targeting? stockport', council: STOCKPORT, includes: [/Care leavers/], source: SRC.statement },
    { q: 'ok different thing – when does the carbon reduction plan become mandatory for our suppliers?', council: STOCKPORT, firstLine: /^Not yet\b/, includes: [/proposed/, /by 2024/, /Tender documentation/], excludes: [/Trafford/, /Cheshire West/, /by council/i], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'stockport priority cohorts?', council: STOCKPORT, includes: [/Veterans/], source: SRC.statement, noDefault: true },
    { q: 'different question - when will carbon reduction plans be compulsory for suppliers?', council: STOCKPORT, firstLine: /^Not yet\b/, includes: [/by 2024/], excludes: [WHICH_COUNCIL, /Trafford/], source: SRC.statement, noDefault: true },
  ]),
  ...conversation([
    { q: 'what are the cohorts stockport prioritise?', council: STOCKPORT, includes: [/Ex-offenders/], source: SRC.statement, noDefault: true },
    { q: 'on a different note, do suppliers need a carbon reduction plan?', council: STOCKPORT, firstLine: /^No, not as a requirement\b/, includes: [/mandatory by 2024/], excludes: [WHICH_COUNCIL, /Trafford/], source: SRC.statement, noDefault: true },
  ]),
  // Trafford report, Recommendation(s) and 6.1: the report of 24 October 2022 recommends that the
  // Executive approves the Charter and the outline draft Action Plan; no decision is recorded.
  // "Signed off" by the Executive is a decision on the documents, not PID sign-off, and the
  // conversation's council carries to it.
  ...conversation([
    { q: 'Who should I speak to about social value at Trafford Council?', council: TRAFFORD, includes: [/07814060170/], source: SRC.trafford },
    { q: 'thanks. has the exec actually signed off the charter yet or is it still draft?', council: TRAFFORD, firstLine: /^A report for decision, recommending that the Executive approves .*; it does not record the Executive's decision\./, includes: [/recommending that the Executive approves/, /does not record the Executive's decision/], excludes: [/Procurement Initiation Document/, /\bPID\b/, /Stockport/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'who chairs the trafford steering group?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'has the executive signed off the charter and action plan?', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [/does not record the Executive's decision/], excludes: [/\bPID\b/, /Stockport/], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'did trafford exec approve the sv charter?', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [/recommending that the Executive approves/], source: SRC.trafford },
  ]),
  // Charter s.4: "attribute a minimum weighting of 15% with an overall target of 20%, in all competitive
  // procurement activity with a total agreement value in excess of £25k". A short follow-up asking
  // where the last answer comes from gets the document, its section and its words, not the help card.
  ...conversation([
    { q: 'Trafford – what weighting do we put on social value for a £300k contract?', ...traffordOver50k() },
    { q: 'is it the same in stockport?', ...sw([money(300000)]) },
    { q: 'where does it say that?', council: STOCKPORT, firstLine: /^In Stockport's Social Value Charter \(2019\), section 4\b.*minimum weighting of 15% with an overall target of 20%/, includes: [/minimum weighting of 15% with an overall target of 20%/, /in excess of £25k/], excludes: [...HELP_OR_POINTER, /Report to the Executive/], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'stockport weighting for a £60k tender', ...sw([money(60000)]) },
    { q: 'source?', council: STOCKPORT, firstLine: /^In Stockport's Social Value Charter \(2019\), section 4\b/, includes: [/[“"]Including Social Value in every procurement opportunity/], excludes: HELP_OR_POINTER, source: SRC.charter },
  ]),
  // Trafford report 4.3: the Group "is chaired by the Inclusive Economy and Communities Manager".
  ...conversation([
    { q: 'who chairs the trafford steering group?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'says who?', council: TRAFFORD, firstLine: /^In Report to the Executive: Trafford Social Value Charter and Draft Social Value Action Plan \(2022\), section 4\.3: [“"]/, includes: [/chaired by the Inclusive Economy and Communities Manager/], excludes: HELP_OR_POINTER, source: SRC.trafford },
  ]),
  // Statement s.1: "Stockport is accredited as a Real Living Wage employer and is also a member of the
  // Greater Manchester Good Employment Charter. This means that ALL our council employees, and those who
  // support the council's functions through the delivery of externally contracted services, receive at
  // least the real living wage"; Charter s.2, Our Promise: "Be a living wage employer …". "Why?" asks the
  // documents' reasons for the last answer.
  ...conversation([
    { q: 'do our care at home providers have to pay their staff the real living wage?', council: STOCKPORT, includes: [/externally contracted services/], source: SRC.statement },
    { q: 'why?', council: STOCKPORT, firstLine: /^Stockport's documents give this reason: [“"]Already, Stockport is accredited as a Real Living Wage employer/, includes: [/This means that ALL our council employees/, /Be a living wage employer/], excludes: HELP_OR_POINTER, source: SRC.statement },
  ]),
  ...conversation([
    { q: 'do stockport suppliers need to pay the living wage', council: STOCKPORT, includes: [/real living wage/i], source: SRC.statement },
    { q: 'why is that?', council: STOCKPORT, firstLine: /^Stockport's documents give this reason: .*Real Living Wage employer/, includes: [/Our Promise/], excludes: HELP_OR_POINTER, source: SRC.charter },
  ]),
  // Policy, What do we mean by social value?: the Social Value Model "provides the option for higher
  // weighting to be applied to enable a 'heavy enough score for social value to be the differentiating
  // factor'": a reason the documents give, not the band's own rule quoted again.
  ...conversation([
    { q: 'cwac weighting for £80k', ...cwac5() },
    { q: 'why is that?', council: CWAC, firstLine: /^Cheshire West and Chester's documents give this reason: .*higher weighting/, excludes: HELP_OR_POINTER, includes: [/differentiating factor/], source: SRC.cwac },
  ]),
  // Statement s.4: social value "must be included before the Procurement Initiation Document (PID) is
  // signed off", with no reason given: said plainly, with what the documents do say.
  ...conversation([
    { q: 'stockport pid sign off rules', council: STOCKPORT, includes: [/Procurement Initiation Document/], source: SRC.statement },
    { q: 'how come?', council: STOCKPORT, firstLine: /^Stockport's documents do not say why\b/, includes: [SENIOR_OFFICER], excludes: HELP_OR_POINTER, source: SRC.statement },
  ]),
  // Policy, Procurement (vii): "For contracts over £100,000 total value the Council would reserve the
  // right to reduce contractual payments"; deductions go to a social value fund. No amount, percentage
  // or cap: "how much?" of the last answer is said not to be given.
  ...conversation([
    { q: "CW&C – £250k contract. if the supplier doesn't deliver its social value can we dock their payments?", council: CWAC, firstLine: YES, includes: [/reduce contractual payments/], source: SRC.cwac },
    { q: 'how much can we take off?', council: CWAC, firstLine: DOES_NOT_SAY, includes: [/reduce contractual payments/, /social value fund/], excludes: HELP_OR_POINTER, source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac payment deductions', council: CWAC, includes: [OVER_100K], source: SRC.cwac },
    { q: 'by how much?', council: CWAC, firstLine: DOES_NOT_SAY, includes: [/social value fund/], excludes: HELP_OR_POINTER, source: SRC.cwac },
  ]),
  // "What percentage?" after the deductions asks a figure of them, not the weighting (10% above £100,000).
  ...conversation([
    { q: 'cwac payment deductions for a £300k contract', council: CWAC, includes: [/reduce contractual payments/], source: SRC.cwac },
    { q: 'what percentage?', council: CWAC, firstLine: DOES_NOT_SAY, includes: [/social value fund/], excludes: [pct(10), ...HELP_OR_POINTER], source: SRC.cwac },
  ]),
  // Charter s.4: "a minimum weighting of 15%". "Why not?" after a verdict asks for the rule it rests on.
  ...conversation([
    { q: 'is 12% enough for a £90k stockport tender?', council: STOCKPORT, firstLine: NO, includes: [pct(15)], source: SRC.charter },
    { q: 'why not?', council: STOCKPORT, firstLine: /^In Stockport's Social Value Charter \(2019\), section 4\b/, includes: [/minimum weighting of 15%/, /12% is below/], excludes: HELP_OR_POINTER, source: SRC.charter },
  ]),
  // With no answer before it, "source?" asks of nothing: what the assistant does, not a search for the word.
  ...kind('off-topic', ['source?', 'why?'].map((q) => ({ q, includes: [POINTER], excludes: NO_POLICY_ANSWER }))),
  // Policy, Engagement feedback and Delivery: Spacehive is "the Council's crowdfunding platform", a name
  // only Cheshire West and Chester's documents use. The documents chose that council, not the officer:
  // more on the same thing stays there; a subject of the officer's own goes to the default council.
  ...conversation([
    { q: "what's spacehive?", council: CWAC, includes: [/Spacehive/], source: SRC.cwac },
    { q: 'ok and what weighting do I need for a £75k services contract?', council: STOCKPORT, firstLine: /^For a £75,000 services contract, Stockport's minimum social value weighting is 15%/, includes: [/the default council here/], excludes: [/Cheshire West and Chester's standard/], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'spacehive??', council: CWAC, includes: [/crowd ?funding/i], source: SRC.cwac },
    { q: 'who leads on it', council: CWAC, includes: [/Strategy and Innovation Manager/], source: SRC.cwac },
    { q: 'right, what weighting for a 75k services contract', council: STOCKPORT, firstLine: /^For a £75,000 services contract, Stockport's minimum/, includes: [pct(20)], excludes: [/Cheshire West and Chester's standard/], source: SRC.charter },
  ]),
];

/** A misspelt or cut-short council offered back in the one-line answer itself, not refused. */
const offers = (name: string): RegExp => new RegExp(`^(?:Did you mean ${escapeRe(name)}\\?|"[^"]+" looks like ${escapeRe(name)}\\b)`);
/** No council's figures for a council only offered back: never the default council's. */
const NO_FIGURES_YET = [...HELP_OR_POINTER, pct(15), pct(20), pct(5), pct(10)];
/** The card's list of rules that do not cover the contract, naming the Social Value Portal. */
const PORTAL_NOT_COVERING = /Rules that do not cover this contract\n(?:- .*\n)*- Social Value Portal/;
/** No document says whether an extension counts towards the total agreement value. */
const EXTENSION_UNSAID = /do not say whether an extension counts/i;

const HELD_OUT_14B: OfficerRow[] = [
  // The packs' short forms for Cheshire West and Chester are "cheshire west", "ches west", "cw&c" …:
  // a form cut short word by word ("cheshire w", "ches w") or the first word alone ("cheshire") is
  // offered back, never answered for the default council; "cheshire e" is Cheshire East, not covered.
  // A one-letter slip in Stockport or Trafford is offered back in the notification line itself.
  ...kind('misspelt or uncovered council', [
    { q: 'whats the weighting in cheshire w for a 60k job', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'cheshire w', /weighting/, /60k/), firstLine: offers('Cheshire West and Chester'), excludes: NO_FIGURES_YET },
    { q: "ches w sv weighting for 80k?", ...misspelt('Cheshire West and Chester', ASK_CWAC, 'ches w', /80k/), excludes: NO_FIGURES_YET },
    { q: "what's cheshire w's weighting on a £120k tender", ...misspelt('Cheshire West and Chester', ASK_CWAC, 'cheshire w', /£120k/), excludes: NO_FIGURES_YET },
    { q: 'cheshire sv weighting for 70k', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'cheshire w', /70k/), buttons: [askWith(ASK_CWAC, /weighting for 70k/)], excludes: NO_FIGURES_YET },
    { q: 'cheshire e weighting for a 60k contract', ...uncovered },
    { q: 'stockprt sv weighting on a 30k quote?', ...misspelt('Stockport', ASK_STOCKPORT, 'stockprt', /30k/), firstLine: offers('Stockport'), excludes: NO_FIGURES_YET },
    { q: 'trafrod portal threshold for 70k', ...misspelt('Trafford', ASK_TRAFFORD, 'trafrod', /portal/, /70k/), firstLine: offers('Trafford'), excludes: NO_FIGURES_YET },
  ]),
  // Policy, Procurement (iv): "a social value weighting of 5% … This standard weighting could be varied
  // on a case by case basis as appropriate", with no upper limit. Of two figures, the one proposed is
  // judged ("more than the usual 5% – can I put it at 15%?", "from 5% to 15%"), not the one compared against.
  ...kind('verdict', [
    { q: "Cheshire West and Chester. Our £75k contract is a really community-focused service and I'd like social value to count for more than the usual 5% – can I put it at 15%?", council: CWAC, firstLine: /^Yes, as a case-by-case variation: 15% is above Cheshire West and Chester's standard weighting of 5%/, includes: [/no maximum/i], excludes: [/^Yes: 5%/m, MEETS_STANDARD], source: SRC.cwac },
    { q: 'cwac 80k contract, can we raise the weighting from 5% to 15%?', council: CWAC, firstLine: /^Yes, as a case-by-case variation: 15% is above/, includes: [pct(5), CASE_BY_CASE], excludes: [MEETS_STANDARD], source: SRC.cwac },
    { q: 'CWaC £60k - thinking of bumping sv up to 12% from the normal 5%. ok?', council: CWAC, firstLine: /^Yes, as a case-by-case variation: 12% is above/, includes: [CASE_BY_CASE], source: SRC.cwac },
    { q: 'CWaC 200k works, 10% is the standard but we want 25% - fine?', council: CWAC, firstLine: /^Yes, as a case-by-case variation: 25% is above .*standard weighting of 10%/, includes: [/no maximum/i], source: SRC.cwac },
    // Charter s.4: "a minimum weighting of 15%": the figure it is lowered to is the one judged.
    { q: 'stockport 40k tender, can we drop it from 15% to 10%?', council: STOCKPORT, firstLine: /^No: 10% is below Stockport's minimum of 15%/, includes: [pct(20)], source: SRC.charter },
  ]),
  // Executive report 2.3: STAR applies the TOMs "to all contracts over £50k"; 3.1: "All contracts over
  // £50K are reported through the Social Value Portal"; no weighting anywhere. "Half a mil" is £500,000,
  // and "the rules we need to follow" asks what applies, not something the documents do not say.
  ...kind('weighting and thresholds', [
    { q: "We're letting a Trafford framework for grounds maintenance, roughly half a mil over 5 years. What are the social value rules we need to follow?", ...traffordOver50k([money(500000)]), firstLine: /^Trafford's documents do not set a social value weighting; STAR Procurement applies the TOMs to all contracts over £50k, and all contracts over £50K are reported through the Social Value Portal/ },
    { q: 'trafford cleaning contract, about half a mill over 4 years - what sv rules apply?', ...traffordOver50k([money(500000)]) },
    { q: "We're letting a Trafford framework for grounds maintenance. What are the social value rules we need to follow?", council: TRAFFORD, includes: [TOMS, PORTAL, money(50000)], excludes: [ANY_PCT_NOT_NATIONAL, /don't say anything/], source: SRC.trafford },
    // Charter s.4: 15% minimum, 20% target "in excess of £25k".
    { q: 'two mil works contract in stockport, what weighting?', ...sw([money(2000000)]) },
  ]),
  // Statement s.4: "The National, Themes, Outcomes and Measure Framework (TOMs) / Social Value Portal is
  // used to capture and contract manage Social Value in all activity over £50k"; the Charter s.4 Portal
  // bullet is for "all competitive procurement activity … in excess of £50k". A direct award over £50k
  // is covered by the first, so the Portal is never listed as not covering it.
  ...conversation([
    { q: 'Got a £60k works contract (resurfacing) going out to open tender in Stockport – what do I need to do on social value?', ...sw([PORTAL, money(60000)]) },
    // Statement s.4: social value "for all areas (goods, works and services)": a yes, then the figures.
    { q: "does that apply to goods too? we've also got a £60k furniture supply contract", ...sw([money(60000), /goods, works and services/]), firstLine: YES },
    { q: 'and if we direct award the furniture one instead, no competition?', council: STOCKPORT, includes: [SAME, /Social value still applies/i, /all activity over £50k/, SENIOR_OFFICER], excludes: [PORTAL_NOT_COVERING], source: SRC.statement },
  ]),
  ...kind('weighting and thresholds', [
    { q: 'stockport £70k single source contract - what applies?', council: STOCKPORT, includes: [/all activity over £50k/, PORTAL], excludes: [PORTAL_NOT_COVERING], source: SRC.statement },
    { q: 'do i need the social value portal for a £60k direct award in stockport?', council: STOCKPORT, firstLine: YES, includes: [/all activity over £50k/, COMPETITIVE], source: SRC.statement },
    { q: 'is the portal needed on an 80k direct award, stockport', council: STOCKPORT, firstLine: YES, includes: [/all activity over £50k/], source: SRC.statement },
  ]),
  // Charter s.4: "a total agreement value in excess of £25k"; CWaC (iv): "a total value between £50,000 and
  // £100,000". No document says whether an optional extension counts towards that value: the total with
  // it is answered, the total without it too where the rules read differently, and the silence is said.
  ...kind('totals over years', [
    { q: 'Stockport. 12k pa, 2 yrs + optional 1 yr extension, competitive. what SV applies?', council: STOCKPORT, firstLine: /^For a £36,000 contract, Stockport's minimum social value weighting is 15%/, includes: [EXTENSION_UNSAID, /Without the extension: £24,000 over 2 years/, NO_WEIGHTING, money(25000)], excludes: [/the policies use the total agreement value\./i], derived: [36000, 24000], source: SRC.charter },
    { q: 'smbc £10k a year, 2 years plus 1 year option to extend - weighting?', council: STOCKPORT, includes: [money(30000), EXTENSION_UNSAID, /Without the extension: £20,000/, NO_WEIGHTING], derived: [30000, 20000], source: SRC.charter },
    { q: 'cwac £45k pa, 2 yrs + 1 yr extension, what weighting', ...cwac10([money(135000), EXTENSION_UNSAID, /Without the extension: £90,000/]), derived: [135000, 90000] },
    { q: 'stockport £30k pa for 3 years plus 1 year extension, weighting?', ...sw([money(120000), EXTENSION_UNSAID]), excludes: [/Without the extension/], derived: [120000] },
  ]),
  // Statement s.4: "for all areas (goods, works and services)"; "Social value is captured in all
  // procurement activity over £25k". Asked yes or no of a contract as a whole, the verdict leads.
  ...kind('verdict', [
    { q: 'does social value apply to a £70k goods contract in stockport?', council: STOCKPORT, firstLine: YES, includes: [/goods, works and services/, pct(15)], source: SRC.statement },
    { q: 'stockport £45k works job - does the sv stuff apply to works as well?', council: STOCKPORT, firstLine: YES, includes: [/goods, works and services/], source: SRC.statement },
  ]),
  ...kind('verdict', [
    { q: 'contract is 18k a year for 3 years, do i need to do SV?', council: STOCKPORT, firstLine: /^Yes: Social value is captured in all procurement activity over £25k/, includes: [money(54000), pct(15), PORTAL], derived: [54000], source: SRC.statement },
    { q: 'do I have to include social value on a £40k stockport tender?', council: STOCKPORT, firstLine: /^Yes: Social value is captured in all procurement activity over £25k/, includes: [pct(15)], source: SRC.statement },
    { q: 'stockport, 3 year contract at £15k a year - do we need social value in it?', council: STOCKPORT, firstLine: YES, includes: [money(45000)], derived: [45000], source: SRC.statement },
  ]),
  // Policy, Procurement (vii): commitments are "contractually binding"; where a supplier cannot deliver
  // one "the Council may accept alternative social value however this must provide an equivalent value
  // to what was initially proposed". A swap asked about is answered with that condition first.
  ...kind('verdict', [
    { q: "CWaC supplier can't deliver the apprenticeships they offered in their bid, they want to swap them for volunteering hours instead. is that allowed?", council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [/may accept/], excludes: [/^Payment deductions/m], source: SRC.cwac },
    { q: 'cwac: our contractor wants to switch their apprenticeship commitment for volunteering days. is that allowed?', council: CWAC, firstLine: /^Only if .*equivalent value/, includes: [/contractually binding/], source: SRC.cwac },
    { q: 'cheshire west - supplier asked to swap the jobs they promised for school visits, can we accept that?', council: CWAC, firstLine: /^Only if .*equivalent value/, includes: [/contractually binding/], source: SRC.cwac },
  ]),
];

const HELD_OUT_14C: OfficerRow[] = [
  // Statement s.2 Key Areas of Focus: the themes and the cohorts "agreed by the Corporate, Resource
  // Management and Governance (CRMG) Scrutiny Committee in November 2021". Asked for a list, the
  // first line is the list, not who agreed it.
  ...kind('document facts', [
    { q: "What are Stockport's social value priority themes?", council: STOCKPORT, firstLine: /^Stockport's priority themes: Cost of living support; Buying local\b/, includes: [/CRMG/, /Digital inclusion/], source: SRC.statement },
    { q: 'stockport sv themes?', council: STOCKPORT, firstLine: /^Stockport's priority themes: Cost of living support\b/, includes: [/Warm spaces/], source: SRC.statement },
    { q: 'which priority cohorts should I be targeting? stockport', council: STOCKPORT, firstLine: /^Stockport's priority cohorts: Care leavers and looked after children; Ex-offenders; Long term unemployed\b/, includes: [/Veterans/], source: SRC.statement },
    { q: 'what cohorts does stockport prioritise', council: STOCKPORT, firstLine: /^Stockport's priority cohorts: Care leavers\b/, includes: [/Veterans/], source: SRC.statement },
  ]),
  // Policy, Clear goals: "seven broad priorities"; Procurement (i) Minimum standards: the four
  // commitments expected "from all bidders". The list leads.
  ...kind('document facts', [
    { q: "what are cwac's priorities?", council: CWAC, firstLine: /^The seven broad priorities: Tackle the climate emergency\b/, includes: [/An efficient and empowering Council/], source: SRC.cwac },
    { q: 'cheshire west and chester: what minimum standards do all bidders need to meet?', council: CWAC, firstLine: /^Cheshire West and Chester's minimum standards for bidders: Commitment to eradicate modern slavery\b/, includes: [/fair working practices/, /from all bidders/], source: SRC.cwac },
    { q: 'cwac minimum standards for suppliers', council: CWAC, firstLine: /^Cheshire West and Chester's minimum standards for bidders: Commitment to eradicate modern slavery\b/, includes: [/health and safety legislation/], source: SRC.cwac },
  ]),
  // Statement s.7: "Match My Project is a digital, cloud-based social value brokerage system … suppliers
  // will be asked to complete projects through the platform to complete the social value requirement of
  // their contracts with the council." Quoted, the defining sentence leads and the paragraph goes on.
  ...kind('document facts', [
    { q: 'what is match my project? someone mentioned it in a stockport meeting', council: STOCKPORT, firstLine: /^"Match My Project is a digital, cloud-based social value brokerage system\b/, includes: [/suppliers will be asked to complete projects through the platform to complete the social value requirement of their contracts/, /Quoted word for word/], source: SRC.statement },
    { q: "what's match my project? stockport", council: STOCKPORT, firstLine: /^"Match My Project is a digital\b/, includes: [/social value requirement of their contracts/], source: SRC.statement },
  ]),
  // Policy, Purpose: "The council spends £300m a year with external providers …". The figure's sentence
  // leads; the label saying it is a quote follows it.
  ...kind('document facts', [
    { q: 'how much do CW&C spend with external providers a yr?', council: CWAC, firstLine: /^"The council spends £300m a year with external providers\b/, includes: [/Quoted word for word/], source: SRC.cwac },
    { q: 'what does cheshire west spend a year with external providers', council: CWAC, firstLine: /^"The council spends £300m a year\b/, includes: [money(300000000)], source: SRC.cwac },
  ]),
  // Statement s.6: "The Social Value Portal provides two training sessions a month for suppliers …
  // monthly training to Council contract managers"; "We have 4 Stockport Council employees who are
  // Level 4 CIPS qualified … and two others who are working towards their qualification." Each part
  // of the message answered, the training first.
  ...kind('multi-part', [
    {
      q: 'stockport: how often does the portal run training for suppliers and for our contract managers? and how many CIPS qualified staff have we got',
      council: STOCKPORT,
      firstLine: /^Support for contract managers and suppliers: The Social Value Portal provides monthly training to council contract managers\b/,
      includes: [/two training sessions a month for suppliers/, /4 Stockport Council employees who are Level 4 CIPS qualified/, /two others who are working towards/],
      before: [/monthly training to council contract managers/, /Level 4 CIPS/],
      source: SRC.statement,
    },
  ]),
  // Charter s.4 (15% minimum, 20% target, competitive, over £25k); Trafford report 2.3, 3.1 (no
  // weighting); Policy (iv) (5% for £50,000 to £100,000). A comparison's first line is the answer.
  ...kind('weighting and thresholds', [
    { q: 'Can you compare the SV weighting across Stockport, Trafford and Cheshire West for a £90k competitive tender?', firstLine: /^For a £90,000 contract: Stockport 15% minimum \(20% target\); Trafford sets none; Cheshire West and Chester 5% standard\.$/, includes: [CASE_BY_CASE], crossCouncil: true, source: SRC.cwac },
    { q: 'compare weightings for a 60k contract across all three councils', firstLine: /^For a £60,000 contract: .*Stockport 15% minimum \(20% target\) if competitive\b.*Trafford sets none/, includes: [pct(5)], crossCouncil: true, source: SRC.charter },
    { q: 'sv weighting stockport vs cwac for a £120k works contract', firstLine: /^For a £120,000 works contract: Stockport 15% minimum \(20% target\) if competitive; Cheshire West and Chester 10% standard\.$/, includes: [pct(10)], crossCouncil: true, source: SRC.cwac },
  ]),
  // With no value, each council's figures at every value in the first line: Charter s.4 (over £25k,
  // competitive), Policy (iv) (5% for £50,000 to £100,000; 10% above), Trafford report 2.3 (none).
  ...kind('weighting and thresholds', [
    { q: 'compare the weighting across all councils', firstLine: /^Weighting by council: Cheshire West and Chester 5% standard for £50,000 to £100,000, 10% standard over £100,000; Stockport 15% minimum \(20% target\) over £25,000 if competitive; Trafford sets none\.$/, includes: [CASE_BY_CASE], crossCouncil: true, source: SRC.cwac },
    { q: 'sv weighting stockport vs cwac?', firstLine: /^Weighting by council: Stockport 15% minimum \(20% target\) over £25,000 if competitive; Cheshire West and Chester 5% standard\b/, includes: [pct(10)], crossCouncil: true, source: SRC.charter },
  ]),
  // Charter s.4 (15% minimum; the Portal "in excess of £50k", competitive); Policy (iv) (10% above
  // £100,000, varied case by case); Trafford report 2.3, 3.1 (no weighting; the Portal "over £50K").
  // Each council's yes or no is in the first line.
  ...kind('verdict', [
    { q: 'compare weightings for £120k, is 12% ok?', firstLine: /^12% for a £120,000 contract: Cheshire West and Chester, yes, as a case-by-case variation; Stockport, no; Trafford sets no social value weighting\b/, includes: [pct(15)], crossCouncil: true, source: SRC.charter },
    { q: 'compare all 3 councils - would 8% be enough for a 70k contract?', firstLine: /^8% for a £70,000 contract: .*Stockport, no\b/, includes: [pct(15)], crossCouncil: true, source: SRC.charter },
    { q: 'Trafford and Stockport Portal for £50k', firstLine: /^The Social Value Portal for a £50,000 contract: Trafford, no; Stockport, no\.$/, includes: [PORTAL], crossCouncil: true, source: SRC.trafford },
    { q: 'stockport v trafford: do I need the portal for a £75k contract?', firstLine: /^The Social Value Portal for a £75,000 contract: Stockport, yes if competitive; Trafford, yes\.$/, includes: [PORTAL], crossCouncil: true, source: SRC.charter },
  ]),
  // Policy, Procurement (i): "Before the Council applies any social value requirements to any procurement
  // process, it would expect the minimum standards from all bidders": no value threshold, so yes under
  // £50k too. Both parts answered, the standards first; nothing on turnover thresholds (ii).
  ...kind('multi-part', [
    {
      q: 'cheshire west and chester: what minimum standards do all bidders need to meet, and does that apply to small contracts under 50k too?',
      council: CWAC,
      firstLine: /^Cheshire West and Chester's minimum standards for bidders: Commitment to eradicate modern slavery\b/,
      includes: [/Commitment to fair working practices/, /Yes: Cheshire West and Chester's rule on minimum standards for bidders covers contracts under £50,000/],
      excludes: [/financial turnover thresholds/],
      before: [/Commitment to fair working practices/, /Yes: /],
      source: SRC.cwac,
    },
    { q: "what are cwac's minimum standards for bidders? do they apply below £50k?", council: CWAC, firstLine: /^Cheshire West and Chester's minimum standards for bidders: Commitment to eradicate modern slavery\b/, includes: [/Yes: .*covers contracts under £50,000/], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    { q: 'cwac: do the minimum standards apply to contracts under 50k?', council: CWAC, firstLine: /^Yes: Cheshire West and Chester's rule on minimum standards for bidders covers contracts under £50,000\b/, includes: [/from all bidders/], source: SRC.cwac },
  ]),
];

const HELD_OUT_14D: OfficerRow[] = [
  // Executive report 2.1 (STAR): "Results are reported quarterly through 5 STAR Measures at the STAR
  // Board and Joint Committee. These measures are shared periodically with the Trafford Audit
  // Committee." How results are reported, and to whom, asks the route, not the results (3.1).
  ...kind('document facts', [
    { q: "How does STAR report Trafford's social value results, and to whom?", council: TRAFFORD, firstLine: /quarterly through 5 STAR Measures/, includes: [/STAR Board and Joint Committee/, /Trafford Audit Committee/], excludes: [/53p/], source: SRC.trafford },
    { q: "who does star report trafford's sv results to?", council: TRAFFORD, firstLine: /quarterly through 5 STAR Measures/, includes: [/Trafford Audit Committee/], excludes: [/53p/], source: SRC.trafford },
    { q: 'trafford - how are the social value results reported?', council: TRAFFORD, firstLine: /quarterly through 5 STAR Measures/, includes: [/STAR Board/], excludes: [/53p/], source: SRC.trafford },
  ]),
  // Statement s.8: the Portal's figures (43 new contracts in 2022/23, a £14.2m commitment, £2.2m
  // delivered; 57.84% of commitments delivered since 2019), but no share of tenders meeting the 20%
  // target. Trafford's report 3.1 gives 76.4% of spend retained, not a share of tenders. The share asked
  // is not given; the 57.84% is a share of commitments.
  ...kind('documents do not say', [
    { q: "What proportion of Stockport's tenders actually hit the 20% target last year?", council: STOCKPORT, firstLine: /do not give how many, or what share, met that target\b/, includes: [/43 new contracts/, /£14\.2m/, /£2\.2m/], source: SRC.statement },
    { q: 'what % of stockport tenders hit the target in 22/23', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [/43 new contracts/], source: SRC.statement },
    { q: 'what proportion of stockport bids met the 15% minimum', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [/43 new contracts/], source: SRC.statement },
    { q: 'what % of trafford tenders reached the target', council: TRAFFORD, firstLine: /do not give how many, or what share, met that target\b/, includes: [/53p/], source: SRC.trafford },
    // A count of contracts on the Portal is not a count of those that met the target.
    { q: 'how many stockport contracts met the 20% target?', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [/43 new contracts/], source: SRC.statement },
  ]),
  // Executive report 6.2: the Local Plan "could consider including a policy on Social Value to encourage
  // all developments above an agreed threshold": no figure, and the £50k contract threshold is another
  // thing. 6.7: "a project has been put forward … to fund a dedicated Social Value Co-ordinator": no
  // start date, grade or salary. A figure asked that the passage lacks is said to be missing first.
  ...kind('documents do not say', [
    { q: "Trafford's report mentions the Preston Model – what's the development threshold for the planning policy?", council: TRAFFORD, firstLine: DOES_NOT_SAY, includes: [/agreed threshold/], excludes: [money(50000)], source: SRC.trafford },
    { q: 'what is the threshold for developments under the preston model in trafford?', council: TRAFFORD, firstLine: DOES_NOT_SAY, includes: [/agreed threshold/], excludes: [money(50000)], source: SRC.trafford },
    { q: "When's Trafford's Social Value Co-ordinator starting and what's the salary?", council: TRAFFORD, firstLine: /do not give a date or a salary\b/, includes: [/fund a dedicated Social Value Co-ordinator/], excludes: [/\b(?:has been|was) (?:appointed|recruited)\b|\bis in post\b/], source: SRC.trafford },
    { q: 'when will the trafford social value coordinator start, and what grade is the post?', council: TRAFFORD, firstLine: DOES_NOT_SAY, includes: [/Shared Prosperity/], source: SRC.trafford },
    { q: "what pay grade is trafford's sv co-ordinator", council: TRAFFORD, firstLine: DOES_NOT_SAY, includes: [/fund a dedicated Social Value Co-ordinator/], source: SRC.trafford },
  ]),
  // Policy, Delivery and evaluation: "The Social Value Portal will be engaged to provide a web platform
  // to monitor the progress": no Portal figures. Where are we now?: as at April 2021, the two
  // developments' 508 weeks of apprenticeships … and "in excess of £20m" spent locally, not the Portal's.
  ...kind('documents do not say', [
    { q: 'How much social value has Cheshire West & Chester delivered through the Social Value Portal so far?', council: CWAC, firstLine: /do not give .*Social Value Portal/, includes: [/will be engaged/, /508 weeks of apprenticeships/], excludes: [money(25768467), /£24m/], source: SRC.cwac },
    { q: 'how much has cwac delivered through the portal?', council: CWAC, firstLine: /do not give .*Social Value Portal/, includes: [/will be engaged/, /April 2021/], source: SRC.cwac },
    { q: 'how much social value has cheshire west and chester recorded on the portal', council: CWAC, firstLine: /do not give .*Social Value Portal/, includes: [/will be engaged/], source: SRC.cwac },
  ]),
  // Statement s.4: "Where the Council maintains or supports a wholly owned company or joint venture
  // opportunities there is an expectation that this arrangement continues to follow the Council's
  // approach to maximise Social Value." A value given in passing does not make it a weighting question:
  // the company's position leads, then what applies to the value (Charter s.4).
  ...kind('document facts', [
    { q: "Our wholly owned company is procuring a £200k contract. Stockport. Do they have to follow the council's social value approach or can they do their own thing?", council: STOCKPORT, firstLine: /wholly owned company .*follow the Council's approach/, includes: [pct(15), pct(20)], source: SRC.statement },
    { q: "stockport joint venture tendering a £90k contract - does the council's social value approach apply to them?", council: STOCKPORT, firstLine: /joint venture .*follow the Council's approach/, includes: [pct(15)], source: SRC.statement },
    { q: '£300k contract being let by our wholly owned company in stockport, what applies?', council: STOCKPORT, firstLine: /wholly owned company/, includes: [pct(15), PORTAL], source: SRC.statement },
  ]),
];

// Held out, round 15: written from the four documents before the bot was asked. 15A: what the
// documents do say, said not to be there; 15B: verdicts and plain 'not given'; 15C: the answer's first
// line and lists; 15D: TOMs and what a quote shows.

const HELD_OUT_15A: OfficerRow[] = kind('document facts', [
  // Exec Other Options, Option Two: "The use of nominated Social Value leads across all departments has
  // also been considered." A passage in the officer's own words beside the report's is quoted, not "not covered".
  { q: 'Did Trafford consider just using nominated social value leads in each department instead of paying for a new post?', council: TRAFFORD, firstLine: /nominated Social Value leads across all departments/, includes: [/considered/], excludes: [/don't say anything about that/], source: SRC.trafford },
  { q: 'trafford: was using nominated leads in every department considered instead of a new post?', council: TRAFFORD, includes: [/nominated Social Value leads/], excludes: [/don't say anything about that/], source: SRC.trafford },
  // Exec 1.1: social value "at no extra cost to the Council".
  { q: 'Does the Trafford report suggest social value comes at an extra cost to the council?', council: TRAFFORD, firstLine: /benefits for local communities at no extra/, includes: [/no extra cost to the Council/], excludes: [/don't say anything about that/], source: SRC.trafford },
  { q: 'trafford: is there an extra cost to the council from social value?', council: TRAFFORD, includes: [/no extra cost to the Council/], excludes: [/don't say anything about that/], source: SRC.trafford },
  // Exec Implications, Legal: "The Public Services (Social Value) Act 2012 came into force on 31st January 2013."
  { q: 'which legislation does the trafford report refer to?', council: TRAFFORD, firstLine: /Public Services \(Social Value\) Act 2012/, includes: [/31(?:st)? January 2013/], excludes: [/don't say anything about that/], source: SRC.trafford },
]);

const HELD_OUT_15B: OfficerRow[] = [
  // Statement s.7: the Steering Group completes the Maturity Index annually as a self-assessment; no
  // rating or level for Stockport is given (Trafford's "developing to becoming an innovator" is Exec 2.2).
  ...conversation([
    { q: 'how was Trafford rated on the social value maturity index?', council: TRAFFORD, includes: [/developing to becoming an innovator/], source: SRC.trafford },
    { q: 'what about stockport?', council: STOCKPORT, firstLine: /do not give a level or rating/, includes: [/self-assessment/], excludes: [/becoming an innovator/], source: SRC.statement },
  ]),
  ...kind('documents do not say', [
    { q: 'what maturity index rating has stockport got?', council: STOCKPORT, firstLine: /do not give a level or rating/, includes: [/self-assessment/], source: SRC.statement },
    { q: 'whats our score on the maturity index', council: STOCKPORT, firstLine: /do not give a level or rating/, includes: [/Maturity Index/], source: SRC.statement },
  ]),
  // Exec 3.2: the UA92 event "was attended by over 200 Hong Kong newcomers"; it helped "a number of the
  // Hong Kongers move forward into employment": no number got into work.
  ...kind('documents do not say', [
    { q: 'How many of the Hong Kong newcomers who went to the UA92 event actually got into work?', council: TRAFFORD, firstLine: /do not give that number/, includes: [/Hong Kong/], excludes: [/\b\d+ (of them|got|found|moved)\b/], source: SRC.trafford },
    { q: 'how many of the hong kongers that attended the UA92 event found jobs?', council: TRAFFORD, firstLine: /do not give that number/, includes: [/Hong Kong/], excludes: [/\b\d+ (of them|got|found|moved)\b/], source: SRC.trafford },
    { q: 'trafford - how many of the newcomers who came to the employment support event got a job?', council: TRAFFORD, firstLine: /do not give that number/, includes: [/Hong Kong/], excludes: [/\b\d+ (of them|got|found|moved)\b/], source: SRC.trafford },
  ]),
  // Statement s.9, priorities for the next 12 months: "Deliver the social value training to ALL council
  // commissioners by making it a mandatory requirement"; s.6: the training package is available now.
  ...kind('verdict', [
    { q: 'is social value training compulsory for commissioners yet or not', council: STOCKPORT, firstLine: /^Not yet\b/, includes: [/mandatory requirement/], excludes: [/^Yes\b/], source: SRC.statement },
    { q: 'is the sv training mandatory for commissioners now?', council: STOCKPORT, firstLine: /^Not yet\b/, includes: [/ALL council commissioners/], source: SRC.statement },
    { q: 'do commissioners have to do social value training in stockport?', council: STOCKPORT, firstLine: /^Not yet\b/, includes: [/next 12 months/], source: SRC.statement },
  ]),
  // Statement s.2, Key Areas of Focus: the themes (cost of living support, buying local, … warm spaces,
  // digital inclusion, Stockport CAN) and the cohorts (care leavers, ex-offenders, long term unemployed,
  // preparing for adulthood, veterans). Asked whether something is one of them: yes or no first.
  ...kind('verdict', [
    { q: 'Is food poverty one of our social value priority themes?', council: STOCKPORT, firstLine: /^No: food poverty is not one of Stockport's priority themes/, includes: [/Cost of living support/, /Warm spaces/], source: SRC.statement },
    { q: 'is homelessness one of the stockport priority cohorts', council: STOCKPORT, firstLine: /^No: homelessness is not one of Stockport's priority cohorts/, includes: [/Veterans/], source: SRC.statement },
    { q: 'are veterans one of our priority cohorts?', council: STOCKPORT, firstLine: /^Yes: ["“]Veterans["”] is one of Stockport's priority cohorts/, includes: [/Veterans/], source: SRC.statement },
  ]),
];

const HELD_OUT_15C: OfficerRow[] = [
  // Statement s.4 case studies: "George Cox are involved in several projects … They cleared a 40,000m²
  // plot of urban wasteland and created a community woodland by planting 7,500 trees." The sentence
  // with the figure asked is the first line, not the one before it.
  ...kind('document facts', [
    { q: 'How many trees did George Cox plant for us?', council: STOCKPORT, firstLine: /7,500 trees/, includes: [/George Cox/], source: SRC.statement },
    { q: 'how many trees were planted by george cox in stockport', council: STOCKPORT, firstLine: /7,500 trees/, includes: [/community woodland/], source: SRC.statement },
    { q: 'george cox community woodland - how many trees?', council: STOCKPORT, firstLine: /7,500 trees/, includes: [/40,000m²/], source: SRC.statement },
  ]),
];

/** HTML mark-up (a tag such as "<ul style=…>" or "<u>"): never the documents' own words. */
const MARKUP = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;

const HELD_OUT_15D: OfficerRow[] = [
  // Policy, Clear goals: Potential social value activities is a table whose cells are bulleted lists;
  // Statement s.3 underlines some of the strategies it lists. A quote gives the words, never mark-up.
  ...kind('document facts', [
    { q: 'does cheshire west guarantee every care leaver a job?', council: CWAC, includes: [/if they request this help/], excludes: [MARKUP], source: SRC.cwac },
    { q: 'what social value activities does cheshire west list for care leavers?', council: CWAC, includes: [/Support to care leavers/], excludes: [MARKUP, /digital inclusion/], source: SRC.cwac },
    { q: 'which stockport policies and strategies include social value?', council: STOCKPORT, includes: [/Council Plan; Climate Action Now Strategy; Stockport TOMs/], excludes: [MARKUP], source: SRC.statement },
  ]),
  // Policy Appendix B, National TOMs table (Jobs, 'More opportunities for disadvantaged people'): NT5,
  // 18+ rehabilitating or ex-offenders hired; NT5a, 18-24 rehabilitating young offenders. A council named
  // does not turn a measure asked for into the council's TOMs card.
  ...kind('document facts', [
    { q: 'wat NT code is ex offenders in the TOMs? cw&c', council: CWAC, includes: [/NT5\b/, /NT5a\b/, /ex-offenders/], source: SRC.cwac },
    { q: 'which TOM measures hiring prison leavers? Cheshire West', council: CWAC, includes: [/NT5\b/, /NT5a\b/], source: SRC.cwac },
    { q: 'cheshire west - what toms are there for ex-offenders', council: CWAC, includes: [/NT5\b/, /young offenders/], source: SRC.cwac },
  ]),
];

// Round 15 open gaps, part 1: see OPEN_GAPS below for what was asked.
/** A Trafford Executive report cited (Source: line). */
const TRAFFORD_SOURCE = /^\W*sources?\W*:.*Trafford Social Value Charter and Draft/im;

const HELD_OUT_15E: OfficerRow[] = [
  // Exec Other Options, Option Two: "The use of nominated Social Value leads across all departments has
  // also been considered. This option is not preferred as it would not provide sufficient resource to
  // drive Social Value across wider stakeholders and across the Trafford Partnership." "Why not?" after
  // the quote is answered by the sentence beside it.
  ...conversation([
    { q: 'Did Trafford consider just using nominated social value leads in each department instead of paying for a new post?', council: TRAFFORD, includes: [/nominated Social Value leads/], source: SRC.trafford },
    { q: 'why not?', council: TRAFFORD, firstLine: /give this reason: .*would not provide sufficient resource to drive Social Value across wider stakeholders/, includes: [/Trafford Partnership/], excludes: [...HELP_OR_POINTER, /do not say why/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford: was using nominated leads in every department considered instead of a new post?', council: TRAFFORD, includes: [/nominated Social Value leads/], source: SRC.trafford },
    { q: "why didn't they go with that?", council: TRAFFORD, firstLine: /would not provide sufficient resource/, includes: [/not preferred/], excludes: HELP_OR_POINTER, source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford - did they look at nominated social value leads across departments?', council: TRAFFORD, includes: [/nominated Social Value leads/], source: SRC.trafford },
    { q: 'how come?', council: TRAFFORD, firstLine: /would not provide sufficient resource/, includes: [/not preferred/], excludes: [/do not say why/], source: SRC.trafford },
  ]),
  // Policy, What do we mean by social value?: "Cabinet Office on 3 June 2021 released its latest
  // Procurement Policy Note (PPN05/21) setting out guidance on the National Procurement Statement
  // (NPPS)." No other note is named, so whether PPN 06/20 is followed is not said; only CWaC's own
  // document is cited (the Act's date is quoted from Trafford's report, not CWaC's policy).
  ...kind('documents do not say', [
    { q: "Does Cheshire West's policy follow PPN 06/20 on social value weighting?", council: CWAC, firstLine: /^Cheshire West and Chester's documents do not mention PPN 06\/20\b.*PPN 05\/21/, includes: [/3 June 2021/, /NPPS/], excludes: [TRAFFORD_SOURCE], source: SRC.cwac },
    { q: "is cwac's social value policy based on ppn 06/20?", council: CWAC, firstLine: /do not mention PPN 06\/20\b.*PPN 05\/21/, includes: [/3 June 2021/], excludes: [TRAFFORD_SOURCE], source: SRC.cwac },
    { q: 'does stockport follow PPN 06/20 for the weighting?', council: STOCKPORT, firstLine: /^Stockport's documents do not mention PPN 06\/20\b/, includes: [pct(15)], excludes: [TRAFFORD_SOURCE], source: SRC.charter },
  ]),
  // Policy, What do we mean by social value?: the central government 10% and PPN05/21; asked of CWaC,
  // the Act's date from Trafford's report is not cited.
  ...kind('shared by the councils', [
    { q: 'does cheshire west have a 10% weighting like central government?', council: CWAC, includes: [/central government/], excludes: [TRAFFORD_SOURCE], source: SRC.cwac },
  ]),
  // Policy, Policy interventions: Employment (i): "Further work to support all our care leavers with the
  // offer of a job with the Council or one of its suppliers, work experience or training if they request
  // this help". Asked whether it is guaranteed: no, first, as the documents make it conditional.
  ...kind('verdict', [
    { q: 'does cheshire west guarantee every care leaver a job?', council: CWAC, firstLine: /^No, not as a guarantee\b/, includes: [/if they request this help/], excludes: [MARKUP], source: SRC.cwac },
    { q: 'are care leavers guaranteed a job at cwac?', council: CWAC, firstLine: /^No, not as a guarantee\b/, includes: [/if they request this help/], source: SRC.cwac },
    { q: 'will cheshire west automatically give all care leavers a job?', council: CWAC, firstLine: /^No, not as a guarantee\b/, includes: [/offer of a job/], source: SRC.cwac },
  ]),
  // Not asked whether it is assured: the quote alone, no verdict.
  ...kind('document facts', [
    { q: 'does cheshire west offer care leavers jobs?', council: CWAC, firstLine: /^["“]Further work to support all our care leavers\b/, includes: [/if they request this help/], source: SRC.cwac },
  ]),
  // Policy, Procurement (vi) Relevancy and proportionality: "The council may prioritise certain social
  // value measures however the overall approach will remain non-prescriptive. Bidders will be provided
  // with a range of measures to select from …". Engagement Feedback: "Once the policy is embedded the
  // Council will pilot targeting specific social value outcomes on a specific procurement or
  // commissioning exercise." Stockport's documents say nothing either way.
  ...kind('verdict', [
    { q: 'Can CWaC make every bidder commit to one specific TOM, say tree planting?', council: CWAC, firstLine: /^No: Cheshire West and Chester's policy leaves the choice of measures to bidders\./, includes: [/non-prescriptive/, /range of measures to select from/, /pilot targeting specific social value outcomes/], excludes: [/^\W*Yes\b/im], source: SRC.cwac },
    { q: 'can we require all bidders in cheshire west to deliver a particular TOM?', council: CWAC, firstLine: /^No\b/, includes: [/non-prescriptive/], excludes: [/^\W*Yes\b/im], source: SRC.cwac },
    { q: 'cwac - can I insist suppliers pick a specific measure like tree planting?', council: CWAC, firstLine: /^No\b/, includes: [/non-prescriptive/, /Once the policy is embedded/], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: 'can stockport make every bidder commit to one specific TOM?', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [TOMS], excludes: [/^\W*Yes\b/im], source: SRC.statement },
  ]),
];

// Round 15 open gaps, part 2: see OPEN_GAPS below for what was asked.
const HELD_OUT_15F: OfficerRow[] = [
  // Policy, A proposed vision for the future: "By 2023 we will be a leader in social value, …"; "Our
  // vision is in line with our priorities …" follows it. Clear goals: the seven broad priorities. The
  // vision asked for leads, and the priorities asked beside it are listed in the first view.
  ...kind('document facts', [
    { q: "what's cwac's social value vision and what are the seven priorities it's built on?", council: CWAC, firstLine: /^By 2023 we will be a leader in social value\b/, includes: [/seven broad priorities: Tackle the climate emergency; A fairer future/], before: [/leader in social value/, /seven broad priorities: Tackle the climate emergency/], source: SRC.cwac },
    { q: "what is cheshire west's social value vision?", council: CWAC, firstLine: /^By 2023 we will be a leader in social value\b/, includes: [/harnessing our purchasing power and employer role/], source: SRC.cwac },
    { q: "cw&c: what's the vision for social value, and what priorities sit under it?", council: CWAC, firstLine: /^By 2023 we will be a leader in social value\b/, includes: [/Tackle the climate emergency; A fairer future/], source: SRC.cwac },
    // Charter, Introduction: "… commitment to delivering a Social Value vision where the Council,
    // businesses, third sector partners and voluntary groups work together …".
    { q: "what's stockport's social value vision?", council: STOCKPORT, firstLine: /Social Value vision where the Council, businesses, third sector partners and voluntary groups work together\b/, includes: [/Stockport Local/], source: SRC.charter },
  ]),
  // Policy Appendix B, the corporate priority → linked social value themes table: tackling the climate
  // emergency, Environment only; a fairer future (the poverty emergency), Jobs, Growth and Social.
  ...kind('document facts', [
    { q: "In CWaC's policy, which social value themes are linked to tackling the climate emergency?", council: CWAC, firstLine: /climate emergency: Environment\.$/, includes: [/Environment/], source: SRC.cwac },
    { q: 'cheshire west - what TOMs themes does the climate emergency priority link to?', council: CWAC, firstLine: /climate emergency: Environment\.$/, includes: [/Environment/], source: SRC.cwac },
    { q: 'which themes link to the poverty emergency priority in cwac?', council: CWAC, firstLine: /poverty emergency: Jobs, Growth and Social\.$/, includes: [/Growth/], source: SRC.cwac },
  ]),
  // Policy, Procurement (ii): "The Council will aim to make bidding for council contracts much easier,
  // particularly for smaller businesses. This will be assisted by:" turnover thresholds, lots or
  // consortia, paying local suppliers in less than 30 days, meet the buyer events. Asked what it does
  // to make bidding easier ("make", "small firms"), that list leads, not the line on proportionality.
  ...conversation([
    { q: 'What minimum standards does Cheshire West and Chester expect from all bidders?', council: CWAC, firstLine: /^Cheshire West and Chester's minimum standards for bidders: Commitment to eradicate modern slavery\b/, includes: [/fair working practices/], source: SRC.cwac },
    { q: 'and what are they doing to make bidding easier for small firms?', council: CWAC, firstLine: /^Making bidding easier for smaller businesses: Reviewing financial turnover thresholds\b/, includes: [/divided into lots/, /in less than the current standard of 30 days/, /meet the buyer events/], source: SRC.cwac },
  ]),
  ...kind('document facts', [
    { q: 'cheshire west - what are they doing to make it easier for small companies to bid?', council: CWAC, firstLine: /^Making bidding easier for smaller businesses: Reviewing financial turnover thresholds\b/, includes: [/consortia of bidders/], source: SRC.cwac },
    { q: 'what does cwac do to make tendering easier for small firms?', council: CWAC, firstLine: /^Making bidding easier for smaller businesses: Reviewing financial turnover thresholds\b/, includes: [/meet the buyer events/], source: SRC.cwac },
  ]),
  // Statement s.5: the council aims to support suppliers through education and peer learning: the
  // Stockport Climate Action Business Forum, new climate change training for SMEs, Bee Net Zero, the
  // Growth Company, signposting existing suppliers. Asked what help there is, the whole list leads,
  // not the one route the rest of the words happen to share ("… the basis of a carbon reduction plan").
  ...kind('document facts', [
    { q: 'What help is there for small suppliers to get ready for the carbon reduction plan requirement?', council: STOCKPORT, firstLine: /^Support for suppliers: The Stockport Climate Action Business Forum\b/, includes: [/Bee Net Zero/, /The Growth Company/, /Signposting existing suppliers/], source: SRC.statement },
    { q: 'what support is there for SMEs to get a carbon reduction plan in place?', council: STOCKPORT, firstLine: /^Support for suppliers: The Stockport Climate Action Business Forum\b/, includes: [/Bee Net Zero/], source: SRC.statement },
    { q: 'how can small businesses get help with carbon reduction plans in stockport?', council: STOCKPORT, firstLine: /^Support for suppliers: The Stockport Climate Action Business Forum\b/, includes: [/New climate change training for SMEs/], source: SRC.statement },
    { q: 'what support does stockport offer suppliers on net zero?', council: STOCKPORT, firstLine: /^Support for suppliers: The Stockport Climate Action Business Forum\b/, includes: [/Signposting existing suppliers/], source: SRC.statement },
  ]),
];

// Round 15 open gaps, part 3: see OPEN_GAPS below for what was asked.
const HELD_OUT_15G: OfficerRow[] = [
  // Statement s.8: since 2019 the Portal has recorded £25,768,467 delivered; "Over the last financial
  // year 2022/23, 43 new contracts … This equates to £14.2m social value commitment. £2.2m has already
  // been delivered". Asked for the last financial year alone, that year's figures lead.
  ...conversation([
    { q: 'How much social value has the portal recorded for us since it launched?', council: STOCKPORT, firstLine: /^Since the Social Value Portal was launched in 2019\b/, includes: [money(25768467)], source: SRC.statement },
    { q: 'and just last financial year?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts\b/, includes: ['£14.2m', '£2.2m'], excludes: [DOES_NOT_SAY, /Wilmott Dixon/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'how much social value has stockport secured through the portal so far?', council: STOCKPORT, includes: [money(25768467)], source: SRC.statement },
    { q: 'what about the previous financial year?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts\b/, includes: ['£14.2m', '£2.2m'], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  // "The last reporting year" asks for a period, as "the last financial year" does, not about reporting.
  ...conversation([
    { q: 'How much social value has the portal recorded for us since it launched?', council: STOCKPORT, includes: [money(25768467)], source: SRC.statement },
    { q: 'and for the last reporting year only?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts\b/, includes: ['£14.2m', '£2.2m'], excludes: [DOES_NOT_SAY, /Scrutiny Committee/], source: SRC.statement },
  ]),
  ...kind('document facts', [
    { q: 'how much sv did we get last financial year', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts\b.*£14\.2m/, includes: ['£2.2m'], excludes: [DOES_NOT_SAY], source: SRC.statement },
    { q: 'how much social value did stockport secure last financial year?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts\b.*£14\.2m/, includes: ['£2.2m'], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  // Policy, Purpose: "The council spends £300m a year with external providers …"; "The Council directly
  // employs around 3,082 individuals" (and Where are we now?: "all of our 3,082 directly employed").
  // "It" in the second part is the council, not the spend the first part asked about.
  ...kind('multi-part', [
    { q: 'how much does cheshire west spend with external providers every year, and how many staff does it employ directly?', council: CWAC, firstLine: /£300m a year with external providers/, includes: [/3,082/], before: [/£300m/, /3,082/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
    { q: 'what does cheshire west spend with external providers a year, and how many staff do they employ?', council: CWAC, includes: [/3,082/], before: [/£300m/, /3,082/], excludes: [DOES_NOT_SAY, /2 days that staff/], source: SRC.cwac },
    { q: "cwac - what's its annual spend with external providers and how many people does it employ?", council: CWAC, includes: [/3,082/], before: [/£300m/, /3,082/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
  ]),
  // Policy (iii): "The procurement team will support officers …"; Delivery and evaluation: "Officer
  // support will be put in place …"; Engagement Feedback: a single point of contact for queries, "All to
  // be addressed in the roll-out of the policy". No social value officer or email is named; the only
  // email address is for information in other formats ("please email us at: equalities@…").
  ...kind('documents do not say', [
    { q: 'is there a named social value officer at cheshire west i can email?', council: CWAC, firstLine: /do not give a social value email address/, includes: [/names no individual contact/, /procurement team/i, /will be put in place/, /single point of contact/, /other format.*equalities@/], excludes: [/don't say anything about that/], source: SRC.cwac },
    { q: 'is there someone at cwac i can email about social value?', council: CWAC, firstLine: /do not give a social value email address/, includes: [/procurement team/i, /equalities@/], excludes: [/don't say anything about that/], source: SRC.cwac },
    { q: 'cheshire west sv officer email?', council: CWAC, firstLine: /do not give a social value email address/, includes: [/names no individual contact/, /equalities@/], source: SRC.cwac },
    { q: "what's the email address for the social value team at cwac?", council: CWAC, firstLine: /do not give a social value email address/, includes: [/procurement team/i, /equalities@/], source: SRC.cwac },
    // Statement s.6: staff are directed "to key contacts within STAR and the Council"; no email.
    { q: 'can i email someone in stockport about social value?', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [/key contacts within STAR and the Council/i], excludes: [/don't say anything about that/, /@/], source: SRC.statement },
  ]),
  // Exec Implications: "Risk Management Implications: None as a consequence of this report."; the
  // nearest it comes is resourcing (Financial: "The delivery of the Action Plan will require additional
  // resources … the Shared Prosperity Fund has been highlighted as a potential opportunity for short
  // term funding"; Resource Implications; 6.7).
  ...kind('document facts', [
    { q: 'what are the main risks flagged in the trafford social value report?', council: TRAFFORD, firstLine: /Risk Management Implications say: "None as a consequence of this report\."/, includes: [/additional resources/, /Shared Prosperity Fund/], excludes: [/don't say anything about that/], source: SRC.trafford },
    { q: 'does the trafford report identify any risks?', council: TRAFFORD, firstLine: /None as a consequence of this report/, includes: [/Shared Prosperity Fund/], excludes: [/don't say anything about that/], source: SRC.trafford },
    { q: 'what risks does the trafford exec report mention?', council: TRAFFORD, firstLine: /None as a consequence of this report/, includes: [/additional resources/], excludes: [/don't say anything about that/], source: SRC.trafford },
    { q: "what are the key risks in trafford's social value plan?", council: TRAFFORD, firstLine: /None as a consequence of this report/, includes: [/Shared Prosperity Fund/], excludes: [/compliance with the Act/], source: SRC.trafford },
  ]),
];

// Round 15 open gaps, part 4: see OPEN_GAPS below for what was asked.
const HELD_OUT_15H: OfficerRow[] = [
  // Exec 2.7: communities were consulted on their priority needs "in order to guide where assistance and
  // offers of help and information can be provided. It is intended that this information will be
  // collected on a regular basis and used to communicate with businesses as to where they should focus
  // their Social Value commitments." Asked how it will be used, that leads, not the priorities again (2.8).
  ...conversation([
    { q: "What did Trafford's communities say their priorities were in the social value consultation?", council: TRAFFORD, includes: [/Social isolation/], source: SRC.trafford },
    { q: 'how are they going to use it?', council: TRAFFORD, firstLine: /collected regularly and used to tell businesses where to focus their Social Value commitments/, includes: [/guide where assistance and offers of help/], excludes: [/^\W*Consultation with Trafford's communities/m], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford community priorities', council: TRAFFORD, includes: [/Social isolation/], source: SRC.trafford },
    { q: 'how will they be used?', council: TRAFFORD, firstLine: /used to tell businesses where to focus/, includes: [/Social Value commitments/], excludes: HELP_OR_POINTER, source: SRC.trafford },
  ]),
  // Statement s.6: "Stockport has agreed to focus on those TOMs which specifically relate to its priority
  // cohorts and themes". Asked how the cohorts are used, that passage is quoted.
  ...conversation([
    { q: 'stockport priority cohorts', council: STOCKPORT, includes: [/Veterans/], source: SRC.statement },
    { q: 'how will they be used?', council: STOCKPORT, firstLine: /focus on those TOMs which specifically relate to its priority cohorts/, includes: [/priority cohorts and themes/], excludes: HELP_OR_POINTER, source: SRC.statement },
  ]),
  // Statement s.5, routes of support: "New climate change training for SMEs, developed jointly by the CAN
  // team, Manchester Metropolitan University and local businesses. A key outcome for businesses taking
  // part in the course will be the creation and development of a sustainability action plan, which could
  // serve as the basis for a carbon reduction plan …". "That training" after the support for suppliers is
  // that course, not the council's training package for commissioners (s.6).
  ...conversation([
    { q: 'What help is there for small suppliers to get ready for the carbon reduction plan requirement?', council: STOCKPORT, includes: [/Manchester Metropolitan University/], source: SRC.statement },
    { q: 'who put that training together and what do businesses get out of it?', council: STOCKPORT, firstLine: /CAN team, Manchester Metropolitan University and local businesses, leading to a sustainability action plan/, includes: [/basis (?:of|for) a carbon reduction plan/], excludes: [/^[^\n]*\bcommissioners\b/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what support is there in stockport for SMEs on carbon reduction plans?', council: STOCKPORT, includes: [/Manchester Metropolitan University/], source: SRC.statement },
    { q: 'who developed that training?', council: STOCKPORT, firstLine: /CAN team, Manchester Metropolitan University and local businesses/, includes: [/climate change training for SMEs/], excludes: [/^[^\n]*\bcommissioners\b/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what support is there in stockport for SMEs on carbon reduction plans?', council: STOCKPORT, includes: [/Manchester Metropolitan University/], source: SRC.statement },
    { q: 'what do businesses get from that training?', council: STOCKPORT, firstLine: /sustainability action plan/, includes: [/carbon reduction plan/], excludes: [/^[^\n]*\bcommissioners\b/], source: SRC.statement },
  ]),
  // Exec Implications, Legal: "The Public Services (Social Value) Act 2012 came into force on 31st January
  // 2013." Asked which legislation and since when, the Act and its date lead.
  ...kind('document facts', [
    { q: 'what legislation does the trafford report rely on, and when did it come into force?', council: TRAFFORD, firstLine: /Public Services \(Social Value\) Act 2012 came into force on 31 January 2013/, includes: [/legal obligation/], excludes: [/don't say anything about that/, /do not give a date/], source: SRC.trafford },
    { q: "what legislation is trafford's social value work based on and when did it start?", council: TRAFFORD, firstLine: /Public Services \(Social Value\) Act 2012 came into force on 31 January 2013/, includes: [/legal obligation/], excludes: [/do not give a date/], source: SRC.trafford },
  ]),
  // Exec 5.1, the Charter's broad principles: residents' access to quality learning, training and jobs;
  // communities happy, healthy and safe; businesses and town centres supported to recover and flourish.
  // Exec 6.3, the action plan's themes. Both parts are answered, in the order asked.
  ...kind('multi-part', [
    { q: "Can you summarise the broad principles in Trafford's proposed charter and the themes the draft action plan is organised around?", council: TRAFFORD, includes: [/quality learning, training and jobs/, /happy, healthy and safe/, /recover and flourish/, /Internal Management; Engagement; Policy and Scope/], before: [/quality learning, training and jobs/, /Internal Management/], source: SRC.trafford },
    { q: "what are the principles of trafford's charter and the themes of the action plan?", council: TRAFFORD, firstLine: /Charter principles: All our residents will have access to quality learning/, includes: [/Internal Management; Engagement/], before: [/recover and flourish/, /Internal Management/], source: SRC.trafford },
    { q: "summarise the principles in Trafford's charter and the themes its action plan covers", council: TRAFFORD, firstLine: /Charter principles: All our residents/, includes: [/Internal Management; Engagement/], before: [/happy, healthy and safe/, /Internal Management/], source: SRC.trafford },
  ]),
];

// Held out, round 16, part 1.
const HELD_OUT_16A: OfficerRow[] = [
  // Statement s.2, Key Areas of Focus: the priority themes (cost of living support … Stockport CAN
  // Strategy), "agreed by the Corporate, Resource Management and Governance (CRMG) Scrutiny Committee, in
  // November 2021". Asked what they are and who agreed them: the themes lead, then who agreed them.
  ...kind('multi-part', [
    { q: 'what themes are we prioritising for social value and who agreed them?', council: STOCKPORT, firstLine: /^Stockport's priority themes: Cost of living support; Buying local/, includes: [/Digital inclusion/, /Stockport CAN/, /CRMG\) Scrutiny Committee/], before: [/Cost of living support/, /Scrutiny Committee in November 2021/], source: SRC.statement },
    { q: 'which themes is stockport prioritising, and who agreed them?', council: STOCKPORT, firstLine: /priority themes: Cost of living support/, includes: [/Warm spaces/, /CRMG\) Scrutiny Committee/], source: SRC.statement },
    { q: 'which themes are we prioritising in stockport and who agreed them', council: STOCKPORT, firstLine: /priority themes: Cost of living support/, includes: [/Scrutiny Committee/], source: SRC.statement },
    { q: 'what themes is stockport prioritising?', council: STOCKPORT, firstLine: /priority themes: Cost of living support/, includes: [/Digital inclusion/], source: SRC.statement },
  ]),
  // Policy, Purpose: "The council spends £300m a year with external providers"; "The Council directly
  // employs around 3,082 individuals"; Where are we now? (Employment): "Payment of local living wage to
  // all of our 3,082 directly employed and 2,700 council companies staff". Three questions parted by
  // commas: each answered, in the order asked, each with its source.
  ...kind('multi-part', [
    { q: 'Doing a briefing for members on cwac as an employer and buyer - roughly how many people does the council employ directly, how much does it spend with outside providers each year, and does everyone get the living wage?', council: CWAC, firstLine: /directly employs around 3,082 individuals/, includes: [/£300m a year with external providers/, /2,700 council companies staff/], before: [/3,082 individuals/, /£300m a year/, /local living wage/], source: SRC.cwac },
    { q: 'how many staff does cwac employ, how much does it spend with external providers a year, and is the living wage paid to all of them?', council: CWAC, firstLine: /3,082 individuals/, includes: [/£300m a year/, /local living wage/], before: [/3,082 individuals/, /£300m a year/, /local living wage/], source: SRC.cwac },
    { q: 'cheshire west: how many people does the council employ directly, how much does it spend with outside providers, and do staff get the living wage?', council: CWAC, firstLine: /3,082 individuals/, before: [/3,082 individuals/, /£300m a year/, /local living wage/], includes: [/2,700/], source: SRC.cwac },
  ]),
  // Statement s.1: the Charter "was ratified in 2019 and is due to be refreshed in 2023"; s.9: "The
  // priorities for Social Value Stockport over the next 12 months are to: …" (Match My Project, mandatory
  // training for ALL commissioners, … the needs of each local neighbourhood). Both parts, in order.
  ...kind('multi-part', [
    { q: 'when is the social value charter being refreshed, and what else is on the list for the next 12 months?', council: STOCKPORT, firstLine: /due to be refreshed in 2023/, includes: [/Match My Project/, /ALL council commissioners/, /Greenhouse Gas emissions/, /each local neighbourhood/], before: [/refreshed in 2023/, /Priorities for the next 12 months: Review and refresh/], source: SRC.statement },
    { q: "when's the stockport charter due to be refreshed and what else is planned for the next 12 months?", council: STOCKPORT, firstLine: /due to be refreshed in 2023/, includes: [/Match My Project/, /Real Living Wage action plan/], before: [/refreshed in 2023/, /Match My Project/], source: SRC.statement },
    { q: 'is the stockport charter out of date? and what are the priorities for the next 12 months?', council: STOCKPORT, firstLine: /due to be refreshed in 2023/, includes: [/Match My Project/], excludes: [/Yes\. Priorities/], before: [/refreshed in 2023/, /Match My Project/], source: SRC.statement },
  ]),
  // Statement s.8, of the £14.2m committed in 2022/23: "503 weeks of apprenticeships working on
  // contracts; 178 weeks of apprenticeships working on contracts for disadvantaged people". Weeks, not
  // apprentices; both figures lead, in the order asked.
  ...kind('multi-part', [
    { q: 'stockport portal results for 22/23 - how many apprenticeships, and how many of those for disadvantaged people?', council: STOCKPORT, firstLine: /503 weeks of apprenticeships.*178 weeks of apprenticeships for disadvantaged people/, includes: [/£14\.2m/], excludes: [/503 apprentices\b/], source: SRC.statement },
    { q: "stockport's portal results in 2022/23: how many apprenticeships and how many for disadvantaged people?", council: STOCKPORT, firstLine: /503 weeks of apprenticeships.*178 weeks of apprenticeships for disadvantaged people/, includes: [/2022\/23/], excludes: [/503 apprentices\b/], source: SRC.statement },
    { q: "what were stockport's 22/23 results for apprenticeships, and how many of those for disadvantaged people?", council: STOCKPORT, firstLine: /503 weeks of apprenticeships on contracts; 178 weeks/, includes: [/£14\.2m/], excludes: [/503 apprentices\b/], source: SRC.statement },
  ]),
  // Policy, Engagement Feedback: "The Council has consulted widely … Engagement has included discussions
  // at:" (Anchor Institutions Roundtable … Staff Workshops); "Concern was expressed that the proposed
  // weighting given to social value was both too high (suggested by commissioning officers) and too low
  // (suggested at a local suppliers forum) | Proposed weighting to be retained but kept under review."
  ...kind('multi-part', [
    { q: 'who did cwac consult on the SV policy, and did anyone push back on the weighting?', council: CWAC, firstLine: /consulted widely/, includes: [/Anchor Institutions Roundtable/, /Poverty Truth Advisory Board/, /Staff Workshops/, /too high \(suggested by commissioning officers\)/, /kept under review/], before: [/Anchor Institutions Roundtable/, /too high/], source: SRC.cwac },
    { q: "who was consulted on cwac's social value policy and did anyone object to the weighting?", council: CWAC, firstLine: /consulted widely/, includes: [/Children in Care Council/, /too low \(suggested at a local suppliers forum\)/], before: [/Children in Care Council/, /too low/], source: SRC.cwac },
  ]),
  ...kind('document facts', [
    { q: 'did anyone push back on the cwac weighting?', council: CWAC, firstLine: /Concern was expressed that the proposed weighting/, includes: [/kept under review/], source: SRC.cwac },
    { q: 'did anyone complain about the cwac weighting?', council: CWAC, firstLine: /too high \(suggested by commissioning officers\)/, source: SRC.cwac, includes: [/too low/] },
  ]),
  // Policy, What do we mean by social value?: "a minimum 10% social value weighting on all central
  // government contracts"; Procurement (iv) Clear guidelines: 5% for £50,000–£100,000 and 10% above
  // £100,000, each "varied on a case by case basis". Asked what it is and whether CWaC's is the same: the
  // national figure, then "not throughout" with CWaC's own bands. Charter s.4: Stockport's is 15%/20%.
  ...kind('multi-part', [
    { q: "the cwac policy mentions a central government minimum weighting - what is it and is cwac's the same?", council: CWAC, firstLine: /minimum 10% social value weighting on all central government contracts/, includes: [/Not throughout: Cheshire West and Chester's is 10% only for higher value contracts \(above £100,000/, pct(5), /case by case/], before: [/central government contracts/, /Not throughout/], source: SRC.cwac },
    { q: 'central govt has a minimum weighting - what is it and does cheshire west match it?', council: CWAC, firstLine: CENTRAL_GOVERNMENT, includes: [/Not throughout/, pct(5)], before: [/central government contracts/, /Not throughout/], source: SRC.cwac },
    { q: "what's the central government minimum weighting, and is stockport's the same?", council: STOCKPORT, firstLine: CENTRAL_GOVERNMENT, includes: [/No: Stockport's is higher/, pct(15), pct(20)], before: [/central government contracts/, /Stockport's is higher/], source: SRC.charter, crossCouncil: true },
  ]),
];

// Held out, round 16, part 2.
const HELD_OUT_16B: OfficerRow[] = [
  // Statement s.2, Key Areas of Focus: the five priority cohorts. Asked for by name, the list leads,
  // whatever else the message says ("need them for a spec"), not a priority theme sharing a word.
  ...kind('document facts', [
    { q: "hiya, what are stockport's priority cohorts for SV? need them for a spec", council: STOCKPORT, firstLine: /^Stockport's priority cohorts: Care leavers and looked after children; Ex-offenders; Long term unemployed/, includes: [/Veterans/, /CRMG\) Scrutiny Committee in November 2021/], excludes: [/^[^\n]*Capacity building/], source: SRC.statement },
    { q: 'which cohorts does stockport prioritise for social value, need them for an ITT', council: STOCKPORT, firstLine: /^Stockport's priority cohorts: Care leavers/, includes: [/Veterans/], excludes: [/^[^\n]*Capacity building/], source: SRC.statement },
  ]),
  // Policy, Procurement (i) Minimum standards: "all bidders are expected to commit to" eradicating modern
  // slavery, equality and diversity law, health and safety law, fair working practices. Asked what they
  // are, in a long message, the four lead, not the sentence that says there are some.
  ...kind('document facts', [
    { q: 'cwac - what minimum standards do bidders have to meet before social value even gets looked at?', council: CWAC, firstLine: /minimum standards for bidders: Commitment to eradicate modern slavery/, includes: [/fair working practices/], excludes: [WHICH_COUNCIL], source: SRC.cwac, noDefault: true },
    { q: 'cheshire west: what minimum standards must every bidder sign up to before we even get to the social value part of a tender?', council: CWAC, firstLine: /minimum standards for bidders: Commitment to eradicate modern slavery/, includes: [/health and safety legislation/], excludes: [WHICH_COUNCIL], source: SRC.cwac, noDefault: true },
  ]),
  // Statement s.5: "A new policy is proposed to introduce … a mandatory position on greenhouse gas (GHG)
  // reporting and carbon reduction plans by 2024." Asked when, the dated proposal leads, not the SME
  // training that shares the words "carbon reduction plan".
  ...kind('document facts', [
    { q: 'when are we making suppliers have a carbon reduction plan?', council: STOCKPORT, firstLine: /proposed to make greenhouse gas reporting and carbon reduction plans mandatory by 2024/, includes: [/Tender documentation/], excludes: [/^[^\n]*climate change training/], source: SRC.statement },
    { q: 'when do the new carbon reduction plan rules start for suppliers?', council: STOCKPORT, firstLine: /proposed[^\n]*by 2024/, includes: [/net zero/], excludes: [/^[^\n]*climate change training/], source: SRC.statement },
    { q: 'when are we going to make bidders produce carbon reduction plans?', council: STOCKPORT, firstLine: /proposed[^\n]*by 2024/, includes: [/net zero/], excludes: [/^[^\n]*climate change training/], source: SRC.statement },
  ]),
  // Policy, Appendix C (Employment): "a Supported Internship programme … for 20 young people who have an
  // EHCP", led by the Skills and Employment Manager, by April 2022. "Who leads that?" after it asks of
  // that action, not of the plan's first list (the Procurement Manager's).
  ...conversation([
    { q: "cwac action plan - when's the supported internship meant to be delivered by and for how many?", council: CWAC, firstLine: /Supported Internship programme for 20 young people[^\n]*April 2022/, includes: [/Education, Health and Care Plan/], source: SRC.cwac },
    { q: 'who leads that?', council: CWAC, firstLine: /Supported Internship[^\n]*Skills and Employment Manager/, includes: [/Education, Health and Care Plan/], excludes: [/^[^\n]*Procurement Manager/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'when is the supported internship in the cwac action plan due?', council: CWAC, firstLine: /Supported Internship[^\n]*April 2022/, includes: [/20 young people/], source: SRC.cwac },
    { q: "and who's responsible for that?", council: CWAC, firstLine: /Supported Internship[^\n]*Skills and Employment Manager/, includes: [/20 young people/], excludes: [/^[^\n]*Procurement Manager/], source: SRC.cwac },
  ]),
  // Statement s.5, "Routes of support include:" the Climate Action Business Forum, the SME climate change
  // training, Bee Net Zero, the Growth Company and signposting. Asked what help there is, the whole list
  // leads, not its one item on SMEs quoted alone.
  ...conversation([
    { q: 'when are we making suppliers have a carbon reduction plan?', council: STOCKPORT, includes: [/by 2024/], source: SRC.statement },
    { q: 'what help is there for smaller firms that have never done one?', council: STOCKPORT, firstLine: /^Support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/, /The Growth Company/, /Manchester Metropolitan University/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'do stockport suppliers need a carbon reduction plan?', council: STOCKPORT, includes: [/by 2024/], source: SRC.statement },
    { q: "what help is on offer for smaller businesses that haven't got one?", council: STOCKPORT, firstLine: /^Support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/, /Signposting/], source: SRC.statement },
  ]),
  // Policy, Clear goals, potential social value activities (Environmental): green travel, emission
  // avoidance, energy efficiency, trees and biodiversity, waste and recycling, green infrastructure
  // volunteering, single use plastics. Appendix B: NT32 car miles saved, NT33 car miles in low or no
  // emission staff vehicles. Both parts answered; the car-mile measures named first among the TOMs.
  ...kind('multi-part', [
    { q: 'what sort of environmental SV does cwac want from suppliers, and which TOMs measures cover car miles?', council: CWAC, firstLine: /Green travel initiatives; Emission avoidance programmes/, includes: [/single use plastics/, /NT32, No\. car miles saved/, /NT33/], before: [/Green travel/, /NT32/], source: SRC.cwac },
    { q: 'cwac - what environmental social value are we after from bidders and what toms measures are there for car miles', council: CWAC, firstLine: /Green travel initiatives/, includes: [/NT32/, /NT33/], before: [/Green travel/, /NT32/], source: SRC.cwac },
  ]),
  ...kind('document facts', [
    { q: 'what environmental activities does cwac want to see from suppliers?', council: CWAC, firstLine: /Green travel initiatives; Emission avoidance programmes/, includes: [/Volunteering to support green infrastructure/], source: SRC.cwac },
    { q: 'which TOMs measures cover car miles?', includes: [/NT32/], firstLine: /NT32, No\. car miles saved on contract[^\n]*NT33, No\. car miles driven/, excludes: [/^[^\n]*The first: NT31/] },
  ]),
];

// Held out, round 16, part 3.
const HELD_OUT_16C: OfficerRow[] = [
  // Statement s.5: "Procuring environmentally-responsible businesses means reducing the council's own
  // greenhouse gas emissions as well as making progress towards our target for Stockport to become carbon
  // neutral by 2038." Asked why after the carbon reduction plan answer, that purpose leads, not the
  // proposal restated ("… in line with the national legal target" only says why 2050).
  ...conversation([
    { q: 'when are we making suppliers have a carbon reduction plan?', council: STOCKPORT, includes: [/2024/], source: SRC.statement },
    { q: 'why?', council: STOCKPORT, firstLine: /give this reason: .*Procuring environmentally-responsible businesses means reducing the council's own greenhouse gas emissions/, includes: [/carbon neutral by 2038/, /mandatory position on greenhouse gas/], excludes: [/do not say why/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'stockport carbon reduction plans', council: STOCKPORT, includes: [/2024/], source: SRC.statement },
    { q: 'how come?', council: STOCKPORT, firstLine: /give this reason: .*means reducing the council's own greenhouse gas emissions/, includes: [/2038/], excludes: [/do not say why/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what is stockport proposing on carbon reduction plans for suppliers?', council: STOCKPORT, includes: [/2024/], source: SRC.statement },
    { q: "what's the reason for that?", council: STOCKPORT, firstLine: /give this reason: .*environmentally-responsible businesses/, includes: [/2038/], source: SRC.statement },
  ]),
  // Exec 3.1: Trafford "has secured £24m of social value to date"; Statement s.8: £25,768,467 delivered and
  // £44,548,267 committed since 2019. Asked whether one is more than the other, the two are compared,
  // with the caveat that they are measured differently; neither is answered alone.
  ...conversation([
    { q: 'how much social value has trafford secured?', council: TRAFFORD, includes: ['£24m'], source: SRC.trafford, noDefault: true },
    { q: 'is that more than stockport?', council: STOCKPORT, firstLine: /not compare like for like/, includes: [TRAFFORD_RE, '£24m', money(44548267), money(25768467)], source: SRC.statement, crossCouncil: true, noDefault: true },
  ]),
  ...conversation([
    { q: 'how much social value has stockport delivered through the portal?', council: STOCKPORT, includes: [money(25768467)], source: SRC.statement, noDefault: true },
    { q: "is that more than trafford's?", council: TRAFFORD, firstLine: /not compare like for like/, includes: ['£24m', money(25768467)], source: SRC.trafford, crossCouncil: true, noDefault: true },
  ]),
  ...conversation([
    { q: 'trafford social value achieved so far', council: TRAFFORD, includes: ['£24m'], source: SRC.trafford, noDefault: true },
    { q: 'is that higher than cwac?', council: CWAC, firstLine: /not compare like for like/, includes: ['£24m', TRAFFORD_RE], source: SRC.cwac, crossCouncil: true, noDefault: true },
  ]),
  // Policy, Employment (ii): CWaC "provides up to 2 days that staff can use for volunteering"; Trafford's
  // report says nothing of staff volunteering. "And in Trafford?" asks the same thing there, not for
  // Trafford's overview, and CWaC's 2 days are not carried over.
  ...conversation([
    { q: 'how many volunteering days do cwac staff get', council: CWAC, includes: [/up to 2 days/], source: SRC.cwac },
    { q: 'what about in trafford?', council: TRAFFORD, firstLine: /don't say anything about that|do not (?:give|say)/, includes: [], excludes: [/\b2 days\b/, /value thresholds/, PORTAL] },
  ]),
  ...conversation([
    { q: 'cheshire west staff volunteering allowance?', council: CWAC, includes: [/up to 2 days/], source: SRC.cwac },
    { q: 'and trafford?', council: TRAFFORD, firstLine: /don't say anything about that|do not (?:give|say)/, includes: [], excludes: [/\b2 days\b/, /value thresholds/, PORTAL] },
  ]),
  // Statement s.4, s.7 and s.9: funding for Match My Project "has been agreed", Stockport "is adopting
  // this platform", and implementing it is a priority for the next 12 months. Whether it is live is not
  // said; what it is and what was planned are. Not a card on how current the documents are.
  ...kind('documents do not say', [
    { q: 'can u explain match my project? is it live in stockport yet', council: STOCKPORT, firstLine: /cloud-based social value brokerage system/, includes: [/do not say whether that has happened yet/, /funding for the Match My Project on line brokerage portal has been agreed/], before: [/cloud-based social value brokerage system/, /do not say whether that has happened yet/], excludes: [/not by its own dates/, /How current Stockport's documents are/], source: SRC.statement },
    { q: 'has stockport launched match my project yet?', council: STOCKPORT, firstLine: /do not say whether that has happened yet/, includes: [/brokerage/], excludes: [/not by its own dates/], source: SRC.statement },
    { q: 'is match my project up and running in stockport now?', council: STOCKPORT, firstLine: /do not say whether that has happened yet/, includes: [/brokerage/], excludes: [/not by its own dates/], source: SRC.statement },
  ]),
  // Statement s.4: "Social value must be included before the Procurement Initiation Document (PID) is
  // signed off … with very few exceptions, requiring senior officer sign off"; reasons for not including
  // it "are clearly documented and scrutinised by management". Asked how to leave it out, that is the
  // answer, not the value thresholds.
  ...kind('routing', [
    { q: "I'm running a procurement and honestly social value doesn't really fit, it's basically a one-off software licence renewal. What do I have to do to leave it out? Do I need someone senior to sign it off or can I just put a note on the file?", council: STOCKPORT, firstLine: /Social value must be included before the Procurement Initiation Document \(PID\) is signed off/, includes: [SENIOR_OFFICER, /scrutinised by management/], excludes: [/value thresholds/], source: SRC.statement },
    { q: "sv doesn't fit this one, can I leave it out with just a note on file or does someone senior need to sign it off?", council: STOCKPORT, firstLine: /Procurement Initiation Document/, includes: [SENIOR_OFFICER, /scrutinised by management/], excludes: [/value thresholds/], source: SRC.statement },
    { q: 'social value isnt relevant to this contract, can I just leave it out? who has to sign that off', council: STOCKPORT, firstLine: /Procurement Initiation Document/, includes: [SENIOR_OFFICER], excludes: [/value thresholds/], source: SRC.statement },
  ]),
  // Policy, Procurement (vii): commitments are "contractually binding and monitored" and an alternative
  // of equivalent value may be accepted on any contract; payments may be reduced only "for contracts over
  // £100,000 total value". Asked whether what can be done applies to a smaller contract: partly.
  ...conversation([
    { q: 'if a supplier on a cwac contract doesnt deliver the social value they promised what can we actually do?', council: CWAC, includes: [/contractually binding/, money(100000)], source: SRC.cwac },
    { q: 'does that apply to an £80k one?', council: CWAC, firstLine: /^Partly: .*contractually binding/, includes: [/equivalent value/, /Payment deductions do not apply/, money(80000), money(100000)], excludes: [/^No\b/m], source: SRC.cwac },
  ]),
  ...conversation([
    { q: "what can we do if a cwac supplier doesn't deliver their social value commitments?", council: CWAC, includes: [/contractually binding/], source: SRC.cwac },
    { q: 'does that apply to a £60k contract?', council: CWAC, firstLine: /^Partly: .*contractually binding/, includes: [/Payment deductions do not apply/, money(60000)], source: SRC.cwac },
  ]),
  // Charter s.3: "Staff are encouraged to volunteer and the Council supports nominated charities"; no
  // number of days. Asked of Stockport after CWaC's 2 days (Policy, Employment (ii)), or on its own, the
  // count is not given, and neither CWaC's days nor a supplier's volunteer hours are given as it.
  ...conversation([
    { q: 'how many volunteering days do cwac staff get', council: CWAC, includes: [/up to 2 days/], source: SRC.cwac },
    { q: 'and stockport?', council: STOCKPORT, firstLine: /^Stockport's documents do not give that number/, includes: [], excludes: [/\b2 days\b/, /value thresholds/] },
  ]),
  ...conversation([
    { q: 'cwac living wage', council: CWAC, includes: [/living wage/i], source: SRC.cwac },
    { q: 'how many volunteering days do staff get?', council: CWAC, includes: [/up to 2 days/], source: SRC.cwac },
    { q: 'what about stockport?', council: STOCKPORT, firstLine: /^Stockport's documents do not give that number/, includes: [], excludes: [/\b2 days\b/] },
  ]),
  ...kind('documents do not say', [
    { q: 'how many volunteering days do stockport staff get?', council: STOCKPORT, firstLine: /^Stockport's documents do not give that number/, includes: [], excludes: [/\b2 days\b/] },
  ]),
];

// Held out, round 16, part 4.
const HELD_OUT_16D: OfficerRow[] = [
  // Statement s.7 (Local): the Round Table "takes place termly" and "is chaired by the former Mayor of
  // Stockport"; s.9: the action plan "is monitored at the Strategic Commissioning Group". Asked beside
  // the action plan, the Round Table's part is answered from its own passage, not said not to be given.
  ...kind('multi-part', [
    { q: 'who chairs the SV round table, how often does it meet, and who monitors the SV action plan?', council: STOCKPORT, firstLine: /Round Table is a partnership network event which takes place termly/, includes: [/chaired by the former Mayor of Stockport/, /Strategic Commissioning Group/], excludes: [/do not give a chair/, DOES_NOT_SAY], before: [/former Mayor/, /Strategic Commissioning Group/], source: SRC.statement },
    { q: "who chairs stockport's round table and how often does it meet, and who monitors the action plan?", council: STOCKPORT, firstLine: /takes place termly/, includes: [/former Mayor/, /Strategic Commissioning Group/], excludes: [DOES_NOT_SAY], source: SRC.statement },
    { q: 'how often does the stockport round table meet, who chairs it and who oversees the action plan?', council: STOCKPORT, firstLine: /takes place termly/, includes: [/chaired by the former Mayor/, /Strategic Commissioning Group/], excludes: [/do not give a chair/, DOES_NOT_SAY], source: SRC.statement },
  ]),
  // Exec 3.2, Trafford Carers Centre: "Over 25 local people employed on a full time basis for a year or the
  // whole duration of the contract"; "An apprentice will be employed each year of the contract". One a year
  // is the count asked, and over the officer's own term (the report gives none) that many; a second
  // "how many …" is asked of the same contract.
  ...kind('document facts', [
    { q: 'Trafford Carers Centre contract - if it runs 3 years how many apprentices is that, and how many local jobs?', council: TRAFFORD, firstLine: /One apprentice each year: 3 over the 3 years you give, if the contract runs that long/, includes: [/An apprentice will be employed each year of the contract/, /Over 25 local people employed/], excludes: [DOES_NOT_SAY, /Appendix 1/], source: SRC.trafford },
    { q: 'how many apprentices would the trafford carers centre contract give us over 3 years?', council: TRAFFORD, firstLine: /One apprentice each year: 3 over the 3 years you give/, includes: [/An apprentice will be employed each year of the contract/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    { q: 'how many apprentices will the trafford carers centre contract employ?', council: TRAFFORD, firstLine: /An apprentice will be employed each year of the contract/, includes: [/Trafford Carers Centre/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    { q: 'trafford carers centre: how many apprentices and how many local people employed?', council: TRAFFORD, firstLine: /Over 25 local people employed/, includes: [/An apprentice will be employed each year/], excludes: [DOES_NOT_SAY, /Appendix 1/], source: SRC.trafford },
  ]),
  // Exec, Other Options: Option One, no Charter or draft Action Plan, "considered but is not preferred as
  // Charter and Action Plan allows for Trafford and partner organisations to clearly set out their
  // aspirations"; Option Two, nominated Social Value leads, "not preferred as it would not provide
  // sufficient resource". "Alternatives" are the report's options.
  ...kind('document facts', [
    { q: 'trafford exec report - what alternatives did they consider and why not go with them?', council: TRAFFORD, firstLine: /option of not having a Social Value Charter and draft Action Plan has been considered but is not preferred/, includes: [/nominated Social Value leads across all departments/, /not provide sufficient resource/], excludes: [/Executive Member has cleared the report/, DOES_NOT_SAY], source: SRC.trafford },
    { q: 'trafford report: were any alternatives considered?', council: TRAFFORD, firstLine: /option of not having a Social Value Charter/, includes: [/nominated Social Value leads/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    { q: 'did trafford consider any alternatives to a charter?', council: TRAFFORD, firstLine: /option of not having a Social Value Charter/, includes: [/not provide sufficient resource/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
  ]),
  // Exec, Implications: the Charter and Action Plan "are closely aligned to the Council's three Corporate
  // Priorities and are explicitly referenced in the draft Charter" (Appendix 1, not among the documents);
  // the report never names them, and says so first rather than quoting the name as if it were the list.
  ...kind('documents do not say', [
    { q: "what are trafford's 3 corporate priorities the charter is linked to", council: TRAFFORD, firstLine: /Trafford's documents do not name the Corporate Priorities/i, includes: [/three Corporate Priorities/], excludes: [/^[^\n]*quality learning/], source: SRC.trafford },
    { q: 'what are the three corporate priorities in trafford?', council: TRAFFORD, firstLine: /do not name the Corporate Priorities/i, includes: [/three Corporate Priorities/], source: SRC.trafford },
    { q: "list trafford's corporate priorities", council: TRAFFORD, firstLine: /do not name the corporate priorities/i, includes: [/Corporate Priorities/], source: SRC.trafford },
  ]),
];

// Held out, round 17, part 1.
const HELD_OUT_17A: OfficerRow[] = [
  // Statement s.4: "Social Value is considered as part of the contract management process through our
  // contract management portal (Intend) alongside the Social Value Portal"; s.6: the Portal's monthly
  // training for contract managers and two supplier sessions a month. The officer's role said first
  // ("Contract manager here.") is background: the system asked about is answered, then the training.
  ...kind('multi-part', [
    { q: "Contract manager here. What system am I meant to be tracking SV delivery in once the contract's live, and is there any training on it - for me and for the supplier?", council: STOCKPORT, includes: [/contract management portal \(Intend\)/, /two supplier training sessions a month/], before: [/Intend/, /two supplier training sessions/], source: SRC.statement },
  ]),
  // Statement s.2, Key Areas of Focus: the priority cohorts (care leavers … veterans) and the priority
  // themes (cost of living support … Stockport CAN Strategy). Asked for both, the first line gives both
  // lists, cohorts then themes, with no unrelated quote between them.
  ...kind('multi-part', [
    { q: 'Which priority cohorts are we supposed to be targeting when we set the social value ask? And are there set themes too?', council: STOCKPORT, firstLine: /^Stockport's priority cohorts: Care leavers/, includes: [/Veterans\. Stockport's priority themes: Cost of living support/, /Digital inclusion/], excludes: [/Steering Group contains representatives/], source: SRC.statement },
    { q: 'what are our priority cohorts for social value? are there themes as well?', council: STOCKPORT, firstLine: /priority cohorts: Care leavers/, includes: [/Veterans\. Stockport's priority themes: Cost of living support/], excludes: [/Steering Group contains representatives/], source: SRC.statement },
    { q: 'which cohorts should we prioritise in the SV ask? and what are the priority themes?', council: STOCKPORT, firstLine: /priority cohorts: Care leavers/, includes: [/Veterans\. Stockport's priority themes: Cost of living support/], source: SRC.statement },
  ]),
];

// Held out, round 17, part 2.
const HELD_OUT_17B: OfficerRow[] = [
  // Charter s.4: the Portal is for "a total agreement value in excess of £50k". "2yrs+1" is two years and a
  // year's extension: the total with it is answered, and (the documents being silent on extensions) without it.
  ...kind('totals over years', [
    { q: 'contract is £22k pa, 2yrs+1. does social value apply and is it a portal one?', council: STOCKPORT, firstLine: /^For a £66,000 contract, Stockport's minimum social value weighting is 15%/, includes: [EXTENSION_UNSAID, /Yes: for a £66,000 contract/, /Without the extension: £44,000 over 2 years/], before: [/minimum social value weighting is 15%/, /Social Value Portal for a £66,000/, /Without the extension: £44,000/, /not more than £50,000/], derived: [66000, 44000], source: SRC.charter },
    { q: 'smbc £22k a year 2yrs + 1 - portal?', council: STOCKPORT, firstLine: /^Yes: for a £66,000 contract/, includes: [EXTENSION_UNSAID, /Without the extension: £44,000/], derived: [66000, 44000], source: SRC.charter },
    { q: '£15k pa, 3yrs+1. does SV apply in stockport and do we need the portal', council: STOCKPORT, firstLine: /£60,000 contract/, includes: [EXTENSION_UNSAID, /Without the extension: £45,000 over 3 years/], derived: [60000, 45000], source: SRC.charter },
    { q: 'cwac £40k pa 2yrs+1, weighting?', ...cwac10([money(120000), EXTENSION_UNSAID, /Without the extension: £80,000/]), derived: [120000, 80000] },
  ]),
  // Statement s.3: "There is a lead member accountable for Social Value and the work is scrutinised through the
  // Corporate, Resource Management and Governance Scrutiny Committee", quarterly reporting through the PPRR;
  // s.9: the annual statement goes to that committee. No document names the lead member: said first.
  ...kind('documents do not say', [
    { q: "Researcher for a cllr here. Can you set out the governance for social value - who scrutinises it, how often it's reported, and who the lead member is?", council: STOCKPORT, firstLine: /do not give a name for the lead member/i, includes: [/Corporate, Resource Management and Governance Scrutiny Committee/, /reported quarterly/, /annual social value statement/], source: SRC.statement },
    { q: "who's the portfolio holder for social value in stockport?", council: STOCKPORT, firstLine: /do not give a name for the lead member/i, includes: [/lead member accountable/i], source: SRC.statement },
    { q: "stockport sv governance - who's the cabinet member and which committee scrutinises it", council: STOCKPORT, firstLine: /do not give a name for the lead member/i, includes: [/Scrutiny Committee/], source: SRC.statement },
  ]),
];

// Held out, round 17, part 3.
const HELD_OUT_17C: OfficerRow[] = [
  // Statement s.7 (Local): "The Stockport Round Table is a partnership network event which takes place
  // termly in Stockport. It is chaired by the former Mayor of Stockport …"; Policy, "Accessing Cheshire
  // West and Chester Council information and services": "… available in audio, Braille, large print or
  // other formats". A name the documents write rarely ("round table", "large print") is what is asked
  // about, whatever else the officer says around it: quoted, not the help card.
  ...kind('document facts', [
    { q: 'whats the round table thing people keep mentioning and who runs it', council: STOCKPORT, firstLine: /Stockport Round Table is a partnership network event/, includes: [/chaired by the former Mayor of Stockport/], excludes: [...HELP_OR_POINTER], source: SRC.statement },
    { q: 'whats this round table thing everyone keeps going on about', council: STOCKPORT, firstLine: /Stockport Round Table is a partnership network event/, includes: [/termly/], excludes: [...HELP_OR_POINTER], source: SRC.statement },
    { q: 'a resident has asked for the social value policy in large print - how do they get that?', noDefault: true, council: CWAC, firstLine: /large print/, includes: [/equalities@cheshirewestandchester\.gov\.uk/], excludes: [...HELP_OR_POINTER], source: SRC.cwac },
    { q: 'can a resident get the sv policy in braille or large print?', council: CWAC, firstLine: /Braille, large print/, includes: [/equalities@cheshirewestandchester\.gov\.uk/], excludes: [...HELP_OR_POINTER], source: SRC.cwac },
  ]),
  // Statement s.7 (Local): Match My Project "allows businesses to partner with community groups …"; s.4:
  // "funding for the Match My Project on line brokerage portal has been agreed"; s.9: implementing it is
  // a priority for the next 12 months. The documents record what was planned; the thing asked about is
  // the one named in the sentence that asks whether it is live, not the background around it.
  ...kind('documents do not say', [
    {
      q: "Morning. So I manage a few of the highways and grounds maintenance contracts and one of the suppliers has been really keen, they keep asking what they can do for the community as part of their SV offer and to be honest I've been pointing them at the usual stuff, tree planting, the odd school visit, but someone in the Community Investment Team mentioned Match My Project at a meeting last week and I didn't want to look daft by asking. How does Match My Project actually work for a supplier, and is it up and running yet? Anyway thanks in advance, will probably have more q's later",
      council: STOCKPORT,
      includes: [/Match My Project allows businesses to partner with community groups/, /funding for the Match My Project on line brokerage portal has been agreed/],
      excludes: [/fabulous mornings of tree planting/],
      source: SRC.statement,
    },
    { q: 'Quick one - a supplier on one of my grounds contracts keeps asking about community stuff and I have been pointing them at tree planting. Is Match My Project up and running yet? Cheers, will be in touch', council: STOCKPORT, includes: [/Match My Project is a digital, cloud-based social value brokerage system/, /funding for the Match My Project on line brokerage portal has been agreed/], excludes: [/fabulous mornings of tree planting/], source: SRC.statement },
  ]),
  // Statement s.5: "a new policy … to bring in a mandatory position on greenhouse gas (GHG) reporting and
  // carbon reduction plans by 2024"; plans show net zero by 2050. "whats the deadline for that?" after
  // the carbon reduction plan answer asks it of that ("deadline" is not a word the documents use).
  ...conversation([
    { q: 'Got a supplier asking whether Stockport is going to make them give us a carbon reduction plan. Are we?', council: STOCKPORT, includes: [/mandatory by 2024/], source: SRC.statement },
    { q: 'whats the deadline for that?', council: STOCKPORT, firstLine: /carbon reduction plans mandatory by 2024/, includes: [/net zero emissions by 2050/], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'do stockport suppliers need a carbon reduction plan?', council: STOCKPORT, includes: [/carbon reduction plan/i] },
    { q: 'is there a deadline for it?', council: STOCKPORT, firstLine: /mandatory by 2024/, includes: [/net zero emissions by 2050/], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'is stockport making suppliers have carbon reduction plans', council: STOCKPORT, includes: [/carbon reduction plan/i] },
    { q: 'by when do they have to have that?', council: STOCKPORT, firstLine: /mandatory by 2024/, includes: [/net zero emissions by 2050/], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  // Statement s.5, "Routes of support include:" the Climate Action Business Forum, the SME climate change
  // training (CAN team, Manchester Metropolitan University), Bee Net Zero, the Growth Company and
  // signposting. "where can I point them for help?" about a small firm asks for that list, though
  // Stockport has no topic on smaller suppliers of its own.
  ...conversation([
    { q: 'Got a supplier asking whether Stockport is going to make them give us a carbon reduction plan. Are we?', council: STOCKPORT, includes: [/mandatory by 2024/], source: SRC.statement },
    { q: 'whats the deadline for that?', council: STOCKPORT, firstLine: /mandatory by 2024/, includes: [/net zero emissions by 2050/], source: SRC.statement },
    { q: "they're a small local firm and a bit panicked tbh - where can I point them for help?", council: STOCKPORT, firstLine: /Support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/, /The Growth Company/, /Manchester Metropolitan University/], excludes: [NOT_COVERED], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'is stockport making suppliers have carbon reduction plans', council: STOCKPORT, includes: [/carbon reduction plan/i] },
    { q: 'one of them is a tiny sme and really worried, where could we signpost them for support?', council: STOCKPORT, firstLine: /support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/], excludes: [NOT_COVERED], source: SRC.statement },
  ]),
];

// Held out, round 17, part 4.
const HELD_OUT_17D: OfficerRow[] = [
  // Statement s.1: the Charter "is due to be refreshed in 2023, to reflect new and emerging issues and
  // priorities". "Why's that?" after the refresh date asks the reason, not the dates again.
  ...conversation([
    { q: 'When is the Stockport social value charter due to be refreshed?', council: STOCKPORT, firstLine: /due to be refreshed in 2023/, includes: [], source: SRC.statement },
    { q: "why's that?", council: STOCKPORT, firstLine: /^Stockport's documents give this reason: .*to reflect new and emerging issues and priorities/, includes: [], source: SRC.statement },
  ]),
  ...conversation([
    { q: "when's the stockport charter being refreshed", council: STOCKPORT, firstLine: /2023/, includes: [], source: SRC.statement },
    { q: 'how come?', council: STOCKPORT, firstLine: /reason: .*to reflect new and emerging issues/, includes: [], excludes: [/do not say why/] },
  ]),
  ...conversation([
    { q: 'is the stockport charter due a refresh?', council: STOCKPORT, includes: [/2023/], source: SRC.statement },
    { q: 'why is that?', council: STOCKPORT, firstLine: /to reflect new and emerging issues/, includes: [], excludes: [/do not say why/] },
  ]),
  // Policy Appendix B (National TOMs, Environment): NT32, NT33, NT46, NT65 (fleet at least Euro 6 or LEV),
  // NT66 (fleet emissions monitoring), NT73 (low/zero emission vehicles in the supply chain). "Which
  // environment measures …" asks for the measures, named in the first line, not the council's TOMs card.
  ...kind('document facts', [
    { q: "We're tendering a fleet maintenance contract in Cheshire West. Which environment measures from the TOMs could bidders pick from that actually relate to vehicles?", council: CWAC, firstLine: /NT65\b.*NT66\b|NT66\b.*NT65\b/, includes: ['NT32', 'NT33', 'NT46', 'NT73'], excludes: [/menu of measures/] },
    { q: 'cwac fleet contract - which environment TOMs relate to vehicles?', council: CWAC, firstLine: /NT65/, includes: ['NT66', 'NT73'] },
    { q: 'what environmental measures cover fleet vehicles in cheshire west', council: CWAC, firstLine: /NT65/, includes: ['NT66', 'NT73'] },
  ]),
  // Exec 3.2: "Positive examples of Social Value working in Trafford are provided below:-", then the
  // Hong Kong newcomers (an employment support event at UA92 on 16 November 2021, over 200 newcomers) and
  // the Trafford Carers Centre contract (over 25 local people employed, an apprentice each year). The
  // examples are what is quoted, not the line announcing them.
  ...kind('document facts', [
    { q: 'Do we have any Trafford examples of social value actually working on the ground? Need a couple for a report with specifics', council: TRAFFORD, firstLine: /employment support to the newcomers/, includes: [/16 November 2021/, /over 200/, /Trafford Carers Centre/, /Over 25 local people/], excludes: [/^“3\.2 Positive examples/m], source: SRC.trafford },
    { q: 'any examples of social value working in trafford?', council: TRAFFORD, includes: [/UA92/, /Over 25 local people/], excludes: [/^“3\.2 Positive examples/m], source: SRC.trafford },
    { q: 'trafford positive examples of social value for a briefing', council: TRAFFORD, includes: [/UA92/, /apprentice will be employed each year/], source: SRC.trafford },
  ]),
];

// Held out, round 18: several parts and follow-ups.
const HELD_OUT_18A: OfficerRow[] = [
  // Exec 2.2: Trafford "assessed as overall 'developing to becoming an innovator'"; Statement s.7: Stockport's
  // steering group completes the Maturity Index every year (no level given). "And where are we?" beside a
  // question about another council asks it of the officer's own council too: both, Trafford's first.
  // "Where are they on the index?" asks for a level: Stockport's is said not to be given.
  ...conversation([
    { q: "We're running a joint procurement with Trafford through STAR. Do they use the same 15% minimum SV weighting that we do?", council: TRAFFORD, includes: [/STAR Procurement applies the Themes, Outcomes, Measures/], crossCouncil: true, source: SRC.trafford },
    { q: 'where are they on the maturity index? and where are we?', council: TRAFFORD, firstLine: /developing to becoming an innovator/, includes: [/Stockport's documents do not give a level or rating/, /Maturity Index is completed by the social value steering group on an annual basis/], before: [/developing to becoming an innovator/, /Stockport's documents do not give a level or rating/], crossCouncil: true, source: SRC.statement },
  ]),
  ...kind('multi-part', [
    { q: "where's trafford on the maturity index, and where are we", council: TRAFFORD, firstLine: /developing to becoming an innovator/, includes: [/Stockport's documents do not give a level or rating/], before: [/developing to becoming an innovator/, /do not give a level or rating/], crossCouncil: true, source: SRC.statement },
    { q: 'where does stockport sit on the maturity index?', council: STOCKPORT, firstLine: /^Stockport's documents do not give a level or rating for the Social Value Maturity Index/, includes: [/Maturity Index every year/], source: SRC.statement },
    { q: 'trafford steering group - who chairs it? and ours?', council: TRAFFORD, firstLine: /chaired by the Inclusive Economy and Communities Manager/, includes: [/Stockport's documents do not give a chair/], before: [/Inclusive Economy and Communities Manager/, /Stockport's documents do not give a chair/], crossCouncil: true, source: SRC.statement },
    { q: 'does trafford use the national toms? how about our council', council: TRAFFORD, firstLine: /^Yes, for all contracts over £50k/, includes: [/National TOMs in Stockport/], before: [/STAR Procurement applies/, /National TOMs in Stockport/], crossCouncil: true, source: SRC.statement },
  ]),
  // Exec 4.3: the steering group "is chaired by the Inclusive Economy and Communities Manager"; the contact
  // list: "Oliver Shimell (Inclusive Economy and Communities Manager) 07814060170". An officer who says they
  // want a word with someone ("might be worth a chat") is asking who to contact: the contacts follow.
  ...conversation([
    { q: "We're running a joint procurement with Trafford through STAR. Do they use the same 15% minimum SV weighting that we do?", council: TRAFFORD, includes: [/STAR Procurement applies the Themes, Outcomes, Measures/], crossCouncil: true, source: SRC.trafford },
    { q: 'who chairs their steering group? might be worth a chat', council: TRAFFORD, firstLine: /chaired by the Inclusive Economy and Communities Manager/, includes: [/Oliver Shimell/, /07814060170/], before: [/chaired by the Inclusive Economy and Communities Manager/, /Oliver Shimell/], source: SRC.trafford },
  ]),
  ...kind('multi-part', [
    { q: 'who chairs the trafford sv steering group - want to have a chat with them', council: TRAFFORD, includes: [/Oliver Shimell/, /chairs the Social Value Steering Group/], source: SRC.trafford },
    { q: 'trafford steering group chair? would like to pick their brains', council: TRAFFORD, firstLine: /chaired by the Inclusive Economy and Communities Manager/, includes: [/Oliver Shimell/], source: SRC.trafford },
    { q: 'who leads on SV at trafford, could do with a quick word', council: TRAFFORD, firstLine: /Oliver Shimell/, includes: [/07814060170/], excludes: [...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  // Statement s.7 (Local): "The Stockport Round Table is a partnership network event which takes place termly
  // in Stockport. It is chaired by the former Mayor … It comprises of VCSFE, private businesses based in the
  // Borough, faith sector, anchor institutions … and local elected members." "Who's on it?" is answered by
  // the sentence that goes on about the Round Table ("It comprises …"), though it does not name it again.
  ...conversation([
    { q: 'remind me what our priority cohorts are + who signed them off', council: STOCKPORT, includes: [/Care leavers/], source: SRC.statement },
    { q: "the round table - who's on it and how often does it meet?", council: STOCKPORT, firstLine: /It comprises of VCSFE, private businesses/, includes: [/anchor institutions/, /local elected members/, /termly/], before: [/It comprises of VCSFE/, /termly/], source: SRC.statement },
  ]),
  ...kind('document facts', [
    { q: 'who sits on the stockport round table and how often do they meet', council: STOCKPORT, firstLine: /It comprises of VCSFE/, includes: [/termly/], source: SRC.statement },
    { q: 'stockport round table membership?', council: STOCKPORT, firstLine: /It comprises of VCSFE/, includes: [/faith sector/], source: SRC.statement },
    { q: 'whos on the round table? is it just councillors', council: STOCKPORT, firstLine: /It comprises of VCSFE/, includes: [/local elected members/], source: SRC.statement },
  ]),
  // Charter s.4: 15% minimum, 20% target "in all competitive procurement activity with a total agreement value in
  // excess of £25k"; the Portal in excess of £50k. "Different one." says a new question is coming: it is
  // not a comparison of councils, and it is asked of the officer's council (here the default), not of the
  // council a what-if turn looked at ("would it be ok in cwac?").
  ...conversation([
    { q: 'is 8% ok for a £120k works contract in stockport?', council: STOCKPORT, firstLine: /^No: 8% is below Stockport's minimum of 15%/, includes: [], source: SRC.charter },
    { q: 'would it be ok in cwac?', council: CWAC, includes: [/standard weighting of 10%/], source: SRC.cwac },
    { q: 'different one. £18k one-off equipment purchase, do i even need SV in it?', council: STOCKPORT, firstLine: /^Stockport's documents set no social value weighting for an £18,000/, includes: [/where relevant and proportionate/], excludes: [/by council/i, /Cheshire West/, /Trafford/], source: SRC.charter },
    { q: 'ok last one - 2yrs+1 at £40k pa. weighting and portal or not?', council: STOCKPORT, firstLine: /^For a £120,000 contract, Stockport's minimum social value weighting is 15%/, includes: [EXTENSION_UNSAID, /Yes: for a £120,000 contract/], before: [/minimum social value weighting is 15%/, /Social Value Portal for a £120,000 contract in Stockport/], excludes: [/by council/i, /Cheshire West/], derived: [120000, 80000], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'cwac weighting for a 75k contract?', council: CWAC, includes: [/5%/], source: SRC.cwac },
    { q: 'new question - £30k services contract, do we need social value in it?', council: STOCKPORT, firstLine: /^Yes: Social value is captured in all procurement activity over £25k/, excludes: [/Cheshire West/, /by council/i], includes: [money(30000), /Stockport's minimum social value weighting is 15%/], source: SRC.stockport },
  ]),
  ...kind('weighting and thresholds', [
    { q: 'different one - what weighting for a £60k contract?', council: STOCKPORT, firstLine: /Stockport's minimum social value weighting is 15%/, includes: [money(60000)], excludes: [/by council/i, /Trafford/], source: SRC.charter },
    { q: 'different q: do we need SV on a £10k contract', council: STOCKPORT, firstLine: /^Stockport's documents set no social value weighting for a £10,000/, includes: [/where relevant and proportionate/], excludes: [/by council/i, /Trafford/], source: SRC.charter },
  ]),
  // Statement s.8: since 2019, £25,768,467 delivered of £44,548,267 committed; "Over the last financial year
  // 2022/23, 43 new contracts have been added … £14.2m social value commitment. £2.2m has already been
  // delivered." A financial year asked for by name ("just in 22/23?") leads, as "just last year" does.
  ...conversation([
    { q: 'how much social value has stockport actually delivered through the portal since it started?', council: STOCKPORT, includes: [/£25,768,467/], source: SRC.statement },
    { q: 'and just in 22/23?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts were added to the Social Value Portal, a £14\.2m/, includes: [/£2\.2m has already been delivered/, /between 2023 and 2027/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'whats stockport delivered on the portal since launch', council: STOCKPORT, includes: [/£44,548,267/], source: SRC.statement },
    { q: 'ok and for 22/23 on its own?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts/, includes: [/£14\.2m/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'sv delivered via the portal in stockport?', council: STOCKPORT, includes: [/£25,768,467/], source: SRC.statement },
    { q: 'and fy22/23?', council: STOCKPORT, firstLine: /^In 2022\/23, 43 new contracts/, includes: [/£2\.2m/], source: SRC.statement },
  ]),
  // Exec 3.1: "The cumulative value of Social Value offered is 53% i.e., for every £1 spent, the Council has
  // been offered 53p back", "£24m of Social Value to date", "Spend being retained within Trafford and Greater
  // Manchester is 76.4%". "How are they doing on the numbers?" asks what has been achieved, not the last card again.
  ...conversation([
    { q: "ok so whats trafford's threshold for the portal then", council: TRAFFORD, includes: [/all contracts over £50K/], source: SRC.trafford },
    { q: 'how are they doing on the numbers', council: TRAFFORD, firstLine: /53p back in social value for every £1 spent/, includes: [/£24m/, /76\.4%/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford portal', council: TRAFFORD, includes: [/Social Value Portal/], source: SRC.trafford },
    { q: 'any stats?', council: TRAFFORD, firstLine: /53p back/, includes: [/£24m/], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: "trafford's social value performance figures", council: TRAFFORD, firstLine: /53p back in social value for every £1 spent/, includes: [/76\.4%/], source: SRC.trafford },
    { q: 'any headline figures for trafford sv', council: TRAFFORD, firstLine: /53p back/, includes: [/£24m/], source: SRC.trafford },
    { q: "how's trafford performing on social value?", council: TRAFFORD, firstLine: /53p back/, includes: [/£24m/], source: SRC.trafford },
  ]),
  // Statement s.4, the case studies: the contractors and what they delivered, but no contract's name or
  // value. A question pointing at what was quoted ("that project", "that contract") asks about it: not
  // given, said once, with that case study as the nearest the documents come.
  ...conversation([
    { q: 'tell me about the wilmott dixon case study', council: STOCKPORT, includes: [/53 new jobs/], source: SRC.statement },
    { q: 'whats the name of that project and what was the contract worth? need it for the slide', council: STOCKPORT, firstLine: /^Stockport's documents do not give a value for that contract\.$/, includes: [/Nearest they come: .*Wilmott Dixon/], excludes: [/social value weighting/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'tell me about the george cox tree planting', council: STOCKPORT, includes: [/7,500 trees/], source: SRC.statement },
    { q: 'how much was that contract worth and who was the client', council: STOCKPORT, firstLine: /^Stockport's documents do not give a value for that contract/, includes: [/Nearest they come: .*George Cox/], excludes: [/social value weighting/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'overbury s-rep case study?', council: STOCKPORT, includes: [/687 volunteer hours/], source: SRC.statement },
    { q: 'what was that contract worth, roughly? for a slide', council: STOCKPORT, firstLine: /^Stockport's documents do not give a value for that contract/, includes: [/Nearest they come: .*Overbury/], excludes: [/social value weighting/], source: SRC.statement },
  ]),
  // Charter s.4: 15% minimum, 20% target "in all competitive procurement activity with a total agreement value
  // in excess of £25k"; the Portal "in excess of £50k". "3 separate yearly contracts of 40k each" is three
  // contracts of £40,000, not £40,000 a year; the documents say nothing on splitting a requirement.
  ...conversation([
    { q: 'hi, putting together a tender for grounds maintenance, roughly £40k a year for 3 years. what SV weighting do i need to use?', council: STOCKPORT, firstLine: /^For a £120,000 contract/, includes: [], derived: [120000], source: SRC.charter },
    { q: 'is 12% ok then?', council: STOCKPORT, firstLine: /^No: 12% is below/, includes: [], derived: [120000], source: SRC.charter },
    { q: 'what if i did it as 3 separate yearly contracts of 40k each instead', council: STOCKPORT, firstLine: /^For a £40,000 contract, Stockport's minimum social value weighting is 15%/, includes: [/Each of the 3 contracts is £40,000/, /do not say whether a requirement may be split/, /Social Value Portal: £40,000 is not more than £50,000/], excludes: [/I read £40,000 a year/], source: SRC.charter },
  ]),
  ...kind('totals over years', [
    { q: 'could we split it into two lots of £30k each? stockport', council: STOCKPORT, firstLine: /^For a £30,000 contract, Stockport's minimum/, includes: [/Each of the 2 contracts is £30,000/], excludes: [/a year/], source: SRC.charter },
    { q: "we're letting 4 contracts worth £20k each, what weighting", council: STOCKPORT, firstLine: /^Stockport's documents set no social value weighting for a £20,000 contract/, includes: [/Each of the 4 contracts is £20,000/], source: SRC.charter },
    { q: 'cwac - 3 contracts of £60k each, what weighting on each?', council: CWAC, firstLine: /5%/, includes: [/Each of the 3 contracts is £60,000/], excludes: [/a year/], source: SRC.cwac },
  ]),
  // "What about us?" alone, after an answer for another council: the same question, for the officer's own.
  ...conversation([
    { q: 'who chairs the steering group in trafford', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
    { q: 'what about us?', council: STOCKPORT, firstLine: /^Stockport's documents do not give a chair/, includes: [/Social Value Steering Group has representatives of all directorates/], excludes: [/Inclusive Economy/], source: SRC.statement },
  ]),
];

// Held out, round 18: the passage that answers.
const HELD_OUT_18B: OfficerRow[] = [
  // Statement s.4 case studies: "Wilmott Dixon have … created 53 new jobs, delivered 97 weeks of training,
  // created 11 work experience placements … (over 70% of the project team live within 20miles) and have
  // invested 56% of the project spend with local businesses". Asked in more words than any passage
  // carries (the director, the briefing), the passage that carries half of them answers, not the help card;
  // the case study is quoted whole, who it was first.
  ...kind('document facts', [
    { q: 'My director wants a construction case study for a members briefing, ideally something with hard numbers on local jobs and spend. what have we got?', council: STOCKPORT, firstLine: /Wilmott Dixon have/, includes: [/53 new jobs/, /56% of the project spend with local businesses/], excludes: [...HELP_OR_POINTER], source: SRC.statement },
    { q: 'need a case study for a members briefing with hard numbers on local jobs and local spend - what have we got?', council: STOCKPORT, includes: [/Wilmott Dixon/, /53 new jobs/, /56% of the project spend/], excludes: [...HELP_OR_POINTER], source: SRC.statement },
    { q: 'director needs a case study with hard numbers on local jobs + spend for members, what have we got', council: STOCKPORT, includes: [/Wilmott Dixon/, /53 new jobs/, /56% of the project spend/], excludes: [...HELP_OR_POINTER], source: SRC.statement },
  ]),
  // Exec 6.7: "… it is recognised there will be a need for a dedicated resource. In order to address this
  // requirement, a project has been put forward … to fund a dedicated Social Value Co-ordinator." After
  // the Trafford examples, "why do they need …?" asks of Trafford (the council the documents chose), and
  // the sentence "this requirement" refers to is quoted with it.
  ...conversation([
    { q: 'what did the hong kong thing involve? heard it mentioned at a GM meeting', noDefault: true, council: TRAFFORD, includes: [/Hong Kong/], source: SRC.trafford },
    { q: 'why do they need a dedicated SV coordinator, couldnt existing staff in each dept just pick it up?', noDefault: true, council: TRAFFORD, firstLine: /strong desire to fully embed Social Value/, includes: [/need for a dedicated resource/, /dedicated Social Value Co-ordinator/], excludes: [...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'whats the trafford carers centre contract delivering?', noDefault: true, council: TRAFFORD, includes: [/Carers Centre/], source: SRC.trafford },
    { q: "why do they want a dedicated coordinator, couldn't existing staff in the depts just do it?", noDefault: true, council: TRAFFORD, includes: [/dedicated Social Value Co-ordinator/], excludes: [...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford examples of social value working?', noDefault: true, council: TRAFFORD, includes: [/UA92/], source: SRC.trafford },
    { q: 'why do they need a dedicated SV coordinator when existing staff in each department could pick it up?', noDefault: true, council: TRAFFORD, includes: [/dedicated Social Value Co-ordinator/], excludes: [...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  // Statement s.2: the priority themes (cost of living support … Stockport CAN Strategy). "and the themes?"
  // after the cohorts, with chat around it ("there's loads iirc"), asks for that list, not a passage
  // that shares the word ("Measurement: Themes, Outcomes and Measures", a maturity index area).
  ...conversation([
    { q: 'remind me what our priority cohorts are + who signed them off', council: STOCKPORT, includes: [/Care leavers/], source: SRC.statement },
    { q: "and the themes? there's loads iirc", council: STOCKPORT, firstLine: /^Stockport's priority themes: Cost of living support/, includes: [/Digital inclusion/], excludes: [/Measurement: Themes, Outcomes and Measures/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what are our priority cohorts', council: STOCKPORT, includes: [/Care leavers/], source: SRC.statement },
    { q: 'and the themes? theres loads tbh', council: STOCKPORT, firstLine: /priority themes: Cost of living support/, includes: [/Digital inclusion/], excludes: [/Measurement: Themes, Outcomes and Measures/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what are our priority cohorts?', council: STOCKPORT, includes: [/Care leavers/], source: SRC.statement },
    { q: "and the themes? there's a load of them tbh", council: STOCKPORT, firstLine: /priority themes: Cost of living support/, includes: [/Digital inclusion/], excludes: [/Measurement: Themes, Outcomes and Measures/], source: SRC.statement },
  ]),
  // Statement s.5, "Routes of support include:" the Climate Action Business Forum, the SME climate change
  // training, Bee Net Zero, the Growth Company and signposting. A firm that "wants help getting started"
  // asks for that list, not its one item that shares the words ("help in getting started on their net zero journeys").
  ...conversation([
    { q: 'Supplier is asking if they need a carbon reduction plan to bid for our contracts. Do they?', council: STOCKPORT, includes: [/carbon reduction plan/i], source: SRC.statement },
    { q: 'small local firm wants help getting started on this, where do i point them', council: STOCKPORT, firstLine: /Support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/, /The Growth Company/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'do stockport suppliers need a carbon reduction plan?', council: STOCKPORT, includes: [/carbon reduction plan/i] },
    { q: 'small business wants help getting started with this, where should i point them?', council: STOCKPORT, firstLine: /Support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/], source: SRC.statement },
  ]),
  ...kind('document facts', [
    { q: 'small firm needs advice getting started on net zero, where can i point them', council: STOCKPORT, firstLine: /Support for suppliers: The Stockport Climate Action Business Forum/, includes: [/Bee Net Zero/], source: SRC.statement },
  ]),
  // Statement s.8, from the £14.2m committed in 2022/23, Environmental: "298k of reduced car miles on
  // projects", "1980 low or no emission staff vehicles used on projects", "655 hours of time dedicated to
  // the creation or management of green infrastructure". What suppliers delivered on the environment is
  // that list, not a case study that shares "suppliers" (Overbury's refurbishment).
  ...kind('document facts', [
    { q: 'what environmental stuff did suppliers actually deliver last yr', council: STOCKPORT, includes: [/298k of reduced car miles/, /1980 low or no emission staff vehicles/, /655 hours/], before: [/298k of reduced car miles/, /Since the Social Value Portal was launched in 2019/], excludes: [/Overbury/], source: SRC.statement },
    { q: 'what environmental stuff did our suppliers deliver?', council: STOCKPORT, firstLine: /environmental benefits/i, includes: [/298k of reduced car miles/], excludes: [/Overbury/], source: SRC.statement },
    { q: 'any environmental benefits delivered by our suppliers in 22/23?', council: STOCKPORT, firstLine: /^Environmental benefits from the £14\.2m committed in 2022\/23: 298k/, includes: [/298k of reduced car miles/, /green infrastructure/], excludes: [/Overbury/], source: SRC.statement },
  ]),
  // Exec 3.2, Trafford Carers Centre: "… benefits … which include:" four items, the last "… initiatives
  // … to engage people in health interventions (e.g. stop smoking, obesity, alcoholism, drugs, etc) or
  // wellbeing initiatives". The list is quoted to its end, and the sub-heading alone is not quoted beside it.
  ...conversation([
    { q: 'what did the hong kong thing involve? heard it mentioned at a GM meeting', noDefault: true, council: TRAFFORD, includes: [/Hong Kong/], source: SRC.trafford },
    { q: 'and the carers centre contract - whats that delivering', noDefault: true, council: TRAFFORD, includes: [/Over 25 local people/, /health interventions/], excludes: [/^“Trafford Carers Centre”$/m], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'what is the trafford carers centre contract delivering?', noDefault: true, council: TRAFFORD, includes: [/Over 25 local people/, /wellbeing initiatives/], excludes: [/^“Trafford Carers Centre”$/m], source: SRC.trafford },
    { q: 'trafford carers centre - what social value benefits does the contract include', council: TRAFFORD, includes: [/apprentice/, /health interventions/], source: SRC.trafford },
  ]),
];

// Held out, round 18: what the documents do not say.
const HELD_OUT_18C: OfficerRow[] = [
  // Statement s.3: "There is a lead member accountable for Social Value …"; no document names a
  // councillor (Trafford's report says only that "the Executive Member has cleared the report"). Asked
  // who, typed as officers type it ("whos"), or which councillor is responsible: not named, said first,
  // whatever else the message says ("need to brief them").
  ...kind('documents do not say', [
    { q: 'whos our lead member for social value? need to brief them next week', council: STOCKPORT, firstLine: /^Stockport's documents do not give a name for the lead member/, includes: [/lead member accountable for Social Value/], source: SRC.statement },
    { q: 'which councillor is responsible for social value? got a briefing to write', council: STOCKPORT, includes: [], firstLine: /^Stockport's documents do not give a name for the lead member/, excludes: [/do not name the responsible/] },
    { q: 'whos the cabinet member for SV in cwac', council: CWAC, includes: [], firstLine: /^Cheshire West and Chester's documents do not give a name for the lead member/ },
    { q: "which cllr is accountable for social value in trafford?", council: TRAFFORD, includes: [], firstLine: /^Trafford's documents do not give a name for the lead member/, excludes: [/do not name the/] },
  ]),
  // Exec 3.2: the UA92 event "was attended by over 200 Hong Kong newcomers"; it "was successful in
  // helping a number of the Hong Kongers move forward into employment". How many got jobs is not given:
  // said first, then that sentence, not the attendance (a number that reads as the answer).
  ...conversation([
    { q: 'what did the hong kong thing in trafford involve? heard it mentioned at a GM meeting', council: TRAFFORD, includes: [/Hong Kong/] },
    { q: 'how many of them actually got jobs from it?', council: TRAFFORD, firstLine: /^Trafford's documents do not give that number/, includes: [/a number of the Hong Kongers move forward into employment/], before: [/do not give that number/, /a number of the Hong Kongers/], excludes: [/What they do say: “An employment support event/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'tell me about the support for hong kong newcomers in trafford', council: TRAFFORD, includes: [/Hong Kong/] },
    { q: 'how many of them got jobs?', council: TRAFFORD, firstLine: /do not give that number/, includes: [/a number of the Hong Kongers move forward into employment/], source: SRC.trafford },
  ]),
  ...kind('documents do not say', [
    { q: 'how many hong kong newcomers got jobs through the trafford event?', council: TRAFFORD, firstLine: /^Trafford's documents do not give that number/, includes: [/a number of the Hong Kongers move forward into employment/], excludes: [/What they do say: “An employment support event/, /What they do say: “Exact numbers/], source: SRC.trafford },
    { q: 'trafford UA92 jobs event for the hong kong ppl - how many people actually found employment after it?', council: TRAFFORD, includes: [], firstLine: /do not give that number/, excludes: [/What they do say: “An employment support event/] },
    // The attendance is what is asked here: it is the answer.
    { q: 'how many people came to the trafford hong kong event?', council: TRAFFORD, includes: [], firstLine: /attended by over 200 Hong Kong newcomers/, excludes: [DOES_NOT_SAY] },
  ]),
  // Exec (Trafford) sets no weighting; 15% minimum / 20% target is Stockport's (Charter s.4), 10% CWaC's
  // standard above £100,000 (Policy, Procurement (iv)). "Do they use the same 15%?" of a council whose
  // documents set none is neither yes nor no: not stated, and whose figure it is; "does Trafford have a
  // weighting?" stays a no.
  ...kind('weighting and thresholds', [
    { q: "We're running a joint procurement with Trafford through STAR. Do they use the same 15% minimum SV weighting that we do?", council: TRAFFORD, crossCouncil: true, firstLine: /^Not stated: Trafford's documents do not say whether Trafford uses 15%\. 15% is Stockport's own minimum weighting, with an overall target of 20%/, includes: [NO_WEIGHTING, /Stockport's Social Value Charter \(2019\), section 4/], source: SRC.trafford },
    { q: 'trafford - is their minimum weighting 15% too?', council: TRAFFORD, crossCouncil: true, firstLine: /^Not stated: .*15% is Stockport's own minimum weighting/, includes: [NO_WEIGHTING] },
    { q: "is trafford's sv weighting 10% as well?", council: TRAFFORD, crossCouncil: true, firstLine: /^Not stated: .*10% is Cheshire West and Chester's own standard weighting for higher value contracts/, includes: [NO_WEIGHTING] },
    { q: 'do traff use a 20% sv weighting?', council: TRAFFORD, crossCouncil: true, firstLine: /^Not stated: Trafford's documents do not say whether Trafford uses 20%\. 20% is Stockport's own overall target/, includes: [NO_WEIGHTING] },
    { q: 'useless. does trafford have a weighting or not', council: TRAFFORD, firstLine: NO, includes: [NO_WEIGHTING] },
  ]),
  // Policy, Procurement (iv): "This standard weighting could be varied on a case by case basis as
  // appropriate"; the policy says nothing of who agrees a lower figure. PID sign-off is Stockport's
  // (Statement s.4), not CWaC's: not said of CWaC.
  ...conversation([
    { q: 'is 8% ok for a £120k works contract in stockport?', council: STOCKPORT, includes: [], firstLine: NO },
    { q: 'would it be ok in cwac?', council: CWAC, firstLine: /^Only as a justified case-by-case variation: 8% is below Cheshire West and Chester's standard weighting of 10%/, includes: [/do not say who agrees a lower figure/], excludes: [/PID checklist asks/, /senior officer/i], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    { q: 'we planned 8% on a cwac 200k contract, is that ok', council: CWAC, includes: [], firstLine: /^Only as a justified case-by-case variation/, excludes: [/PID checklist asks/, /senior officer/i], source: SRC.cwac },
    { q: 'cwac £150k services, going with 6% SV - fine?', council: CWAC, includes: [], firstLine: /^Only as a justified case-by-case variation: 6% is below/, excludes: [/PID checklist asks/, /senior officer/i] },
    { q: 'is 3% acceptable for a £60k cwac contract?', council: CWAC, includes: [], firstLine: /^Only as a justified case-by-case variation: 3% is below .* 5%/, excludes: [/PID checklist asks/, /senior officer/i] },
  ]),
  // Statement s.7: "Match My Project allows businesses to partner with community groups …"; s.9:
  // implementing it is a priority for the next 12 months. How it works, asked first, is answered first;
  // whether it is live, which the documents do not say, after it, with what they do say.
  ...kind('documents do not say', [
    { q: 'Morning - one of my suppliers wants to do community stuff. how does match my project work for suppliers and is it live yet?', council: STOCKPORT, firstLine: /^\W?Match My Project allows businesses to partner with community groups/, includes: [/do not say whether that has happened yet/], before: [/Match My Project allows businesses/, /do not say whether that has happened yet/], source: SRC.statement },
    { q: 'Quick one - a supplier on one of my grounds contracts keeps asking about community stuff. How does Match My Project actually work for a supplier, and is it up and running yet?', council: STOCKPORT, firstLine: /^\W?Match My Project allows businesses/, includes: [/do not say whether that has happened yet/], excludes: [/fabulous mornings of tree planting/], source: SRC.statement },
    // Asked the other way round, the status leads, as asked.
    { q: 'is match my project up and running yet, and how would a supplier use it?', council: STOCKPORT, firstLine: /do not say whether that has happened yet/, includes: [/Match My Project allows businesses to partner/], source: SRC.statement },
  ]),
  // Charter s.3: "Staff are encouraged to volunteer and the Council supports nominated charities." No
  // number of days; a supplier's "687 volunteer hours" (Statement s.4, Overbury) is not staff days and
  // must not read as the answer.
  ...conversation([
    { q: 'how many volunteering days do cwac staff get?', council: CWAC, includes: [/up to 2 days/] },
    { q: 'and stockport?', council: STOCKPORT, firstLine: /^Stockport's documents do not give that number/, includes: [/Staff are encouraged to volunteer/], excludes: [/What they do say: “Overbury/, /687 volunteer hours/], source: SRC.charter },
  ]),
  ...kind('documents do not say', [
    { q: 'how many volunteering days do stockport staff get?', council: STOCKPORT, firstLine: /do not give that number/, includes: [/Staff are encouraged to volunteer/], excludes: [/687 volunteer hours/], source: SRC.charter },
  ]),
];

// Held out, rounds 16 and 17: answered now.
const HELD_OUT_GAPS: OfficerRow[] = [
  // Exec 5.1: the Charter's broad principles (quality learning, training and jobs; happy, healthy and safe;
  // businesses and town centres supported to recover and flourish); 6.3 the action plan's seven themes;
  // 6.2 the Preston Model. The officer's role before the question word ("chairing the steering group next
  // wk - remind me what …") is background: the principles asked about lead, not the steering group.
  ...kind('multi-part', [
    { q: 'chairing the trafford SV steering group next wk - remind me what the 3 broad principles in the charter are and which themes the draft action plan covers? and where does the preston model come into it', council: TRAFFORD, firstLine: /Charter principles: All our residents will have access to quality learning, training and jobs/, includes: [/happy, healthy and safe/, /Internal Management; Engagement; Policy and Scope/, /Preston Model/], excludes: [/^Objectives: Develop, monitor/m], before: [/Charter principles/, /Internal Management/, /Preston Model/], source: SRC.trafford },
    { q: "trafford - i'm presenting to the steering group tomorrow, what are the charter's broad principles and what themes does the action plan have?", council: TRAFFORD, firstLine: /Charter principles: All our residents/, includes: [/Themes: Internal Management/], excludes: [/also includes: Creating a Social Value Steering Group/], before: [/Charter principles/, /Internal Management/], source: SRC.trafford },
    { q: 'going to the trafford steering group on thurs, can u remind me what the charter principles are? and the themes of the draft action plan', council: TRAFFORD, firstLine: /Charter principles: All our residents/, includes: [/Internal Management/], excludes: [/^Objectives: Develop, monitor/m], source: SRC.trafford },
    { q: 'as a new member of the trafford SV steering group what are the broad principles of the charter and where does the preston model fit in?', council: TRAFFORD, firstLine: /Charter principles: All our residents/, includes: [/Preston Model/], excludes: [/^Objectives: Develop, monitor/m], source: SRC.trafford },
  ]),
  // Policy, Procurement (viii): anchor institutions "such as the University, further education, the NHS,
  // our colleagues in Police and Fire, Chester Zoo, the Grosvenor Estate and voluntary sector
  // organisations"; Appendix C, Partnership Working: the emerging Cheshire West Anchors Network. A word
  // that only asks ("does cwac list", "who does the policy mention") is not one the passage
  // must carry, and a short label ("cw&c anchor institutions - …") names what the clause asks.
  ...kind('multi-part', [
    { q: 'which organisations does cwac list as anchor institutions, and is there an action on an anchors network?', council: CWAC, firstLine: /network of anchor institutions/, includes: [/Chester Zoo, the Grosvenor Estate/, /Cheshire West Anchors Network \(Strategy and Innovation Manager, December 2021\)/], before: [/Chester Zoo/, /Anchors Network/], source: SRC.cwac },
    { q: "cw&c anchor institutions - who does the policy mention, and what's the action on an anchor network?", council: CWAC, firstLine: /network of anchor institutions/, includes: [/Police and Fire, Chester Zoo/, /Anchors Network/], before: [/Chester Zoo/, /Anchors Network/], source: SRC.cwac },
    { q: 'cheshire west: which organisations does the policy list as anchor institutions? also what does the action plan say about an anchors network', council: CWAC, firstLine: /network of anchor institutions/, includes: [/Chester Zoo/, /Anchors Network/], source: SRC.cwac },
    { q: 'does the cwac policy mention which anchor institutions it works with? and any action plan item on the anchors network?', council: CWAC, firstLine: /network of anchor institutions/, includes: [/Chester Zoo/, /Anchors Network/], source: SRC.cwac },
  ]),
  // Policy, Procurement (iv): CWaC's weightings start at £50,000 (5% to £100,000, 10% above), so none for
  // £40k; Delivery and evaluation: the Social Value Portal is engaged for monitoring, no value threshold
  // stated. "Same for cwac?" after the weighting and then "the portal too?" of the same contract asks both
  // again there, not the last turn's subject alone.
  ...conversation([
    { q: 'stockport £40k domiciliary support contract: do i have to include social value and what weighting?', council: STOCKPORT, firstLine: /£40,000 contract, Stockport's minimum social value weighting is 15%/, includes: [pct(15)], source: SRC.charter },
    { q: 'does it need to go on the social value portal too?', council: STOCKPORT, firstLine: /^No: Stockport's rule on the Social Value Portal does not cover a £40,000 contract/, includes: [money(40000)], source: SRC.charter },
    { q: "same for cwac? we've got a near identical one there", council: CWAC, firstLine: /Cheshire West and Chester's documents set no social value weighting for a £40,000 contract/, includes: [/Social Value Portal will be engaged/, /no value threshold/], before: [/no social value weighting for a £40,000/, /Social Value Portal will be engaged/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'stockport £40k contract: what weighting, and does it go on the portal?', council: STOCKPORT, includes: [pct(15), /Social Value Portal/] },
    { q: 'same for cwac?', council: CWAC, firstLine: /no social value weighting for a £40,000 contract/, includes: [/Social Value Portal will be engaged/], before: [/no social value weighting/, /Social Value Portal will be engaged/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'trafford 35k cleaning contract - what weighting?', council: TRAFFORD, includes: [/do not set a social value weighting/] },
    { q: 'is the portal needed as well?', council: TRAFFORD, firstLine: /^No: Trafford's rule on the Social Value Portal does not cover a £35,000 contract/, includes: [] },
    { q: 'what about stockport?', council: STOCKPORT, firstLine: /£35,000 contract, Stockport's minimum social value weighting is 15%/, includes: [/Stockport's rule on the Social Value Portal does not cover a £35,000 contract/], before: [/minimum social value weighting is 15%/, /Social Value Portal does not cover/], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'cwac £80k contract weighting?', council: CWAC, includes: [pct(5)] },
    { q: 'does it also need to go on the portal?', council: CWAC, includes: [/Social Value Portal will be engaged/] },
    { q: 'and in stockport?', council: STOCKPORT, firstLine: /£80,000 contract, Stockport's minimum social value weighting is 15%/, includes: [/^Yes: for an £80,000 contract, Stockport's documents require this\. Use the Social Value Portal/m], before: [/minimum social value weighting is 15%/, /Use the Social Value Portal/], source: SRC.charter },
  ]),
  // Statement s.4: "Alongside this we also collect case studies …:" then Wilmott Dixon (53 new jobs, 97
  // weeks of training), Overbury (687 volunteer hours, £39,400.53 of materials), George Cox (7,500 trees).
  // Asked for what the list's lead names ("case studies"), every item answers, each to its first figure.
  ...kind('document facts', [
    { q: 'need a couple of good local case studies for a supplier day - construction ideally, with numbers. and how many apprenticeship weeks did we get on contracts last year?', council: STOCKPORT, firstLine: /Wilmott Dixon have/, includes: [/53 new jobs/, /687 volunteer hours and £39,400\.53 of materials/, /planting 7,500 trees/, /503 weeks of apprenticeships/], source: SRC.statement },
    { q: 'what case studies does stockport have?', council: STOCKPORT, firstLine: /^"?Wilmott Dixon have/, includes: [/53 new jobs/, /Overbury worked with their suppliers/, /George Cox are involved/], before: [/Wilmott Dixon/, /Overbury/, /George Cox/], source: SRC.statement },
    { q: 'any sv case studies from our suppliers i could use in a presentation?', council: STOCKPORT, includes: [/Wilmott Dixon/, /687 volunteer hours/, /7,500 trees/], source: SRC.statement },
    { q: 'presenting to suppliers next week - what case studies do we collect?', council: STOCKPORT, includes: [/Wilmott Dixon/, /Overbury/, /George Cox/], source: SRC.statement },
  ]),
  // Exec 3.2: the UA92 employment event of 16 November 2021 (over 200 Hong Kong newcomers), and "This
  // support would not have been possible without being able to utilise Social Value commitments as the
  // Hong Kong newcomers were ineligible for any of the mainstream support". "How did SV help?", with one
  // word of its own, asks it of the newcomers, not of the letter that asked the council for help.
  ...kind('document facts', [
    { q: 'trafford hong kong newcomers thing - what happened and how did SV help?', council: TRAFFORD, firstLine: /UA92 on the 16 November 2021/, includes: [/would not have been possible without being able to utilise Social Value commitments/], excludes: [/In August 2021 the Trafford Hong Kongers wrote/], source: SRC.trafford },
    { q: 'what happened with the hong kong newcomers in trafford, and how did SV help?', council: TRAFFORD, firstLine: /over 200 Hong Kong newcomers/, includes: [/would not have been possible without/], excludes: [/In August 2021 the Trafford Hong Kongers wrote/], source: SRC.trafford },
    { q: 'hong kong newcomers (trafford) - what did they do and how did sv help?', council: TRAFFORD, firstLine: /UA92/, includes: [/would not have been possible without/], excludes: [/In August 2021 the Trafford Hong Kongers wrote/], source: SRC.trafford },
    { q: 'trafford hong kong newcomers: what happened and how did SV help', council: TRAFFORD, firstLine: /UA92/, includes: [/would not have been possible without/], excludes: [/In August 2021 the Trafford Hong Kongers wrote/], source: SRC.trafford },
    { q: 'what was the hong kong newcomers support in trafford and how did social value help', council: TRAFFORD, firstLine: /UA92/, includes: [/would not have been possible without/], excludes: [/In August 2021 the Trafford Hong Kongers wrote/], source: SRC.trafford },
  ]),
  // Statement s.3: "STAR is the Council's strategic procurement partner."; Exec 2.1: "STAR Procurement has
  // partnered with a number of Councils in Greater Manchester …". Compared with no subject, each council's
  // sentence that names what was asked leads the first line, not a coverage line over whole paragraphs.
  ...kind('no council known', [
    { q: 'what is STAR and which councils does it do procurement for?', noDefault: true, firstLine: /^Stockport, "STAR is the Council's strategic procurement partner\."; Trafford, "STAR Procurement has partnered with a number of Councils in Greater Manchester/, includes: [/Cheshire West and Chester's documents do not say anything about that/], excludes: [/Social Value Steering Group contains representatives/] },
    { q: 'which councils use STAR Procurement?', noDefault: true, firstLine: /^Stockport, "[^"]*\bSTa?R\b/, includes: [/Trafford, .STAR Procurement has partnered with a number of Councils in Greater Manchester/], excludes: [/Social Value Steering Group contains representatives/] },
    { q: 'whats STAR procurement and who are its councils', noDefault: true, firstLine: /Stockport, "STAR is the Council's strategic procurement partner/, includes: [/number of Councils in Greater Manchester/], excludes: [/Category Management Teams ensure/] },
  ]),
];

// Held out, round 19: the council a follow-up is about.
const HELD_OUT_19A: OfficerRow[] = [
  // "our 15%", "our charter", "our portal threshold": the officer's own council (the default here,
  // Stockport), whatever council the conversation was on. Charter s.4: a minimum of 15% with an overall
  // target of 20% in all competitive procurement over £25k, whatever is bought; the Portal over £50k.
  // Statement s.1: the Charter "is due to be refreshed in 2023"; no newer one is held.
  ...conversation([
    { q: 'cwac £220k services contract - what weighting?', council: CWAC, includes: [pct(10)], source: SRC.cwac },
    { q: 'does our 15% apply to works too or is it only services', council: STOCKPORT, firstLine: /^Yes: for a £220,000 works contract, Stockport's minimum social value weighting is 15%/, includes: [TARGET], excludes: [CWAC_RE], source: SRC.charter },
    { q: 'verdict pls - 18% on a £120k works job, fine?', council: STOCKPORT, firstLine: /^Yes: 18% meets Stockport's minimum of 15% .*below the overall target of 20%/, includes: [], excludes: [CWAC_RE], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'weighting for a 150k cheshire west contract?', council: CWAC, includes: [pct(10)] },
    { q: 'is our 15% min the same for goods contracts?', council: STOCKPORT, firstLine: /^The same for goods contracts: Stockport's documents/, includes: [pct(15), TARGET], excludes: [CWAC_RE], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'who chairs the social value steering group in trafford?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/] },
    { q: "when's our charter due a refresh - is there a new one out?", council: STOCKPORT, firstLine: /^Stockport's Social Value Charter \(2019\): dated 2019; due to be refreshed in 2023/, includes: [/do not give a date for a newer one/], excludes: [TRAFFORD_RE] },
  ]),
  ...conversation([
    { q: 'whats the cwac policy on modern slavery', council: CWAC, includes: [/minimum standards/i] },
    { q: 'is our charter still current or has it been refreshed', council: STOCKPORT, firstLine: /^Stockport's Social Value Charter \(2019\)/, includes: [/due to be refreshed in 2023/], excludes: [CWAC_RE] },
  ]),
  ...conversation([
    { q: 'trafford portal threshold?', council: TRAFFORD, includes: [/over £50K/i] },
    { q: 'wat about our portal threshold', council: STOCKPORT, firstLine: /Social Value Portal/, includes: [/in excess of £50k/], excludes: [TRAFFORD_RE], source: SRC.charter },
  ]),
  // "the 15%" is Stockport's own figure (Charter s.4), "the 5% and 10%" Cheshire West and Chester's
  // (Policy, Procurement (iv)): a figure referred to as set names the council it belongs to. "In excess of
  // £25k" (Charter s.4): exactly £25,000 is not caught.
  ...conversation([
    { q: 'is 12% ok on a cwac £90k contract?', council: CWAC, includes: [pct(5)] },
    { q: "and if it's exactly £25k does the 15% apply", council: STOCKPORT, firstLine: /^No: Stockport's documents set no social value weighting for a £25,000 contract because £25,000 is not more than £25,000/, includes: [pct(15)], excludes: [CWAC_RE], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'trafford weighting for 80k?', council: TRAFFORD, includes: [NO_WEIGHTING] },
    { q: 'does the 15% aply to a £25k contract', council: STOCKPORT, firstLine: /not more than £25,000/, includes: [pct(15)], excludes: [TRAFFORD_RE], source: SRC.charter },
  ]),
  ...conversation([
    { q: "what's the weighting on a £60k contract?", council: STOCKPORT, includes: [pct(15)] },
    { q: 'where do the 5% and 10% figures come from?', council: CWAC, firstLine: /^Cheshire West and Chester's social value weighting: a standard weighting of 5%/, includes: [pct(10)], excludes: [/below Stockport's minimum/], source: SRC.cwac },
  ]),
  // No council set, a conversation about Trafford: "for them", "there" keep Trafford. Exec 2.3 and 3.1:
  // TOMs and the Portal for all contracts over £50k; 6.7: a project would fund a dedicated Social Value
  // Co-ordinator (the report does not say one is in post). Cheshire West and Chester's "Dedicated capacity"
  // paragraph is not Trafford's.
  ...conversation([
    { q: 'what weighting does trafford use for a £60k contract?', noDefault: true, council: TRAFFORD, includes: [NO_WEIGHTING] },
    { q: "so what's the lowest value where the portal kicks in for them", noDefault: true, council: TRAFFORD, firstLine: /all contracts over £50K/, includes: [], excludes: [CWAC_RE, STOCKPORT_RE], source: SRC.trafford },
    { q: 'is there a dedicated SV officer there yet or not', noDefault: true, council: TRAFFORD, includes: [], excludes: [CWAC_RE, /Dedicated capacity/] },
  ]),
  ...conversation([
    { q: 'trafford - £75k goods contract, any sv weighting?', noDefault: true, council: TRAFFORD, includes: [NO_WEIGHTING] },
    { q: 'and the lowest contract value for the portal for them?', noDefault: true, council: TRAFFORD, firstLine: /all contracts over £50K/, includes: [], excludes: [CWAC_RE, STOCKPORT_RE] },
    { q: 'any dedicated social value officer there yet?', noDefault: true, council: TRAFFORD, includes: [], excludes: [CWAC_RE, /Dedicated capacity/] },
  ]),
];

// Held out, round 19: what the documents do and do not say.
const HELD_OUT_19B: OfficerRow[] = [
  // Policy, Procurement (vii): commitments are "contractually binding"; "The Council may accept alternative
  // social value however this must provide an equivalent value to what was initially proposed". Asked of
  // CWaC "in the same situation" after a swap asked of Stockport, the swap is what is asked again.
  ...conversation([
    { q: "Now they're telling me they can't do the 2 apprenticeships they promised and want to swap them for volunteering hours. Am I allowed to agree that?", council: STOCKPORT, includes: [] },
    { q: 'what would happen in cwac in the same situation', council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [/contractually binding/, /reduce contractual payments/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
    // Policy (vii): deductions "would be invested in a social value fund"; its size is not given: said once,
    // then what the documents say of the fund (the deductions), not the monitoring card.
    { q: 'how much is in that fund at the moment?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say how much is in the social value fund\.$/, includes: [/invested in a social value fund/], excludes: [/do not give that amount/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'what happens in cwac if a supplier doesnt deliver their social value?', council: CWAC, includes: [] },
    { q: 'how much is sitting in that fund?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say how much is in the social value fund\.$/, includes: [/social value fund/], excludes: [/do not give that amount/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'supplier wants to swap their apprenticeship commitment for volunteering hours, is that ok?', council: STOCKPORT, includes: [] },
    { q: 'and cwac in the same scenario?', council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [/contractually binding/], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: "in cwac the supplier can't do the 2 apprenticeships they promised and wants to swap them for volunteering hours. can I agree that?", council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [/contractually binding/], source: SRC.cwac },
  ]),
  // Charter s.4: "Including Social Value in every procurement opportunity where relevant and proportionate …".
  // "put SV in" is "include social value in"; "literally" asks nothing.
  ...kind('documents do not say', [
    { q: 'does stockport have to put SV in literally every procurement? some of ours it really isnt relevant', council: STOCKPORT, firstLine: /every procurement opportunity where relevant and proportionate/, includes: [], excludes: [DOES_NOT_SAY], source: SRC.charter },
    { q: 'do we have to put social value into every single procurement in stockport?', council: STOCKPORT, firstLine: /every procurement opportunity where relevant and proportionate/, includes: [], excludes: [DOES_NOT_SAY], source: SRC.charter },
    { q: 'stockport - must SV be put in every procurement, literally all of them?', council: STOCKPORT, firstLine: /every procurement opportunity where relevant and proportionate/, includes: [], excludes: [DOES_NOT_SAY], source: SRC.charter },
  ]),
  // Policy, Employment (ii): "up to 2 days that staff can use for volunteering opportunities each year but
  // this is under-utilised". "totally different q -" only says a new question starts: it is not searched for.
  ...kind('documents do not say', [
    { q: 'totally different q - a cllr asked how many volunteering days cwac staff get and whether anyone uses them', council: CWAC, firstLine: /up to 2 days that staff can use for volunteering/, includes: [/under-utilised/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
    { q: 'totally unrelated one: one of the members asked how many volunteering days cheshire west staff are given', council: CWAC, firstLine: /up to 2 days/, includes: [], excludes: [DOES_NOT_SAY], source: SRC.cwac },
    { q: 'completely different topic - a cllr asked me how many volunteering days cwac staff get and whether theyre used', council: CWAC, firstLine: /up to 2 days/, includes: [/under-utilised/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
  ]),
  // Exec 3.2 "Positive examples of Social Value working in Trafford": the Hong Kong newcomers (UA92 event,
  // over 200 attended) and the Trafford Carers Centre. A "human interest story" or "real life example" is
  // one of those examples.
  ...conversation([
    { q: "I'm pulling together a briefing note for a ward cllr on how Trafford is doing on social value. What headline numbers can I safely quote?", council: TRAFFORD, includes: [] },
    { q: 'any good human interest story in there? something about real people she could mention', council: TRAFFORD, firstLine: /employment support to the newcomers|Hong Kong/, includes: [/UA92/, /Trafford Carers Centre/], excludes: HELP_OR_POINTER, source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'what has trafford achieved on social value?', council: TRAFFORD, includes: [] },
    { q: 'any real-life examples i could use?', council: TRAFFORD, firstLine: /employment support to the newcomers|Hong Kong/, includes: [/UA92/], excludes: HELP_OR_POINTER, source: SRC.trafford },
  ]),
  ...kind('documents do not say', [
    { q: 'any real life stories from trafford i can use in a comms piece?', council: TRAFFORD, firstLine: /employment support to the newcomers|Hong Kong/, includes: [/UA92/], excludes: [...HELP_OR_POINTER, DOES_NOT_SAY], source: SRC.trafford },
    { q: 'trafford - any human interest stories i could use for the newsletter?', council: TRAFFORD, firstLine: /employment support to the newcomers|Hong Kong/, includes: [/UA92/], excludes: [...HELP_OR_POINTER, DOES_NOT_SAY], source: SRC.trafford },
  ]),
  // Statement s.8: "Environmental benefits from the £14.2m": 298k reduced car miles, 1980 low or no
  // emission staff vehicles, 655 hours on green infrastructure. "the environmental side" of what was just
  // answered is that part of it, not a new question.
  ...conversation([
    { q: 'the stockport one. how much was committed vs actually delivered?', council: STOCKPORT, includes: [], noDefault: true },
    { q: 'what does the environmental side look like', council: STOCKPORT, firstLine: /environmental benefits/i, includes: [/298k of reduced car miles/, /655 hours/], excludes: HELP_OR_POINTER, noDefault: true, source: SRC.statement },
  ]),
  ...conversation([
    { q: 'what has stockport achieved through social value?', council: STOCKPORT, includes: [] },
    { q: 'how does the environmental side of things look?', council: STOCKPORT, firstLine: /environmental benefits/i, includes: [/298k of reduced car miles/], excludes: HELP_OR_POINTER, source: SRC.statement },
  ]),
];

// Held out, round 19: the answer first.
const HELD_OUT_19C: OfficerRow[] = [
  // Statement s.4: social value is managed "through our contract management portal (Intend) alongside the
  // Social Value Portal"; s.6: "The Social Value Portal provide monthly training to Council Contract
  // Managers …" and "two training sessions a month, dedicated to supplier support to ensure they have the
  // skills and knowledge to correctly evidence outcomes achieved". Where delivery is tracked is the
  // systems; the Portal's training is the answer on "the portal side"; a supplier that cannot evidence its
  // outcomes is answered with the sessions for suppliers, not the Charter's ethical standards.
  ...conversation([
    { q: 'hi - inherited a homecare contract mid term, the supplier committed a load of SV at tender. where am i meant to be tracking what they actually deliver?', council: STOCKPORT, includes: [/reported on and monitored/], firstLine: /contract management portal \(Intend\) alongside the Social Value Portal/, source: SRC.statement },
    { q: 'is there any training for me on the portal side of it', council: STOCKPORT, includes: [/training package for commissioners and contract managers/], firstLine: /^(?:Yes\. )?The Social Value Portal provides monthly training to council contract managers/, source: SRC.statement },
    { q: 'and the supplier? they keep saying they dont know how to evidence stuff', council: STOCKPORT, includes: [/section 6\. Internal support/], firstLine: /^The Social Value Portal runs two supplier training sessions a month, so suppliers can correctly evidence/, excludes: [/modern slavery/], source: SRC.statement },
    // No Stockport document sets a condition for accepting other social value in place of a commitment;
    // CWaC's Policy (vii) does ("may accept alternative social value … equivalent value"): Stockport's
    // silence first, then what it says of delivery, and CWaC's rule as CWaC's own.
    {
      q: "Now they're telling me they can't do the 2 apprenticeships they promised and want to swap them for volunteering hours. Am I allowed to agree that?",
      council: STOCKPORT,
      firstLine: /^Stockport's documents set no rule on accepting other social value in place of a commitment/,
      includes: [/reported on and monitored/, /Cheshire West and Chester's documents do set one, for its own contracts/],
      excludes: [/^Only if/],
      source: SRC.statement,
    },
  ]),
  ...kind('document facts', [
    { q: 'supplier keeps asking how to evidence their SV commitments, is there anything to help them? stockport', council: STOCKPORT, includes: [/correctly evidence the outcomes achieved/], firstLine: /two supplier training sessions a month, so suppliers can/, source: SRC.statement },
  ]),
  ...kind('documents do not say', [
    { q: "provider says they can't deliver the apprenticeships they pledged and wants to swap them for volunteering instead - can I accept that? stockport", council: STOCKPORT, firstLine: /^Stockport's documents set no rule on accepting other social value/, includes: [/Cheshire West and Chester's documents do set one/], excludes: [/payment deductions/], source: SRC.statement },
    { q: 'smbc contractor cant hit the jobs commitment, wants to switch it for a donation to a local charity. am i ok to agree to that?', council: STOCKPORT, includes: [/Cheshire West and Chester's documents do set one/], firstLine: /^Stockport's documents set no rule on accepting other social value/, source: SRC.statement },
    { q: 'cwac supplier wants to swap apprenticeships for volunteering, can i agree to that', council: CWAC, includes: [/contractually binding/], firstLine: /^Only if the alternative social value is of equivalent value/, source: SRC.cwac },
  ]),
  // Policy (iv) sets weightings from £50,000 only (5% to £100,000, 10% above); Charter s.4 from "in excess
  // of £25k". Below them the documents judge no figure: they set none, which is neither a yes nor a no
  // to the officer's figure (a 0% asked about is still a yes: nothing is required).
  ...conversation([
    { q: 'is 12% ok for a £40k cleaning contract?', council: STOCKPORT, includes: [pct(20)], firstLine: /^No: 12% is below Stockport's minimum of 15%/, source: SRC.charter },
    { q: 'same contract but in cwac?', council: CWAC, includes: [money(50000), /no council figure for 12%/], firstLine: /^Cheshire West and Chester's documents set no social value weighting for a £40,000 contract/, excludes: [/acceptable/, /^Yes\b/], source: SRC.cwac },
  ]),
  ...kind('verdict', [
    { q: 'cwac 30k contract, is 8% ok?', council: CWAC, includes: [money(50000)], firstLine: /^Cheshire West and Chester's documents set no social value weighting for a £30,000 contract/, excludes: [/acceptable/], source: SRC.cwac },
    { q: 'cheshire west, £45k tender - would 5% be alright', council: CWAC, includes: [money(50000)], firstLine: /^Cheshire West and Chester's documents set no social value weighting for a £45,000 contract/, excludes: [/acceptable/], source: SRC.cwac },
    { q: 'is 10% fine on a £20k stockport job', council: STOCKPORT, includes: [money(25000)], firstLine: /^Stockport's documents set no social value weighting for a £20,000 contract/, excludes: [/acceptable/], source: SRC.charter },
  ]),
  // Exec 3.1: "Trafford has secured a total of £24m of Social Value to date"; Statement s.8: the Portal has
  // recorded £25,768,467 delivered "since … 2019", and for 2022/23 itself 43 new contracts, £14.2m committed,
  // £2.2m delivered. Asked whether a running total is one year's figure: no first, and what the year's own is.
  ...conversation([
    { q: "I'm pulling together a briefing note for a ward cllr on how Trafford is doing on social value. What headline numbers can I safely quote?", council: TRAFFORD, includes: [money(24000000)], source: SRC.trafford },
    { q: "she'll definitely ask - is that £24m just for 21/22?", council: TRAFFORD, firstLine: /^No: Trafford's documents give £24m as a running total, not a figure for 2021\/22 alone/, includes: [/no figure for 2021\/22 on its own/], source: SRC.trafford },
  ]),
  ...kind('documents do not say', [
    { q: 'what has trafford achieved on social value? is the £24m just 21/22', council: TRAFFORD, firstLine: /^No: Trafford's documents give £24m as a running total/, includes: [/to date/], source: SRC.trafford },
    { q: 'trafford social value secured - is the £24m for 2021/22 alone?', council: TRAFFORD, firstLine: /^No: Trafford's documents give £24m as a running total/, includes: [/no figure for 2021\/22/], source: SRC.trafford },
    { q: 'stockport sv delivered - is the £25,768,467 just for 22/23?', council: STOCKPORT, firstLine: /^No: Stockport's documents give £25,768,467 as a running total, not a figure for 2022\/23 alone/, includes: [/For 2022\/23 itself they say: In 2022\/23, 43 new contracts/], source: SRC.statement },
  ]),
  // Statement s.1: all council employees "and those who support the council's functions through the delivery
  // of externally contracted services, receive at least the real living wage"; s.2: "Extend the expectation
  // of becoming a Real Living Wage employer to our supply chain". "To get work with Stockport" is being
  // its supplier: the verdict for contracted services, then the supply chain's expectation.
  ...kind('verdict', [
    { q: 'do they have to pay the real living wage to get work with stockport?', noDefault: true, council: STOCKPORT, firstLine: /^For staff delivering the council's externally contracted services, yes/, includes: [/extend the expectation of becoming a Real Living Wage employer to its supply chain/], source: SRC.statement },
    { q: 'do suppliers have to pay the real living wage to get work with us?', council: STOCKPORT, firstLine: /^For staff delivering the council's externally contracted services, yes/, includes: [/supply chain/], source: SRC.statement },
    { q: 'must contractors pay the real living wage to get work with stockport council', council: STOCKPORT, firstLine: /^For staff delivering the council's externally contracted services, yes/, includes: [/supply chain/], source: SRC.statement },
  ]),
];

const HELD_OUT_21C: OfficerRow[] = [
  // Policy (iv) sets 5% for £50,000–£100,000 and 10% above; Charter s.4 sets 15% (20% target) "in excess
  // of £25k". A value the officer says the rules start at ("the guidelines seem to start at 50k", "the 50k
  // threshold") is what they know of the rule, not a second contract: only the contract's own value is answered.
  ...kind('weighting and thresholds', [
    { q: 'CWaC - £35k contract, what weighting for social value? the guidelines seem to start at 50k', council: CWAC, firstLine: /^Cheshire West and Chester's documents set no social value weighting for a £35,000 contract/, includes: [money(50000)], excludes: [/for a £50,000 contract/i], source: SRC.cwac },
    { q: 'the cwac guidelines start at £50,000 so what weighting for my £35k contract?', council: CWAC, firstLine: /^Cheshire West and Chester's documents set no social value weighting for a £35,000 contract/, includes: [money(50000)], excludes: [/for a £50,000 contract/i], source: SRC.cwac },
    { q: 'cheshire west 40k tender - I know the 50k threshold, is there any weighting below it', council: CWAC, firstLine: /^(?:No: )?Cheshire West and Chester's documents set no social value weighting for a £40,000 contract/, includes: [money(50000)], excludes: [/for a £50,000 contract/i], source: SRC.cwac },
    { q: 'what SV weighting for a £45k contract in cheshire west? threshold is 50k isnt it', council: CWAC, firstLine: /^Cheshire West and Chester's documents set no social value weighting for a £45,000 contract/, includes: [money(50000)], excludes: [/for a £50,000 contract/i], source: SRC.cwac },
    { q: 'stockport £20k job - weighting? I think it kicks in at £25k', council: STOCKPORT, firstLine: /^Stockport's documents set no social value weighting for a £20,000 contract/, includes: [money(25000)], excludes: [/for a £25,000 contract/i], source: SRC.charter },
  ]),
  // Charter s.1: the five shared core outcomes. The topic they sit in is headed "Stockport's priority cohorts
  // and themes", and its summary ("agreed by the … (CRMG) Scrutiny Committee in November 2021") is the
  // Annual Statement s.2's: neither belongs on an answer that leads with a Charter list.
  ...kind('document facts', [
    { q: 'what are the 5 shared core outcomes in stockports SV charter?', council: STOCKPORT, firstLine: /People are able to make informed choices and be independent/, includes: [/Communities in Stockport are safe and resilient/], excludes: [/CRMG/, /Stockport's priority cohorts and themes/], source: SRC.charter },
    { q: 'stockport core outcomes', council: STOCKPORT, includes: [/People who need support get it/], excludes: [/CRMG/, /Stockport's priority cohorts and themes/], source: SRC.charter },
    { q: "list the stockport charter's five shared outcomes please", council: STOCKPORT, firstLine: /People are able to make informed choices and be independent/, includes: [/Stockport is a place people want to live/], excludes: [/CRMG/], source: SRC.charter },
    { q: "which TOMs themes does stockport's thriving economy outcome map to?", council: STOCKPORT, firstLine: /Stockport benefits from a thriving economy: TOMs themes 1 \(Jobs\), 2 \(Growth\), 4 \(Environment\), 5 \(Social innovation\)/, includes: [/Five Shared Core Outcomes/], excludes: [/CRMG/, /Stockport's priority cohorts and themes/], source: SRC.charter },
  ]),
  // Statement s.7: "Match My Project is a digital, cloud-based social value brokerage system …"; s.4:
  // "funding for the Match My Project on line brokerage portal has been agreed"; s.9, for the next 12
  // months: "Implement the Match My Project on-line brokerage portal." Asked what it is and whether it is
  // live: what it is first, then that they do not say, with where they leave it; nothing off the thing.
  ...kind('documents do not say', [
    {
      q: 'whats match my project and is it live yet?',
      council: STOCKPORT,
      firstLine: /^["“]?Match My Project is a digital, cloud-based social value brokerage system/,
      before: [/Match My Project is a digital, cloud-based/, /do not say whether that has happened yet/, /funding for the Match My Project on line brokerage portal has been agreed/],
      includes: [/Implement the Match My Project on-line brokerage portal/],
      excludes: [/Wilmott Dixon/, /Inclusive Growth/],
      source: SRC.statement,
    },
    { q: 'what is match my project? has it launched yet', council: STOCKPORT, firstLine: /^["“]?Match My Project is a digital/, before: [/cloud-based social value brokerage system/, /do not say whether that has happened yet/], includes: [/Implement the Match My Project on-line brokerage portal/], source: SRC.statement },
    { q: 'can u explain match my project? is it live yet', council: STOCKPORT, firstLine: /^["“]?Match My Project is a digital/, includes: [/has been agreed/, /Implement the Match My Project on-line brokerage portal/], excludes: [/Wilmott Dixon/, /Inclusive Growth/], source: SRC.statement },
    { q: 'stockport match my project - what is it and is it up and running now?', council: STOCKPORT, firstLine: /^["“]?Match My Project is a digital/, before: [/cloud-based social value brokerage system/, /do not say whether that has happened yet/], includes: [/Implement the Match My Project on-line brokerage portal/], source: SRC.statement },
  ]),
  // Statement s.4's case studies (Wilmott Dixon, Overbury for S-REP, George Cox) and the Policy's Purpose
  // ("directly employs around 3,082 individuals") and Where are we now? ("Payment of local living wage to all
  // of our 3,082 directly employed and 2,700 council companies staff"). A case study asked for by name is
  // that one alone; a sentence the answer gives is given once.
  ...kind('document facts', [
    { q: 'SMBC - need the willmott dixon case study numbers pls', council: STOCKPORT, includes: [/53 new jobs/, /56% of the project spend/], excludes: [/Overbury/, /George Cox/], source: SRC.statement },
    { q: 'george cox case study stockport - what did they do?', council: STOCKPORT, firstLine: /^["“]?George Cox/, includes: [/7,500 trees/], excludes: [/Wilmott Dixon/, /Overbury/], source: SRC.statement },
    {
      q: "Hi, sorry bit of a long one - I'm writing something for the VCFSE newsletter about the S-Rep centre refurb that one of the Stockport contractors did, I think it was Overbury? I need the number of volunteer hours and what the materials were worth, and if there's anything about who the centre helps that would be great too. Thanks!!",
      council: STOCKPORT,
      includes: [/687 volunteer hours/, /£39,400\.53/, /vulnerable people/],
      excludes: [/The requests \(monetary donation/],
      source: SRC.statement,
    },
    { q: 'overbury s-rep refurb in stockport - how many volunteer hours, and what were the materials worth?', council: STOCKPORT, includes: [/687 volunteer hours/, /£39,400\.53/], excludes: [/The requests \(monetary donation/], source: SRC.statement },
    { q: 'How many people does cheshire west actually employ, and do they all get the living wage?', council: CWAC, includes: [/around 3,082 individuals/, /2,700 council companies staff/], excludes: [/(Payment of local living wage to all of our 3,082)[\s\S]*\1/], source: SRC.cwac },
    { q: 'cwac - how many staff does the council employ and are they paid the living wage?', council: CWAC, includes: [/around 3,082 individuals/, /2,700 council companies staff/], excludes: [/(Payment of local living wage to all of our 3,082)[\s\S]*\1/], source: SRC.cwac },
  ]),
];

const HELD_OUT_21B: OfficerRow[] = [
  // Asked to do a task ("book me a meeting room for the steering group"), the reply says it cannot and
  // what it does, whatever subject word the request shares with the documents (Statement s.3's group).
  ...kind(
    'off-topic',
    [
      'can you book me a meeting room for the steering group thurs 2pm',
      'could you schedule a meeting with the trafford steering group for next week',
      'pls send an invite to the social value steering group for friday',
      'hi - can you email the cwac procurement team about the portal',
      'please arrange a call with STAR procurement about the stockport charter',
    ].map((q) => ({ q, firstLine: /^I can't do that for you\b/, includes: [POINTER], excludes: [...NO_POLICY_ANSWER, /Steering Group has representatives/i] })),
  ),
  // Statement s.1: the Charter, ratified in 2019, "is due to be refreshed in 2023"; s.9: "Review and
  // refresh the Stockport Social Value Charter". Asked of a refreshed version as if there is one, that the
  // documents give no date for one leads, before the 2019 ratification.
  ...kind('documents do not say', [
    { q: 'When was the refreshed Stockport Social Value Charter actually signed off? need the date for a committee report', council: STOCKPORT, firstLine: /^The documents do not give a date for a newer version of Stockport's Social Value Charter/, includes: [/Ratified in 2019/, /Review and refresh the Stockport Social Value Charter/], source: SRC.statement },
    { q: 'date the latest stockport charter was ratified?', council: STOCKPORT, firstLine: /^The documents do not give a date for a newer version of Stockport's Social Value Charter/, includes: [/Ratified in 2019/], source: SRC.statement },
    { q: 'has the new stockport charter been approved yet', council: STOCKPORT, firstLine: /^The documents do not give a date for a newer version of Stockport's Social Value Charter/, includes: [/Ratified in 2019/], source: SRC.statement },
    { q: 'when was the updated social value charter adopted in stockport', council: STOCKPORT, firstLine: /^The documents do not give a date for a newer version of Stockport's Social Value Charter/, includes: [/due to be refreshed in 2023/], source: SRC.statement },
  ]),
  // Exec 4.3: the group "is chaired by the Inclusive Economy and Communities Manager"; 6.7: a project put
  // forward in the Shared Prosperity Communities and Place Investment Plan "to fund a dedicated Social
  // Value Co-ordinator", with no cost given. The second question, with what "that" is in its own words
  // before it, is answered after the first: no cost, and 6.7.
  ...conversation([
    { q: "trafford council - what's the minimum social value weighting we put on tenders?", council: TRAFFORD, includes: [NO_WEIGHTING], source: SRC.trafford },
    { q: "who chairs the SV steering group? and I heard there's going to be a coordinator post, how much is that costing", council: TRAFFORD, includes: [], before: [/chaired by the Inclusive Economy and Communities Manager/, /do not give that amount/, /to fund a dedicated Social Value Co-ordinator/], source: SRC.trafford },
  ]),
  ...kind('documents do not say', [
    { q: "who chairs the trafford steering group? and apparently there's going to be a coordinator post, how much is that costing us", council: TRAFFORD, includes: [], before: [/chaired by the Inclusive Economy and Communities Manager/, /do not give/, /dedicated Social Value Co-ordinator/], source: SRC.trafford },
    { q: "who is the chair of the trafford SV steering group? and there's apparently a new coordinator post, how much is that costing", council: TRAFFORD, includes: [], before: [/chaired by the Inclusive Economy and Communities Manager/, /do not give/, /dedicated Social Value Co-ordinator/], source: SRC.trafford },
    { q: 'trafford - who chairs the SV steering group, and I heard there is going to be a new coordinator post, what is that going to cost', council: TRAFFORD, includes: [], before: [/chaired by the Inclusive Economy and Communities Manager/, /do not give/, /dedicated Social Value Co-ordinator/], source: SRC.trafford },
  ]),
  // No council named, set or in play. What applies to a kind of contract is each council's own rule
  // (Stockport Statement s.4 "goods, works and services"; CWaC Policy (iii) "supplies, services and
  // works"), and each of Stockport and Trafford has its own Charter (Statement s.1 gives Stockport's
  // refresh date; Trafford's report gives none): which council, with the three as buttons, not
  // Stockport's answer because only its documents use a word of the question ("due" and "refresh").
  ...kind('no council known', [
    { q: 'do works contracts need social value too or is it just services?', ...whichCouncilRow(/works/), excludes: [/goods, works and services/] },
    { q: 'are works contracts covered by the social value requirements or only services', ...whichCouncilRow(/works/) },
    { q: 'is SV just for services or goods too?', ...whichCouncilRow(/goods/) },
    { q: 'do we need social value in construction contracts?', ...whichCouncilRow(/construction/), excludes: [money(25000)] },
    { q: 'quick q - when is the social value charter due for a refresh?', ...whichCouncilRow(/charter/), excludes: [/2023/] },
    { q: 'is the charter due to be refreshed soon', ...whichCouncilRow(/charter/), excludes: [/2023/] },
    { q: 'social value charter refresh date?', ...whichCouncilRow(/charter/), excludes: [/2023/] },
    { q: 'is the social value charter out of date?', ...whichCouncilRow(/charter/), excludes: [/2023/, /£24m/] },
  ]),
  // Policy Appendix C: "Deliver a Supported Internship programme within the Council for 20 young people in
  // receipt of an Education, Health and Care Plan", Skills and Employment Manager, April 2022: a plan, and
  // nothing records whether it went ahead. Asked whether it happened, that is said, with the plan.
  ...conversation([
    { q: "CW&C social value action plan - who's leading on the measurement tool and when was it meant to go live?", council: CWAC, includes: [/Procurement Manager/], source: SRC.cwac },
    { q: 'did the internship actually happen in the end?', council: CWAC, firstLine: /do not say whether that has happened/, includes: [/Supported Internship programme within the Council for 20 young people/, /April 2022/], excludes: [...HELP_OR_POINTER], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: "did cwac's supported internship programme go ahead?", council: CWAC, firstLine: /do not say whether that has happened/, includes: [/Supported Internship programme/, /April 2022/], source: SRC.cwac },
    { q: 'has the CWaC supported internship actually happened?', council: CWAC, firstLine: /do not say whether that has happened/, includes: [/Supported Internship programme/, /April 2022/], source: SRC.cwac },
    { q: 'cheshire west - did the supported internships for young people with an EHCP ever happen', council: CWAC, firstLine: /do not say whether that has happened/, includes: [/Supported Internship programme/, /April 2022/], source: SRC.cwac },
  ]),
  // Exec 3.2, "Positive examples of Social Value working in Trafford": the Hong Kong newcomers' employment
  // event at UA92 on 16 November 2021 ("attended by over 200 Hong Kong newcomers") and the Carers Centre
  // contract ("Over 25 local people employed …", "An apprentice will be employed each year …"). Trafford's
  // report says "examples", never "case studies": asked for case studies, those are the answer.
  ...kind('document facts', [
    'trafford - have we got any decent SV case studies i can drop into a presentation?',
    'any trafford case studies?',
    'what case studies has trafford got that we could use in a briefing?',
    'trafford case studies please',
  ].map((q) => ({ q, council: TRAFFORD, includes: [/UA92 on the 16 November 2021/, /over 200 Hong Kong newcomers/, /Over 25 local people employed/, /An apprentice will be employed each year/], excludes: [...HELP_OR_POINTER], source: SRC.trafford }))),
];

// Held out, round 21: a follow-up answers what it changes, not the question before again.
const HELD_OUT_21A: OfficerRow[] = [
  // Policy, Procurement (iv): 5% for £50,000–£100,000, "For higher value contracts (above £100,000 total
  // value) 10% of the bidding process would be scored on commitment to social value"; (vii): over £100,000
  // the Council "would reserve the right to reduce contractual payments". "If it creeps over £100k" puts the
  // same contract above the amount: the value before is no longer the one to answer for.
  ...conversation([
    { q: 'Cheshire West - got a works contract coming up, approx £75k total value. what weighting should social value get?', council: CWAC, includes: [pct(5)] },
    { q: 'and if it creeps over £100k?', council: CWAC, firstLine: /^For contracts over £100,000, Cheshire West and Chester's documents set a standard weighting of 10%/, includes: [/reduce contractual payments/], excludes: [money(75000), /weighting is 5%/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac £60k works contract, what SV weighting?', council: CWAC, includes: [pct(5)] },
    { q: 'what if it goes above 100k', council: CWAC, firstLine: /^For contracts over £100,000, .*10%/, includes: [/reduce contractual payments/], excludes: [money(60000)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'weighting for a 90k cheshire west services contract', council: CWAC, includes: [pct(5)] },
    { q: 'ok but what if the value ends up more than 100k', council: CWAC, firstLine: /^For contracts over £100,000, .*10%/, includes: [], excludes: [money(90000)], source: SRC.cwac },
  ]),
  // Charter s.4: a minimum of 15% with an overall target of 20% "in all competitive procurement activity
  // with a total agreement value in excess of £25k".
  ...conversation([
    { q: 'stockport - weighting for a £20k contract?', council: STOCKPORT, includes: [] },
    { q: 'and if it ends up over £25k?', council: STOCKPORT, firstLine: /^For contracts over £25,000, Stockport's documents set a minimum of 15% with an overall target of 20%/, includes: [], excludes: [money(20000), CWAC_RE], source: SRC.charter },
  ]),
  // Statement s.4: social value is discussed "for all areas (goods, works and services)"; s.2: "ALL our
  // procurement of goods and services"; Charter s.4: 15% minimum, 20% target over £25k whatever is bought.
  // "Would it be any different if it was goods?" asks the same thing of another kind of contract, for the
  // council in play: not a comparison of councils, and not the category said before.
  ...conversation([
    { q: "Can I leave social value out of a Stockport MBC procurement? It's a specialist software licence renewal, about £40k, and there's only really one supplier", council: STOCKPORT, includes: [] },
    { q: 'ok and who signs off the exception?', council: STOCKPORT, includes: [/senior officer/] },
    { q: 'would it be any different if it was goods rather than a service?', council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for goods contracts/, includes: [/goods, works and services/, pct(15), TARGET], excludes: [CWAC_RE, TRAFFORD_RE, /services contract/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'stockport, £60k services contract - what weighting?', council: STOCKPORT, includes: [pct(15)] },
    { q: 'would that be different if it was works?', council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for works contracts/, includes: [pct(15), /goods, works and services/], excludes: [CWAC_RE, TRAFFORD_RE], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'do I have to include social value in a £45k stockport procurement?', council: STOCKPORT, includes: [] },
    { q: "is it different if it's works rather than services", council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for works contracts/, includes: [pct(15)], excludes: [CWAC_RE, TRAFFORD_RE, /services contract/] },
  ]),
  // Policy, Procurement (iii): the procurement team supports "officers procuring supplies, services and
  // works"; (iv): the bands turn on the value alone.
  ...conversation([
    { q: 'cwac £80k services contract weighting?', council: CWAC, includes: [pct(5)] },
    { q: "does it make any difference if it's goods instead", council: CWAC, firstLine: /^No: Cheshire West and Chester's documents set no different rule for goods contracts/, includes: [pct(5), /supplies, services and works/], excludes: [STOCKPORT_RE, TRAFFORD_RE], source: SRC.cwac },
  ]),
  // Charter s.4: the 15% minimum (20% target) "in excess of £25k", the Portal "in excess of £50k";
  // Introduction commitment 4: below that threshold "the National TOMs will continue to be used". A new
  // value after the weighting and then the Portal were asked of one contract asks both again.
  ...conversation([
    { q: "hi - stockport. I'm procuring a cleaning service, roughly £30k pa for 3 yrs. what SV weighting do i need to use?", council: STOCKPORT, includes: [pct(15)], derived: [90000] },
    { q: 'so do I need the portal then?', council: STOCKPORT, includes: [PORTAL], derived: [90000] },
    { q: 'what if it was a one-off £20k job instead', council: STOCKPORT, firstLine: /^Stockport's documents set no social value weighting for a £20,000/, before: [/no social value weighting for a £20,000/, /Social Value Portal does not cover a £20,000 (?:services )?contract/], includes: [/National TOMs continue to be used/], excludes: [CWAC_RE] },
  ]),
  ...conversation([
    { q: 'weighting for a £60k stockport contract?', council: STOCKPORT, includes: [pct(15)] },
    { q: 'is the portal needed for that?', council: STOCKPORT, includes: [PORTAL] },
    { q: 'and at £40k?', council: STOCKPORT, firstLine: /^For a £40,000 contract, Stockport's minimum social value weighting is 15%/, before: [/minimum social value weighting is 15%/, /Social Value Portal does not cover a £40,000 contract/], includes: [], excludes: [CWAC_RE] },
  ]),
  // Policy (iv): 10% above £100,000, 5% for £50,000–£100,000; (vii): payment deductions over £100,000.
  // "What about if it was £80k instead?" is the same services contract at a new value.
  ...conversation([
    { q: 'cwac £120k services contract weighting?', council: CWAC, includes: [pct(10)] },
    { q: 'can we reduce payments if they dont deliver?', council: CWAC, includes: [/reduce contractual payments/] },
    { q: 'what about if it was £80k instead?', council: CWAC, firstLine: /^For an £80,000 services contract, Cheshire West and Chester's standard social value weighting is 5%/, before: [/weighting is 5%/, /Payment deductions for an £80,000 services contract/], includes: [], excludes: [STOCKPORT_RE] },
  ]),
  // Policy (vii): deductions "would be invested in a social value fund"; its size is not given. Asked after
  // a contract's weighting, the fund is the council's, not that contract's: said once, with no contract.
  ...conversation([
    { q: 'Cheshire West - got a works contract coming up, approx £75k total value. what weighting should social value get?', council: CWAC, includes: [pct(5)] },
    { q: 'how much is actually in that social value fund at the moment?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say how much is in the social value fund\.$/, includes: [/invested in a social value fund/], excludes: [/do not give that amount/, /What they do say:[^\n]*What they do say:/, money(75000)], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac - £250k contract, what SV weighting?', council: CWAC, includes: [pct(10)] },
    { q: 'and how big is the social value fund?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say how much is in the social value fund\.$/, includes: [/social value fund/], excludes: [/do not give that amount/, money(250000)], source: SRC.cwac },
  ]),
  // Exec 2.7–2.8: the community consultation's priorities (social isolation, poverty, food support,
  // employment support, community based support, business engagement). A council named in a message the
  // bot could not answer as asked is still the one in play for the next question.
  ...conversation([
    { q: 'trafford - have we got any decent SV case studies i can drop into a presentation?', council: TRAFFORD, includes: [] },
    { q: 'nice. what did the community hubs say their priorities were?', council: TRAFFORD, firstLine: /^Trafford's community priorities/, includes: [/Social isolation/, /Food support/], excludes: [STOCKPORT_RE, CWAC_RE, /default council/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'hi, trafford here - can you do me a quick summary for the team meeting?', council: TRAFFORD, includes: [] },
    { q: "what were the community hubs' priorities?", council: TRAFFORD, firstLine: /^Trafford's community priorities/, includes: [/Employment support/], excludes: [STOCKPORT_RE, /default council/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'cheshire west - can you do me a quick summary for the team meeting?', noDefault: true, council: CWAC, includes: [] },
    { q: 'what are their broad priorities?', noDefault: true, council: CWAC, includes: [/Tackle the climate emergency/], excludes: [WHICH_COUNCIL, STOCKPORT_RE, TRAFFORD_RE], source: SRC.cwac },
  ]),
  // Charter s.1 table: Theme 4 (Environment) is ticked for "Stockport benefits from a thriving economy"
  // and "Stockport is a place people want to live"; Theme 1 (Jobs) for all but the fourth. "Which of
  // those" asks items of the list just given, for its council: not the National TOMs themes.
  ...conversation([
    { q: 'what are the 5 shared core outcomes in stockports SV charter?', council: STOCKPORT, includes: [/thriving economy/] },
    { q: 'which of those tick the environment TOMs theme?', council: STOCKPORT, firstLine: /Stockport benefits from a thriving economy: TOMs themes [^;]*4 \(Environment\)[^;]*; Stockport is a place people want to live/, includes: [], excludes: [CWAC_RE, /Promote Local Skills and Employment/], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'stockport core outcomes?', council: STOCKPORT, includes: [/thriving economy/] },
    { q: 'which of these come under the environment TOMs theme', council: STOCKPORT, firstLine: /thriving economy: TOMs themes [^;]*4 \(Environment\)/, includes: [/place people want to live/], excludes: [CWAC_RE, /Supporting Growth of Responsible Regional Business/], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'what are the five core outcomes for stockport', council: STOCKPORT, includes: [/thriving economy/] },
    { q: 'and which ones of them link to the jobs TOMs theme?', council: STOCKPORT, firstLine: /^TOMs themes by core outcome: People are able to make informed choices and be independent: TOMs themes 1 \(Jobs\)/, includes: [], excludes: [CWAC_RE, /Promote Local Skills and Employment/], source: SRC.charter },
  ]),
  // Policy Appendix C: Employment: approval of the People Plan (July 2021) and of the Inclusive Employment
  // Strategy (September 2021), Human Resources Manager/Staffing Committee; a Supported Internship programme
  // for 20 young people with an EHC Plan (Skills and Employment Manager, April 2022). "The employment
  // side" names the actions the plan labels Employment: they lead, not the plan's first list again.
  ...conversation([
    { q: "CW&C social value action plan - who's leading on the measurement tool and when was it meant to go live?", council: CWAC, includes: [/Procurement Manager/] },
    { q: 'whats in there on the employment side', council: CWAC, firstLine: /^Employment: approval of the People Plan/, includes: [/Inclusive Employment Strategy/, /Supported Internship programme for 20 young people/], excludes: [STOCKPORT_RE], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac action plan - who leads on the measurement tool?', council: CWAC, includes: [/Procurement Manager/] },
    { q: 'and anything on employment?', council: CWAC, firstLine: /^Employment: approval of the People Plan/, includes: [/Supported Internship/], excludes: [STOCKPORT_RE], source: SRC.cwac },
  ]),
  ...kind('document facts', [
    { q: 'cwac action plan - whats in there on the employment side?', council: CWAC, firstLine: /^Employment: approval of the People Plan/, includes: [/Supported Internship/], excludes: [STOCKPORT_RE], source: SRC.cwac },
  ]),
  // Statement s.2: "A pledge to become operationally net zero by 2030"; s.5: "our target for Stockport to
  // become carbon neutral by 2038". Asked next, the targets lead, not the tender question that led before.
  ...conversation([
    { q: 'stockport - are we going to make suppliers have carbon reduction plans? by when?', council: STOCKPORT, includes: [/by 2024/] },
    { q: "and whats the councils own target, and the borough's?", council: STOCKPORT, firstLine: /^The council has pledged to become operationally net zero by 2030/, includes: [/carbon neutral by 2038/], excludes: [CWAC_RE], source: SRC.statement },
  ]),
  ...conversation([
    { q: "what's stockport asking suppliers to do on carbon?", council: STOCKPORT, includes: [] },
    { q: "what about the council's own net zero target and the borough target?", council: STOCKPORT, firstLine: /^The council has pledged to become operationally net zero by 2030/, includes: [/carbon neutral by 2038/], excludes: [CWAC_RE], source: SRC.statement },
  ]),
  // Statement s.4: "with very few exceptions, requiring senior officer sign off"; no post is named. Asked
  // who signs an exception off, that is said first, then the sentence on the exceptions.
  ...conversation([
    { q: "Can I leave social value out of a Stockport MBC procurement? It's a specialist software licence renewal, about £40k, and there's only really one supplier", council: STOCKPORT, includes: [] },
    { q: 'ok and who signs off the exception?', council: STOCKPORT, firstLine: /^Stockport's documents do not name the post that signs off an exception/, includes: [/What they do say: Officers will not progress any procurement without this stage being satisfied; the very few exceptions require senior officer sign-off/], excludes: [CWAC_RE], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'can we skip social value on a stockport £30k procurement?', council: STOCKPORT, includes: [] },
    { q: 'who approves the exemption then?', council: STOCKPORT, firstLine: /^Stockport's documents do not name the post that signs off an exception/, includes: [/senior officer sign-off/], excludes: [CWAC_RE] },
  ]),
];

const HELD_OUT_22B: OfficerRow[] = [
  // Policy Appendix C: "Adopt a social value measurement tool | Procurement Manager | July 2021"; "Launch
  // social value measurement tool | Procurement Manager | September 2021". Asked by when, the dates the
  // plan gives are the answer, not "no deadline is given" over a quote that gives one.
  ...conversation([
    { q: "what's in the cheshire west and chester SV action plan on the employment side?", council: CWAC, includes: [/Supported Internship/] },
    { q: "who's leading on the measurement tool and by when?", council: CWAC, firstLine: /\(Procurement Manager\): Adopt a social value measurement tool: July 2021; Launch social value measurement tool: September 2021/, includes: [], excludes: [/do not give a deadline/, STOCKPORT_RE], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac - whats on the SV action plan?', council: CWAC, includes: [] },
    { q: 'the measurement tool - who leads it and by when?', council: CWAC, firstLine: /\(Procurement Manager\): Adopt a social value measurement tool: July 2021/, includes: [/September 2021/], excludes: [/do not give a deadline/], source: SRC.cwac },
  ]),
  // Policy, Where are we now?: "2025 hours of staff volunteering since 2016". A count the documents report
  // to date is what has been done: no "whether that has happened yet" beside it.
  ...conversation([
    { q: 'how many volunteering days do cheshire west staff get a year?', council: CWAC, includes: [/up to 2 days/] },
    { q: 'do we know how many hours have actually been done?', council: CWAC, firstLine: /2025 hours of staff volunteering since 2016/, includes: [], excludes: [/whether that has happened yet/, STOCKPORT_RE], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac staff volunteering days?', council: CWAC, includes: [/up to 2 days/] },
    { q: 'do we know how many volunteering hours have actually been done?', council: CWAC, firstLine: /2025 hours of staff volunteering since 2016/, includes: [], excludes: [/whether that has happened yet/] },
  ]),
  // Charter s.2, Our Promise: five commitments, the last two after the page break ("Work to support
  // sustainable development …"; "Be a living wage employer …"). A list asked for is quoted whole.
  ...kind('document facts', [
    { q: 'what does the stockport charter actually commit the council to as an employer itself?', council: STOCKPORT, includes: [/Through citizen empowerment/, /Work to support sustainable development/, /Be a living wage employer and encourage our providers/], excludes: [CWAC_RE], source: SRC.charter },
    { q: 'stockport charter - what does the council promise to do as an employer?', council: STOCKPORT, includes: [/Be a living wage employer/, /sustainable development/], excludes: [CWAC_RE], source: SRC.charter },
    { q: 'what does stockport commit to as an employer in its charter?', council: STOCKPORT, includes: [/Be a living wage employer/], source: SRC.charter },
  ]),
  // Statement s.4 case studies: George Cox "cleared a 40,000m² plot of urban wasteland and created a
  // community woodland by planting 7,500 trees". The case study asked for leads, not the list's first.
  ...kind('document facts', [
    { q: "the tree planting case study in stockport's annual statement, who was the contractor and how many trees was it", council: STOCKPORT, firstLine: /^\W?George Cox/, includes: [/7,500 trees/], source: SRC.statement },
    { q: 'stockport case study about tree planting - which contractor?', council: STOCKPORT, firstLine: /^\W?George Cox/, includes: [/7,500 trees/], source: SRC.statement },
    { q: 'who did the tree planting case study in the stockport statement', council: STOCKPORT, firstLine: /^\W?George Cox/, includes: [/community woodland/], source: SRC.statement },
  ]),
  // Statement s.5: "A new policy is proposed to introduce … a mandatory position on … carbon reduction
  // plans by 2024"; s.2: tender questions ask whether suppliers have one. Asked what the council is going
  // to do, the proposal answers: yes, proposed.
  ...kind('verdict', [
    { q: 'Stockport MBC - are we going to start making suppliers have a carbon reduction plan?', council: STOCKPORT, firstLine: /^Yes, proposed: a proposed policy would make greenhouse gas reporting and carbon reduction plans mandatory by 2024/, includes: [/Tender documentation includes questions/], excludes: [CWAC_RE], source: SRC.statement },
    { q: 'is stockport going to make carbon reduction plans mandatory for suppliers?', council: STOCKPORT, firstLine: /^Yes, proposed: .*mandatory by 2024/, includes: [], source: SRC.statement },
    { q: 'will stockport suppliers be required to have a carbon reduction plan?', council: STOCKPORT, firstLine: /^Yes, proposed: .*mandatory by 2024/, includes: [], source: SRC.statement },
    { q: 'are stockport planning to make suppliers provide carbon reduction plans', council: STOCKPORT, firstLine: /^Yes, proposed: .*mandatory by 2024/, includes: [], source: SRC.statement },
  ]),
  // Statement s.2: "A pledge to become operationally net zero by 2030"; s.5: "our target for Stockport to
  // become carbon neutral by 2038". Asked for a target date, the sentence with the targets leads.
  ...conversation([
    { q: 'Stockport MBC - are we going to start making suppliers have a carbon reduction plan?', council: STOCKPORT, includes: [/by 2024/] },
    { q: 'whats the target date for stockport itself going net zero?', council: STOCKPORT, firstLine: /^The council has pledged to become operationally net zero by 2030/, includes: [/carbon neutral by 2038/], excludes: [CWAC_RE], source: SRC.statement },
  ]),
  ...conversation([
    { q: "what's stockport asking suppliers to do on carbon?", council: STOCKPORT, includes: [] },
    { q: 'and what year is the council itself aiming to be net zero?', council: STOCKPORT, firstLine: /^The council has pledged to become operationally net zero by 2030/, includes: [/carbon neutral by 2038/], excludes: [CWAC_RE], source: SRC.statement },
  ]),
  ...kind('document facts', [
    { q: 'stockport target date for net zero?', council: STOCKPORT, firstLine: /^The council has pledged to become operationally net zero by 2030/, includes: [/carbon neutral by 2038/], source: SRC.statement },
  ]),
  // Statement s.4: "with very few exceptions, requiring senior officer sign off"; no post is named. Asked
  // with the exception first and who after, the same: no post named, then the sentence on the exceptions.
  ...conversation([
    { q: 'can i leave social value out of a £40k IT hardware tender in stockport? its all off the shelf kit, not much scope', council: STOCKPORT, includes: [/senior officer/] },
    { q: 'ok so if it is one of those exceptions who has to sign it off?', council: STOCKPORT, firstLine: /^Stockport's documents do not name the post that signs off an exception/, includes: [/What they do say: Officers will not progress any procurement without this stage being satisfied; the very few exceptions require senior officer sign-off/], excludes: [CWAC_RE], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'can we skip social value on a stockport £30k procurement?', council: STOCKPORT, includes: [] },
    { q: 'for an exemption, who would need to approve it?', council: STOCKPORT, firstLine: /^Stockport's documents do not name the post that signs off an exception/, includes: [/What they do say: Officers will not progress any procurement without this stage being satisfied; the very few exceptions require senior officer sign-off/], excludes: [CWAC_RE] },
  ]),
  ...conversation([
    { q: 'can we skip social value on a stockport £30k procurement?', council: STOCKPORT, includes: [] },
    { q: "if it's an exception, who signs that off?", council: STOCKPORT, firstLine: /^Stockport's documents do not name the post that signs off an exception/, includes: [/What they do say: Officers will not progress any procurement without this stage being satisfied; the very few exceptions require senior officer sign-off/], excludes: [CWAC_RE] },
  ]),
  // Exec 2.1 STAR: "The results are reported quarterly through 5 STAR Measures at the STAR Board and Joint
  // Committee. The measures are also shared periodically with the Trafford Audit Committee." Cited to 2.1,
  // where an officer checking finds it, not to 6.6 (the Steering Group's action plan).
  ...conversation([
    { q: "ok and what's the min SV weighting Trafford uses when scoring bids?", council: TRAFFORD, includes: [] },
    { q: 'how do the results get reported up?', council: TRAFFORD, firstLine: /quarterly through 5 STAR Measures/, includes: [/Trafford Audit Committee[^\n]*\n[^\n]*Source:[^\n]*section 2\.1 STAR/], excludes: [STOCKPORT_RE], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'who does trafford report its social value results to?', council: TRAFFORD, includes: [/Trafford Audit Committee[^\n]*\n[^\n]*Source:[^\n]*section 2\.1 STAR/], source: SRC.trafford },
  ]),
];

const HELD_OUT_22A: OfficerRow[] = [
  // Policy, Procurement (iv): "This standard weighting could be varied on a case by case basis as
  // appropriate"; no post or body is named to approve a variation. Asked who approves going lower, the
  // answer says so, for the contract and council in play, then what the rule does say.
  ...conversation([
    { q: 'CWaC - highways works, about £25k a year for 5 years, what SV weighting?', council: CWAC, includes: [pct(10)], derived: [125000] },
    { q: 'who actually approves it if we want to go lower than that?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say who approves a lower weighting/, includes: [/could be varied on a case by case basis/, pct(10)], excludes: [...HELP_OR_POINTER, STOCKPORT_RE, TRAFFORD_RE], derived: [125000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac £80k contract weighting?', council: CWAC, includes: [pct(5)] },
    { q: 'who signs off a lower weighting?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say who approves a lower weighting/, includes: [/case by case/], excludes: [...HELP_OR_POINTER, STOCKPORT_RE] },
  ]),
  // Charter s.4: a minimum of 15% with an overall target of 20%; nobody is named to agree less.
  ...conversation([
    { q: 'stockport £60k services weighting?', council: STOCKPORT, includes: [pct(15)] },
    { q: 'who can agree to us going lower than that?', council: STOCKPORT, firstLine: /^Stockport's documents do not say who approves a lower weighting/, includes: [pct(15)], excludes: [...HELP_OR_POINTER, CWAC_RE, /case by case/] },
  ]),
  // Exec 3.2: "In August 2021 the Trafford Hong Kongers wrote to Trafford Council asking for help in
  // settling into the area and helping newcomers to move into employment." A follow-up that names no
  // council, value or subject is asked of the conversation's council and topic, not met with the pointer.
  ...conversation([
    { q: 'Someone in a meeting said trafford used social value to help people arriving from Hong Kong?? what did they actually do', council: TRAFFORD, includes: [/UA92/] },
    { q: 'who asked the council for help in the first place, and when?', council: TRAFFORD, firstLine: /In August 2021 the Trafford Hong Kongers wrote to Trafford Council/, includes: [], excludes: [...HELP_OR_POINTER, STOCKPORT_RE], source: SRC.trafford },
  ]),
  // Statement s.7: the Round Table "is chaired by the former Mayor of Stockport"; no name is given.
  ...conversation([
    { q: 'who chairs the stockport social value round table and how often does it meet', council: STOCKPORT, includes: [/termly/] },
    { q: 'whats their name? want to invite them to something', council: STOCKPORT, firstLine: /^Stockport's documents do not give a name/, includes: [/former Mayor of Stockport/], excludes: [...HELP_OR_POINTER], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'who chairs the round table in stockport?', council: STOCKPORT, includes: [/former Mayor/] },
    { q: 'do we know the chairs name?', council: STOCKPORT, firstLine: /^Stockport's documents do not give a name/, includes: [/former Mayor of Stockport/], excludes: [...HELP_OR_POINTER] },
  ]),
  // Thanks or a sign-off mid-conversation: a short friendly reply, no figures, and the conversation kept.
  ...conversation([
    { q: 'stockport weighting for a £60k contract?', council: STOCKPORT, includes: [pct(15)] },
    { q: 'thanks thats really helpful! have a good weekend 🙂', firstLine: /^Glad it helped/, includes: [], excludes: [...HELP_OR_POINTER, ...NO_POLICY_FIGURES, WHICH_COUNCIL] },
    { q: 'and for £30k?', council: STOCKPORT, includes: [pct(15), SAME] },
  ]),
  ...conversation([
    { q: 'cwac £120k works weighting', council: CWAC, includes: [pct(10)] },
    { q: 'that is really useful, cheers', firstLine: /^Glad it helped/, includes: [], excludes: [...HELP_OR_POINTER, ...NO_POLICY_FIGURES] },
  ]),
  // "Did you mean Trafford?" answered by typing the next question instead of tapping: the council offered
  // is the one in play. Exec 4.3: the Group "is responsible for ensuring that a strategic approach is taken
  // to Social Value" and is chaired by the Inclusive Economy and Communities Manager.
  ...conversation([
    { q: 'who chairs the SV steering group at Traford?', includes: [/Did you mean Trafford/i] },
    { q: 'and what is the group actually responsible for', council: TRAFFORD, includes: [/Steering Group/i], excludes: [STOCKPORT_RE, CWAC_RE, /same question, for Stockport/i], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'who is on the steering group in trafords council?', includes: [/Did you mean Trafford/i] },
    { q: 'who chairs it?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/], excludes: [STOCKPORT_RE, CWAC_RE] },
  ]),
  // Policy (vii): payment deductions apply to contracts over £100,000 total value.
  ...conversation([
    { q: 'weighting for £80k in chesire west?', includes: [/Did you mean Cheshire West and Chester/i] },
    { q: 'and what about payment deductions?', council: CWAC, includes: [/over £100,000/], excludes: [STOCKPORT_RE, TRAFFORD_RE] },
  ]),
  ...kind('off-topic', [
    { q: 'have a good weekend!', firstLine: /^Bye for now/, includes: [], excludes: [...HELP_OR_POINTER, ...NO_POLICY_FIGURES] },
    { q: 'thats great thank you so much, really appreciate it', firstLine: /^Glad it helped/, includes: [], excludes: [...HELP_OR_POINTER, ...NO_POLICY_FIGURES] },
  ]),
];

const HELD_OUT_22C: OfficerRow[] = [
  // Statement s.4: social value "for all areas (goods, works and services)"; no council's rules are for some
  // kinds of contract only. Asked whether the kind of contract matters ("a colleague said works is
  // different"), the answer is no, first: "different" asks about the kind of contract, not a comparison of councils.
  ...conversation([
    { q: 'hi, doing a tender for stockport for a cleaning services contract, £15k pa over 4 yrs. what SV weighting do i need?', council: STOCKPORT, includes: [pct(15), money(60000)], derived: [60000] },
    { q: 'does it matter that its services rather than works? colleague said works is different', council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for works contracts/, includes: [/goods, works and services/], excludes: [/Weighting by council/, CWAC_RE, TRAFFORD_RE, /12 Steps/], source: SRC.statement, derived: [60000] },
  ]),
  ...conversation([
    { q: 'cwac £80k services contract - sv weighting?', council: CWAC, includes: [pct(5)] },
    { q: 'my manager reckons works contracts are treated differently - are they?', council: CWAC, firstLine: /^No: Cheshire West and Chester's documents set no different rule for works contracts/, includes: [/supplies, services and works/], excludes: [/Weighting by council/, STOCKPORT_RE, TRAFFORD_RE], source: SRC.cwac },
  ]),
  ...kind('weighting and thresholds', [
    { q: 'does it matter whether its works or services in stockport?', council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for works contracts/, includes: [/goods, works and services/, pct(15)], excludes: [/carbon reduction plan/i], source: SRC.statement },
    { q: 'are works contracts treated differently to services in stockport?', council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for works contracts/, includes: [/goods, works and services/], excludes: [/Real Living Wage/], source: SRC.statement },
    { q: 'does it make a difference if its a works contract?', council: STOCKPORT, firstLine: /^No: Stockport's documents set no different rule for works contracts/, includes: [/goods, works and services/], excludes: [/S-Rep|S-REP/, /make a real difference/], source: SRC.statement },
    { q: "cwac - does it make a difference if it's a works contract rather than services?", council: CWAC, firstLine: /^No: Cheshire West and Chester's documents set no different rule for works contracts/, includes: [/supplies, services and works/], excludes: [STOCKPORT_RE], source: SRC.cwac },
    { q: 'trafford: is a goods contract any different?', council: TRAFFORD, firstLine: /^No: Trafford's documents set no different rule for goods contracts/, includes: [/do not set a social value weighting/], excludes: [/good Social Value outcomes/], source: SRC.trafford },
  ]),
  // Exec report (24 October 2022) is "for Decision" and recommends the Executive "Approves the Trafford Social
  // Value Charter"; it does not record the decision. Charter: ratified in 2019. A charter said to have been
  // signed off or approved, and asked to be confirmed, is asked of the document's approval, not of PID sign-off.
  ...kind('document facts', [
    { q: "Trafford's Executive signed off the SV charter on 24 Oct 2022 didn't they?", council: TRAFFORD, firstLine: /^A report for decision, recommending that the Executive approves .*; it does not record the Executive's decision\./, includes: [/24 October 2022/], excludes: [/\bPID\b/, /Procurement Initiation Document/, /Stockport/], source: SRC.trafford },
    { q: 'the trafford charter got signed off in october 2022 right?', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [/recommending that the Executive approves/], excludes: [/\bPID\b/, /Stockport/], source: SRC.trafford },
    { q: "am I right that trafford's exec approved the charter in oct 22?", council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [/recommending that the Executive approves/], excludes: [/don't say anything/], source: SRC.trafford },
    { q: 'trafford exec approved the SV charter in oct 2022, correct?', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [/recommending that the Executive approves/], excludes: [/don't say anything/], source: SRC.trafford },
    { q: "stockport's charter was ratified in 2019 wasn't it", council: STOCKPORT, firstLine: /^Ratified in 2019/, includes: [/due to be refreshed in 2023/], excludes: [/don't say anything/, /\bPID\b/], source: SRC.statement },
    { q: "who signed off stockport's charter?", council: STOCKPORT, firstLine: /^Ratified in 2019/, includes: [/due to be refreshed in 2023/], excludes: [/Procurement Initiation Document/, /\bPID\b/], source: SRC.statement },
  ]),
  // Statement s.8, from the £14.2m committed in 2022/23: "503 weeks of apprenticeships working on contracts";
  // "178 weeks of apprenticeships working on contracts for disadvantaged people". How many were had is a
  // figure the documents report, not what a National TOMs measure (NT10, "No. of weeks of apprenticeships
  // on the contract") counts.
  ...kind('document facts', [
    { q: 'how many weeks of apprenticeships did we get off contracts last year', council: STOCKPORT, includes: [/503 weeks of apprenticeships working on contracts/, /178 weeks of apprenticeships/], excludes: [/\bNT10\b/, /National TOMs measures/], source: SRC.statement },
    { q: 'number of apprenticeship weeks from our contracts in 22/23?', council: STOCKPORT, includes: [/503 weeks of apprenticeships working on contracts/], excludes: [/\bNT10\b/, /National TOMs measures/], source: SRC.statement },
    { q: 'apprenticeship weeks on contracts last year - how many?', council: STOCKPORT, includes: [/503 weeks of apprenticeships working on contracts/], excludes: [/\bNT10\b/, /National TOMs measures/], source: SRC.statement },
  ]),
  // No council named, none set, no default: Trafford's "53p back in social value for every £1 spent" (3.1)
  // is one council's figure, and Stockport reports its own ("% social & local economic value add"); an
  // ordinary word only Trafford's documents use ("back") does not say Trafford is meant. A name only one
  // council's documents use still does ("Bee Net Zero": Stockport).
  ...kind('no council known', [
    { q: 'how much do we get back in SV for every £1 spent?', ...whichCouncil(/every £1 spent/), excludes: [/53p/] },
    { q: 'what social value do we get back for every £1 spent', ...whichCouncil(/every £1 spent/), excludes: [/53p/] },
    { q: 'how much value do we get back from suppliers on our contracts', ...whichCouncil(/suppliers on our contracts/), excludes: [/53p/, /only council whose documents mention/] },
  ]),
];

// Held out, round 23. The National TOMs (CWaC Policy, Appendix B) are one list, whichever council:
// NT4 counts NEETs hired on the contract, NT4a 16-25 y.o. care leavers; both under Jobs, "More
// opportunities for disadvantaged people". "What's the difference between …" of two measures asks for
// both side by side, not a comparison of councils' weightings.
const HELD_OUT_23: OfficerRow[] = [
  ...kind('shared by the councils', [
    { q: 'whats the difference between NT4 and NT4a', firstLine: /^NT4: No\. of employees \(FTE\) hired on the contract who are NEETs; NT4a: No\. of 16-25 y\.o\. care leavers/, includes: [/Both are under the theme Jobs/], excludes: [/Weighting by council/, pct(15)], noDefault: true, source: SRC.cwac },
    { q: 'NT1 vs NT3 - which one do i use for local hires?', firstLine: /^NT1: .*; NT3: /, includes: [/local direct employees/], excludes: [/Weighting by council/, pct(15)], noDefault: true, source: SRC.cwac },
    { q: 'can you compare nt10 and nt11 for me', firstLine: /^NT10: .*; NT11: /, includes: [/apprenticeships/], excludes: [/Weighting by council/], source: SRC.cwac },
  ]),
];

// Held out, round 26. An amount followed by the contract's term ("£1.2m 5 year framework", "75k 2 yr")
// is the amount typed, not £1.20 or nothing: Stockport's 15% minimum (20% target) over £25k (Charter
// s.4); CWaC's 5% for £50,000-£100,000 (Policy, Procurement (iv)); Trafford's Portal over £50K (Exec 3.1).
const HELD_OUT_26: OfficerRow[] = [
  ...kind('weighting and thresholds', [
    { q: '£1.2m 5 year framework, stockport, competitive – weighting?', council: STOCKPORT, firstLine: /^For a £1,200,000 contract, Stockport's minimum social value weighting is 15%/, includes: [pct(15), pct(20)], excludes: [/£1\.20\b/], source: SRC.charter },
    { q: 'weighting for a 75k 2 yr services contract in cwac', council: CWAC, firstLine: /^For a £75,000 services contract, Cheshire West and Chester's standard social value weighting is 5%/, includes: [pct(5)], source: SRC.cwac },
    { q: 'trafford £60k 3 year deal, do i need the portal', council: TRAFFORD, firstLine: /^Yes: for a £60,000 contract/, includes: [PORTAL], source: SRC.trafford },
    { q: 'stockport - £40,000 2 year contract for catering, what sv %', council: STOCKPORT, firstLine: /^For a £40,000 contract, Stockport's minimum social value weighting is 15%/, includes: [pct(15)], source: SRC.charter },
  ]),
  // A term with two extensions ("2 years + 1 + 1") is four years; a rate named before the amount ("annual
  // value around £15k") is a rate. CWaC: 10% above £100,000 total value, 5% for £50,000-£100,000.
  // Stockport: "in excess of £25k" (Charter s.4), so a £15k-a-year, five-year deal needs social value.
  ...kind('totals over years', [
    { q: 'cheshire west - contract is 45k per annum, 2 years + 1 + 1 extension options. what SV weighting do i need', council: CWAC, includes: [money(180000), pct(10), money(90000), pct(5)], derived: [180000, 90000], source: SRC.cwac },
    { q: 'cwac 2+1+1 at £30k pa - weighting?', council: CWAC, includes: [money(120000), pct(10)], derived: [120000, 60000], source: SRC.cwac },
    { q: "re-procuring grounds maintenance in stockport, currently a 3 year deal with option to extend 2 more years, annual value around £15k, competitive tender. my head of service reckons we dont need social value because its small. is she right?", council: STOCKPORT, includes: [money(75000), pct(15)], excludes: [/£15,000 (?:services )?contract/], derived: [75000, 45000], source: SRC.charter },
    { q: 'smbc - annual value of 40k, 4 years, what weighting', council: STOCKPORT, includes: [money(160000), pct(15)], derived: [160000] },
  ]),
];

// Held out, round 25 (A).
const HELD_OUT_25A: OfficerRow[] = [
  // Charter s.4: "a minimum weighting of 15% with an overall target of 20%, in all competitive procurement
  // activity with a total agreement value in excess of £25k"; the Portal "in excess of £50k". An extension
  // asked in a follow-up adds to the term already given (£20k a year for 2 years, plus 1 year: £60,000), and
  // the total without it (£40,000) is given beside, so the Portal is yes with it and no without.
  ...conversation([
    { q: '£20k a year for 2 years - stockport services, what weighting', council: STOCKPORT, includes: [pct(15), money(40000)], derived: [40000] },
    { q: 'and if we add a 1 year extension?', council: STOCKPORT, firstLine: /£60,000 services contract.*15%/, includes: [pct(20), overYears(3), /Without the extension: £40,000/], excludes: [/£20,000 (?:services )?contract/], derived: [20000, 40000, 60000], source: SRC.charter },
    { q: 'do i need the portal then?', council: STOCKPORT, firstLine: /^Yes: for a £60,000 services contract/, includes: [PORTAL, /Without the extension: £40,000/, /not more than £50,000/], excludes: [/£20,000 (?:services )?contract/], derived: [20000, 40000, 60000], source: SRC.charter },
    { q: 'what if it was works instead?', council: STOCKPORT, firstLine: /£60,000 works contract.*15%/, includes: [pct(20)], excludes: [/£20,000 (?:works )?contract/, /no social value weighting/], derived: [20000, 40000, 60000], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'stockport, 20k pa over 2 yrs, services - weighting?', council: STOCKPORT, includes: [pct(15), money(40000)], derived: [40000] },
    { q: 'what if theres a 12 month extension', council: STOCKPORT, firstLine: /£60,000 services contract.*15%/, includes: [/Without the extension: £40,000/], excludes: [/£20,000 (?:services )?contract/], derived: [20000, 40000, 60000] },
  ]),
  ...conversation([
    { q: '£20k a year for 2 years - stockport services, what weighting', council: STOCKPORT, includes: [pct(15)], derived: [40000] },
    { q: 'add on a 1yr ext?', council: STOCKPORT, firstLine: /£60,000 services contract.*15%/, includes: [/Without the extension: £40,000/], excludes: [...HELP_OR_POINTER], derived: [20000, 40000, 60000] },
  ]),
  ...conversation([
    { q: '£20k a year for 2 years - stockport services, what weighting', council: STOCKPORT, includes: [pct(15)], derived: [40000] },
    { q: 'ok and with an extension for a year?', council: STOCKPORT, firstLine: /£60,000 services contract.*15%/, includes: [/Without the extension: £40,000/], excludes: [/£20,000 (?:services )?contract/], derived: [20000, 40000, 60000] },
  ]),
  // Policy, Procurement (iv): 5% between £50,000 and £100,000, 10% above £100,000. £30k a year for 3 years
  // is £90,000 (5%); a year's extension makes it £120,000 (10%).
  ...conversation([
    { q: 'cwac, 30k a year for 3 years, services weighting?', council: CWAC, includes: [pct(5), money(90000)], derived: [90000] },
    { q: 'and if we add a 1 year extension', council: CWAC, firstLine: /£120,000 services contract.*10%/, includes: [/Without the extension: £90,000/, pct(5)], derived: [30000, 90000, 120000], source: SRC.cwac },
  ]),
  // Policy, Procurement (iv) sets weightings from £50,000 up (5% to £100,000, 10% above): below £50,000 it
  // sets none, so a figure judged before ("is 8% enough?") has no council figure to meet there.
  ...conversation([
    { q: 'cwac weighting for a 60k goods contract', council: CWAC, includes: [pct(5)] },
    { q: 'what if it was £150k?', council: CWAC, includes: [pct(10)] },
    { q: 'so is 8% enough?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10)] },
    { q: 'and what about below 50k?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not set a social value weighting for contracts under £50,000/, includes: [/no council figure for 8% to meet/, pct(5), pct(10)], excludes: [/It depends on the contract's total value/, /Tell me the total agreement value/, STOCKPORT_RE], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac weighting for a 150k goods contract', council: CWAC, includes: [pct(10)] },
    { q: 'is 8% ok?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10)] },
    { q: 'what about under 50k', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not set a social value weighting for contracts under £50,000/, includes: [], excludes: [/It depends/, /Tell me the total agreement value/] },
  ]),
  ...conversation([
    { q: 'cwac 150k services', council: CWAC, includes: [pct(10)] },
    { q: 'would 8% be ok', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10)] },
    { q: 'what if its less than 50k', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not set a social value weighting for contracts under £50,000/, includes: [], excludes: [/It depends/] },
  ]),
  ...conversation([
    { q: 'cwac 150k services', council: CWAC, includes: [pct(10)] },
    { q: 'would 8% be ok', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(10)] },
    { q: 'and over 100k?', council: CWAC, firstLine: /^Only as a justified case-by-case variation: 8% is below Cheshire West and Chester's standard weighting of 10%/, includes: [], excludes: [/It depends/, /Tell me the total agreement value/, /standard weighting of 5%/] },
  ]),
  // Charter s.4: no weighting at or below £25k.
  ...conversation([
    { q: 'stockport 40k services weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: 'is 12% enough', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'and below 25k?', council: STOCKPORT, firstLine: /^Stockport's documents do not set a social value weighting for contracts under £25,000/, includes: [/no council figure for 12% to meet/], excludes: [/It depends/] },
  ]),
  // Policy, Procurement (iv): "For contracts with a total value between £50,000 and £100,000 a social value
  // weighting of 5% … This standard weighting could be varied on a case by case basis". "So 3% won't do?"
  // asks for a verdict on 3% for the same contract, not the weighting again.
  ...conversation([
    { q: 'cwac weighting for a 80k services contract pls', council: CWAC, includes: [pct(5)] },
    { q: 'so 3% wont do?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [/3% is below Cheshire West and Chester's standard weighting of 5%/, money(80000)], excludes: [STOCKPORT_RE, TRAFFORD_RE], source: SRC.cwac },
    { q: 'what about if it was 120k', council: CWAC, includes: [pct(10)], excludes: [STOCKPORT_RE, /standard weighting of 5% for/] },
  ]),
  ...conversation([
    { q: 'cwac weighting for a 80k services contract pls', council: CWAC, includes: [pct(5)] },
    { q: '3% not gonna cut it then?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [/3% is below/] },
  ]),
  ...conversation([
    { q: 'cwac weighting for a 80k services contract pls', council: CWAC, includes: [pct(5)] },
    { q: 'could we get away with 3%', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [/3% is below/] },
  ]),
  ...conversation([
    { q: 'cwac weighting for a 80k services contract pls', council: CWAC, includes: [pct(5)] },
    { q: "so 3 percent won't work?", council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [/3% is below/] },
  ]),
  ...conversation([
    { q: 'cwac weighting for a 80k services contract pls', council: CWAC, includes: [pct(5)] },
    { q: '3% is no good then', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [/3% is below/] },
  ]),
  // Asked whether a figure the rules allow "won't do", the answer does not lead with a yes that agrees.
  ...conversation([
    { q: 'stockport 60k services weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: 'so 15% wont do?', council: STOCKPORT, firstLine: /^It would do: 15% meets Stockport's minimum of 15%/, includes: [pct(20)], excludes: [/^Yes\b/] },
  ]),
  ...conversation([
    { q: 'stockport 60k services weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: '12% no good then?', council: STOCKPORT, firstLine: /^No: 12% is below Stockport's minimum of 15%/, includes: [] },
  ]),
  // "Too low?" is answered as asked: yes where the figure is below the council's (Charter s.4: minimum 15%).
  ...conversation([
    { q: 'stockport 60k services weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: 'is 12% too low?', council: STOCKPORT, firstLine: /^Yes, too low: 12% is below Stockport's minimum of 15%/, includes: [] },
  ]),
  ...conversation([
    { q: 'stockport 60k services weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: 'is 15% too low?', council: STOCKPORT, firstLine: /^No, not too low: 15% meets Stockport's minimum of 15%/, includes: [pct(20)] },
  ]),
  ...conversation([
    { q: 'stockport 60k services weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: 'is 12% not enough?', council: STOCKPORT, firstLine: /^Yes, too low: 12% is below/, includes: [] },
  ]),
  // Charter s.4 sets "a minimum weighting of 15% with an overall target of 20%" and gives no reason for the
  // figure. "Why 15?" after it asks why that figure: the documents do not say, then the rule, not the help card.
  ...conversation([
    {
      q: "Hi there, I'm new to procurement at Stockport and trying to get my head round the social value stuff. We've got a works contract coming up, £1.2m, for a school extension. What weighting should go in and does it need to go on the portal?",
      council: STOCKPORT,
      includes: [pct(15), PORTAL],
    },
    { q: 'why 15?', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [pct(20), /minimum weighting of 15%/], excludes: [...HELP_OR_POINTER, CENTRAL_GOVERNMENT, money(15000)], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'stockport weighting for a £40k services contract', council: STOCKPORT, includes: [pct(15)] },
    { q: 'why is it 15%?', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [money(40000)], excludes: [...HELP_OR_POINTER] },
  ]),
  ...conversation([
    { q: 'stockport weighting for a £40k services contract', council: STOCKPORT, includes: [pct(15)] },
    { q: 'how come its 15 percent', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [], excludes: [...HELP_OR_POINTER] },
  ]),
  ...conversation([
    { q: 'stockport weighting for a £40k services contract', council: STOCKPORT, includes: [pct(15)] },
    { q: 'why 15 tho', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [], excludes: [...HELP_OR_POINTER, money(15000)] },
  ]),
  ...conversation([
    { q: 'stockport weighting for a £40k services contract', council: STOCKPORT, includes: [pct(15)] },
    { q: 'whats the reason for 15% min', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [], excludes: [...HELP_OR_POINTER] },
  ]),
  // Policy, Procurement (iv): 5% for £50,000-£100,000; no reason is given for the figure.
  ...conversation([
    { q: 'cwac weighting for 80k services', council: CWAC, includes: [pct(5)] },
    { q: 'why 5% and not 10%?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say why the figure is 5%/, includes: [], excludes: [...HELP_OR_POINTER, STOCKPORT_RE] },
  ]),
];

// =============================================================================================
// Held out, round 25 (b): the live action plan looked at in a conversation about one council, and the
// documents' action plan asked on one subject.

const NOTHING_OVERDUE_UNDATED = /Nothing is overdue, but none of the \d+ open actions has a due date yet/;
const CWAC_TRAINING_ACTIONS = [/Training and awareness raising for commissioning and contract management staff: August 2021/, /develop a short training session that can be delivered in a lunch-time learning slot \(Strategy and Innovation Manager, September 2021\)/];

const HELD_OUT_25B: OfficerRow[] = [
  // The live plan, seeded from the Executive report (themes 6.3, actions 2.2, maturity Developing ->
  // Innovator 6.4): asked for with no council named after Trafford answers, it is Trafford's, as a
  // question would be. (These rows run on the bot whose default council is Stockport.)
  ...conversation([
    { q: "who's on the trafford steering group", council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/i], source: SRC.trafford },
    { q: 'show the action plan', council: TRAFFORD, firstLine: /^Trafford Social Value Action Plan/, includes: [LIVE_TRF, /Internal Management/, /Governance/, /Developing \(1\), target Innovator \(4\)/], excludes: [LIVE_SMBC, LIVE_CWAC, WHICH_COUNCIL] },
    { q: 'whats overdue', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED], excludes: [LIVE_SMBC, WHICH_COUNCIL] },
  ]),
  ...conversation([
    { q: 'Trafford maturity index - where are we at?', council: TRAFFORD, includes: [/developing to becoming an innovator/i], source: SRC.trafford },
    { q: 'ok show me the action plan then', council: TRAFFORD, firstLine: /^Trafford Social Value Action Plan/, includes: [LIVE_TRF, /Outcomes and Measures/], excludes: [/The action plan also includes/] },
  ]),
  ...conversation([
    { q: 'trafford charter principles', council: TRAFFORD, source: SRC.trafford, includes: [/Charter principles/i] },
    { q: 'right, lets see the action plan', council: TRAFFORD, includes: [LIVE_TRF], excludes: [LIVE_SMBC] },
  ]),
  ...conversation([
    { q: 'who chairs the trafford steering group?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/i], source: SRC.trafford },
    { q: 'can u pull up the plan', council: TRAFFORD, includes: [LIVE_TRF], excludes: [LIVE_SMBC] },
    { q: 'anything overdue?', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED], excludes: [LIVE_SMBC] },
  ]),
  ...conversation([
    { q: 'trafford maturity index', council: TRAFFORD, includes: [/Innovator/], source: SRC.trafford },
    { q: 'and the action plan?', council: TRAFFORD, includes: [LIVE_TRF], excludes: [LIVE_SMBC] },
  ]),
  ...conversation([
    { q: 'who is on the trafford steering group', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/i], source: SRC.trafford },
    { q: 'show me the acton plan', council: TRAFFORD, includes: [LIVE_TRF], excludes: [LIVE_SMBC], why: 'a typo of "action" is still a look at the live plan' },
  ]),
  // Stockport's plan is the Annual Statement's priorities (section 9), which give no dates: nothing
  // can be overdue, and the card says why rather than just "Nothing is overdue". On the bot with no
  // default council, so the council can only come from the conversation.
  ...conversation([
    { q: 'stockport action plan', council: STOCKPORT, includes: [LIVE_SMBC], noDefault: true },
    { q: 'whats overdue', council: STOCKPORT, firstLine: /^Stockport: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED, /the chair sets them/], excludes: [LIVE_CWAC, WHICH_COUNCIL], noDefault: true },
    { q: 'is anything late', council: STOCKPORT, firstLine: /^Stockport: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED], excludes: [LIVE_CWAC, WHICH_COUNCIL], noDefault: true },
  ]),
  ...conversation([
    { q: 'show me the stockport action plan', council: STOCKPORT, includes: [LIVE_SMBC], noDefault: true },
    { q: 'any overdue actions?', council: STOCKPORT, includes: [NOTHING_OVERDUE_UNDATED], excludes: [WHICH_COUNCIL], noDefault: true },
    { q: 'so whats overdue now', council: STOCKPORT, includes: [NOTHING_OVERDUE_UNDATED], excludes: [WHICH_COUNCIL], noDefault: true },
  ]),
  // CWaC Policy 2021-25, Appendix C: "Training and awareness raising for commissioning and contract
  // management staff" (Procurement Manager, August 2021) and, under Staff Awareness, "Develop a short
  // training session that can be delivered in a lunch-time learning slot" (Strategy and Innovation
  // Manager, September 2021). Asked on training, those two lead, not the whole plan. The policy records
  // what was planned, not what was done: "are those done?" is not given, with the live plan offered.
  ...conversation([
    { q: "what does cwac's action plan say about training", council: CWAC, firstLine: /^Procurement, Commissioning and Contract Management \(Procurement Manager\): Training and awareness raising/, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    { q: 'are those done?', council: CWAC, firstLine: /do not say whether that has happened yet/, includes: [...CWAC_TRAINING_ACTIONS, /live action plan/], buttons: ['Cheshire West and Chester action plan'], excludes: [/\b(?:has|have) been (?:done|completed)\b/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac action plan training?', council: CWAC, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    { q: 'r they done yet', council: CWAC, firstLine: /do not say whether that has happened yet/, includes: [/Training and awareness raising/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'anything on training in the cheshire west action plan', council: CWAC, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    { q: 'have they been completed', council: CWAC, firstLine: /do not say whether that has happened yet/, includes: [/lunch-time learning slot/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: "whats in cw&c's action plan re staff training", council: CWAC, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    { q: 'any of those done?', council: CWAC, firstLine: /do not say whether that has happened yet/, includes: [/Training and awareness raising/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: "what does cwac's action plan say about training", council: CWAC, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    // "the training" names the subject anew: what the policy plans for it (guides and training for staff,
    // Policy interventions: Procurement (iii)), never a "Yes" that it was done.
    { q: 'has the training been done', council: CWAC, firstLine: /do not say whether that has happened yet/, includes: [/training for staff/i], excludes: [/^Yes\b/m], source: SRC.cwac },
  ]),
  // Stockport Statement s9: "Deliver the social value training to ALL council commissioners by making it a mandatory requirement".
  ...kind('document facts', [
    { q: "what does stockport's action plan say about training", council: STOCKPORT, firstLine: /mandatory requirement/, includes: [/training to ALL council commissioners/i], source: SRC.statement },
  ]),
];

// Held out, round 25 (C).
const HELD_OUT_25C: OfficerRow[] = [
  // CWaC Policy, Appendix B (National TOMs table): NT19 "Total amount (£) spent through the contract with
  // LOCAL MSMEs", theme Growth: Supporting Growth of Responsible Regional Business, outcome "More
  // opportunities for local MSMEs and VCSEs". The measures are one national list, so a theme or outcome
  // asked of the measure just answered is that measure's, not a council's question.
  ...conversation([
    { q: "what's TOMs NT18?", firstLine: /^NT18: Total spent in the LOCAL supply chain/, includes: [/Growth/], source: SRC.cwac },
    { q: 'and NT19?', firstLine: /^NT19: Total amount \(£\) spent through the contract with LOCAL MSMEs/, includes: [/Growth/], source: SRC.cwac },
    { q: 'which theme is that under', firstLine: /^NT19 is under the theme Growth: Supporting Growth of Responsible Regional Business/, includes: [/More opportunities for local MSMEs and VCSEs/, /For NT19, as before/], excludes: [/Which council/i, /NT18 is under/], source: SRC.cwac },
    { q: 'and the outcome?', firstLine: /^NT19's outcome is .More opportunities for local MSMEs and VCSEs/, includes: [/Growth/], excludes: [/Which council/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'what is NT4a', firstLine: /^NT4a: /, includes: [/Jobs/], source: SRC.cwac },
    { q: 'wich theme does that come under', firstLine: /^NT4a is under the theme Jobs/, includes: [], excludes: [/Which council/i], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'nt10?', firstLine: /^NT10: /, includes: [], source: SRC.cwac },
    { q: 'what theme is it in', firstLine: /^NT10 is under the theme Jobs/, includes: [], excludes: [/Which council/i, /The National TOMs have 5 themes/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'whats NT19', firstLine: /^NT19: /, includes: [], source: SRC.cwac },
    { q: 'whats the outcome for that one', firstLine: /^NT19's outcome is .More opportunities for local MSMEs and VCSEs/, includes: [], excludes: [/Which council/i], source: SRC.cwac },
  ]),
  // Appendix B: NT3a (armed forces veterans hired) and NT6a (disabled veterans hired), both Jobs, "More
  // opportunities for disadvantaged people": the measures just listed are the ones asked of.
  ...conversation([
    { q: 'TOMs for veterans', includes: [/NT3a/, /NT6a/], source: SRC.cwac },
    { q: 'which theme are those under?', firstLine: /^NT3a and NT6a are both under the theme Jobs: Promote Local Skills and Employment/, includes: [/For NT3a, NT6a, as before/], excludes: [/Which council/i, /The National TOMs have 5 themes/], source: SRC.cwac },
  ]),
  ...kind('shared by the councils', [
    { q: 'which theme is NT19 under?', firstLine: /^NT19 is under the theme Growth/, includes: [], excludes: [/Which council/i], noDefault: true, source: SRC.cwac },
  ]),
  // Exec report 2.2: "The Social Value Maturity Index is a self-assessment tool which measures how far
  // Social Value has been embedded within an organisation"; Trafford "developing to becoming an
  // innovator"; five stages Minimum to Innovator. Asked what that means, the documents' words for what
  // the index is lead, not the same card again.
  ...conversation([
    { q: 'Trafford maturity index - where are we at?', council: TRAFFORD, firstLine: /^In February 2021 Trafford was assessed/, includes: [], source: SRC.trafford },
    { q: 'what does that mean', council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool which measures how far Social Value has been embedded within an organisation/, includes: [/developing to becoming an innovator/, /Innovator/], excludes: [STOCKPORT_RE, CWAC_RE, ...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'where is trafford on the maturity index', council: TRAFFORD, includes: [/developing to becoming an innovator/] },
    { q: 'sorry, what does that actually mean?', council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool/, includes: [], excludes: [STOCKPORT_RE, ...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford maturity index', council: TRAFFORD, includes: [/developing to becoming an innovator/] },
    { q: 'explain that pls', council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool/, includes: [], excludes: [STOCKPORT_RE, ...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'traffords maturity index score?', council: TRAFFORD, includes: [/developing to becoming an innovator/] },
    { q: 'whats that mean?', council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool/, includes: [], excludes: [STOCKPORT_RE, ...HELP_OR_POINTER], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'trafford - what does the maturity index mean?', council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool/, includes: [/developing to becoming an innovator/], source: SRC.trafford },
  ]),
  // Stockport's documents describe the index (Statement s7: completed annually by the steering group as a
  // self-assessment) but have no sentence that says what it is: said so, then what they do say.
  ...conversation([
    { q: 'stockport maturity index', council: STOCKPORT, includes: [/every year|annual/i] },
    { q: 'what does that mean', council: STOCKPORT, firstLine: /^Stockport's documents do not say in so many words what the Social Value Maturity Index is/, includes: [/self-assessment/], excludes: [TRAFFORD_RE, /embedded within an organisation/], source: SRC.statement },
  ]),
  // Statement s3: "Sitting underneath the CRMG Scrutiny Committee is a structure …" mentions governance; it
  // does not say what governance is, so it is no definition to lead with.
  ...conversation([
    { q: 'stockport governance for social value', council: STOCKPORT, includes: [/Scrutiny Committee/] },
    { q: 'what does that mean?', council: STOCKPORT, firstLine: /^Stockport's documents do not say in so many words what social value governance is/, includes: [/Scrutiny Committee/], excludes: [TRAFFORD_RE, CWAC_RE], source: SRC.statement },
  ]),
  // Statement s3: the Social Value Steering Group (representatives of all directorates) completes the
  // Maturity Index annually (s7) and developed the action plan, monitored at the Strategic Commissioning
  // Group with quarterly monitoring updates (s9). No sentence says how often the group itself meets: a
  // frequency of something else it does is not how often it meets. The Round Table "takes place termly" (s7).
  ...conversation([
    { q: 'Stockport - what governance is there for social value? who scrutinises it', council: STOCKPORT, includes: [/Corporate, Resource Management and Governance Scrutiny Committee/] },
    { q: 'who chairs the round table?', council: STOCKPORT, includes: [/former Mayor/] },
    { q: 'how often does the steering group meet?', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [/Steering Group/, /Maturity Index/, /quarterly monitoring updates/], excludes: [TRAFFORD_RE, /NHS colleagues/], source: SRC.statement },
  ]),
  ...kind('documents do not say', [
    { q: 'how frequently does the stockport steering group meet?', ...notSaid(STOCKPORT, { excludes: [/NHS colleagues/] }), firstLine: DOES_NOT_SAY },
    { q: 'stockport steering group - how often do they get together?', ...notSaid(STOCKPORT), firstLine: DOES_NOT_SAY },
    { q: 'how regularly does stockports sv steering group meet', ...notSaid(STOCKPORT, { excludes: [/NHS colleagues/] }), firstLine: DOES_NOT_SAY },
  ]),
  ...conversation([
    { q: 'who is on the stockport steering group', council: STOCKPORT, includes: [/representatives of all directorates/i] },
    { q: 'and how often do they meet?', ...notSaid(STOCKPORT), firstLine: DOES_NOT_SAY },
  ]),
  ...conversation([
    { q: 'who chairs the stockport round table?', council: STOCKPORT, includes: [/former Mayor/] },
    { q: 'how often does it meet?', council: STOCKPORT, includes: [/termly/], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  // Exec report 3.1: "£24m of Social Value to date"; "Spend being retained within Trafford and Greater
  // Manchester is 76.4%". A percentage of spend is a share of spend, not a social value weighting.
  ...kind('multi-part', [
    { q: 'trafford - how much social value have they secured so far, and what % of spend stays local?', council: TRAFFORD, includes: [/£24m/, /76\.4%/], excludes: [/weighting/i, DOES_NOT_SAY], source: SRC.trafford },
    { q: 'trafford how much SV secured and what percentage of spend is retained locally', council: TRAFFORD, includes: [/£24m/, /76\.4%/], excludes: [/weighting/i, DOES_NOT_SAY], source: SRC.trafford },
    { q: 'trafford: sv secured to date + % local spend', council: TRAFFORD, includes: [/£24m/, /76\.4%/], excludes: [/weighting/i], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'how much of traffords spend stays local?', council: TRAFFORD, includes: [/76\.4%/], excludes: [/weighting/i], source: SRC.trafford },
  ]),
  ...kind('weighting and thresholds', [
    { q: 'what percentage weighting for 80k stockport', council: STOCKPORT, includes: [pct(15), pct(20)] },
    { q: 'what % for a 60k contract in cwac', council: CWAC, includes: [pct(5)] },
  ]),
];

const HELD_OUT_26E: OfficerRow[] = [
  // Weighting and the Portal asked of every council at once, each with its own source: Stockport's Charter
  // s4 (minimum 15%, target 20% in competitive procurement over £25k; the Portal over £50k); Trafford's
  // Exec report 2.3/3.1 (no weighting; TOMs and the Portal on all contracts over £50k); CWaC's Policy,
  // Procurement (iv) (5% standard for £50,000-£100,000) and Delivery and evaluation (the Portal is engaged
  // to monitor progress, with no value threshold).
  ...kind('multi-part', [
    { q: 'comparing all 3 councils for a 95k goods contract - weighting and do we need the portal?', firstLine: /^For a £95,000 goods contract: Cheshire West and Chester 5% standard; Stockport 15% minimum \(20% target\) if competitive; Trafford sets none\./, includes: [/The Social Value Portal: .*Stockport, yes if competitive; Trafford, yes/, OF_CWAC(/no value threshold/i), OF_STOCKPORT(pct(20))], excludes: [pct(10)], before: [/5% standard/, /Social Value Portal/], crossCouncil: true, source: SRC.cwac },
    { q: 'compare weighting and portal for all councils, 95k goods', firstLine: /^For a £95,000 goods contract: .*Stockport 15% minimum/, includes: [/The Social Value Portal: .*Trafford, yes/], excludes: [pct(10)], crossCouncil: true, source: SRC.trafford },
    { q: 'whats the weighting + do i need the portal for a 95k contract across all 3 councils', firstLine: /^For a £95,000 contract: .*Trafford sets none/, includes: [/The Social Value Portal: /], excludes: [pct(10)], crossCouncil: true, source: SRC.charter },
    { q: 'all three councils - weighting n portal for 120k services?', firstLine: /^For a £120,000 services contract: Cheshire West and Chester 10% standard; Stockport 15% minimum/, includes: [/The Social Value Portal: /], crossCouncil: true, source: SRC.cwac },
    { q: 'compare stockport and trafford for 60k: weighting and portal', firstLine: /^For a £60,000 contract: Stockport 15% minimum \(20% target\) if competitive; Trafford sets none\./, includes: [/The Social Value Portal: Stockport, yes if competitive; Trafford, yes/], excludes: [CWAC_RE], crossCouncil: true, source: SRC.trafford },
  ]),
  // Two numbered questions for Trafford, both answered in order: Exec report 2.3/3.1 (no weighting; TOMs
  // and the Portal over £50k) and 2.8, the six priorities of the consultation with the Community Hubs.
  ...kind('multi-part', [
    { q: 'hi there - 2 qs for trafford: 1) whats the weighting for a 150k contract 2) what did communities say their priorities were in the consultation?', ...traffordOver50k([/Social isolation/, /Poverty/, /Food support/, /Employment support/, /Community based support/, /Business engagement/]), firstLine: /do not set a social value weighting/, before: [/do not set a social value weighting/, /Social isolation/] },
    { q: 'trafford qs: 1) weighting for 150k? 2) what priorities did communities come up with in the consultation', ...traffordOver50k([/Social isolation/, /Poverty/, /Business engagement/]), before: [/do not set a social value weighting/, /Social isolation/] },
    { q: 'for trafford, whats the weighting on a 150k contract and what were the community priorities from the consultation?', ...traffordOver50k([/Social isolation/, /Poverty/]), before: [/do not set a social value weighting/, /Social isolation/] },
    { q: 'two things for trafford - weighting for a 150k contract, and what communities said their priorities were', ...traffordOver50k([/Social isolation/, /Poverty/]), before: [/do not set a social value weighting/, /Social isolation/] },
  ]),
  // Exec report 3.2: "Exact numbers are not known but this is estimated to be in the region of at least
  // 1,500 people." A question after "ok thanks." is the question, not a thank-you, and the council is the
  // conversation's.
  ...conversation([
    { q: 'hi there - 2 qs for trafford: 1) whats the weighting for a 150k contract 2) what did communities say their priorities were in the consultation?', council: TRAFFORD, includes: [/Social isolation/] },
    { q: 'ok thanks. different thing, how many hong kong newcomers are there', council: TRAFFORD, includes: [/at least 1,500/], excludes: [/Glad it helped/, /weighting/i], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford weighting for 150k', ...traffordOver50k() },
    { q: 'thanks - how many people from hong kong have arrived', council: TRAFFORD, includes: [/at least 1,500/], excludes: [/Glad it helped/, /weighting/i], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford weighting for 150k', ...traffordOver50k() },
    { q: 'thank you, how many hong kong new arrivals r there', council: TRAFFORD, includes: [/at least 1,500/], excludes: [/Glad it helped/, /weighting/i], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford weighting for 150k', ...traffordOver50k() },
    { q: 'thanks. new question - how many hong kong newcomers are in trafford?', council: TRAFFORD, includes: [/at least 1,500/], excludes: [/Glad it helped/], source: SRC.trafford },
    { q: 'thanks, that\'s what i needed', firstLine: /^Glad it helped/, includes: [], excludes: [...HELP_OR_POINTER] },
  ]),
  // "I'm at Trafford" makes Trafford the officer's own council: "and us?" after CWaC's answer for the same
  // contract is Trafford's (Exec report 2.3/3.1: no weighting; TOMs and the Portal over £50k).
  ...conversation([
    { q: "I'm at Trafford - what weighting would we use for an 80k cleaning contract?", ...traffordOver50k() },
    { q: 'what does cwac use for the same?', council: CWAC, includes: [pct(5)] },
    { q: 'and us?', ...traffordOver50k([money(80000)]), excludes: [ANY_PCT_NOT_NATIONAL, CWAC_RE] },
  ]),
  ...conversation([
    { q: 'im at trafford, whats the weighting for 80k cleaning', ...traffordOver50k() },
    { q: 'and cwac?', council: CWAC, includes: [pct(5)] },
    { q: 'what about for us', ...traffordOver50k([money(80000)]), excludes: [ANY_PCT_NOT_NATIONAL, CWAC_RE] },
  ]),
  ...conversation([
    { q: 'I work for Trafford. do we need a weighting on a 90k contract', ...traffordOver50k() },
    { q: 'what does stockport say', ...stockportWeighting() },
    { q: 'ok and ours?', ...traffordOver50k([money(90000)]), excludes: [ANY_PCT_NOT_NATIONAL, STOCKPORT_RE] },
  ]),
  ...conversation([
    { q: "we're at stockport - weighting for a 60k works contract", ...stockportWeighting() },
    { q: 'how about trafford', ...traffordOver50k() },
    { q: 'and for us?', ...stockportWeighting([money(60000)]), excludes: [TRAFFORD_RE] },
  ]),
  // Exec report front sheet: a report for decision recommending that the Executive approves the Charter and
  // the outline draft Action Plan; it does not record the decision. Asked of "it" after the plan, that is
  // the answer, not the contacts card again.
  ...conversation([
    { q: 'show the trafford action plan', council: TRAFFORD, includes: [/Action Plan/] },
    { q: 'who do i speak to about it? whos in charge', council: TRAFFORD, includes: [/Oliver Shimell/] },
    { q: 'has the exec actually signed it off or is it still a draft', council: TRAFFORD, firstLine: /^A report for decision, recommending that the Executive approves .*; it does not record the Executive's decision\./, includes: [/outline draft/], excludes: [/Oliver Shimell/, /contacts/i, /\bPID\b/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford action plan', council: TRAFFORD, includes: [/Action Plan/] },
    { q: 'is it still a draft?', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [], excludes: [/\bPID\b/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford action plan', council: TRAFFORD, includes: [/Action Plan/] },
    { q: 'did the executive approve it', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [], excludes: [/\bPID\b/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford action plan', council: TRAFFORD, includes: [/Action Plan/] },
    { q: 'has it been signed off yet', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [], excludes: [/\bPID\b/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'trafford action plan', council: TRAFFORD, includes: [/Action Plan/] },
    { q: 'has it gone to cabinet yet', council: TRAFFORD, firstLine: /does not record the Executive's decision/, includes: [], excludes: [/\bPID\b/], source: SRC.trafford },
  ]),
];

// =============================================================================================
// Held out, round 26 (f): the live action plan narrowed by follow-ups — "which of those are overdue?",
// one lead's actions, "any due in the next few weeks?", and "same for cwac?" after another council's plan.

/** The five CWaC actions Appendix C gives the Strategy and Innovation Manager, by reference in the live plan. */
const CWAC_SIM_REFS = [/CWAC-5\b/, /CWAC-9\b/, /CWAC-10\b/, /CWAC-11\b/, /CWAC-12\b/];
/** Appendix C's Procurement Manager and HR/Skills actions: not the Strategy and Innovation Manager's. */
const CWAC_OTHER_LEADS = [/CWAC-1\b/, /CWAC-6\b/, /CWAC-8\b/, /Procurement Manager/, /Human Resources/];
const NONE_DUE_SOON = /^No: none of the \d+ open actions is due by /m;

const HELD_OUT_26F: OfficerRow[] = [
  // Trafford: the Report to the Executive (24 Oct 2022) assigns no lead officers and no dates (4.3, 6.3):
  // the chair sets them, so nothing in the seeded plan can be overdue, and the reply says why.
  ...conversation([
    { q: 'show me the trafford action plan', council: TRAFFORD, firstLine: /^Trafford Social Value Action Plan/, includes: [LIVE_TRF] },
    { q: 'which of those are overdue?', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED, /the chair sets them/], excludes: [LIVE_SMBC, LIVE_CWAC, WHICH_COUNCIL, /outline draft action plan is a 'live' document/] },
    { q: 'are any of them overdue', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED], excludes: [LIVE_SMBC, WHICH_COUNCIL] },
    { q: 'r any of those late?', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED], excludes: [WHICH_COUNCIL] },
  ]),
  ...conversation([
    { q: 'trafford action plan', council: TRAFFORD, includes: [LIVE_TRF] },
    { q: 'which ones are overdue', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED], excludes: [LIVE_SMBC] },
    { q: 'which of these are ovrdue', council: TRAFFORD, firstLine: /^Trafford: overdue actions/, includes: [NOTHING_OVERDUE_UNDATED] },
  ]),
  // CWaC Policy 2021-25, Appendix C: the Strategy and Innovation Manager leads five actions — the
  // Spacehive crowdfunding link (December 2021), the lunch-time training session (September 2021), the
  // intranet page (August 2021), the Cheshire West Anchors Network (December 2021) and a Council measure
  // for the PMF refresh (June 2022). All were due by June 2022, so none is due in the coming weeks: they
  // are past due unless updated in the live plan.
  ...conversation([
    { q: 'what actions is the strategy and innovation manager down for on the cwac plan?', council: CWAC, firstLine: /^Cheshire West and Chester: actions for Strategy and Innovation Manager/, includes: [...CWAC_SIM_REFS, /Spacehive/, /lunch-time/, /intranet/, /Anchors Network/], excludes: CWAC_OTHER_LEADS },
    { q: 'are any of them due in the next few weeks?', council: CWAC, firstLine: /^Cheshire West and Chester: actions for Strategy and Innovation Manager due by/, includes: [NONE_DUE_SOON, /All 5 are already overdue: due August 2021 to June 2022/, ...CWAC_SIM_REFS], excludes: [...CWAC_OTHER_LEADS.slice(0, 3), WHICH_COUNCIL] },
    { q: 'which of those are overdue', council: CWAC, firstLine: /^Cheshire West and Chester: overdue actions for Strategy and Innovation Manager/, includes: CWAC_SIM_REFS, excludes: CWAC_OTHER_LEADS.slice(0, 3) },
  ]),
  ...conversation([
    { q: 'which actions are led by the strategy and innovation manager in cwac', council: CWAC, firstLine: /^Cheshire West and Chester: actions for Strategy and Innovation Manager/, includes: CWAC_SIM_REFS, excludes: CWAC_OTHER_LEADS },
    { q: 'are any of those due next week', council: CWAC, includes: [NONE_DUE_SOON, /already overdue/], excludes: CWAC_OTHER_LEADS.slice(0, 3) },
  ]),
  ...conversation([
    { q: "whats the strategy & innovation mgr down for in cwac's action plan?", council: CWAC, firstLine: /^Cheshire West and Chester: actions for Strategy and Innovation Manager/, includes: CWAC_SIM_REFS, excludes: CWAC_OTHER_LEADS },
    { q: 'any due soon?', council: CWAC, includes: [NONE_DUE_SOON, /All 5 are already overdue/] },
  ]),
  ...conversation([
    { q: 'cwac - what actions is the HR manager leading on?', council: CWAC, firstLine: /^Cheshire West and Chester: actions for Human Resources Manager\/Staffing Committee/, includes: [/CWAC-6\b/, /CWAC-7\b/], excludes: CWAC_SIM_REFS },
    { q: 'which of them are due this month?', council: CWAC, includes: [NONE_DUE_SOON, /Both are already overdue: due July 2021 to September 2021/] },
  ]),
  ...conversation([
    { q: 'cwac action plan please', council: CWAC, includes: [LIVE_CWAC] },
    { q: 'anything due in the next couple of weeks', council: CWAC, firstLine: /^Cheshire West and Chester: actions due by/, includes: [/No: none of the 12 open actions is due by/, /All 12 are already overdue: due July 2021 to June 2022/] },
  ]),
  // The live plans: Stockport's seeded from the Annual Statement 2022-23, 9 (no leads or dates), CWaC's
  // from the Policy 2021-25, Appendix C (leads and timelines July 2021 - June 2022, so all past due).
  // "same for cwac?" right after Stockport's plan is CWaC's live plan, not Appendix C's text.
  ...conversation([
    { q: 'stockport action plan pls', council: STOCKPORT, includes: [LIVE_SMBC] },
    { q: 'same for cwac?', council: CWAC, firstLine: /^Cheshire West and Chester Social Value Action Plan/, includes: [LIVE_CWAC, /12 actions, 12 open, 12 overdue/, /Procurement Manager/, /Strategy and Innovation Manager/], excludes: [LIVE_SMBC, /The policy's action plan lists each action/] },
    { q: 'and trafford?', council: TRAFFORD, firstLine: /^Trafford Social Value Action Plan/, includes: [LIVE_TRF], excludes: [LIVE_CWAC] },
  ]),
  ...conversation([
    { q: 'show me the cwac action plan', council: CWAC, includes: [LIVE_CWAC] },
    { q: 'what about stockport', council: STOCKPORT, firstLine: /^Stockport Social Value Action Plan/, includes: [LIVE_SMBC], excludes: [LIVE_CWAC] },
    { q: 'same for cwac pls', council: CWAC, firstLine: /^Cheshire West and Chester Social Value Action Plan/, includes: [LIVE_CWAC], excludes: [LIVE_SMBC] },
  ]),
  ...conversation([
    { q: 'stockport action plan pls', council: STOCKPORT, includes: [LIVE_SMBC] },
    { q: 'how about cwac then', council: CWAC, firstLine: /^Cheshire West and Chester Social Value Action Plan/, includes: [LIVE_CWAC] },
    // A new question with the council switch stays a question about the documents (Policy, (iv) Clear guidelines).
    { q: "and cwac's weighting for 120k", council: CWAC, includes: [pct(10)], excludes: [LIVE_CWAC], source: SRC.cwac },
  ]),
  // CWaC Policy 2021-25, Appendix C: the two training actions ("Training and awareness raising for
  // commissioning and contract management staff", August 2021; the lunch-time training session,
  // September 2021) lead, however "training" is misspelt beside "action plan".
  ...kind('document facts', [
    { q: 'does the cwac action plan have any trainng actions', council: CWAC, firstLine: /^Procurement, Commissioning and Contract Management \(Procurement Manager\): Training and awareness raising/, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    { q: 'any traning in the cwac action plan', council: CWAC, firstLine: /Training and awareness raising/, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
    { q: 'cwac action plan - anything on staff trianing?', council: CWAC, firstLine: /Training and awareness raising/, includes: CWAC_TRAINING_ACTIONS, source: SRC.cwac },
  ]),
  // After the plan, a question about what the documents say about it stays Q&A (Statement 2022-23, 9).
  ...conversation([
    { q: 'cwac action plan please', council: CWAC, includes: [LIVE_CWAC] },
    { q: "what does Stockport's action plan say?", council: STOCKPORT, includes: [/Stockport's social value action plan/], excludes: [LIVE_SMBC], source: SRC.statement },
  ]),
];

const HELD_OUT_26D: OfficerRow[] = [
  // Stockport's Social Value Charter (2019), section 4: "a minimum weighting of 15% with an overall target
  // of 20%, in all competitive procurement activity with a total agreement value in excess of £25k". Going
  // lower than 15% is going below the minimum: no, and the documents give no route below it; the nearest
  // is the Annual Statement 2022-2023, section 4 (PID sign-off "with very few exceptions, requiring senior
  // officer sign off"; reasons for not including social value documented and scrutinised by management).
  ...kind('verdict', [
    { q: 'can i go lower than 15% on a £300k stockport works tender? its really specialist and the market is tiny, im worried we wont get bids', council: STOCKPORT, firstLine: /^No: Stockport's minimum for a £300,000 works contract is 15%/, includes: [/no route to a weighting below its minimum/, SENIOR_OFFICER, pct(20)], excludes: [/^Yes/m, /case by case/i, CWAC_RE], source: SRC.charter },
    { q: 'any way to get under the 15% minimum for a 60k stockport services contract?', council: STOCKPORT, firstLine: NO, includes: [/no route/, SENIOR_OFFICER], excludes: [CWAC_RE] },
    { q: 'could we get away with less than 15 on a stockport 200k job, tiny market', council: STOCKPORT, firstLine: NO, includes: [/no route/, pct(15)], excludes: [/^Yes/m] },
    { q: 'stockport 90k tender - can we go below 15%?', council: STOCKPORT, firstLine: NO, includes: [/no route/, SENIOR_OFFICER] },
    // CWaC Policy 2021-25, Procurement (iv): the 5% standard "could be varied on a case by case basis as appropriate".
    { q: 'can we go lower than 5% on a 75k cwac contract?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(5)], excludes: [STOCKPORT_RE] },
  ]),
  // The same: asked after the verdict and its source, "lower than that" is below the minimum just quoted;
  // what to do is what the Annual Statement s.4 says of exceptions (senior officer sign-off), led by that
  // the documents give no procedure for a lower weighting.
  ...conversation([
    { q: 'can i go 12% on a 90k stockport tender?', council: STOCKPORT, includes: [], firstLine: NO },
    { q: 'where does it say that', council: STOCKPORT, includes: [/minimum weighting of 15%/] },
    { q: 'so what do i need to do if i want to go lower than that', council: STOCKPORT, firstLine: /^Stockport's documents give no route to a weighting below its minimum of 15% for a £90,000 contract; the nearest they come is the PID sign-off rule/, includes: [SENIOR_OFFICER, /scrutinised by management/], excludes: [/thresholds/i, /12% is below/], source: SRC.statement },
  ]),
  ...conversation([
    { q: 'stockport weighting 40k works', council: STOCKPORT, includes: [pct(15)] },
    { q: 'can i go lower?', council: STOCKPORT, firstLine: NO, includes: [/no route/, SENIOR_OFFICER] },
  ]),
  ...conversation([
    { q: 'cwac weighting for 75k?', council: CWAC, includes: [pct(5)] },
    { q: 'can we go lower than that', council: CWAC, includes: [], firstLine: BELOW_VARIED_STANDARD, excludes: [STOCKPORT_RE, SENIOR_OFFICER] },
  ]),
  // Charter s4: 15% is the minimum, 20% the overall target. "15 … or … 20" with no % signs are the two
  // weightings weighed: 15% is enough, and 20% is a target, not required.
  ...conversation([
    { q: "I'm at Stockport btw. whats the weighting for a 40k works contract (competitive)", council: STOCKPORT, includes: [pct(15), pct(20)] },
    { q: 'is 15 enough or do i need to go 20', council: STOCKPORT, includes: [], firstLine: /^Yes: 15% meets Stockport's minimum of 15% for a £40,000 works contract; 20% is the overall target, not a requirement/, excludes: [/^Yes: Social value is captured/m], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'stockport weighting for 60k services', council: STOCKPORT, includes: [pct(15)] },
    { q: '15 fine or shd we go 20?', council: STOCKPORT, includes: [], firstLine: /^Yes: 15% meets .*20% is the overall target, not a requirement/ },
  ]),
  ...conversation([
    { q: 'stockport weighting for 60k services', council: STOCKPORT, includes: [pct(15)] },
    { q: 'do we need 20 or is 15 ok', council: STOCKPORT, includes: [], firstLine: /^No, 20% is more than required: Stockport's minimum .* is 15%/ },
  ]),
  ...conversation([
    { q: 'stockport weighting for 60k services', council: STOCKPORT, includes: [pct(15)] },
    { q: 'is 15 enuf or do we have to do 20', council: STOCKPORT, includes: [], firstLine: /^Yes: 15% meets/ },
  ]),
  ...conversation([
    { q: 'whats the weighting for 80k in cwac', council: CWAC, includes: [pct(5)] },
    { q: 'would 5 do or should it be 10', council: CWAC, includes: [], firstLine: /^Yes: 5% is Cheshire West and Chester's standard weighting/, excludes: [STOCKPORT_RE] },
  ]),
  // Charter s4: £15,000 a year over 3 years (£45,000) or 5 with the extension (£75,000) is in excess of
  // £25k, so the 15% minimum applies: a head of service saying social value is not needed is not right.
  ...kind('verdict', [
    { q: "ok so bit of background, we're re-procuring the grounds maintenance for the crem and cemeteries here in stockport, currently a 3 year deal with option to extend 2 more years, annual value around £15k, going out as an open competitive tender. my head of service reckons we dont need social value in it because its 'small'. is she right?", council: STOCKPORT, firstLine: /^No, she is not: for a £75,000 services contract, Stockport's minimum social value weighting is 15%/, includes: [money(45000), /do not say whether an extension counts/], excludes: [/set no social value weighting for a £15,000/], source: SRC.charter, derived: [45000, 75000] },
    { q: 'my manager says sv is optional on our 60k stockport tender, is that right?', council: STOCKPORT, includes: [], firstLine: /^No: for a £60,000 contract, Stockport's minimum social value weighting is 15%/ },
    { q: 'colleague told me we dont need sv on a £200k stockport works contract because its specialist - true?', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'my hos reckons social value isnt needed for a 30k stockport contract cos its small, is she right', council: STOCKPORT, firstLine: /^No, she is not/, includes: [pct(15)] },
    // CWaC Policy (iv): the weighting bands start at £50,000, so below that no weighting is set.
    { q: 'boss thinks we dont need to bother with social value on a 40k cwac job. is he right?', council: CWAC, includes: [], firstLine: /^Yes, he is, as far as the weighting goes/, excludes: [STOCKPORT_RE] },
  ]),
  // CWaC Policy 2021-25, What do we mean by social value?: "The UK Government has announced its commitment to a
  // minimum 10% social value weighting on all central government contracts" (national context, not a council
  // rule); (iv) Clear guidelines gives 5% for £50,000-£100,000 without saying why that figure. "Why so low?"
  // asks of the figure just given, with the national figure the officer named beside it.
  ...conversation([
    { q: "Hi, I've just started in commissioning at Cheshire West and I've been asked what social value weighting I'd be expected to use. My first one is a day opportunities service, roughly £75,000 in total. Can you help?", council: CWAC, includes: [pct(5)] },
    { q: 'why so low? i thought the govt said 10%', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say why the figure is 5%/, includes: [/central government's own, not a council rule/, /minimum 10% social value weighting on all central government contracts/], excludes: [/^Cheshire West and Chester's social value weighting: a standard/m, STOCKPORT_RE], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac weighting 60k', council: CWAC, includes: [pct(5)] },
    { q: 'why is it so low? govt uses 10%', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say why the figure is 5%/, includes: [/central government's own/], excludes: [STOCKPORT_RE] },
  ]),
  ...conversation([
    { q: 'cwac weighting 60k', council: CWAC, includes: [pct(5)] },
    { q: 'how come its so low', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say why the figure is 5%/, includes: [] },
  ]),
  ...conversation([
    { q: 'stockport weighting 60k', council: STOCKPORT, includes: [pct(15)] },
    { q: 'why so high? central government only asks for 10%', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [/central government's own/], excludes: [/Cheshire West and Chester's (?:standard|social value weighting)/] },
  ]),
];

// Held out, round 27 (G).
const HELD_OUT_27G: OfficerRow[] = [
  // Side by side, each council's own rule: Stockport Charter (2019) s.4 "minimum weighting of 15% with an
  // overall target of 20%" over £25k; Trafford Executive report 2.3/3.1 sets no weighting (TOMs/Portal
  // over £50k); CWaC Policy 2021-25 (iv) 5% for £50,000-£100,000, 10% above £100,000, and (vii) the right
  // to reduce payments only for contracts over £100,000. "Comparing the three councils" asks all three.
  ...conversation([
    { q: 'comparing the three councils for a report - what social value weighting does each apply to a £75k contract?', firstLine: /^For a £75,000 contract: Cheshire West and Chester 5% standard; Stockport 15% minimum \(20% target\) if competitive; Trafford sets none\.$/, includes: [CASE_BY_CASE], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
    { q: 'what about £250k', firstLine: /^For a £250,000 contract: Cheshire West and Chester 10% standard; Stockport 15% minimum \(20% target\) if competitive; Trafford sets none\.$/, includes: [SAME], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
    { q: "and which of them can dock payments if the supplier doesn't deliver, and where does it say so?", includes: [/reduce contractual payments/, /\(vii\) Contractual commitments/, /Stockport's documents do not say anything about payment deductions/, /Trafford's documents do not say anything about payment deductions/], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'what weighting do the 3 councils each use for a 75k contract', firstLine: /^For a £75,000 contract: Cheshire West and Chester 5% standard; Stockport 15% minimum/, includes: [/Trafford sets none/], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
    { q: 'and 250k?', firstLine: /^For a £250,000 contract: Cheshire West and Chester 10% standard/, includes: [], excludes: [WHICH_COUNCIL], crossCouncil: true },
    { q: 'which ones can reduce payments if a supplier doesnt deliver?', includes: [/reduce contractual payments/, /Trafford's documents do not say anything about payment deductions/], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
  ]),
  ...kind('weighting and thresholds', [
    { q: 'side by side for each of the councils pls - sv weighting on £75,000', firstLine: /^For a £75,000 contract: Cheshire West and Chester 5% standard; Stockport 15% minimum/, includes: [], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
    { q: 'doing a report comparing councils - sv weighting at £75k for each?', firstLine: /^For a £75,000 contract: Cheshire West and Chester 5% standard; Stockport 15% minimum/, includes: [], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
    { q: 'comparing cwac stockport and trafford, whats the weighting for a 75k contract', firstLine: /^For a £75,000 contract: Cheshire West and Chester 5% standard/, includes: [], excludes: [WHICH_COUNCIL], crossCouncil: true, source: SRC.cwac },
  ]),
  // Charter s.4 states "a minimum weighting of 15% with an overall target of 20%" and gives no reason for
  // the figure. Asked why after a verdict on 12% (or after £25k exactly), the 15 is the council's figure,
  // not a £15,000 contract nor the 12% proposed.
  ...conversation([
    { q: 'one of my officers has put 12% social value on a £26k competitive quote for smbc. is that enough?', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'what if the contract was £25k exactly?', council: STOCKPORT, includes: [money(25000)] },
    { q: 'why is the minimum 15 anyway? is there a reason given', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [/minimum weighting of 15%/], excludes: [...HELP_OR_POINTER, money(15000), CENTRAL_GOVERNMENT], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'one of my officers has put 12% social value on a £26k competitive quote for smbc. is that enough?', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'why 15 tho', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [], excludes: [...HELP_OR_POINTER, money(15000)], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'one of my officers has put 12% social value on a £26k competitive quote for smbc. is that enough?', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'whats the reasoning behind 15%', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [], excludes: [...HELP_OR_POINTER], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'one of my officers has put 12% social value on a £26k competitive quote for smbc. is that enough?', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'why is the min 15? does it say why anywhere', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [], excludes: [...HELP_OR_POINTER, money(15000)], source: SRC.charter },
  ]),
  // CWaC Policy (iv): 5% "between £50,000 and £100,000" (£100,000 included), 10% "above £100,000";
  // (vii) deductions "For contracts over £100,000 total value". A new yearly rate keeps the term and
  // extension just given: £25k a year over 3 years + 12 months is £100,000, or £75,000 without it.
  ...conversation([
    { q: 'cwac - £30k pa for 3 yrs with an optional 12 month extension. what weighting?', council: CWAC, includes: [money(120000), pct(10), money(90000)], derived: [120000, 90000], source: SRC.cwac },
    { q: 'and if it was 25k a year?', council: CWAC, firstLine: /^For a £100,000 contract, Cheshire West and Chester's standard social value weighting is 5%/, includes: [/over 4 years/, /£25,000 a year, including 1 year of extension/, /do not say whether an extension counts/], excludes: [/say how long the contract runs/, /same rate/], derived: [100000], source: SRC.cwac },
    { q: "can we dock payments on that one if they don't deliver?", council: CWAC, firstLine: /^No\b.*£100,000 is not more than £100,000/, includes: [/over 4 years/], excludes: [/say how long the contract runs/, /a £25,000 contract/], derived: [100000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac - £30k pa for 3 yrs with an optional 12 month extension. what weighting?', council: CWAC, includes: [pct(10)], derived: [120000, 90000] },
    { q: 'what if its 25k pa', council: CWAC, firstLine: /^For a £100,000 contract, .*5%/, includes: [/over 4 years/], excludes: [/say how long the contract runs/], derived: [100000], source: SRC.cwac },
    { q: 'could we reduce payments if they dont deliver the sv', council: CWAC, firstLine: /^No\b.*£100,000/, includes: [], derived: [100000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac - £30k pa for 3 yrs with an optional 12 month extension. what weighting?', council: CWAC, includes: [pct(10)], derived: [120000, 90000] },
    { q: 'ok and at £25,000 per year?', council: CWAC, firstLine: /^For a £100,000 contract, .*5%/, includes: [/over 4 years/], excludes: [/say how long the contract runs/], derived: [100000], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac - £30k pa for 3 yrs with an optional 12 month extension. what weighting?', council: CWAC, includes: [pct(10)], derived: [120000, 90000] },
    { q: 'say it was only 25k annually', council: CWAC, firstLine: /^For a £100,000 contract, .*5%/, includes: [], excludes: [/say how long the contract runs/], derived: [100000], source: SRC.cwac },
  ]),
  // CWaC Policy (iv): £28k x 3 = £84,000 is "between £50,000 and £100,000": 5%. Delivery and evaluation:
  // Monitoring and evaluation: the Portal "will be engaged ... to assist with the evaluation", with no
  // value threshold. A question typed after the last "?" ("also do I have to use the portal thing") is asked too,
  // and "how much" of the evaluation is the weighting.
  ...kind('multi-part', [
    { q: "sorry if this is a daft question, im fairly new to commissioning and my manager's on leave til monday. I'm doing a day opportunities contract in cheshire west and chester, about £28k a year for 3 years. do I need to put social value in the evaluation and if so how much? also do I have to use the portal thing everyone talks about", council: CWAC, firstLine: /^For an £84,000 contract, Cheshire West and Chester's standard social value weighting is 5%/, includes: [PORTAL, /no value threshold/i, CASE_BY_CASE], derived: [84000], source: SRC.cwac },
    { q: 'cwac, £28k a year for 3 years - how much weighting and do i need the portal?', council: CWAC, firstLine: /^For an £84,000 contract, .*5%/, includes: [PORTAL, /no value threshold/i], derived: [84000], source: SRC.cwac },
    { q: 'new to this, doing a cwac contract about 28k pa over 3 yrs for day services. does social value go in the evaluation, how much, and do we use the social value portal?', council: CWAC, firstLine: /^For an £84,000 services contract, .*5%/, includes: [PORTAL, /no value threshold/i], derived: [84000], source: SRC.cwac },
  ]),
  // CWaC Policy 2021-25 (cover: 2021-25, ended) and "A proposed vision for the future": "By 2023 we will be
  // a leader in social value ...". Asked beside how current the policy is, the vision's year is answered too.
  ...kind('multi-part', [
    { q: "is the cheshire west social value policy still in date? and there was something about them being a 'leader in social value' by a certain year - which year was it", council: CWAC, firstLine: /^No, not by its own dates/, includes: [/2021-25/, /By 2023 we will be a leader in social value/, /A proposed vision for the future/], source: SRC.cwac },
    { q: "cwac policy - is it still current, and what year did they say they'd be a leader in social value by?", council: CWAC, firstLine: /^No, not by its own dates/, includes: [/By 2023 we will be a leader in social value/], source: SRC.cwac },
    { q: 'is cwacs sv policy out of date? also when did they want to be a leader in social value by', council: CWAC, firstLine: /^Yes, by its own dates/, includes: [/By 2023 we will be a leader in social value/], source: SRC.cwac },
    { q: 'which year were cheshire west going to be a leader in social value by? and is their policy still in date', council: CWAC, includes: [/2021-25/, /By 2023 we will be a leader in social value/], source: SRC.cwac },
  ]),
];

// Held out, round 27 (h). "whats the toms for it?" after an answer on a subject asks for the National
// TOMs measures on that subject (National TOMs table, CWaC Policy 2021-25, Appendix B), not the council's
// TOMs card: on modern slavery NT3d (survivors hired), NT43, NT59, NT60 ("Ethical Procurement is
// promoted"); on the Real Living Wage NT41, NT42, NT58 ("Reducing Inequalities") and NT13a.
const HELD_OUT_27H: OfficerRow[] = [
  ...conversation([
    { q: 'cwac minimum standards for bidders', council: CWAC, includes: [/modern slavery/i] },
    { q: 'does stockport have owt like that for modern slavery', council: STOCKPORT, includes: [/modern slavery/i], source: SRC.charter },
    { q: 'whats the toms for it', includes: [/NT43/, /NT59/, /NT60/, /NT3d/], excludes: [/NT62/, /NT65/, /Social Value Portal is used/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'does stockport have anything on modern slavery for suppliers', council: STOCKPORT, includes: [/modern slavery/i] },
    { q: 'toms for that?', includes: [/NT43/, /NT59/, /NT60/], excludes: [/NT62/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'does stockport have owt like that for modern slavery', council: STOCKPORT, includes: [/modern slavery/i] },
    { q: 'any tom measures for this pls', includes: [/NT43/, /NT59/, /NT60/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'real living wage stockport - do our contractors have to pay it', council: STOCKPORT, includes: [/Real Living Wage/i], source: SRC.statement },
    { q: 'whats the toms ref for that', includes: [/NT41/, /NT42/, /NT58/, /NT13a/], excludes: [/NT62/, /NT65/, /NT47/, /NT35/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'real living wage stockport - do our contractors have to pay it', council: STOCKPORT, includes: [/Real Living Wage/i] },
    { q: 'and cwac do they do rlw', council: CWAC, includes: [/local living wage/i] },
    { q: 'toms ref for it?', includes: [/NT41/, /NT42/, /NT58/], excludes: [/NT47/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'is the living wage a requirement for stockport suppliers', council: STOCKPORT, includes: [/living wage/i] },
    { q: 'which toms cover it', includes: [/NT41/, /NT42/], excludes: [/NT62/], source: SRC.cwac },
  ]),
  // Statement 2022-23 s.4 case studies: "Wilmott Dixon have … created 53 new jobs, delivered 97 weeks of
  // training, created 11 work experience placements … invested 56% of the project spend with local
  // businesses". "What did X deliver?" names X (the documents' spelling is "Wilmott"; "Willmott" is the
  // same name): the case study answers, not the Portal's totals.
  ...kind('document facts', [
    { q: 'what did willmott dixon deliver for stockport? want to use it as a case study', council: STOCKPORT, includes: [/Wilmott Dixon/, /53 new jobs/, /97 weeks of training/, /56% of the project spend/], excludes: [/£25,768,467/], source: SRC.statement },
    { q: 'what did wilmott dixon deliver', council: STOCKPORT, includes: [/53 new jobs/], excludes: [/£25,768,467/], source: SRC.statement, noDefault: true },
    { q: 'what have willmot dixon delivered in stockport', council: STOCKPORT, includes: [/53 new jobs/], excludes: [/£25,768,467/], source: SRC.statement },
    { q: 'what did willmott dixon achieve for smbc', council: STOCKPORT, includes: [/53 new jobs/], excludes: [/£25,768,467/], source: SRC.statement },
  ]),
  // Statement 2022-23 s.2: the cohorts (agreed by CRMG in November 2021) are in a Statement whose period
  // has ended. The TOMs measure for one cohort is national, but the conversation is still Stockport's:
  // "is that list still current?" next asks how current Stockport's documents are, not for more measures.
  ...conversation([
    { q: "what are stockport's priority cohorts for social value", council: STOCKPORT, includes: [/Care leavers/], source: SRC.statement },
    { q: 'and which TOMs would I use for the care leavers one?', includes: [/NT4a/] },
    { q: "is that list still current? it's going in a report to CRMG", council: STOCKPORT, includes: [/2022-2023/, /check with procurement/i], excludes: [/NT1b/, /NT62/, /National TOMs measures match/], source: SRC.statement },
  ]),
  ...conversation([
    { q: "what are stockport's priority cohorts for social value", council: STOCKPORT, includes: [/Care leavers/] },
    { q: 'and which TOMs would I use for the care leavers one?', includes: [/NT4a/] },
    { q: 'is that list still up to date?', council: STOCKPORT, includes: [/2022-2023/, /check with procurement/i], excludes: [/National TOMs measures match/], source: SRC.statement },
  ]),
  // Exec report, Implications: Legal Implications: the Act makes it "a legal obligation … to consider the
  // social good that could come from the procurement of services". The documents state no duty for works
  // or goods, so none is asserted; the councils' own policies go wider: Stockport "for all areas (goods,
  // works and services)" (Statement s.4), CWaC "officers procuring supplies, services and works" ((iii)).
  ...kind('no council known', [
    { q: 'quick q - does the social value act actually cover works contracts or is it only services?', firstLine: /^As the documents describe it, the Act is about the procurement of services; they do not say it also covers works contracts/, includes: [/goods, works and services/, /supplies, services and works/, /not a council rule/], source: SRC.trafford, noDefault: true },
    { q: 'does the sv act apply to works?', firstLine: /do not say it also covers works contracts/, includes: [/goods, works and services/], source: SRC.trafford, noDefault: true },
    { q: 'social value act - goods contracts too or just services', firstLine: /do not say it also covers goods contracts/, includes: [/goods, works and services/], source: SRC.trafford, noDefault: true },
    { q: 'does the social value act apply to construction', firstLine: /do not say it also covers works contracts/, includes: [/supplies, services and works/], source: SRC.trafford, noDefault: true },
  ]),
];

// Held out, round 27. A request to see the live plan with the officer's reason after it ("- need it for
// thursday's steering group", ", got a meeting later") is still the request: the steering group's live
// plan (seeded from Trafford's Executive report 2.2/6.3, CWaC's Policy Appendix C, Stockport's Statement
// s.9), not the documents' paragraph on the plan or the steering group.
const HELD_OUT_27: OfficerRow[] = [
  // "&" typed for "and" parts two things asked, each answered in turn: Stockport's 15% minimum (20% target)
  // and the Portal, both "in excess of" their thresholds (Charter s.4); CWaC's 10% above £100,000 (Policy,
  // Procurement (iv)) and its right to reduce payments over £100,000 ((vii) Contractual commitments).
  ...kind('multi-part', [
    { q: 'weighting & portal for stockport 90k', council: STOCKPORT, includes: [pct(15), PORTAL], before: [pct(15), /Social Value Portal for a £90,000 contract/], source: SRC.charter },
    { q: 'cwac 120k - weighting & payment deductions?', council: CWAC, includes: [pct(10), /reduce contractual payments/i], before: [pct(10), /reduce contractual payments/i], source: SRC.cwac },
  ]),
  ...kind('routing', [
    { q: "show the trafford action plan - need it for thursday's steering group", council: TRAFFORD, firstLine: /^Trafford Social Value Action Plan/, includes: [LIVE_TRF], excludes: [/The action plan also includes/, LIVE_SMBC] },
    { q: 'can i see the cwac action plan, got a meeting later', council: CWAC, firstLine: /^Cheshire West and Chester Social Value Action Plan/, includes: [LIVE_CWAC], excludes: [/lists each action with its theme/] },
    { q: "show me stockport's action plan please. prepping for the steering group", council: STOCKPORT, firstLine: /^Stockport Social Value Action Plan/, includes: [LIVE_SMBC], excludes: [/has representatives of all directorates/] },
    { q: 'pull up the trafford plan – steering group is tomorrow', council: TRAFFORD, includes: [LIVE_TRF] },
    // Not a request to see it: a question about what the documents' plan says stays a question.
    { q: 'trafford action plan - what does it say about training?', council: TRAFFORD, includes: [], excludes: [LIVE_TRF], source: SRC.trafford },
  ]),
];

// Held out, round 27: "why 10%?" after a verdict on the officer's 8% asks the reason for CWaC's own
// figure. Policy, Procurement (iv) gives 10% above £100,000 and no reason for it: that is said first,
// then the rule, not the verdict on 8% again.
const HELD_OUT_27J: OfficerRow[] = [
  ...conversation([
    { q: 'cwac 150k goods', council: CWAC, includes: [pct(10)], source: SRC.cwac },
    { q: 'is 8% enough?', council: CWAC, includes: [pct(8), pct(10)], source: SRC.cwac },
    { q: 'why 10%?', council: CWAC, includes: [pct(10), money(100000)], firstLine: /do not say why the figure is 10%\. The rule: .For higher value contracts/, excludes: [/8% is below/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cwac 150k goods', council: CWAC, includes: [pct(10)] },
    { q: 'is 8% ok', council: CWAC, includes: [pct(8)] },
    { q: 'why 10 tho', council: CWAC, includes: [pct(10), money(100000)], firstLine: /do not say why the figure is 10%\. The rule:/, excludes: [/8% is below/], source: SRC.cwac },
  ]),
  ...conversation([
    { q: 'cheshire west £200k services contract weighting', council: CWAC, includes: [pct(10)] },
    { q: 'would 7% be enough tbh', council: CWAC, includes: [pct(7)] },
    { q: 'why is it 10%', council: CWAC, includes: [pct(10), money(100000)], firstLine: /do not say why the figure is 10%\. The rule:/, excludes: [/7% is below/], source: SRC.cwac },
  ]),
];

// Held out, round 28. Charter s.4 sets "a minimum weighting of 15% with an overall target of 20%" and
// Policy, Procurement (iv) 5% and 10%, neither with a reason for the figure: asked why first, that is said
// first, then the rule ("… to ensure that contractors consider social value" is why there is a weighting
// at all, not why it is 5%).
const HELD_OUT_28: OfficerRow[] = [
  ...kind('documents do not say', [
    { q: 'why does stockport use 15%?', council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [pct(20), /minimum weighting of 15%/], excludes: HELP_OR_POINTER, source: SRC.charter },
    { q: "what's the reason behind stockport's 15% minimum?", council: STOCKPORT, firstLine: /^Stockport's documents do not say why the figure is 15%/, includes: [pct(20)], excludes: [/Reasons for not including/, ...HELP_OR_POINTER], source: SRC.charter },
    { q: 'how come cwac went for 5%', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not say why the figure is 5%/, includes: [money(50000)], excludes: [/give this reason/], source: SRC.cwac },
    { q: 'why has cheshire west gone for a 10% weighting?', council: CWAC, firstLine: /do not say why the figure is 10%/, includes: [money(100000)], excludes: [/give this reason/], source: SRC.cwac },
  ]),
  // Exec report 3.2: "Exact numbers are not known but this is estimated to be in the region of at least
  // 1,500 people"; 3.3 the UA92 event "attended by over 200 Hong Kong newcomers". After a contract's
  // weighting, a thing of its own in the documents' words is asked of the same council, not that
  // contract's card again.
  ...conversation([
    { q: 'trafford weighting for 150k', council: TRAFFORD, includes: [TOMS], source: SRC.trafford },
    { q: 'cheers! also how many hk newcomers are there?', council: TRAFFORD, firstLine: /in the region of at least 1,500 people/, includes: [], excludes: [/For the same £150,000 contract/, /do not set a social value weighting/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'what weighting for a £60k contract in trafford?', council: TRAFFORD, includes: [TOMS] },
    { q: 'and what about the hong kong newcomers?', council: TRAFFORD, includes: [/Hong Kong/], excludes: [/For the same £60,000 contract/, /do not set a social value weighting/], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'stockport 150k weighting', council: STOCKPORT, includes: [pct(15)] },
    { q: 'also what about care leavers?', council: STOCKPORT, includes: [/Care Leavers/i], excludes: [/For the same £150,000 contract/, /minimum social value weighting is 15%/], source: SRC.statement },
  ]),
  // Exec report 2.2: "The Social Value Maturity Index is a self-assessment tool which measures how far
  // Social Value has been embedded within an organisation", then where Trafford stood in February 2021.
  ...kind('document facts', [
    { q: 'what is the trafford maturity index?', council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool which measures how far Social Value has been embedded/, includes: [/developing to becoming an innovator/], source: SRC.trafford },
    { q: "whats trafford's social value maturity index", council: TRAFFORD, firstLine: /^The Social Value Maturity Index is a self-assessment tool/, includes: [/Innovator/], source: SRC.trafford },
  ]),
  // Policy (iv): 5% for £50,000 to £100,000; Delivery and evaluation: the Portal "will be engaged", with
  // no value threshold. The percentage asked in the first part is not asked of the Portal.
  ...kind('multi-part', [
    { q: "hi, first time doing a tender in cheshire west - it's roughly £84k in total over 3 years. what % social value do I need? and is the portal mandatory", council: CWAC, firstLine: /standard social value weighting is 5%/, includes: [/no value threshold/], excludes: [/do not give that percentage/], before: [pct(5), PORTAL], source: SRC.cwac },
    { q: 'cwac, 75k job - what percentage weighting? and do we have to use the portal?', council: CWAC, firstLine: /5%/, includes: [/no value threshold/], excludes: [/do not give that percentage/], before: [pct(5), PORTAL], source: SRC.cwac },
  ]),
  // The live plan, seeded from Policy Appendix C: after one lead's actions, another lead named alone is
  // that lead's actions on the same plan, with their live status, not Appendix C's lines.
  ...conversation([
    { q: 'what actions is the strategy and innovation manager down for on the cwac plan?', council: CWAC, firstLine: /actions for Strategy and Innovation Manager$/, includes: [/CWAC-5\b/] },
    { q: 'and the procurement manager?', council: CWAC, firstLine: /actions for Procurement Manager$/, includes: [/CWAC-1\b/, /CWAC-4\b/, /overdue/], excludes: [/CWAC-5\b/, /Appendix C/] },
    { q: 'what about the hr manager then', council: CWAC, firstLine: /actions for Human Resources Manager\/Staffing Committee$/, includes: [/CWAC-6\b/], excludes: [/CWAC-1\b/] },
  ]),
  ...conversation([
    { q: "whats the skills and employment manager leading on in cwac's plan", council: CWAC, firstLine: /actions for Skills and Employment Manager$/, includes: [/CWAC-8\b/] },
    { q: 'ok and the strategy and innovation mgr?', council: CWAC, firstLine: /actions for Strategy and Innovation Manager$/, includes: [/CWAC-12\b/], excludes: [/CWAC-8\b/] },
  ]),
  // A rate a week is over 52 weeks a year: £1,000 a week for 2 years is £104,000, above CWaC's £100,000
  // (Policy (iv), 10%); £600 a week for a year is £31,200, in excess of Stockport's £25k (Charter s.4).
  ...kind('totals over years', [
    { q: 'what sv % for a cwac contract worth £1,000 a week for 2 years', council: CWAC, firstLine: /£104,000 contract.*10%/, includes: [/£104,000 in total over 2 years \(£1,000 a week\)/], derived: [104000], source: SRC.cwac },
    { q: 'stockport £600 per week for a year - weighting?', council: STOCKPORT, firstLine: /£31,200 contract.*15%/, includes: [pct(20)], derived: [31200], source: SRC.charter },
    { q: 'trafford, 2k pw over 18 months, do we need toms', council: TRAFFORD, includes: [TOMS, /£156,000/], derived: [156000], source: SRC.trafford },
  ]),
  // A standard's number is not a contract value; the documents do not mention ISO 14001.
  ...kind('documents do not say', [
    { q: 'do stockport suppliers need iso 14001 to bid', council: STOCKPORT, firstLine: DOES_NOT_SAY, includes: [], excludes: [money(14001), /weighting/i] },
  ]),
  // Exec report, the form at its end: "Key Decision (as defined in the Constitution): Yes"; "If Key
  // Decision, has 28-day notice been given? Yes". The form's answer is quoted with its question.
  ...kind('document facts', [
    { q: 'was 28 day notice given for the trafford sv charter report?', council: TRAFFORD, firstLine: /has 28-day notice been given\? Yes/, includes: [], source: SRC.trafford },
    { q: 'trafford charter report - was it a key decision?', council: TRAFFORD, firstLine: /Key Decision \(as defined in the Constitution\): Yes/, includes: [], source: SRC.trafford },
  ]),
  // Policy, Procurement (ii): "paying all local suppliers in less than the current standard of 30 days";
  // the officer quotes the policy's words, and asks nothing of how current the documents are.
  ...conversation([
    { q: 'how is cheshire west planning to make tendering easier for small firms', council: CWAC, includes: [/divided into lots/] },
    { q: "how many days is 'less than the current standard' exactly?", council: CWAC, includes: [/30 days/], excludes: [/dated 2021, covering/, /^How current Cheshire/m], source: SRC.cwac },
  ]),
  // Only CWaC's documents have a social value fund (Policy (vii): deductions "would be invested in a
  // social value fund"); asked of Stockport or Trafford, that they have none, not "do not say how much".
  ...kind('documents do not say', [
    { q: "how much is in stockport's social value fund", council: STOCKPORT, firstLine: /^Stockport's documents do not mention a social value fund\./, includes: [/Cheshire West and Chester's do/, /social value fund/], excludes: [/do not say how much/], source: SRC.cwac },
    { q: 'trafford - how big is the social value fund?', council: TRAFFORD, firstLine: /^Trafford's documents do not mention a social value fund\./, includes: [/Cheshire West and Chester's do/], excludes: [/do not say how much/], source: SRC.cwac },
  ]),
  // Policy, Where are we now?: "Commitment to eradicating modern slavery through the supply chain" and
  // "Fair Trade Borough" are two lines of the list, each quoted on its own.
  ...kind('document facts', [
    { q: 'is cheshire west a fair trade borough?', council: CWAC, firstLine: /^[“"]Fair Trade Borough[”"]$/, includes: [/Where are we now/], excludes: [/modern slavery/], source: SRC.cwac },
  ]),
];

// Held out, round 29: new officers' questions, the ways they typed them.
const HELD_OUT_29: OfficerRow[] = [
  // Charter s.4: 15% minimum, 20% target. After a verdict on 14%, a bare "18" is the next weighting to
  // judge for the same contract (not £18,000), and "and 20?" after 12% on £90k is 20%, not £20,000.
  ...conversation([
    { q: "we've put 14% social value on a £200k smbc home care tender, does that cut it", council: STOCKPORT, firstLine: /^No: 14% is below/, includes: [pct(15)], source: SRC.charter },
    { q: 'ok what if we bump it to 18', council: STOCKPORT, firstLine: /^Yes: 18% meets Stockport's minimum of 15%/, includes: [pct(20), money(200000)], excludes: [/14% is below/], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'is 12% ok for a £90k trafford contract', council: TRAFFORD, includes: [/12%/] },
    { q: 'and 20?', council: TRAFFORD, firstLine: /no council figure for 20% to meet/, includes: [money(90000)], excludes: [money(20000)], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'cwac £150k, we planned 8% is that enough', council: CWAC, includes: [pct(10)] },
    { q: 'how about 10 then', council: CWAC, firstLine: /^Yes: 10% is Cheshire West and Chester's standard weighting for a £150,000 contract/, includes: [], source: SRC.cwac },
  ]),
  // Exec 3.1: "The cumulative value of Social Value offered is 53% i.e., for every £1 spent, the Council has
  // been offered 53p back in Social Value". A figure asked the meaning of is the sentence that gives it,
  // not a weighting of 53%.
  ...conversation([
    { q: "whats trafford's running total of sv secured", council: TRAFFORD, includes: [/£24m/] },
    { q: 'what does the 53% figure mean in that report', council: TRAFFORD, firstLine: /for every £1 spent, the Council has been offered 53p back/, includes: [], excludes: [NO_WEIGHTING], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: "in the stockport statement what's the 57.84% about", council: STOCKPORT, firstLine: /commitments delivered 57\.84%/, includes: [], excludes: [/weighting/i], source: SRC.statement },
    { q: 'cwac what does the 99% figure mean', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not give a figure of 99%/, includes: [], excludes: [/weighting/i] },
  ]),
  // Policy, Engagement Feedback: the weighting was thought "both too high (suggested by commissioning
  // officers) and too low (suggested at a local suppliers forum)"; retained but kept under review.
  ...kind('document facts', [
    // Engagement Feedback, the weighting row: asked about the weighting, that row leads, the consultation's summary after it.
    { q: 'what did people say about the sv weighting when cwac consulted on the policy', council: CWAC, firstLine: /^Concern was expressed that the proposed weighting given to social value was both too high \(suggested by commissioning officers\)/, includes: [/kept under review/, /consulted widely/], excludes: [/5% would be considered/], source: SRC.cwac },
    { q: 'cwac consultation feedback?', council: CWAC, firstLine: /broadly enthusiastic|consulted widely/, includes: [/higher costs/, /Suppliers workshops/], source: SRC.cwac },
    { q: 'who did trafford consult on the charter', council: TRAFFORD, firstLine: /significant engagement took place with members of the Social Value Steering Group/, includes: [/Community Hubs/], source: SRC.trafford },
  ]),
  // Policy, Where are we now?: "2025 hours of staff volunteering since 2016"; "hrs" is hours.
  ...kind('document facts', [
    { q: 'what volunteering hrs have cwac staff clocked up', council: CWAC, firstLine: /2025 hours of staff volunteering since 2016/, includes: [], source: SRC.cwac },
  ]),
  // Statement s.5: reporting and carbon reduction plans proposed to be mandatory "by 2024", plans showing
  // net zero "by 2050". The deadline asked is given: no "do not give a deadline".
  ...kind('document facts', [
    { q: 'whats the deadline for making ghg reporting mandatory for suppliers and what net zero date do they have to show', council: STOCKPORT, firstLine: /mandatory by 2024/, includes: [/2050/], excludes: [/do not give a deadline/], source: SRC.statement },
  ]),
  // Exec 2.2 (the Action Plan includes "Applying Social Value to all aspects of the Council e.g. grants
  // planning etc.") and 6.2 (the Local Plan "could consider" a policy): nothing says there is one yet.
  ...kind('documents do not say', [
    { q: 'does trafford have a social value policy for planning applications yet', council: TRAFFORD, firstLine: /^Trafford's documents do not say whether that has happened yet/, includes: [/planning/i], source: SRC.trafford },
  ]),
  // Statement s.8: "137" live projects and "57.84%" of commitments delivered since 2019; asking how many
  // have been delivered is a figure, not whether something has happened yet.
  ...kind('document facts', [
    { q: 'sv portal stockport - how many live projects and what % of commitments have actually been delivered', council: STOCKPORT, includes: [/137/, /57\.84%/], excludes: [/whether that has happened yet/], source: SRC.statement },
  ]),
  // Statement s.8, Environmental, from the £14.2m committed in 2022/23: "298k of reduced car miles",
  // "1980 low or no emission staff vehicles". Figures "from the portal" are its results, not the Portal's
  // threshold; both items asked for lead.
  ...kind('document facts', [
    { q: 'smbc env figures from the portal last yr - reduced car miles and low emission vehicles?', council: STOCKPORT, firstLine: /298k of reduced car miles.*1980 low or no emission staff vehicles/, includes: [], excludes: [/in excess of £50k/], source: SRC.statement },
    { q: 'what do the portal figures say for stockport', council: STOCKPORT, includes: [/£25,768,467/], source: SRC.statement },
  ]),
  // Exec 2.2 and 6.6: Trafford's outline plan names no lead or date for its actions (the Steering Group
  // monitors it); CWaC's Appendix C gives each action's lead officer and month. A lead and a due date asked
  // together are both said to be missing, not only the first.
  ...conversation([
    { q: "can u list the actions in trafford's draft sv plan, need them for a board paper", council: TRAFFORD, includes: [/Steering Group/] },
    { q: 'who owns those actions and when are they due', council: TRAFFORD, firstLine: /^Trafford's documents do not give a lead or a due date\./, includes: [], source: SRC.trafford },
  ]),
  ...conversation([
    { q: 'any actions on the cwac sv plan about training?', council: CWAC, includes: [/August 2021/] },
    { q: "who's leading that and when's it due", council: CWAC, includes: [/Procurement Manager/, /August 2021/], excludes: [/do not give/], source: SRC.cwac },
  ]),
  // Exec, Other Options: Option One (continue with no change) and Option Two (nominated leads across
  // departments, "not preferred as it would not provide sufficient resource"). The section the question
  // names is quoted whole: both options, not the first alone.
  ...kind('document facts', [
    { q: 'what other options did trafford consider instead of the charter and action plan', council: TRAFFORD, includes: [/Option One/, /Option Two/, /nominated Social Value leads/], source: SRC.trafford },
    { q: 'trafford other options considered?', council: TRAFFORD, includes: [/Continue with no change/, /would not provide sufficient resource/], source: SRC.trafford },
  ]),
  // Exec 2.1 STAR: results reported quarterly at the STAR Board and Joint Committee; "The measures are
  // also shared periodically with the Trafford Audit Committee." Asked how often the committee sees them,
  // the follow-up is not the governance card again: no frequency is given, and "periodically" is what is said.
  ...conversation([
    { q: 'trafford: who do STAR report the results to', council: TRAFFORD, includes: [/quarterly/] },
    { q: 'how often does the audit committee see them', council: TRAFFORD, firstLine: /^Trafford's documents do not give how often\./, includes: [/shared periodically with the Trafford Audit Committee/], excludes: [/^How Trafford governs social value$/m], source: SRC.trafford },
  ]),
  // Statement s.1: Stockport is an accredited Real Living Wage employer; Policy, Where are we now?: CWaC
  // pays the local living wage to its 3,082 staff. A council with no rule on suppliers is not said to
  // "set nothing" on the subject.
  ...kind('shared by the councils', [
    { q: 'which of the councils pay their staff the living wage', noDefault: true, firstLine: /Cheshire West and Chester's speak of it but set no requirement/, includes: [/3,082/, /accredited Real Living Wage employer/], excludes: [/set nothing on it/] },
  ]),
];

// =============================================================================================

// Held out, round 31 (two new sets of 50: 42 and 47 right before this round's fixes).
const HELD_OUT_31: OfficerRow[] = [
  // An abbreviation spelled out as the documents spell it: Charter, Introduction ("National TOMs (Themes,
  // Outcomes & Measures) Framework"); Statement s.2 (CRMG), s.4 (PID), s.1 (VCSFE); Charter s.4 (CIPS).
  // STAR is only ever a name (Charter, Introduction commitment 4: "STaR, the Council's internal procurement team").
  ...kind('document facts', [
    { q: 'what does toms stand for', firstLine: /^TOMs stands for Themes, Outcomes & Measures\.$/, includes: [/National TOMs \(Themes, Outcomes & Measures\) Framework/], excludes: [/NT56/, /mental health/], noDefault: true },
    { q: 'whats CRMG short for', council: STOCKPORT, firstLine: /^CRMG stands for Corporate, Resource Management and Governance\.$/, includes: [/November 2021/], source: SRC.statement },
    { q: 'wat does cips stand for', council: STOCKPORT, firstLine: /^CIPS stands for Chartered Institute of Purchase and Supply\.$/, includes: [/Ethics Certified/], source: SRC.charter },
    { q: 'what does vcsfe stand for?', council: STOCKPORT, firstLine: /^VCSFE stands for Voluntary, Community, Faith, and Social Enterprise\.$/, includes: [/anchor institutions/], source: SRC.statement },
    { q: "what's pid short for", council: STOCKPORT, firstLine: /^PID stands for Procurement Initiation Document\.$/, includes: [/signed off/], source: SRC.statement },
  ]),
  ...kind('documents do not say', [
    { q: 'what does STAR stand for in star procurement', council: STOCKPORT, firstLine: /^The documents do not spell out STaR; they use it as a name\.$/, includes: [/the Council's internal procurement team/], excludes: [/STa?R stands for [A-Z]/i], source: SRC.charter },
  ]),
  // "salfords" is the possessive without its apostrophe: still Salford, not covered, never the default council's figures.
  ...kind('misspelt or uncovered council', [
    { q: 'whats salfords sv weighting for a £100k contract', ...uncovered },
    // The whole name typed with slips is offered back whole: the button does not keep "chesterr".
    { q: 'chesire west and chesterr weighting for 60k goods', ...misspelt('Cheshire West and Chester', ASK_CWAC, 'chesterr', /weighting/, /60k goods/) },
  ]),
  // Statement s.8, Growth: of the list's items, the one that says what was asked leads alone.
  ...conversation([
    { q: 'how much did our contracts spend with the local supply chain in 2022/23', council: STOCKPORT, firstLine: /^["“]£3\.9m spent with the local supply chain["”]$/, includes: [/£14\.2m committed in 2022\/23/], excludes: [/£55k/], source: SRC.statement },
    { q: 'and with local msmes?', council: STOCKPORT, firstLine: /^["“]£11k spent with local MSMEs["”]$/, includes: [SAME], excludes: [/£55k/, /£3\.9m/], source: SRC.statement },
  ]),
  // Exec front sheet: "Date: 24 October 2022", "Report author: Corporate Director for Place".
  ...kind('multi-part', [
    { q: 'when did the sv charter report go to trafford exec and who wrote it', council: TRAFFORD, firstLine: /dated 24 October 2022/, includes: [/Report author: Corporate Director for Place/], excludes: [DOES_NOT_SAY], before: [/24 October 2022/, /Corporate Director for Place/], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'who wrote the trafford exec report', council: TRAFFORD, firstLine: /^["“]Report author: Corporate Director for Place["”]$/, includes: [/Report to the Executive/], source: SRC.trafford },
    // Exec 6.7: "a project has been put forward … to fund a dedicated Social Value Co-ordinator".
    { q: 'how is trafford going to pay for a social value coordinator', council: TRAFFORD, firstLine: /^["“]6\.7 Both within the council and with partners/, includes: [/need for a dedicated resource/, /Shared Prosperity/, /Co-ordinator/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    // Exec, Other Options: Option One (no change) and Option Two (existing resources), both not preferred.
    { q: 'what other options did trafford look at instead of doing a charter', council: TRAFFORD, firstLine: /Option One - Continue with no change/, includes: [/Option Two- Use existing resources/, /not preferred/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
    // Engagement Feedback, the weighting row leads.
    { q: 'in the cwac engagement feedback what did people say about the weighting', council: CWAC, firstLine: /^Concern was expressed that the proposed weighting given to social value was both too high/, includes: [/too low \(suggested at a local suppliers forum\)/], source: SRC.cwac },
  ]),
];

// Held out, round 32.
const HELD_OUT_32: OfficerRow[] = [
  // "where does the money go" after a question on deductions: the money is the deductions'. CWaC (vii):
  // "invested in a social value fund"; not Engagement Feedback's "value for money" nor (viii)'s "public money".
  ...kind('multi-part', [
    {
      q: "Can we deduct payments if a supplier doesn't deliver on their social value commitments in cheshire west? and where does the money go?",
      council: CWAC,
      includes: [/reduce contractual payments/i, /social value fund/i, OVER_100K],
      excludes: [/public money meets social goals/, /value for money achieved/],
      source: SRC.cwac,
    },
  ]),
  // Neither Stockport's nor Trafford's documents set deductions: said so, with no passage about other money
  // (Statement s.3 "ensuring value for money"; Exec 2.1 "the return from money that is spent"; 3.2 "public funds").
  ...kind('documents do not say', [
    { q: "Can we claw money back in stockport if a supplier doesn't deliver? where does the money go?", ...notSaid(STOCKPORT, { includes: [/payment deductions/i], excludes: [/ensuring value for money/] }) },
    { q: "if a supplier in trafford doesn't deliver what happens? where does the money go?", ...notSaid(TRAFFORD, { includes: [/payment deductions/i], excludes: [/return from money that is spent/, /public funds/] }) },
  ]),
  // Trafford 3.2's list: "UA92 provided the venue for free …" is the one item that says who, not the whole list.
  ...conversation([
    { q: 'what did trafford do for the hong kong newcomers', council: TRAFFORD, includes: [/Hong Kong/], source: SRC.trafford },
    { q: 'who provided the venue?', council: TRAFFORD, includes: [/for free/], firstLine: /^["“]?UA92 provided the venue for free/, excludes: [/Sponsors/], source: SRC.trafford },
  ]),
  // index.json: the policy covers 2021-25 (ended), the Statement 2022-2023. "Run to", "last" ask its period.
  ...kind('document facts', [
    { q: 'when does the cwac policy run to?', council: CWAC, noDefault: true, includes: [/covering 2021-25/, /ended in 2025/], excludes: HELP_OR_POINTER, source: SRC.cwac },
    { q: "how long does cheshire west's sv policy last?", council: CWAC, noDefault: true, includes: [/covering 2021-25/], excludes: [...HELP_OR_POINTER, /don't say anything about/], source: SRC.cwac },
    { q: "when does stockport's annual statement run until", council: STOCKPORT, noDefault: true, includes: [/covering 2022-2023/], excludes: [/Maturity Index/], source: SRC.statement },
  ]),
  // A supplier who misses its commitments: CWaC (vii) reduces payments over £100,000; Stockport and
  // Trafford set no deductions, said so, with how Stockport monitors delivery.
  ...kind('documents do not say', [
    { q: 'what happens if a supplier misses their sv commitments in stockport', ...notSaid(STOCKPORT, { noDefault: true, includes: [/payment deductions/, /monitored during/], excludes: [/Motivating businesses/] }) },
    { q: 'trafford: contractor fell short of their sv targets, any penalties?', ...notSaid(TRAFFORD, { noDefault: true, includes: [/payment deductions/] }) },
  ]),
  ...kind('document facts', [
    { q: 'cwac - supplier not meeting their social value commitments, what can we do?', council: CWAC, noDefault: true, includes: [/reduce contractual payments/, /alternative social value/], source: SRC.cwac },
    // CWaC (vii): "These deductions would be invested in a social value fund"; no other council has one.
    { q: 'what is the cwac social value fund for', council: CWAC, noDefault: true, firstLine: /social value fund/, includes: [/local social value priorities/], excludes: [/do not mention a social value fund/], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: 'does trafford have a social value fund', council: TRAFFORD, noDefault: true, firstLine: /^Trafford's documents do not mention a social value fund\b/, includes: [/Cheshire West and Chester's do/, /local social value priorities/], excludes: [/payment deductions, so/] },
    { q: 'is there an sv fund in stockport?', council: STOCKPORT, noDefault: true, firstLine: /^Stockport's documents do not mention a social value fund\b/, includes: [/Cheshire West and Chester's do/] },
  ]),
  // "Towards" says nothing of what is asked: not Exec 5.1's "principles that Trafford … will work towards".
  // Volunteering hours are a National TOMs measure (NT29, Policy Appendix B's table).
  ...kind('document facts', [
    { q: 'can suppliers count volunteering hours towards sv in trafford?', noDefault: true, includes: [/NT29/, /volunteering time/], excludes: [/broad principles/] },
  ]),
  // Going below the council's figure with no contract value: Charter s.4's minimum of 15% (no route
  // below it; the nearest is the Statement s.4 exceptions with senior officer sign-off); CWaC (iv)'s
  // standards of 5% and 10%, each varied case by case; Trafford sets none. No invented contract value.
  ...kind('verdict', [
    { q: 'can we go below 15% in stockport if the market is small?', council: STOCKPORT, noDefault: true, firstLine: /^No: Stockport's minimum .* is 15%/, includes: [/senior officer sign-off/], excludes: [/Total contract value/, /£50,000/], source: SRC.charter },
    { q: 'can i use less than 15% in stockport', council: STOCKPORT, noDefault: true, firstLine: /^No: /, includes: [/give no route to a weighting below its minimum/], excludes: [/^Yes: 15% meets/m], source: SRC.charter },
    { q: 'is it ok to go under the 15% minimum for stockport', council: STOCKPORT, noDefault: true, firstLine: /^No: /, includes: [pct(15)], source: SRC.charter },
    { q: 'can i use a lower weighting than 15% for stockport?', council: STOCKPORT, noDefault: true, firstLine: /^No: /, includes: [/senior officer/], excludes: [/15% meets/], source: SRC.charter },
    { q: 'can we go below 20% in stockport', council: STOCKPORT, noDefault: true, firstLine: /^Yes, down to 15%/, includes: [/overall target is 20%/], source: SRC.charter },
    { q: 'cwac - can we go lower than the standard weighting?', council: CWAC, noDefault: true, firstLine: /^Only as a justified case-by-case variation: .*is 5%/, includes: [/higher value contracts \(above £100,000 total value\) is 10%/, /do not say who agrees a lower figure/], excludes: [/Total contract value/], source: SRC.cwac },
    { q: 'trafford - can we go under 10%?', council: TRAFFORD, noDefault: true, firstLine: /^Yes: there is no council figure to go below/, includes: [/do not set a social value weighting/], source: SRC.trafford },
  ]),
  // "When does it meet?" asks how often: neither Stockport's Statement s.3 nor Trafford's 4.1–4.3 says.
  // The Round Table is "termly" (Statement s.3), which answers it.
  ...kind('documents do not say', [
    { q: 'when does the stockport steering group meet', council: STOCKPORT, noDefault: true, firstLine: /^Stockport's documents do not give how often\b/, includes: [/representatives of all directorates/], source: SRC.statement },
    { q: "when does trafford's sv steering group meet?", council: TRAFFORD, noDefault: true, firstLine: /^Trafford's documents do not give how often\b/, includes: [/Inclusive Economy and Communities Manager/], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'when are the stockport round table meetings', council: STOCKPORT, noDefault: true, includes: [/takes place termly/], excludes: [DOES_NOT_SAY], source: SRC.statement },
  ]),
  // "One Stockport" (Statement s.2, s.3): a name of the council's whose other word is common; not the help card.
  ...kind('document facts', [
    { q: "what's one stockport", council: STOCKPORT, noDefault: true, includes: [/One Stockport Borough Plan/], excludes: HELP_OR_POINTER, source: SRC.statement },
  ]),
  // Asked what a named thing is with no council: each council's documents on it, side by side. STAR:
  // Statement s.3 ("STAR is the Council's strategic procurement partner"), Exec 2.1; CWaC's say nothing.
  // The Portal: Charter s.4 (over £50k), Exec 3.1, CWaC Delivery and evaluation ("will be engaged").
  ...kind('no council known', [
    { q: 'what is star procurement', noDefault: true, firstLine: /^Stockport, ["“]STAR is the Council's strategic procurement partner\.["”]; Trafford, ["“]STAR Procurement has partnered/, includes: [/Trafford/, /Stockport/], excludes: [/which council/i] },
    { q: 'who are STAR', noDefault: true, firstLine: /STAR is the Council's strategic procurement partner/, includes: [/STAR Procurement has partnered/], excludes: [/which council/i] },
    { q: 'what is the social value portal', noDefault: true, includes: [/Cheshire West and Chester/, /will be engaged/, /Stockport/, /Trafford/], excludes: [/which council/i] },
  ]),
  // Exec 4.3 (chaired by the Inclusive Economy and Communities Manager) and the report's date, 24 October
  // 2022; "written" is how current the report is, not a search for "wrote" (3.2's Hong Kongers' letter).
  ...kind('multi-part', [
    { q: 'trafford: who chairs the steering group and when was the report written?', council: TRAFFORD, noDefault: true, includes: [/24 October 2022/], excludes: [/Hong Kongers wrote/], before: [/Inclusive Economy and Communities Manager/, /24 October 2022/], source: SRC.trafford },
  ]),
  // Trafford sets no weighting (Exec 2.3, 3.1) and gives no reason for setting none: said so first.
  ...kind('documents do not say', [
    { q: "why doesn't trafford have a weighting?", council: TRAFFORD, noDefault: true, firstLine: /^Trafford's documents do not say why\./, includes: [/do not set a social value weighting/], source: SRC.trafford },
    { q: 'how come trafford sets no sv weighting', council: TRAFFORD, noDefault: true, firstLine: /^Trafford's documents do not say why\./, includes: [/all contracts over £50k/i], source: SRC.trafford },
    { q: 'why is there no weighting in trafford', council: TRAFFORD, noDefault: true, firstLine: /^Trafford's documents do not say why\./, includes: [/do not set a social value weighting/], source: SRC.trafford },
  ]),
  // "Is social value mandatory?" where the council has no PID sign-off rule: the thresholds its documents
  // set (Trafford Exec 2.3 and 3.1: over £50k; CWaC (iv): the weighted bands), not "nothing about the PID".
  ...kind('weighting and thresholds', [
    { q: 'Is social value mandatory in Trafford?', council: TRAFFORD, noDefault: true, includes: [/all contracts over £50k/i], excludes: [/PID sign-off and exemptions/], source: SRC.trafford },
    { q: 'is social value mandatory in cwac', council: CWAC, noDefault: true, includes: [/£50,000 and £100,000/, /above £100,000/], excludes: [/PID sign-off and exemptions/], source: SRC.cwac },
    { q: 'is sv compulsory for stockport', council: STOCKPORT, noDefault: true, firstLine: /^Yes: Social value must be included before the Procurement Initiation Document/, includes: [/senior officer sign-off/], source: SRC.statement },
  ]),
  // No council's documents say how social value applies to buying through a framework: said so, with the
  // weighting they do set, not a plain "Yes" to the 15% as if the framework changed nothing.
  ...kind('documents do not say', [
    { q: 'stockport - if i use a framework do i still need 15%?', ...notSaid(STOCKPORT, { noDefault: true, includes: [/call-offs from frameworks/, /minimum of 15%/], excludes: [/^Yes\b/m] }) },
    { q: "cwac: we're buying off a national framework for £200k, what weighting?", ...notSaid(CWAC, { noDefault: true, includes: [/call-offs from frameworks/, pct(10)] }) },
  ]),
  // No council's documents give proxy (£) values or a maximum weighting: with no council known, said of all
  // three (not "which council?"); asked of one, said so, not a count of apprenticeship weeks (Statement s.8).
  ...kind('documents do not say', [
    { q: "what's the proxy value of an apprenticeship week", noDefault: true, firstLine: /^None of the councils' documents \(Cheshire West and Chester, Stockport and Trafford\) give proxy \(£\) values/, includes: [/Stockport's documents do not give proxy/], excludes: [/which council/i] },
    { q: "what's the proxy value of an apprenticeship week in stockport", ...notSaid(STOCKPORT, { noDefault: true, includes: [/proxy \(£\) values/], excludes: [/503 weeks/] }) },
    { q: 'is there a maximum sv weighting', noDefault: true, firstLine: /^None of the councils' documents .* give a maximum/, includes: [/minimum of 15%/, /standard weighting of 10%/], excludes: [/which council/i] },
  ]),
  // No document says whether its values include VAT: said so, with the thresholds they set; a value typed
  // "ex vat" without asking about it is answered as the weighting asked.
  ...kind('documents do not say', [
    { q: 'does the stockport threshold include VAT?', ...notSaid(STOCKPORT, { noDefault: true, includes: [/include or exclude VAT/, /in excess of £25k/] }) },
    { q: 'is the £100k in cwac inc or ex vat', ...notSaid(CWAC, { noDefault: true, includes: [/include or exclude VAT/] }) },
  ]),
  ...kind('weighting and thresholds', [
    { q: '75k ex vat services contract stockport weighting', council: STOCKPORT, noDefault: true, firstLine: /minimum social value weighting is 15%/, includes: [money(75000)], excludes: [/VAT/], source: SRC.charter },
    // Charter s.4: "a minimum weighting of 15% with an overall target of 20%", not a passage on "difference".
    { q: 'whats the difference between the min and target in stockport', council: STOCKPORT, noDefault: true, includes: [/minimum of 15% with an overall target of 20%/], excludes: [/Match My Project|platform gathers/], source: SRC.charter },
  ]),
  // One council figure weighed against the other ("the 20% target instead of the 15% min"): the first judged.
  ...kind('verdict', [
    { q: 'can i use the 20% target instead of the 15% min in stockport', council: STOCKPORT, noDefault: true, firstLine: /^Yes: 20% is Stockport's overall target/, includes: [/minimum of 15%/], source: SRC.charter },
  ]),
  // How far an action has got is the live plan's to say (seeded from Appendix C and the Statement s.9,
  // Not started until the steering group updates it); "has … launched?" without the plan still asks the documents.
  ...kind('routing', [
    { q: 'is the cwac measurement tool action done yet', council: CWAC, firstLine: /actions on "measurement tool"$/, includes: [/CWAC-1\b/, /CWAC-3\b/, /Not started/], excludes: [/Appendix C/, /CWAC-5\b/] },
    { q: 'whats the progress on match my project in stockport', council: STOCKPORT, firstLine: /^Stockport: actions on /, includes: [/SMBC-2\b/, /Match My Project on-line brokerage portal/], excludes: [/SMBC-1\b/] },
    { q: 'how is the supported internship going in cwac', council: CWAC, firstLine: /actions on "supported internship"$/, includes: [/CWAC-8\b/, /Skills and Employment Manager/], excludes: [/CWAC-1\b/] },
  ]),
  // "Why?" after a threshold answer: the rule and its threshold (Charter s.4, "in excess of £50k") lead,
  // not a passage that happens to give a reason (Statement s.6's Portal training sessions).
  ...conversation([
    { q: 'do we need to use the sv portal for 35k', council: STOCKPORT, firstLine: NO, includes: [money(50000)], source: SRC.charter },
    { q: 'why?', council: STOCKPORT, firstLine: /^In Stockport's Social Value Charter \(2019\), section 4\b/, includes: [/in excess of £50k/, /not more than £50,000/], excludes: [/training sessions/, /give this reason/], source: SRC.charter },
  ]),
  // "contarct": two letters swapped is "contract", not "contact" (the contacts answer).
  ...kind('totals over years', [
    { q: '4 yr contarct at 12k pa for stockport - does sv weighting apply and is it 15%?', council: STOCKPORT, noDefault: true, includes: [money(48000), overYears(4), /minimum social value weighting is 15%/], excludes: [/Who to ask/, /key contacts/], derived: [48000], source: SRC.charter },
  ]),
  // Appendix C's Staff Awareness theme: the lunch-time session (September 2021) and the intranet page
  // (August 2021), both the Strategy and Innovation Manager's; not the Procurement Manager's staff training.
  ...kind('document facts', [
    { q: 'cwac action plan - who leads the staff awareness bits and when are they due', council: CWAC, noDefault: true, firstLine: /^Staff Awareness: develop a short training session/, includes: [/page on the intranet \(Strategy and Innovation Manager, August 2021\)/], before: [/^Staff Awareness: develop a short training session .*; a social value page on the intranet/m, /contract management staff/], source: SRC.cwac },
  ]),
  // "a lower weighting than 20%" proposes going below 20%, not 20% (Policy (iv): CWaC's standard over
  // £100,000 is 10%); "who has to sign that off?" after it asks who approves the lower figure, which CWaC's
  // policy does not say (it has no PID sign-off rule), while Stockport's answer is its PID rule.
  ...conversation([
    { q: 'can I go with a lower weighting than 20% in cheshire west for a £150k contract?', council: CWAC, firstLine: /^Yes, down to 10%/, includes: [money(150000)], excludes: [/20% is above/], source: SRC.cwac },
    { q: 'who has to sign that off?', council: CWAC, firstLine: /do not say who approves a lower weighting/, includes: [/standard social value weighting is 10%/, /varied on a case by case basis/], excludes: [/PID sign-off and exemptions/] },
  ]),
  ...conversation([
    { q: 'is 8% ok for a £150k cwac contract?', council: CWAC, firstLine: BELOW_VARIED_STANDARD, includes: [pct(8)] },
    { q: 'who approves that', council: CWAC, firstLine: /do not say who approves a lower weighting/, includes: [], excludes: [/^Only as a justified/m] },
  ]),
  ...conversation([
    { q: 'is 12% ok for a £60k stockport tender?', council: STOCKPORT, firstLine: NO, includes: [pct(15)] },
    { q: 'who signs that off?', council: STOCKPORT, includes: [SENIOR_OFFICER], excludes: [/do not say who approves/] },
  ]),
  // A claim about values on one side of an amount is judged: Charter s.4 sets 15% over £25k, so "no SV
  // under 50k" is not so; Policy (iv) sets 5% from £50,000; Trafford's documents set no weighting at all.
  ...kind('verdict', [
    { q: "is it true that Stockport doesn't need social value on contracts under 50k?", council: STOCKPORT, noDefault: true, firstLine: NO, includes: [/minimum of 15%/, /in excess of £25k/], source: SRC.charter },
    { q: 'is it true that cwac doesnt need sv under 100k', council: CWAC, noDefault: true, firstLine: NO, includes: [pct(5)], source: SRC.cwac },
    { q: 'apparently trafford doesnt require social value for contracts below £50k, is that right?', council: TRAFFORD, noDefault: true, firstLine: /^Yes, as far as the weighting goes/, includes: [/do not set a social value weighting/] },
  ]),
  // A name only one council's documents use says which council, whatever words ask whether it has happened
  // (Statement s.4: "funding for the Match My Project on line brokerage portal has been agreed").
  ...kind('documents do not say', [
    { q: 'is match my project live yet?', council: STOCKPORT, noDefault: true, includes: [/Match My Project/, /whether that has happened yet/], excludes: [WHICH_COUNCIL], source: SRC.statement },
  ]),
  // "yes", "sure" on their own ask nothing: the pointer, not a passage with the word in it.
  ...kind('off-topic', [
    { q: 'yes', includes: [/I can help with social value/], excludes: [/Key Decision/] },
    { q: 'sure', includes: [/I can help with social value/], excludes: [/Round Table/] },
  ]),
  // "what is STAR?": the council's procurement partner (Statement s.3), not a passage sharing other words.
  ...kind('document facts', [
    { q: 'new starter here - what is STAR? people keep mentioning it', council: STOCKPORT, firstLine: /procurement partner is STAR Procurement/, includes: [/strategic procurement partner/], excludes: [/net zero/, /Wilmott Dixon/], source: SRC.statement },
    { q: 'what does STAR do', council: STOCKPORT, includes: [/strategic procurement partner/] },
  ]),
  // A case study by its firm's name (Statement s.4): that case study, not the Portal's totals.
  ...kind('document facts', [
    { q: 'what did overbury deliver in stockport', council: STOCKPORT, firstLine: /^["“]?Overbury worked with their suppliers/, includes: [/687 volunteer hours/], excludes: [/25,768,467/], source: SRC.statement },
    { q: 'what have wilmott dixon done for stockport?', council: STOCKPORT, firstLine: /^["“]?Wilmott Dixon have/, includes: [/53 new jobs/], excludes: [/Overbury/] },
  ]),
  // Starting a PID said in prose is the checklist; a question asked after it is Q&A's (Statement s.4).
  ...kind('routing', [
    { q: 'i need to start a pid for a £90k home care contract in stockport, can you walk me through the sv bits', includes: CHECKLIST_FIRST_CARD },
    { q: 'hi, can you walk me through the PID for a £200k works job in trafford', includes: CHECKLIST_FIRST_CARD },
    { q: "I'm doing a PID for a 60k cleaning contract", includes: CHECKLIST_FIRST_CARD },
    { q: 'I need to do a PID - does social value need to be in it?', council: STOCKPORT, includes: [/before the Procurement Initiation Document \(PID\) is signed off/], excludes: [/Step 1 of 5/] },
  ]),
  // Statement s.4: "always included as a weighted criterion … alongside price and quality": what Stockport
  // says of how the weighting sits in the evaluation, not "Cheshire West and Chester does".
  ...conversation([
    { q: 'hi, new starter at stockport. whats the minimum sv weighting i need to put in a tender?', council: STOCKPORT, includes: [/minimum of 15%/] },
    { q: 'and is that % of the total score or just of the quality bit?', council: STOCKPORT, firstLine: /weighted criterion of a minimum of 15 20% alongside price and quality/, includes: [], excludes: [/Cheshire West and Chester does/], source: SRC.statement },
  ]),
  // Right after a plan, an action on it asked of by its words: its live status, lead and due date.
  ...conversation([
    { q: 'can you show me the stockport social value action plan', council: STOCKPORT, includes: [LIVE_SMBC] },
    { q: "who's leading on the match my project one and when is it due?", council: STOCKPORT, includes: [/SMBC-2\b/, /Lead and due date not set/], excludes: [/SMBC-1\b/] },
  ]),
  ...conversation([
    { q: "what's on trafford's action plan?", council: TRAFFORD, includes: [/Internal Management/] },
    { q: 'has the steering group bit been done yet?', council: TRAFFORD, includes: [/TRF-4\b/, /Complete/], excludes: [/whether that has happened yet/] },
  ]),
  // The same list asked in one message: the item that says most of what "who" asks, and no other item.
  ...kind('document facts', [
    { q: "who provided the venue for trafford's employment support event", council: TRAFFORD, firstLine: /^["“]?UA92 provided the venue for free/, includes: [/for free/], excludes: [/The Growth Company/], source: SRC.trafford },
    { q: 'who provided business advisers at the trafford event for hong kong newcomers', council: TRAFFORD, firstLine: /^["“]?Momentic and the Business Growth Hub provided business advisers/, includes: [/Business Growth Hub/], excludes: [/UA92 provided/], source: SRC.trafford },
  ]),
  // After the whole live plan, or its overdue actions, one lead's among them: Trafford's plan sets no
  // leads (said so, not the report's plan paragraph); CWaC's are Appendix C's, overdue as of today.
  ...conversation([
    { q: 'show the trafford action plan', council: TRAFFORD, firstLine: /^Trafford Social Value Action Plan\. Trafford: \d+ actions/, includes: [/TRF-1\b/] },
    { q: "which of those are the procurement manager's?", council: TRAFFORD, includes: [/No Trafford actions have a lead yet/], excludes: [/live' document/, /Source:/] },
  ]),
  ...conversation([
    { q: 'cwac action plan pls', council: CWAC, firstLine: /^Cheshire West and Chester Social Value Action Plan\. Cheshire West and Chester: \d+ actions/, includes: [/CWAC-5\b/] },
    { q: 'which ones are led by the procurement manager?', council: CWAC, firstLine: /actions for Procurement Manager$/, includes: [/CWAC-1\b/, /CWAC-4\b/], excludes: [/CWAC-5\b/, /Appendix C/] },
  ]),
  ...conversation([
    { q: "what's overdue on the cwac plan", council: CWAC, firstLine: /overdue actions$/, includes: [/CWAC-1\b/] },
    { q: "any of them the strategy and innovation manager's?", council: CWAC, firstLine: /overdue actions for Strategy and Innovation Manager$/, includes: [/CWAC-5\b/], excludes: [/CWAC-1\b/] },
  ]),
];

// Held out, round 30: a new set of 50 (42 right before this round's fixes), and earlier open gaps.
const HELD_OUT_30: OfficerRow[] = [
  // CWaC Policy, What do we mean by social value? ("should not be burdensome or costly if done in a
  // targeted and proportionate way"), Engagement Feedback (higher costs feared, not shared by a group of
  // suppliers); Trafford Exec 1.1 ("at no extra cost to the Council") and Implications: Financial.
  // Stockport's documents say nothing on it. With no council known, each council's words.
  ...kind('shared by the councils', [
    { q: 'will adding sv to my tender just push the price up for us', firstLine: /Cheshire West and Chester's and Trafford's documents cover whether social value costs the council more; Stockport's do not/, includes: [/not be burdensome or costly/, /no extra cost to the Council/], noDefault: true },
    { q: 'does social value cost the council more?', firstLine: /documents cover whether social value costs the council more/, includes: [/higher costs to the Council/], noDefault: true },
  ]),
  ...kind('document facts', [
    { q: 'trafford - will sv make contracts more expensive?', council: TRAFFORD, firstLine: /benefits for local communities at no extra cost to the Council/, includes: [/Shared Prosperity Fund/], source: SRC.trafford },
    { q: 'cwac: does social value push up tender prices', council: CWAC, firstLine: /should not be burdensome or costly if done in a targeted and proportionate way/, includes: [/not shared by a group of suppliers|did not share that view/], source: SRC.cwac },
  ]),
  ...kind('documents do not say', [
    { q: 'does sv push up tender prices in stockport', council: STOCKPORT, firstLine: /don't say anything about whether social value costs the council more/, includes: [/Cheshire West and Chester and Trafford do/] },
  ]),
  // CWaC Policy, What do we mean by social value?: "Social value is strongly associated with community
  // wealth building"; Stockport's Charter, Introduction, names its principles. With no council known, both.
  ...kind('shared by the councils', [
    { q: 'whats community wealth building', firstLine: /^Cheshire West and Chester, [“"]Social value is strongly associated with community wealth building\./, includes: [/This is about retaining and generating wealth at the local level/, /Inclusive Growth and Community Wealth Building/], buttons: [askWith(ASK_CWAC, /community wealth building/i), askWith(ASK_STOCKPORT, /community wealth building/i)], noDefault: true },
  ]),
  // CWaC Policy, Appendix C: the Procurement Manager adopts a measurement tool by July 2021 and launches
  // it in September 2021. Naming the plan, then asking of it, is a question, not a plan command.
  ...kind('routing', [
    { q: "cwac action plan - who's leading the sv measurement tool and by when", council: CWAC, firstLine: /Procurement Manager/, includes: [/July 2021/, /September 2021/], excludes: [/couldn't read/], source: SRC.cwac },
    { q: "action plan, what's overdue?", includes: [/overdue actions/i, /as of \d+ [A-Z][a-z]+ 20\d\d/], excludes: [/Say "action plan"/, /couldn't read/] },
    { q: 'trafford action plan - whats the status', council: TRAFFORD, includes: [/The live plan kept by the steering group/, /Not started: \d+/], excludes: [/couldn't read/] },
  ]),
  // Exec 4.2: the steering group's seven objectives, "main" or not.
  ...conversation([
    { q: 'who leads on social value in trafford?', council: TRAFFORD, includes: [/Inclusive Economy and Communities Manager/] },
    { q: "what are the steering group's main objectives", council: TRAFFORD, firstLine: /Objectives: Develop, monitor, review and update the Social Value Action Plan/, includes: [/Influence decision making forums in Trafford/], excludes: [/do not name/], source: SRC.trafford },
  ]),
  // Charter s.1: the five National TOMs themes in Stockport's own words ("responsible local businesses",
  // "Social innovation"), not the catalogue's ("Responsible Regional Business").
  ...kind('document facts', [
    { q: 'what are the 5 toms themes in the stockport charter', council: STOCKPORT, firstLine: /Theme 2, Growth: supporting growth of responsible local businesses/, includes: [/Theme 5, Social innovation: promoting new ideas and community initiatives/], excludes: [/Responsible Regional Business/], source: SRC.charter },
  ]),
  // Front sheet and Contact person: the report went to the Executive on 24 October 2022; Oliver Shimell
  // and Nidi Etim are the contacts. Each part asked is answered.
  ...kind('multi-part', [
    { q: "who's the contact on the trafford sv charter report and what date did it go to exec", council: TRAFFORD, before: [/Oliver Shimell/, /24 October 2022/], includes: [/Nidi Etim/], source: SRC.trafford },
  ]),
  ...kind('document facts', [
    { q: 'what date did the trafford report go to the executive', council: TRAFFORD, includes: [/dated 24 October 2022/], excludes: [/don't say anything about that/], source: SRC.trafford },
  ]),
  // "we" with no council known is the officer's own council, which only they can say, though only
  // CWaC's Purpose gives a figure (£300m a year).
  ...kind('no council known', [
    { q: 'how much do we spend with external providers a year', ...whichCouncilRow(/external providers/i), excludes: [/£300m/] },
  ]),
  // Exec, Implications: "Equality/Diversity Implications None as a consequence of this report"; "Health
  // and Safety Implications None …". Two things named, each answered, in the order asked.
  ...kind('multi-part', [
    { q: 'trafford sv report - equality and health n safety implications?', council: TRAFFORD, includes: [], before: [/Equality\/Diversity Implications None as a consequence of this report/, /Health and Safety Implications None as a consequence of this report/], source: SRC.trafford },
  ]),
  // Policy, Where are we now?: "In the last year, over half the Council's spend has been with local
  // companies" (the £300m a year with external providers is all of it, not the local share).
  ...kind('document facts', [
    { q: 'cwac local spend figures?', council: CWAC, firstLine: /over half the Council's spend has been with local companies/, includes: [], source: SRC.cwac },
  ]),
  ...kind('multi-part', [
    { q: 'does cwac pay its staff the living wage, and how much of its spend is local?', council: CWAC, includes: [], before: [/3,082/, /over half the Council's spend/i], excludes: [/do not give that percentage/], source: SRC.cwac },
  ]),
  // Statement s.8's 137 live projects are Stockport's; Trafford's documents give no count.
  ...kind('documents do not say', [
    { q: 'how many live projects has trafford got on the sv portal', council: TRAFFORD, firstLine: /^Trafford's documents do not give that number/, includes: [], excludes: [/\b137\b/], noDefault: true },
  ]),
  // Statement s.6: "Stockport has agreed to focus on those TOMs which specifically relate to its priority
  // cohorts and themes". Said in those words, not "do not name".
  ...kind('document facts', [
    { q: 'which toms does stockport actually focus on?', council: STOCKPORT, firstLine: /focus on those TOMs which specifically relate to its priority cohorts and themes/, includes: [], excludes: [/do not name/], source: SRC.statement, noDefault: true },
  ]),
  // Policy, Employment (ii): up to 2 days a year for volunteering, under-utilised. "mostly" is no
  // misspelling of "costly".
  ...kind('document facts', [
    { q: 'what sort of volunteering do cwac staff mostly do', council: CWAC, includes: [/up to 2 days/], excludes: [/costly/], source: SRC.cwac },
  ]),
  // Exec 3.2: the newcomers "could not be signed up to any of the mainstream programmes"; 6.7: a
  // dedicated Social Value Co-ordinator proposed, with nothing to say one is in post.
  ...conversation([
    { q: 'trafford: what was the hong kong newcomers thing about?', council: TRAFFORD, includes: [/UA92/] },
    { q: 'why cant they just go on the normal employment schemes', council: TRAFFORD, firstLine: /could not be signed up to any of the mainstream/, includes: [], source: SRC.trafford },
    { q: 'and is anyone actually paid to coordinate sv yet', council: TRAFFORD, firstLine: /^Trafford's documents do not say whether that has happened yet/, includes: [/dedicated Social Value Co-ordinator/], excludes: [/I answer questions about social value/], source: SRC.trafford },
  ]),
  // Exec 4.3: the group "is chaired by the Inclusive Economy and Communities Manager", cited there, not
  // at 4.2 (the objectives).
  ...kind('document facts', [
    { q: 'who chairs the trafford sv steering group', council: TRAFFORD, firstLine: /chaired by the Inclusive Economy and Communities Manager/, includes: [], before: [/Source: [^\n]*section 4\.3/, /section 4\.2/], source: SRC.trafford, noDefault: true },
  ]),
  // Statement s.4: social value must be included before the PID is signed off; the very few exceptions
  // need senior officer sign-off. Noting why is not enough.
  ...kind('verdict', [
    { q: 'no sv in a £70k tender, is that ok if i note why', council: STOCKPORT, firstLine: /^No: for a £70,000 contract/, includes: [SENIOR_OFFICER], source: SRC.statement },
    // Exec 2.3: STAR applies the TOMs to all contracts over £50k. What is skipped is the TOMs, not social
    // value at a PID (Trafford's documents have no PID rule).
    { q: 'supplier wants to skip toms reporting on a £500k tmbc contract, allowed?', council: TRAFFORD, firstLine: /^No: for a £500,000 contract/, includes: [/all contracts over £50k/], excludes: [/PID sign-off and exemptions/], source: SRC.trafford, noDefault: true },
  ]),
  // Statement s.2 and s.5: tenders ask about carbon reduction plans and GHG measurement; a policy is
  // proposed to make both mandatory by 2024. What suppliers must do leads, not the support offered them.
  ...kind('document facts', [
    { q: 'whats the carbon stuff suppliers need to do for smbc', council: STOCKPORT, firstLine: /^Tender documentation asks whether suppliers have a carbon reduction plan/, includes: [/mandatory by 2024/], source: SRC.statement },
    { q: 'stockport carbon requirements for suppliers?', council: STOCKPORT, firstLine: /^Tender documentation asks whether suppliers have a carbon reduction plan/, includes: [/2050/], source: SRC.statement },
  ]),
  // Exec 6.1-6.6: the draft action plan gives no dates, so nothing in it can be called overdue.
  ...kind('documents do not say', [
    { q: 'has the trafford draft sv action plan got deadlines, whats overdue on it', council: TRAFFORD, firstLine: /^Trafford's documents do not give a due date for the social value action plan/, includes: [], source: SRC.trafford },
  ]),
  // Exec 3.2: the event at UA92 on 16 November 2021 "was attended by over 200 Hong Kong newcomers".
  ...conversation([
    { q: 'can u tell me about the hong kong newcomers thing trafford did', council: TRAFFORD, includes: [/UA92/] },
    { q: 'how many came to the event', council: TRAFFORD, firstLine: /attended by over 200 Hong Kong newcomers/, includes: [], excludes: [/do not give that number/], source: SRC.trafford },
    { q: 'where n when was it', council: TRAFFORD, firstLine: /at UA92 on the 16 November 2021/, includes: [], excludes: [/I answer questions about social value/], source: SRC.trafford },
  ]),
  // Charter s.3: staff are encouraged to volunteer; no number of days (CWaC's is its own: up to 2).
  ...kind('documents do not say', [
    { q: 'hw many volunteering days do staff get pa', council: STOCKPORT, firstLine: /^Stockport's documents do not give that number/, includes: [/encouraged to volunteer/] },
  ]),
  // Statement s.2 and s.5: operationally net zero by 2030; Stockport carbon neutral by 2038.
  ...kind('document facts', [
    { q: 'whats the net zero target', council: STOCKPORT, firstLine: /operationally net zero by 2030/, includes: [/carbon neutral by 2038/], source: SRC.statement },
  ]),
  // Exec 3.1: £24m secured to date; 53% means 53p back for every £1 spent. Both parts, in order.
  ...kind('multi-part', [
    { q: 'trafford - how much sv secured to date and whats the 53% thing mean', council: TRAFFORD, includes: [], before: [/£24m/, /for every £1 spent, the Council has been offered 53p back/], source: SRC.trafford },
  ]),
  // Exec 2.8: the communities' six priorities, social isolation first. "summer" is when, not what.
  ...kind('document facts', [
    { q: 'what did trafford communities say their priorities were in the summer consultation', council: TRAFFORD, firstLine: /Social isolation: tackling mental health/, includes: [/Food support/], source: SRC.trafford },
  ]),
  // Contact person section, cited there (not at STAR's 2.3 beside it in the contacts topic).
  ...kind('document facts', [
    { q: 'whos the contact for the trafford sv report, need a phone no', council: TRAFFORD, includes: [/07814060170/], before: [/Source: [^\n]*Contact person for access to background papers/, /STAR Procurement, Trafford's procurement partner/, /Source: [^\n]*section 2\.3 and 3\.1/], source: SRC.trafford },
  ]),
  // Exec 6.7: a project in the Shared Prosperity Communities and Place Investment Plan would fund a
  // dedicated Social Value Co-ordinator. A follow-up with words of its own does not ask what the first
  // turn asked ("who is on it").
  ...conversation([
    { q: "trafford steering group - who's on it?", council: TRAFFORD, includes: [/Trafford College/] },
    { q: 'what are its main objectives', council: TRAFFORD, includes: [/Develop, monitor, review and update the Social Value Action Plan/] },
    { q: 'and is there any funding for a coordinator?', council: TRAFFORD, includes: [/to fund a dedicated Social Value Co-ordinator/], excludes: [/do not give who is on it/], source: SRC.trafford },
  ]),
  // Statement s.2 Key Areas of Focus (Themes): the priority themes, cost of living support first.
  ...kind('document facts', [
    { q: 'what themes are stockport focusing on for sv', council: STOCKPORT, firstLine: /^Stockport's priority themes: Cost of living support; Buying local/, includes: [], source: SRC.statement },
  ]),
  // Policy, Procurement (iv): £45k a year for 3 years is £135,000 in total, over £100,000: the standard
  // 10% (could be varied case by case). "at that value each year" says the £45k is a year's.
  ...conversation([
    { q: 'cwac: what sv weighting do i need for a £45k contract', council: CWAC, includes: [money(45000)] },
    { q: 'what if it was 3 yrs at that value each year', council: CWAC, firstLine: /^For a £135,000 contract, Cheshire West and Chester's standard social value weighting is 10%/, includes: [/£135,000 in total over 3 years \(£45,000 a year\)/], excludes: [/if £45,000 is the total/], source: SRC.cwac, derived: [135000] },
  ]),
  ...kind('off-topic', [
    { q: 'whats the weather like in manchester tmrw', includes: [/I answer questions about social value/], excludes: [/not covered/i], noDefault: true },
  ]),
  ...kind('off-topic', [
    { q: 'any good places for lunch near stockport town hall?', includes: [/I answer questions about social value/], excludes: [/don't say anything/], noDefault: true },
    { q: 'is the stockport town hall car park open on sunday?', includes: [/I answer questions about social value/], excludes: [/Wilmott Dixon/] },
  ]),
];

// Held-out round 34 (set G and the gaps left from sets E and F).
const HELD_OUT_34: OfficerRow[] = [
  // Trafford 2.1: "The results are reported quarterly through 5 STAR Measures" and no more: the measures are
  // not listed, and only Trafford's report mentions them.
  ...kind('documents do not say', [
    { q: 'what are the 5 STAR measures', council: STOCKPORT, firstLine: /^Stockport's documents do not mention the 5 STAR Measures\.$/, includes: [/Trafford's documents do: .The results are reported quarterly/, /reported quarterly through 5 STAR Measures/], excludes: [/National TOMs have 5 themes/], source: SRC.trafford },
    { q: 'what are the five star measures trafford reports on?', council: TRAFFORD, firstLine: /^Trafford's documents do not list the 5 STAR Measures/, includes: [/STAR Board and Joint Committee/], excludes: [/applies the Themes, Outcomes, Measures/], source: SRC.trafford },
    { q: 'star measures - what are they', council: TRAFFORD, noDefault: true, includes: [/only council whose documents mention .5 STAR Measures/, /do not list the 5 STAR Measures/], excludes: [WHICH_COUNCIL, /National TOMs have 5 themes/] },
  ]),
  // Statement s.4: "the very few exceptions require senior officer sign-off": no post is named, and no form.
  ...conversation([
    { q: 'what weighting for a £60k direct award in stockport', council: STOCKPORT, includes: [/non-competitive/] },
    { q: 'which senior officer exactly? is there a form?', council: STOCKPORT, firstLine: /do not name the senior officer who signs off an exception or give a form or template for it/, includes: [SENIOR_OFFICER], excludes: [/Education and peer learning/] },
  ]),
  ...kind('documents do not say', [
    { q: 'is there a form for the exemption?', council: STOCKPORT, firstLine: /do not give a form or template/, includes: [SENIOR_OFFICER], source: SRC.statement },
    { q: 'what counts as a senior officer for signing off an exception in stockport', council: STOCKPORT, firstLine: /do not name the post that signs off an exception/, includes: [SENIOR_OFFICER] },
  ]),
  // "direct awarding" is a direct award; "still" asks nothing of its own, so the contract carries (Charter s.4).
  ...conversation([
    { q: "we're direct awarding a £60k contract in stockport, what sv weighting?", council: STOCKPORT, includes: [/£60,000 non-competitive contract/, /Competitive procurement: No/] },
    { q: 'do I still need to put it on the portal then?', council: STOCKPORT, includes: [SAME, money(60000), /all activity over £50k/], excludes: [/default council here/] },
  ]),
  ...conversation([
    { q: 'what weighting for a £80k trafford tender', council: TRAFFORD, includes: [money(80000)] },
    { q: 'does it still need the portal', council: TRAFFORD, firstLine: /^Yes/, includes: [SAME, money(80000), /All contracts over £50K/] },
  ]),
  // Trafford 2.2 gives the Maturity Index's five stages and Trafford's level; Stockport's Statement s.7
  // says the steering group completes the Index yearly, with no level; CWaC's policy gives none either.
  ...kind('documents do not say', [
    { q: 'what are the 5 stages of the maturity index', council: STOCKPORT, firstLine: /^Stockport's documents do not list the stages of the Social Value Maturity Index/, includes: [/Trafford's documents do: The five stages: 0: Minimum; 1: Developing; 2: Mature; 3: Leader; 4: Innovator/, /completes the Social Value Maturity Index every year/], source: SRC.trafford },
    { q: "what's stockport's social value maturity level", council: STOCKPORT, firstLine: /^Stockport's documents do not give a level or rating on the Social Value Maturity Index/, includes: [/completes the Social Value Maturity Index every year/, /developing to becoming an innovator/] },
    { q: 'how mature is cwac on social value?', council: CWAC, firstLine: /^Cheshire West and Chester's documents do not give a level or rating/, includes: [/Trafford was assessed as overall/] },
    { q: 'what stages does the maturity index have in trafford', council: TRAFFORD, includes: [/4: Innovator/], excludes: [DOES_NOT_SAY] },
  ]),
  ...conversation([
    { q: "what is trafford's social value maturity score", council: TRAFFORD, includes: [/developing to becoming an innovator/], excludes: [DOES_NOT_SAY] },
    { q: "and what about stockport's?", council: STOCKPORT, firstLine: /^Stockport's documents do not give a level or rating on the Social Value Maturity Index/, includes: [/completes the Social Value Maturity Index every year/] },
  ]),
  // Appendix C: "Deliver a Supported Internship programme … for 20 young people …, Skills and Employment
  // Manager, April 2022": the count asked as "places" is the 20 young people.
  ...kind('document facts', [
    { q: 'cwac supported internship - how many places n when', council: CWAC, firstLine: /^["“]?Deliver a Supported Internship programme within the Council for 20 young people/, includes: [/April 2022/], excludes: [DOES_NOT_SAY, /better places to call home/], source: SRC.cwac },
    // Trafford 3.1: "The cumulative value of Social Value offered is 53% i.e., for every £1 spent, … 53p back".
    { q: 'trafford 53% figure - what does that mean', council: TRAFFORD, includes: [/for every £1 spent, the Council has been offered 53p back/], excludes: [/do not set a social value weighting/], source: SRC.trafford },
    // Statement s.8: "57.84%" of commitments delivered is given, so not "whether that has happened yet".
    { q: 'what % of portal commitments have actually been delivered', council: STOCKPORT, includes: [/57\.84%/], excludes: [/whether that has happened yet/], source: SRC.statement },
  ]),
  // "who's the lead officer on that?" after a quote from CWaC's action plan: the same action's lead.
  ...conversation([
    { q: 'when was the cwac sv measurement tool meant to launch', council: CWAC, includes: [/September 2021/] },
    { q: "who's the lead officer on that", council: CWAC, firstLine: /^["“]?Launch social value measurement tool Procurement Manager/, includes: [], excludes: [/lunch-time learning slot/] },
  ]),
  // Policy, "What do we mean by social value?": the national 10% the policy cites is what is asked, first;
  // asked beside CWaC's own, both (the row above in the multi-part set).
  ...kind('shared by the councils', [
    { q: 'cwac policy mentions a government minimum weighting - what is it?', council: CWAC, firstLine: /^The UK Government has committed to a minimum 10% social value weighting/, includes: [/applies to central government, not to councils/], excludes: [/standard weighting of 5%/], source: SRC.cwac },
  ]),
  // Statement s.2: the council encourages suppliers to sign up to the GM Good Employment Charter; the
  // real living wage it commits to is for staff delivering its contracted services, a different rule.
  ...kind('verdict', [
    { q: 'does stockport require suppliers to sign up to the GM Good Employment Charter', council: STOCKPORT, firstLine: /^No, not as a requirement/, includes: [/encourage suppliers to sign up to the Greater Manchester Good Employment Charter/], excludes: [/^For staff delivering/m], source: SRC.statement },
    { q: 'do our suppliers have to pay the real living wage in stockport?', council: STOCKPORT, firstLine: /^For staff delivering the council's externally contracted services, yes/, includes: [/supply chain/] },
  ]),
  // "difference between the TOMs and the Portal": each of the two, not the councils compared on one.
  ...kind('multi-part', [
    { q: "what's the difference between the TOMs and the Portal", council: STOCKPORT, includes: [/National TOMs in Stockport/, /Social Value Portal in Stockport/], before: [/National TOMs in Stockport/, /Social Value Portal in Stockport/], excludes: [/by council/] },
    { q: 'is there a difference between the toms and the social value portal in trafford', council: TRAFFORD, includes: [/National TOMs in Trafford/, /Social Value Portal in Trafford/], excludes: [/by council/] },
    { q: 'what is the difference between stockport and trafford on the portal', includes: [/by council/, STOCKPORT_RE, TRAFFORD_RE] },
  ]),
  // NT27's outcome is "Vulnerable people are helped to live independently" (Appendix B).
  ...kind('document facts', [
    { q: 'which TOM covers helping vulnerable people live independently', includes: [/The first: NT27\b/] },
    { q: 'toms for older people', includes: [/The first: NT27\b/] },
  ]),
  // Statement s.5: the proposed policy covers potential suppliers; for SMEs, the routes of support
  // (climate change training for SMEs, the Climate Action Business Forum) say what is offered them.
  ...kind('document facts', [
    { q: 'do small firms need a carbon reduction plan in stockport', council: STOCKPORT, includes: [/training for SMEs/], before: [/carbon reduction plan/, /Support for suppliers/, /Carbon reduction plans/] },
  ]),
  ...conversation([
    { q: 'do suppliers need carbon reduction plans in stockport', council: STOCKPORT, firstLine: /^No, not as a requirement/, includes: [] },
    { q: 'does that apply to small firms', council: STOCKPORT, includes: [/SMEs/], before: [/Support for suppliers/, /Carbon reduction plans/], excludes: [/PID sign-off/] },
  ]),
  // Policy (vii): alternative social value of equivalent value may be accepted on any contract; the
  // £100,000 is the condition for payment deductions, not for the swap.
  ...kind('verdict', [
    { q: 'can a cwac supplier swap an sv commitment if they cant deliver it', council: CWAC, firstLine: /^Only if the alternative social value is of equivalent value/, includes: [], excludes: [/^Yes, for contracts over £100,000/m], source: SRC.cwac },
  ]),
  // Statement s.6 names STAR's 12 Steps to Social Value but does not list them.
  ...kind('documents do not say', [
    { q: 'what are the 12 steps to social value', council: STOCKPORT, firstLine: /^Stockport's documents do not list the 12 Steps to Social Value/, includes: [/whole organisation approach/], source: SRC.statement },
  ]),
  // "3 yrs at £40k": £40k a year, so £120,000 in total (£200,000 with the 2-year extension): 10% and
  // payment deductions over £100,000 (Policy (iv), (vii)).
  ...kind('totals over years', [
    { q: 'cwac 3 yrs at £40k plus 2 yr optional extension – what weighting, and can we deduct payments?', council: CWAC, includes: [money(200000), pct(10), /reduce contractual payments/], excludes: [/£40,000 contract/], derived: [120000, 200000], source: SRC.cwac },
    { q: 'cwac 3 yrs at £40k - weighting?', council: CWAC, includes: [money(120000), overYears(3), pct(10)], derived: [120000], source: SRC.cwac },
  ]),
  // "is that mandatory?" after a weighting: whether it applies to that contract, yes first (Charter s.4).
  ...conversation([
    { q: 'stockport sv weighting for a £40k goods contract?', council: STOCKPORT, includes: [pct(15)] },
    { q: 'and for works?', council: STOCKPORT, includes: [SAME, money(40000)] },
    { q: 'is that mandatory?', council: STOCKPORT, firstLine: YES, includes: [SAME, pct(15), money(40000)] },
  ]),
  ...conversation([
    { q: 'weighting for a £150k cwac contract', council: CWAC, includes: [pct(10)] },
    { q: 'is it compulsory?', council: CWAC, includes: [SAME, /case by case/] },
  ]),
  // Trafford 3.2: the UA92 event "attended by over 200 Hong Kong newcomers", supported by the Growth
  // Company, UA92, Momentic and the Business Growth Hub, Trafford College Group and two recruitment agencies.
  ...conversation([
    { q: 'trafford hong kong event - when and where was it', council: TRAFFORD, includes: [/UA92 on the 16 November 2021/] },
    { q: 'how many came?', council: TRAFFORD, includes: [/over 200 Hong Kong newcomers/], excludes: [/came into force/] },
    { q: 'which orgs helped out?', council: TRAFFORD, includes: [/The Growth Company/, /Trafford College Group/], excludes: [/I can help with social value/] },
  ]),
  // Policy, "Where are we now?": "over half the Council's spend has been with local companies".
  ...kind('multi-part', [
    { q: 'how much does cwac spend with external providers a year and how much of that is local', council: CWAC, includes: [/£300m a year/, /Over half the Council's spend/], before: [/£300m a year/, /Over half/], excludes: [/do not give that percentage/] },
  ]),
  // Charter s.1's table: each core outcome with its TOMs themes, asked by the outcome's own words.
  ...kind('document facts', [
    { q: "which tom themes map to 'stockport is a place people want to live'", council: STOCKPORT, firstLine: /^Stockport is a place people want to live: TOMs themes 3 \(Social\), 4 \(Environment\), 5 \(Social innovation\)/, includes: [], excludes: [/^Stockport's priority themes/m], source: SRC.charter },
  ]),
  ...conversation([
    { q: 'what are the national TOMs themes', includes: [/5 themes/] },
    { q: "which ones link to 'people who need support get it'", council: STOCKPORT, firstLine: /^People who need support get it: TOMs themes 1 \(Jobs\), 2 \(Growth\), 3 \(Social\), 5 \(Social innovation\)/, includes: [], excludes: [/Match My Project/] },
  ]),
  // STAR is Stockport's and Trafford's partner: what Trafford's report says of STAR (2.1: "invested in the
  // Social Value Portal in April 2019", "reported quarterly through 5 STAR Measures") answers of STAR in Stockport.
  ...kind('document facts', [
    { q: 'when did STAR start using the sv portal', council: STOCKPORT, includes: [/also Trafford's procurement partner/, /April 2019/], source: SRC.trafford },
    { q: "how often are STAR's results reported", council: STOCKPORT, includes: [/also Trafford's procurement partner/, /reported quarterly through 5 STAR Measures/], source: SRC.trafford },
  ]),
  // Who pays is not a figure: "who pays for it" is what is not said; Trafford 6.7 says how the
  // co-ordinator post is to be funded (the Shared Prosperity Communities and Place Investment Plan).
  ...kind('documents do not say', [
    { q: 'who pays for the portal subscription', council: STOCKPORT, firstLine: /^Stockport's documents do not say who pays for it/, includes: [PORTAL], excludes: [/that amount/, /^Yes\b/m] },
    { q: 'who funds the trafford sv coordinator post', council: TRAFFORD, includes: [/Shared Prosperity Communities and Place Investment Plan/, /to fund a dedicated Social Value Co-ordinator/], excludes: [DOES_NOT_SAY], source: SRC.trafford },
  ]),
  // The plan named, then "can i see where we're at with it": the live plan, not the report's paragraph on it.
  ...kind('routing', [
    { q: "trafford action plan - can i see where we're at with it", council: TRAFFORD, firstLine: /Trafford: \d+ actions, \d+ open/, includes: [], excludes: [/live' document, monitored/] },
  ]),
  // Background, then "Can we actually do that?" of leaving social value out: no (Statement s.4, PID
  // sign-off; exceptions need senior officer sign-off).
  ...kind('verdict', [
    {
      q: "Morning! Hope you're well. Bit of background - I've just taken over the leisure centre cleaning re-tender from a colleague who's gone on mat leave and her notes are a bit all over the place. It's about £55k a year for 2 years, Stockport. Her notes say she was going to leave social value out altogether because the incumbent is a tiny local firm and she didn't want to put them off. Can we actually do that? Anyway I also need to get the spec sorted by Friday so any help appreciated",
      council: STOCKPORT,
      includes: [/^No\b/m, money(110000), SENIOR_OFFICER],
      excludes: [/^Yes\b/m],
      derived: [110000],
      source: SRC.statement,
    },
  ]),
  // Statement s.7: "Anchor institutions are large public sector organisations which are rooted in place …".
  ...kind('document facts', [
    { q: "sorry newbie q - what's an anchor institution?", council: STOCKPORT, firstLine: /^["“]?Anchor institutions are large public sector organisations/, includes: [], excludes: [/I can help with social value/], source: SRC.statement },
    { q: "what's an anchor institution?", council: STOCKPORT, firstLine: /^["“]?Anchor institutions are large public sector organisations/, includes: [] },
  ]),
  // Statement s.4: Hopkins and Tarmac provided dropped kerb crossings and resurfacing; trees were George Cox's.
  ...kind('documents do not say', [
    { q: 'hw mny trees did hopkins n tarmac plant', council: STOCKPORT, firstLine: /do not give that number/, includes: [/Hopkins and Tarmac provided dropped curb crossings/], excludes: [/I can help with social value/], source: SRC.statement },
  ]),
  // Statement s.1 spells out "(VCSFE)"; officers type VCFSE, the same sector (the vocabulary's synonyms).
  ...kind('document facts', [
    { q: 'what does VCFSE stand for', firstLine: /stands for Voluntary, Community, Faith, and Social Enterprise/, includes: [], excludes: [/do not spell out/], source: SRC.statement },
  ]),
  // Trafford 2.2: the February 2021 assessment "reported to the Council's Corporate Leadership Team".
  ...conversation([
    { q: "whats trafford's current sv maturity level", council: TRAFFORD, includes: [/developing to becoming an innovator/] },
    { q: 'who was that reported to?', council: TRAFFORD, includes: [/reported to the Council's Corporate Leadership Team/] },
  ]),
  // "if that makes a difference" asks whether the value changes the answer, not a comparison of councils.
  ...conversation([
    { q: 'what weighting for a cwac £40k contract', council: CWAC, includes: [money(50000)] },
    { q: 'its £75k actually if that makes a difference', council: CWAC, includes: [pct(5), money(75000)], excludes: [/by council/, STOCKPORT_RE] },
  ]),
  // Stockport has no social value fund; CWaC's (vii) says what its fund is, on the card's face.
  ...kind('documents do not say', [
    { q: 'how much is in the social value fund', council: STOCKPORT, firstLine: /^Stockport's documents do not mention a social value fund\.$/, includes: [/Cheshire West and Chester's documents do: The deductions are invested in a social value fund/] },
  ]),
  // Policy, Employment (ii): "up to 2 days that staff can use for volunteering"; Stockport's Charter s.3
  // only encourages staff to volunteer, with no number of days.
  ...kind('documents do not say', [
    { q: 'do stockport staff get volunteering days?', council: STOCKPORT, firstLine: /do not give a number of days/, includes: [] },
    { q: 'do cwac staff get volunteering days?', council: CWAC, includes: [/up to 2 days that staff can use for volunteering/], excludes: [DOES_NOT_SAY], source: SRC.cwac },
  ]),
  // A request put as a question, or said without "I", opens the checklist; how the plan stands and its
  // actions of a status open the live plan.
  ...kind('routing', [
    { q: 'can you start a PID checklist for a trafford £75k grounds maintenance contract', includes: [...CHECKLIST_FIRST_CARD, TRAFFORD_RE] },
    { q: 'need to do the sv bit of a PID for a £40k printing contract', includes: CHECKLIST_FIRST_CARD },
    { q: "where are we up to on stockport's sv action plan actions?", council: STOCKPORT, includes: [/Stockport: \d+ actions, \d+ open/], excludes: [/monitored quarterly at the Strategic Commissioning Group/] },
    { q: 'any cwac sv actions at risk or off track?', council: CWAC, includes: [/Cheshire West and Chester: \d+ actions/], excludes: [/lists each action with its theme/] },
  ]),
  // Appendix B names the measures but gives no proxy values ("Each measure can be monetised …").
  ...kind('documents do not say', [
    { q: 'what proxy value do the TOMs put on a week of apprenticeship?', firstLine: /^The documents do not give a proxy \(£\) value for NT10\b/, includes: [/can be monetised/] },
  ]),
  // Statement s.4: the Westfield minibus case study, asked by its name beside "case study".
  ...kind('document facts', [
    { q: 'tell me about the westfield minibus case study', council: STOCKPORT, firstLine: /^["“]?Westfield minibuses have launched their unique sensory minibus/, includes: [], excludes: [/Wilmott Dixon/], source: SRC.statement },
  ]),
  // Trafford 6.1/6.6: the plan is a "live" document the steering group monitors and updates; asked how
  // it is kept up to date, not how current the report is.
  ...kind('document facts', [
    { q: 'how will the trafford action plan be kept up to date?', council: TRAFFORD, firstLine: /'live' document, monitored and updated by the Social Value Steering Group/, includes: [], excludes: [/^How current Trafford's documents are/m] },
  ]),
  // Statement s.9: "The priorities for Social Value Stockport over the next 12 months are to: …".
  ...kind('document facts', [
    { q: 'what are our sv priorities for the next 12 months', council: STOCKPORT, firstLine: /^Priorities for the next 12 months: Review and refresh the Stockport Social Value Charter/, includes: [/Match My Project/], excludes: [/^Stockport's social value priority cohorts/m], source: SRC.statement },
  ]),
  // Statement s.1 names the Greater Manchester Social Value Charter among the reports it draws on, and no more.
  ...kind('documents do not say', [
    { q: 'what sv weighting does the GM social value charter recommend', council: STOCKPORT, firstLine: /do not say what the Greater Manchester Social Value Charter sets/, includes: [/Marmot report/], excludes: [/minimum of 15%/], source: SRC.statement },
  ]),
  // Every plan the bot shows is the live one: "live" before it asks for the same view.
  ...kind('routing', [
    { q: "open cwac's live action plan pls", council: CWAC, includes: [/Cheshire West and Chester: \d+ actions/], excludes: [/lists each action with its theme/] },
    { q: 'pull up the live sv action plan for stockport, i need to update an action', council: STOCKPORT, includes: [/Stockport: \d+ actions/], excludes: [/monitored quarterly at the Strategic Commissioning Group/] },
  ]),
  // "… wants 10% - can we?" asks for a verdict on 10% (Charter s.4: 15% minimum over £25k), and the
  // contract carries to "and does it go on the portal" (not over £50k).
  ...conversation([
    { q: '£30k over 2 yrs, what sv do i need', council: STOCKPORT, includes: [pct(15)] },
    { q: 'service lead wants 10% - can we?', council: STOCKPORT, firstLine: NO, includes: [SAME, pct(10), pct(15), money(30000)] },
    { q: 'and does it go on the portal', council: STOCKPORT, firstLine: NO, includes: [SAME, money(30000), money(50000)] },
  ]),
  // Engagement Feedback: "A first meeting of anchor institutions from across west Cheshire has been held".
  ...conversation([
    { q: 'which anchor institutions does cwac want to work with', council: CWAC, includes: [/Chester Zoo/] },
    { q: 'has anything actually happened on that?', council: CWAC, includes: [/A first meeting of anchor institutions from across west Cheshire has been held/], excludes: [/whether that has happened yet/] },
  ]),
  // Charter s.2 (Our Promise): "Be a living wage employer and encourage our providers …"; asked of the
  // charter, its words come first, not the Statement's.
  ...kind('document facts', [
    { q: 'what does our charter say on the living wage', council: STOCKPORT, firstLine: /^["“]?Be a living wage employer and encourage our providers/, includes: [], source: SRC.charter },
  ]),
  // Statement s.7: the Round Table "takes place termly"; no date for the next one is given.
  ...kind('documents do not say', [
    { q: "when's the next round table meeting", council: STOCKPORT, firstLine: /do not give the date of the next meeting/, includes: [/takes place termly/], source: SRC.statement },
    { q: 'when is the next trafford steering group meeting', council: TRAFFORD, firstLine: /do not give the date of the next meeting/, includes: [/Inclusive Economy and Communities Manager/] },
  ]),
];

export const OFFICERS: OfficerRow[] = [
  ...WEIGHTING,
  ...FOLLOW_UPS,
  ...NOT_IN_THE_DOCUMENTS,
  ...TOTALS,
  ...VERDICTS,
  ...MULTI_PART,
  ...COUNCIL_NAMES,
  ...NO_COUNCIL,
  ...FACTS,
  ...SHARED,
  ...OFF_TOPIC,
  ...ROUTING,
  ...HELD_OUT_9C,
  ...HELD_OUT_9D,
  ...HELD_OUT_9E,
  ...HELD_OUT_9F,
  ...HELD_OUT_9G,
  ...HELD_OUT_9H,
  ...HELD_OUT_9I,
  ...BINDING,
  ...HELD_OUT_10,
  ...HELD_OUT_11A,
  ...HELD_OUT_11B,
  ...HELD_OUT_12,
  ...HELD_OUT_13A,
  ...HELD_OUT_13B,
  ...HELD_OUT_14A,
  ...HELD_OUT_14B,
  ...HELD_OUT_14C,
  ...HELD_OUT_14D,
  ...HELD_OUT_15A,
  ...HELD_OUT_15B,
  ...HELD_OUT_15C,
  ...HELD_OUT_15D,
  ...HELD_OUT_15E,
  ...HELD_OUT_15F,
  ...HELD_OUT_15G,
  ...HELD_OUT_15H,
  ...HELD_OUT_16A,
  ...HELD_OUT_16B,
  ...HELD_OUT_16C,
  ...HELD_OUT_16D,
  ...HELD_OUT_17A,
  ...HELD_OUT_17B,
  ...HELD_OUT_17C,
  ...HELD_OUT_17D,
  ...HELD_OUT_18A,
  ...HELD_OUT_18B,
  ...HELD_OUT_18C,
  ...HELD_OUT_GAPS,
  ...HELD_OUT_19A,
  ...HELD_OUT_19B,
  ...HELD_OUT_19C,
  ...HELD_OUT_21C,
  ...HELD_OUT_21B,
  ...HELD_OUT_21A,
  ...HELD_OUT_22B,
  ...HELD_OUT_22A,
  ...HELD_OUT_22C,
  ...HELD_OUT_23,
  ...HELD_OUT_26,
  ...HELD_OUT_25A,
  ...HELD_OUT_25B,
  ...HELD_OUT_25C,
  ...HELD_OUT_26E,
  ...HELD_OUT_26F,
  ...HELD_OUT_26D,
  ...HELD_OUT_27G,
  ...HELD_OUT_27H,
  ...HELD_OUT_27,
  ...HELD_OUT_27J,
  ...HELD_OUT_28,
  ...HELD_OUT_29,
  ...HELD_OUT_30,
  ...HELD_OUT_31,
  ...HELD_OUT_32,
  ...HELD_OUT_34,
];

/** Rows by topic (follow-ups: conversations counted separately by the runner). */
export function countOfficerRows(rows: readonly OfficerRow[] = OFFICERS): Map<OfficerTopic, number> {
  const counts = new Map<OfficerTopic, number>();
  for (const r of rows) counts.set(r.topic, (counts.get(r.topic) ?? 0) + 1);
  return counts;
}

/**
 * Questions the assistant does not yet answer right, kept here so they are not lost; they are not
 * asserted (the suite must pass) and are listed on the issue. Each says what a right answer is.
 */
export const OPEN_GAPS: { q: string; right: string }[] = [
  // Held out, round 30 (a new set of 50: 42 right before this round's fixes)
  {
    q: 'when did star start using the social value portal? (default council Stockport)',
    right: "Trafford Exec 2.1: STAR Procurement invested in the Social Value Portal in April 2019 (2.3: TOMs adopted in April 2019 with it); Stockport's Statement s.8: 'since the portal was launched in 2019'. Now 'Stockport's documents do not give a date for the Social Value Portal': the Statement's sentence shares no word with 'star start using' but the Portal, and Trafford's is not looked at because the default council is Stockport.",
  },
  {
    q: 'who scrutinises social value? (no council set)',
    right: "Which council: for Stockport, the CRMG Scrutiny Committee (Statement s.3). Now Stockport's sentence is quoted as the only council whose documents say 'scrutinised', without saying that is why Stockport was chosen.",
  },
  {
    q: 'whats our annual third party spend approx? (default council Stockport)',
    right: "Stockport's documents give no figure: Statement s.4 says only that the Portal covers 'the vast majority of all third party spend' (CWaC's £300m a year, Policy Purpose, is CWaC's). Now that sentence is quoted as if it answered: its 'over £50k' reads as the amount asked for, and stripping thresholds from quotes would also strip 'in excess of £20m spent with companies within 30 miles', which is an amount.",
  },
  {
    q: "what did the trafford consultation with the community hubs come up with?",
    right: "Exec 2.8: social isolation, poverty, food support, employment support, community based support and business engagement. Now the first line names only business engagement (the item that shares 'community hubs').",
  },
  // Held out, round 29 (two sets of new questions: 45 of 60 and 25 of 40 right before this round's fixes)
  {
    q: "stockport carbon reduction plan proposal says it follows govt and gmca changes - what years did they bring theirs in",
    right: "Statement s.5: 'This follows similar changes to procurement introduced by UK Government in 2021 and the Greater Manchester Combined Authority in 2022.' Now (round 29) 'what years did \u2026' is no longer read as how current the documents are, but the carbon card leads with its own 2024 and 2050, not that sentence.",
  },
  {
    q: "sv portal stockport - how many live projects and what % of commitments have actually been delivered",
    right: "Statement s.8: 137 live projects; 57.84% of commitments delivered. Now the outcomes card gives both, but a quote of the Statement's benefits list ('£783k to help vulnerable people live independently …', matched on 'live') leads it.",
  },
  {
    q: "do any of the councils set an sv weighting for contracts under £25k (no council set)",
    right: "No: Stockport's weighting applies in excess of £25k (Charter s.4), CWaC's from £50,000 (Policy (iv)), and Trafford sets none. Now the weighting comparison is given with no 'No' first.",
  },
  {
    q: "any actions on the smbc sv plan about training? → who's leading that and when's it due",
    right: "Statement s.9 names no lead or date for its priorities, only 'the next 12 months'. Now the training priority is repeated and a Charter 'due to be refreshed in 2023' quote follows; Trafford's plan now says 'do not give a lead or a due date'.",
  },
  {
    q: "anything on stockports sv action plan thats past its due date / has the trafford draft sv action plan got deadlines, whats overdue on it / cwac sv action plan - which actions shd have been done by the end of 2021",
    right: "Statement s.9 and Exec 6.1/6.6 give no dates, so nothing can be called overdue from them; CWaC's Appendix C has ten actions due by December 2021 (July to December) and two later (April and June 2022), with no record of completion. Now (round 30) Trafford's says 'do not give a due date for the social value action plan'; Stockport's and CWaC's get their plan's card with no verdict or filter (Q&A does not read the live plan's dates).",
  },
  {
    q: "trafford charter - does sv have to be money or can small firms help in other ways",
    right: "Exec 5.2: the Charter's activities 'do not necessarily have a financial focus' and offer opportunities 'that businesses of all sizes may be able to help'. Now 'don't say anything about smaller suppliers' (Trafford has no such topic and the passage does not use the subject's words).",
  },
  {
    q: "what does STAR stand for in star procurement / what does star stand for",
    right: "The documents never spell STAR out (the Charter calls 'STaR' the Council's internal procurement team). Now an unrelated quote; a not-given reading needs to know where the documents do spell a name out ('Themes, Outcomes, Measures (TOMS)').",
  },
  {
    q: "charter core outcome 5 safe n resilient communities - which toms themes is it linked to",
    right: "Charter s.1 table: themes 1 Jobs, 3 Social and 5 Social innovation. Now the National TOMs themes, cited from CWaC's policy.",
  },
  {
    q: "what sort of volunteering do cwac staff mostly do / who put together the national toms and when were they last updated (no council)",
    right: "Employment (ii): mostly maintenance of green spaces, up to 2 days a year, under-utilised; Appendix B: the National Social Value Taskforce, 2019, updated 2021. Now TOMs measure look-ups.",
  },
  // Held out, round 27
  {
    q: "smbc net zero dates? → is that mandatory for suppliers yet → and trafford? → cwac?",
    right: "Cheshire West and Chester sets no supplier carbon reduction plan requirement or date; it has declared a climate emergency, its vision includes 'Becoming a carbon neutral borough' (no date), 'Tackle the climate emergency' is a priority, and Environment TOMs (e.g. NT44) are options for bidders (CWaC Policy 2021-25). Now the carbon topic is lost once 'is that mandatory…' is answered with a quote and 'and trafford?' finds nothing: 'cwac?' gets CWaC's generic weighting/threshold summary.",
  },
  {
    q: "what are stockport's priority cohorts → and which TOMs would I use for the care leavers one? → is that list still current? it's going in a report to CRMG",
    right: "The cohorts were agreed by CRMG Scrutiny in November 2021 and are in the Annual Statement 2022-2023, which says the priority areas 'are reviewed on a regular basis' (s.2); the Statement's period has ended and the documents hold no later version, so check. Now (round 27) the TOMs answer keeps Stockport, so 'is that list still current?' gets how current Stockport's documents are (the Statement's period has ended, check with procurement), but without the cohorts' 'reviewed on a regular basis' line or November 2021; 'is this still current' is still read as a TOMs/Portal question.",
  },
  {
    q: "cwac - £30k pa for 3 yrs with an optional 12 month extension. what weighting? → and if it was 25k a year? → can we dock payments on that one if they don't deliver?",
    right: "Policy (iv)/(vii): £100,000 with the extension (not 'above £100,000') or £75,000 without it: 5% either way, and no payment-deduction right either way. Now the term is kept (£100,000 over 4 years, 5%; deductions: no, £100,000 is not more than £100,000), but the £75,000 without-extension figure is not given when the rules read the same either way.",
  },
  {
    q: 'comparing the three councils for a report - what social value weighting does each apply to a £75k contract? → … → and which of them can dock payments if the supplier doesn\'t deliver, and where does it say so?',
    right: "Lead with 'Only Cheshire West and Chester's documents give this' ((vii) Contractual commitments) and note Stockport's Portal applies over £50k in the weighting comparison. Now the comparison is right council by council, but the deductions reply leads with 'What … each say about payment deductions' and the weighting comparison does not mention the Portal.",
  },
  // Held out, round 26
  {
    q: "cwac £75k services weighting → why so low? i thought the govt said 10%",
    right: "The policy's reasons are proportionality ('social value should not be burdensome or costly if done in a targeted and proportionate way'; (iv) guidelines 'to ensure that social value is proportionate and appropriate to the contract'), and the Engagement Feedback: the proposed weighting was thought both too high (commissioning officers) and too low (local suppliers forum) - 'Proposed weighting to be retained but kept under review. A proportionate approach will be taken.' The 10% is central government's own minimum. Now the reply says the documents do not say why the figure is 5%, gives central government's 10% as its own (not a council rule) and quotes the 'higher weighting' passage, but not the proportionality passages or the Engagement Feedback.",
  },
  // Held out, round 25
  {
    q: "what does cwac's action plan say about training → are those done?",
    right: "The policy does not record completion; in the live plan CWAC-2 and CWAC-9 are open and overdue (due August and September 2021), as the live plan shows them. Now the reply says the documents do not say whether that has happened yet, names the two actions and offers the live plan as a button, but does not give their live status itself (Q&A does not read the live plan).",
  },
  {
    q: 'how often does stockports steering grp meet',
    right: "Statement s3/s7/s9: no meeting frequency is given; the group completes the Maturity Index annually and its action plan is monitored at the Strategic Commissioning Group with quarterly monitoring updates. Now the not-given line leads, but what they do say is the list item \"Social Value Steering Group; Meetings with a number of NHS colleagues and patient forums\" (stakeholders engaged on the cohorts), not the group's own card.",
  },
  // Round 22
  {
    q: "whats the minimum social value weighting on a £200k contract? → it's a services contract if that helps (no default council)",
    right: "Still asks which council, with buttons that ask the pending question with what the follow-up adds (\"minimum social value weighting on a £200k services contract in Stockport?\"). Now the buttons are built from the fragment alone (\"it's a services contract if that helps in Stockport?\"), dropping the £200k and the weighting asked.",
  },
  {
    q: 'who chairs the SV steering group at Traford? → and what is the group actually responsible for',
    right: "Exec 4.2: the Group's objectives (develop, monitor, review and update the Action Plan; set clear priorities; map needs across the borough; …) and 6.6 (monitoring and updating the Action Plan). Now the council offered is kept (Trafford) but the reply quotes 4.3 (\"responsible for ensuring that a strategic approach is taken to Social Value\") rather than leading with the 4.2 objectives.",
  },
  // Held out, rounds 16 and 17, not yet answered right (turns of one conversation joined by →).
  {
    q: "In the stockport charter, which TOMs themes does the 'thriving economy' outcome map to? and does the charter say anything about the GM Good Employment Charter",
    right: "Charter s.1: 'Stockport benefits from a thriving economy' maps to TOMs themes 1 (Jobs), 2 (Growth), 4 (Environment) and 5 (Social innovation), not 3; Charter s.3: the Council will actively promote the GM Good Employment Charter to Stockport-based employers and its supply chain and encourage them to sign up. Now the card is Stockport's carbon list (the first list with an item that shares a word, \"businesses in Greater Manchester\"); picking the list whose item scores highest gives the TOMs-themes-by-outcome list instead, but with every outcome leading, and other phrasings (\"… and what about the GM Good Employment Charter\") get the National TOMs themes; the Good Employment Charter part is not answered either way.",
  },
  {
    q: 'what is STAR and which councils does it do procurement for? (no council set)',
    right: "STAR Procurement is a procurement and consultancy partnership of a number of Greater Manchester councils (Exec 2.1), Stockport's strategic procurement partner (Statement s.3) and Trafford's; the documents do not list the other councils, and CWaC's policy refers only to its own procurement team. Now the by-council card's first line quotes each council's sentence (Stockport, \"STAR is the Council's strategic procurement partner.\"; Trafford, \"STAR Procurement has partnered with a number of Councils in Greater Manchester …\"), then that CWaC's documents say nothing, but it does not say that the documents do not list the other councils.",
  },
  {
    q: "I'm a commissioner at Cheshire West … roughly £1.2m over 4 years … central government uses a minimum 10% … Is 10% actually what our own policy says for something this size, or is that a central gov thing? Also how are we supposed to evaluate the SV answers - is it purely the £ figure from the TOMs?",
    right: "Procurement (iv): yes, 10%, because CWaC's own guideline scores 10% on social value above £100,000 (variable case by case); the central government minimum 10% is separate national context. (v): evaluation is quantitative and qualitative, not the £ figure alone. Now the first line is 'Yes: … Cheshire West and Chester's documents require this', about evaluation, with no 10% and nothing on CWaC's rule versus central government.",
  },
  {
    q: "headline trafford SV numbers: how much secured and what's the return per £1? → and stockport's? also of the stuff committed last yr how much is still to be delivered",
    right: "Statement s.8: since 2019 the Portal records £25,768,467 delivered of £44,548,267 committed (57.84%); in 2022/23, 43 new contracts committed £14.2m, of which £2.2m has already been delivered, the rest over contracts that mostly end between 2023 and 2027 (the documents give no figure for what is left). Now the totals lead and the £14.2m / £2.2m sentence is in the first paragraph, but the second question (how much is still to be delivered) is never answered as such.",
  },
  // Held out, round 18, not yet answered right.
  {
    q: 'how much does cwac spend with external providers a year … → some of our commissioners think 10% is way too high - did that come up when the policy was consulted on? and who checked the draft',
    right: "Policy, Engagement Feedback: concern was expressed that the weighting was \"both too high (suggested by commissioning officers) and too low (suggested at a local suppliers forum)\"; response: \"Proposed weighting to be retained but kept under review. A proportionate approach will be taken.\" How this policy was developed: the Social Value Portal \"was invited to quality assure the draft policy\". Now \"10% … too high\" is read as a proposed weighting and answered with a verdict on 10%; asked without the figure (\"did anyone say the weighting was too high when the policy was consulted on?\") the weighting card answers, and the Engagement Feedback row is not quoted.",
  },
  {
    q: 'who was meant to launch the SV measurement tool and when? has it been done (no council set, after CWaC questions)',
    right: "Policy Appendix C: the Procurement Manager was to adopt a social value measurement tool by July 2021 and launch it in September 2021 (staff training August 2021, supplier launch event September 2021); the documents do not say whether it was done (Delivery and evaluation: the Social Value Portal \"will be engaged\" as the platform). Now the raw table row \"Launch social value measurement tool Procurement Manager September 2021 …\" is quoted, without the July adoption and without a plain \"not stated\" for \"has it been done\".",
  },
  {
    q: 'what did the hong kong thing involve? … → why do they need a dedicated SV coordinator, couldnt existing staff in each dept just pick it up?',
    right: "Exec 6.7 (a dedicated resource is needed; a Social Value Co-ordinator proposed through the Shared Prosperity Communities and Place Investment Plan) and Other Options, Option Two: nominated SV leads across all departments were \"not preferred as it would not provide sufficient resource\". Now 6.7 is quoted, but Option Two is not: the comma does not part the two questions (\"…, couldnt existing staff …\"), and no one passage carries half the words of both.",
  },
  {
    q: 'what environmental stuff have suppliers delivered for us',
    right: "Statement s.8, Environmental, from the £14.2m committed in 2022/23: 298k reduced car miles, 1980 low or no emission staff vehicles, 655 hours on green infrastructure. Now the Portal's totals since 2019 lead (\"have … delivered\" reads as the achievements topic, and \"environmental\" picks no list); \"what environmental stuff did suppliers deliver?\" is answered right.",
  },
  {
    q: '£40k a year for 3 years, what SV weighting? → is 12% ok then? → what if i did it as 3 separate yearly contracts of 40k each instead',
    right: "Charter s.4 and commitment 4: each £40k contract is still in excess of £25k, so the 15% minimum (20% target) applies to each; none is in excess of £50k, so the Social Value Portal does not apply, and the National TOMs continue to be used below that threshold; the documents say nothing on whether splitting a requirement is allowed. Now the reply reads three contracts of £40,000 and says the documents are silent on splitting, but the Portal not applying is only under \"Rules that do not cover this contract\", not in the first lines.",
  },
  {
    q: "My director wants a construction case study for a members briefing … what have we got? → whats the name of that project and what was the contract worth? need it for the slide",
    right: "Statement s.4 names neither the Wilmott Dixon project nor its contract value; it gives only the outcomes (53 jobs, 97 weeks of training, 11 placements, a building lives academy for 10, over 70% of the team within 20 miles, 56% local spend). Now, after a case-study quote, the follow-up says the documents do not give a value for that contract with the case study as the nearest passage, but not that the project's name is missing too (one not-given reading per message).",
  },
  // Held out, round 19, not yet answered right.
  {
    q: "cwac - tendering grounds maintenance, £45k pa, 2yrs+1 … → we're worried the small local firms won't bother bidding … → can i make tree planting a must-do in the spec? members are keen",
    right: "CWaC Policy, Procurement (vi): the council \"may prioritise certain social value measures however the overall approach will remain non-prescriptive\", bidders choosing measures within their capacity; Engagement Feedback: targeting specific outcomes is to be piloted once the policy is embedded; \"Planting of trees and biodiversity programmes\" is an example Environmental activity. Now answered from Stockport's documents (a school's tree-planting thank-you letter): \"tree\" is read as a word only Stockport's documents use (CWaC writes \"trees\"), and that takes the question off the conversation's council.",
  },
  {
    q: 'cwac - tendering grounds maintenance … → can i make tree planting a must-do in the spec? … → who decided those 5% and 10% figures - and did anyone push back?',
    right: "Who set the CWaC 5%/10% is not stated. Engagement Feedback: the weighting was thought \"both too high (suggested by commissioning officers) and too low (suggested at a local suppliers forum)\"; response: retained but kept under review; the Social Value Portal quality-assured the draft. Now the council is right (the 5% and 10% are CWaC's own figures) but the reply is CWaC's weighting bands: neither that who decided is not said nor the feedback leads.",
  },
  {
    q: 'what weighting does trafford use for a £60k contract? (no council set) → so what\'s the lowest value where the portal kicks in for them → is there a dedicated SV officer there yet or not',
    right: "Not said whether anyone is in post. Exec 6.7: a dedicated resource is needed and a project in Trafford's Shared Prosperity Communities and Place Investment Plan would fund \"a dedicated Social Value Co-ordinator\"; Implications (Resource): additional resources are being investigated for a coordinating role. Now answered for Trafford (\"there\"), but only \"don't say anything about that\", with nothing of 6.7.",
  },
  {
    q: 'does stockport have to put SV in literally every procurement? some of ours it really isnt relevant',
    right: "Charter s.4: social value in \"every procurement opportunity where relevant and proportionate\"; Statement s.4: social value must be in before the PID is signed off, \"Reasons for not including Social Value as a consideration are clearly documented and scrutinised by management\", and the \"very few exceptions\" need senior officer sign-off. Now the Charter s.4 quote leads, but the Statement s.4 exceptions are not given.",
  },
  {
    q: 'totally different q - a cllr asked how many volunteering days cwac staff get and whether anyone uses them',
    right: "Policy, Employment (ii): \"up to 2 days that staff can use for volunteering opportunities each year but this is under-utilised\"; Where are we now?: \"2025 hours of staff volunteering since 2016\". Now the (ii) quote leads, but the 2025 hours since 2016 are not given beside it.",
  },
  {
    q: "Now they're telling me they can't do the 2 apprenticeships they promised and want to swap them for volunteering hours. Am I allowed to agree that? → what would happen in cwac in the same situation → how much is in that fund at the moment?",
    right: "Not given; then Policy (vii): deductions \"would be invested in a social value fund which would be deployed to finance local social value priorities\"; Engagement Feedback: service credits retained, with a possible link to Spacehive; Appendix C: explore that link (Strategy and Innovation Manager, December 2021). Now the not-given line and the (vii) deductions are given, but not the Engagement Feedback or Appendix C action on the fund.",
  },
  {
    q: "what were the actual SV outcomes last year? … → the stockport one. how much was committed vs actually delivered? → and the local spend figure? → what counts as 'local' for that? 10 miles, the borough, GM? (no council set)",
    right: "Statement s.8 does not define \"local\" for its figures (£3.9m with the local supply chain). Nearby: the Wilmott Dixon case study (Statement s.4) counts spend with businesses \"within 20 miles\"; other councils differ: CWaC uses \"within 30 miles of the Borough\", Trafford \"within Trafford and Greater Manchester\". Now a Round Table quote (chair and membership) and a GMCA sentence lead, and \"not defined\" is never said: there is no notGiven entry for a definition of local, and the other councils' wording would need a cross-council part.",
  },
  {
    q: 'is 12% ok for a £40k cleaning contract? → same contract but in cwac? → ok what about £30k a year over 3 yrs there - would 12% be alright then? → why is stockport\'s so much higher than theirs?',
    right: "Neither council's documents say why the weightings differ. Stockport Charter s.4: a 15% minimum and 20% target over £25k; CWaC Policy (iv): 5% for £50k–£100k, 10% above £100k. CWaC's \"What do we mean by social value?\" notes central government's minimum 10% and that a higher weighting can make social value \"the differentiating factor\". Now a bare \"Stockport's documents don't say anything about that\": \"theirs\" with Stockport named is not read as a comparison with the council in play (CWaC), and a comparison asked \"why\" has no \"neither says why\" lead.",
  },
  {
    q: "Running a meet the supplier session next week … → for stockport suppliers specifically - is there a way they can find community groups that actually need help? → is it up and running yet (no council set)",
    right: "Whether Match My Project is live is not stated. Statement s.4: funding for the Match My Project on line brokerage portal \"has been agreed\"; s.7: \"Stockport is adopting this platform\"; s.9 lists \"Implement the Match My Project on-line brokerage portal\" for the next 12 months. Now the not-given line is right but what follows is the s.7 description and an unrelated sensory-project case study: \"it\" is the thing the last answer named (Match My Project), but what is remembered is the earlier question's words (suppliers, community groups), so the status passages that name Match My Project are not searched for.",
  },
  {
    q: "(Stockport) hi - inherited a homecare contract mid term … where am i meant to be tracking what they actually deliver?",
    right: "Charter, Introduction commitment 4 and s.4; Statement s.4: over £50k, suppliers' commitments are recorded and monitored on the Social Value Portal (STaR supports suppliers to use it), with contract management through Intend alongside the Portal; at £50k or below the National TOMs are still used. Now the card leads with Intend and the Portal but without the £50k threshold; other wordings ('where do i track a suppliers sv delivery …') lead with the s.7 list item that shares the words 'tracked' and 'delivery'.",
  },
  {
    q: "(Trafford, after the Hong Kong newcomers) why couldnt they just use the normal employment programmes?",
    right: "Exec 3.2: under the scheme the newcomers 'have the right to work in the UK but do not have any separate recourse to public funds including Government benefits or free access to any adult education training (apart from ESOL)', so they were 'ineligible for any of the mainstream support'; hence the organisations' social value commitments were used. Now the passage search quotes what the Growth Company and recruitment agencies did ('normal' is not 'mainstream', and the reason is in the paragraph before the one that says they could not be signed up).",
  },
  {
    q: "(Stockport, after its achievements) and the local spend figure?",
    right: "Statement s.8 (Growth): £3.9m spent with the local supply chain; £55k in local supply chains with the VCSE sectors; £11k with local MSMEs. Now the achievements card's Portal totals lead: the topic's item picking needs two shared words and 'spend' does not meet 'spent'.",
  },
  {
    q: "Morning. … joint youth services procurement with Trafford through STAR, probably around £220k … Our side obviously has the 15% min … not sure if the portal applies for both of us. Can you set out what each council's docs say on weighting and portal thresholds?",
    right: "Both councils: Stockport Charter s.4, 15% minimum / 20% target over £25k and the Portal over £50k, so both apply at £220k; Trafford 2.3/3.1: no weighting set, the Portal for all contracts over £50K. Joint procurement rules are not covered. Now only Trafford's side is answered.",
  },
  // Round 21
  {
    q: 'stockport wilmott dixon case study - what did they deliver?',
    right: "Statement s.4 (case studies): Wilmott Dixon created 53 new jobs, delivered 97 weeks of training, created 11 work experience placements and opened their first building lives academy for 10 local young people and care leavers; over 70% of the project team live within 20 miles and 56% of the project spend went to local businesses. Now \"deliver\" reads as the achievements topic and the Portal's totals since 2019 lead; \"SMBC - need the willmott dixon case study numbers\" is answered right.",
  },
  {
    q: 'what does social value mean in stockport',
    right: "Charter, Introduction: \"Social Value is Everyone's Business\", the Council, businesses, third sector partners and voluntary groups working together for the benefit of Stockport's citizens, businesses and communities; Statement s.1 adds that social value can release resources for community benefit. Now the Charter's words lead under the source line \"Annual Statement 2022-2023, section 1\": a topic's summary has no source of its own in the pack, so it is cited from the topic's first part, which here is the Statement's.",
  },
  {
    q: 'was the cwac supported internship delivered in the end',
    right: "Not recorded: Policy Appendix C plans a Supported Internship programme within the Council for 20 young people with an Education, Health and Care Plan (Skills and Employment Manager, April 2022); the documents do not say whether it went ahead. Now the not-given line is right, but \"delivered\" reads as the achievements subject, so what follows is the Ellesmere Port and Chester Northgate figures, not the Appendix C action.",
  },
  {
    q: 'need a trafford case study for a presentation',
    right: "Exec 3.2, \"Positive examples of Social Value working in Trafford\": the Hong Kong newcomers' employment event at UA92 (16 November 2021, over 200 attending; at least 1,500 newcomers estimated) and the Carers Centre contract (over 25 local people employed full time, an apprentice each year). Now \"Not covered in Trafford's documents\": \"for a presentation\" is searched for (\"… i can drop into a presentation\" is not), and no passage says it.",
  },
  {
    q: "stockport core outcomes? → which ones of these link to the jobs theme?",
    right: "Charter s.1 table: Theme 1 (Jobs) is ticked for 'People are able to make informed choices and be independent', 'People who need support get it', 'Stockport benefits from a thriving economy' and 'Communities in Stockport are safe and resilient'. Now, without the word 'TOMs', 'theme' picks Stockport's priority themes list (Annual Statement s.2) instead of the outcomes by TOMs theme; with 'jobs TOMs theme' it is answered right.",
  },
  {
    q: "what are the five core outcomes for stockport → any of them map to TOMs theme 4?",
    right: "Charter s.1 table: Theme 4 (Environment) is ticked for 'Stockport benefits from a thriving economy' and 'Stockport is a place people want to live'. Now the National TOMs themes are listed: a theme named by its number picks no item of the outcomes list.",
  },
  {
    q: "Can I leave social value out of a Stockport MBC procurement? … about £40k … → ok and who signs off the exception?",
    right: "Statement s.4: the very few exceptions require senior officer sign-off; no post is named. Now the first line says the documents do not name the post, and 'senior officer sign-off' follows in the same paragraph; the first line itself does not say it is a senior officer.",
  },
  // Round 22
  {
    q: "what's in the our promise bit of stockport's charter",
    right: "Charter s.2, Our Promise: be an employer committed to social value (embed it in the organisation and supply chain; staff trained; citizen empowerment; sustainable development through policies approved by Council Leadership; a living wage employer encouraging providers to improve living standards) and a strategic group of service representatives to champion social value. Now \"Not covered in Stockport's documents\": the section named by its heading is not searched for by that heading.",
  },
  {
    q: 'cwac staff volunteering days? → and how many hours have actually been done so far?',
    right: "Policy, Where are we now?: \"2025 hours of staff volunteering since 2016\"; no later figure is given. Now \"done so far\" reads as the achievements subject: the not-given line (\"whether that has happened yet\") leads over the Ellesmere Port and Chester Northgate figures; \"do we know how many hours have actually been done?\" is answered right.",
  },
];
