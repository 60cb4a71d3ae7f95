/**
 * Officer-question acceptance table for the Social Value Assistant.
 *
 * Each row is a message as an officer would type it in Teams, and the FACTS the reply must carry:
 * the council it answers for, the figures and key words that must be there (`includes`), what must
 * not be there (`excludes`), and a document title fragment that must appear on a "Source:" line.
 * Expectations are checked against the council documents in data/sources/, not against
 * the bot's data: each row's comment names the sentence it rests on.
 *
 * Rows run in order; rows with the same `user` share that user's council ("my council is …").
 * Rows without a user run as the harness's default user, whose council is never set here, so they
 * get the configured default council (the runner starts the bot with DEFAULT_COUNCIL=stockport).
 *
 * Money and percentages are matched in any written form (see money() / pct() in figures.ts), and
 * every reply is also run through the figure checker: no figure the documents do not give.
 */
import { ANY_PCT_NOT_NATIONAL, money, pct, pctInCouncilSection, pctUnless } from './figures.js';

export type Topic =
  | 'weighting: Stockport'
  | 'weighting: Cheshire West and Chester'
  | 'weighting: Trafford (none set)'
  | 'thresholds'
  | 'Social Value Portal'
  | 'national context'
  | 'default council / my council'
  | 'compare councils'
  | 'TOMs by reference'
  | 'TOMs by subject'
  | 'priority cohorts and themes'
  | 'minimum standards'
  | 'carbon reduction plans'
  | 'payment deductions'
  | 'paying suppliers'
  | 'PID sign-off and exemptions'
  | 'non-competitive / direct awards'
  | 'categories'
  | 'outcomes achieved'
  | 'maturity index'
  | 'steering group'
  | 'action plan'
  | 'living wage'
  | 'negative or absurd values'
  | 'help'
  | 'definition'
  | 'off-topic'
  | OfficerTopic;

/** The kinds of question in the officers' suite (officers.ts). */
export type OfficerTopic =
  | 'weighting and thresholds'
  | 'follow-up'
  | 'documents do not say'
  | 'totals over years'
  | 'verdict'
  | 'multi-part'
  | 'misspelt or uncovered council'
  | 'no council known'
  | 'document facts'
  | 'shared by the councils'
  | 'off-topic'
  | 'routing';

export interface QaRow {
  q: string;
  topic: Topic;
  /** keeps per-user council state across rows; rows run in order */
  user?: string;
  /** the council the reply must name */
  council?: string;
  /** figures and key words that must be present (strings: case-insensitive substring) */
  includes: (string | RegExp)[];
  /** must not be present */
  excludes?: (string | RegExp)[];
  /** a document title fragment that must appear on a "Source:" / "Sources:" line */
  source?: string;
  /**
   * The reply may legitimately quote another council's figures (e.g. "Stockport's documents do not
   * say; Cheshire West and Chester's do, over £100,000"): check figures against all four documents
   * rather than only this council's.
   */
  crossCouncil?: boolean;
  /** why the expectation is what it is (document and sentence) */
  why?: string;
}

export const STOCKPORT = 'Stockport';
export const TRAFFORD = 'Trafford';
export const CWAC = 'Cheshire West and Chester';

/** Document titles as the bot cites them (fragments are matched on the Source line). */
export const SRC = {
  charter: "Stockport's Social Value Charter",
  statement: 'Stockport Social Value Annual Statement 2022-2023',
  stockport: 'Stockport', // either Stockport document
  trafford: 'Trafford Social Value Charter and Draft Social Value Action Plan',
  cwac: 'Cheshire West and Chester Council Social Value Policy 2021-25',
} as const;

// Key words, kept loose so the bot may phrase things its own way.
export const MINIMUM = /\bminimum\b/i;
export const TARGET = /\btarget\b/i;
export const COMPETITIVE = /\bcompetitive\b/i;
export const CASE_BY_CASE = /case[ -]by[ -]case|\bvar(?:y|ied|iable)\b/i;
/** "above/over/in excess of" – the Stockport thresholds are strict. */
export const STRICTLY_ABOVE = /\b(?:in excess of|over|above|more than|exceed(?:s|ing)?|greater than)\b/i;
/** Says Trafford sets no weighting, in plain words. */
export const NO_WEIGHTING =
  /\b(?:no|not|doesn't|does not|don't|do not|isn't|is not|aren't|are not|without|none)\b[^.\n]{0,80}\bweightings?\b|\bweightings?\b[^.\n]{0,60}\b(?:not|isn't|aren't|none)\b/i;
/** A plain negative: "doesn't", "no", "not", "isn't" ... */
export const NEGATIVE = /\b(?:no|not|none|nothing|neither|doesn't|does not|don't|do not|isn't|is not|aren't|are not|won't|cannot|can't)\b/i;
/** A clear message that the value itself is wrong. */
export const INVALID_VALUE =
  /\b(?:negative|invalid|not (?:a )?valid|isn't (?:a )?valid|valid (?:contract )?value|positive|greater than (?:zero|£0|nothing)|more than (?:zero|£0)|above (?:zero|£0)|below zero|less than zero|can(?:no|')t be|realistic|typo|larger than any|doesn't look right|does not look right|check the (?:contract )?(?:value|amount|figure))\b/i;
export const NOT_COUNCIL_RULE = /\bnot\b[^.\n]{0,40}\bcouncils?\b|\bcouncils?\b[^.\n]{0,40}\bnot\b/i;
export const CENTRAL_GOVERNMENT = /central government/i;
export const STOCKPORT_RE = /Stockport|SMBC/;
export const TRAFFORD_RE = /Trafford/;
export const CWAC_RE = /Cheshire West|CWaC|CW&C/;
// The conditions under which each council's bands apply. A band that does not apply to the value
// asked about may be quoted only together with its condition (see pctUnless in figures.ts).
export const OVER_25K = /(?:in excess of|over|above|more than|exceed\w*|greater than)\s+£?\s?25(?:,000|k|000)\b/;
export const IN_COMPETITIVE = /(?<!non-)(?<!non )\bcompetitive\b/;
export const BAND_50K_100K = /between\s+£?\s?50(?:,000|k|000)|£?\s?50(?:,000|k|000)\s*(?:-|to|and)\s*£?\s?100(?:,000|k|000)/;
export const ABOVE_100K = /(?:in excess of|over|above|more than|exceed\w*|greater than|higher value)[^\n]{0,30}£?\s?100(?:,000|k|000)\b/;
/** Stockport's 15%/20% stated bare, for a value or procurement it does not cover. */
export const stockportBandNotApplying = (condition: RegExp = OVER_25K): RegExp[] => [pctUnless(15, condition), pctUnless(20, condition)];
export const CWAC_5_NOT_APPLYING = pctUnless(5, BAND_50K_100K);
export const CWAC_10_NOT_APPLYING = pctUnless(10, ABOVE_100K);

/** In a multi-council answer: a percentage in the wrong council's part (Trafford has none at all). */
export const OTHERS_THAN_TRAFFORD = /Stockport|SMBC|Cheshire West|CWaC|CW&C/;
export const OTHERS_THAN_STOCKPORT = /Trafford|Cheshire West|CWaC|CW&C/;
export const OTHERS_THAN_CWAC = /Stockport|SMBC|Trafford/;
export const WRONG_COUNCIL_FIGURES: RegExp[] = [
  pctInCouncilSection(/Trafford/, OTHERS_THAN_TRAFFORD),
  pctInCouncilSection(/Stockport|SMBC/, OTHERS_THAN_STOCKPORT, 5),
  pctInCouncilSection(/Stockport|SMBC/, OTHERS_THAN_STOCKPORT, 10),
  pctInCouncilSection(/Cheshire West|CWaC|CW&C/, OTHERS_THAN_CWAC, 15),
  pctInCouncilSection(/Cheshire West|CWaC|CW&C/, OTHERS_THAN_CWAC, 20),
];

/** no figure at all */
export const NO_FIGURES: RegExp[] = [/\d ?(?:%|per ?cent)/i, /£ ?\d/];
export const POINTER = /social value|weighting|threshold/i;
/** An off-topic message gets no policy answer: no TOMs measures, no citations, no figures. */
export const NO_POLICY_ANSWER: RegExp[] = [...NO_FIGURES, /\b(?:NT\d+[a-z]?|C19-\d+)\b/, /^\W*sources?\W*:/im];
export const OVER_100K = /\b(?:over|above|more than|in excess of|exceed\w*|greater than)\s+£?\s?100(?:,000|k|000)\b/i;

export const stockportWeighting = (extra: (string | RegExp)[] = []): Pick<QaRow, 'council' | 'includes' | 'source'> => ({
  council: STOCKPORT,
  includes: [pct(15), pct(20), MINIMUM, TARGET, ...extra],
  source: SRC.charter,
});
export const traffordNoWeighting = (extra: Partial<QaRow> = {}): Pick<QaRow, 'council' | 'includes' | 'excludes' | 'source'> => ({
  council: TRAFFORD,
  includes: [NO_WEIGHTING, ...(extra.includes ?? [])],
  excludes: [ANY_PCT_NOT_NATIONAL, ...(extra.excludes ?? [])],
  source: SRC.trafford,
});

export const QUESTIONS: QaRow[] = [
  // ------------------------------------------------------------------------------------------
  // Stockport weighting. Charter 2019 s.4: "attribute a minimum weighting of 15% with an overall
  // target of 20%, in all competitive procurement activity with a total agreement value in excess
  // of £25k". In excess of = strictly above £25,000.
  {
    q: "what's the social value weighting for stockport?",
    topic: 'weighting: Stockport',
    ...stockportWeighting([money(25000), COMPETITIVE]),
    why: 'Charter s.4: min 15%, target 20%, competitive procurement in excess of £25k',
  },
  {
    q: 'stockport weighting for a £25,000 contract',
    topic: 'weighting: Stockport',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, money(25000), STRICTLY_ABOVE],
    excludes: stockportBandNotApplying(),
    source: SRC.stockport,
    why: '£25,000 is not "in excess of £25k": the 15%/20% rule does not apply',
  },
  {
    q: 'smbc weighting £25,001',
    topic: 'weighting: Stockport',
    ...stockportWeighting(),
    why: '£25,001 is in excess of £25k',
  },
  {
    q: 'do i need a sv weighting on a 25k tender in stockport',
    topic: 'weighting: Stockport',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, money(25000)],
    excludes: stockportBandNotApplying(),
    why: '25k = £25,000 exactly: not in excess of £25k',
  },
  {
    q: 'stockport £24,999.99 contract weighting?',
    topic: 'weighting: Stockport',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, money(25000)],
    excludes: stockportBandNotApplying(),
  },
  {
    q: 'what weighting would stockport want on a £25,000.01 contract',
    topic: 'weighting: Stockport',
    ...stockportWeighting(),
    why: 'one penny over £25,000 is in excess of £25k',
  },
  {
    q: 'stockport weighting 75000.50',
    topic: 'weighting: Stockport',
    ...stockportWeighting([money(75000.5)]),
    why: 'the value as the officer typed it, understood to the penny',
  },
  {
    q: 'stockport weighting for 75,000',
    topic: 'weighting: Stockport',
    ...stockportWeighting([money(75000)]),
  },
  {
    q: 'weighting for a £1.2m stockport contract',
    topic: 'weighting: Stockport',
    ...stockportWeighting([money(1200000)]),
  },
  {
    q: 'SMBC sv % for 30k',
    topic: 'weighting: Stockport',
    ...stockportWeighting(),
  },
  {
    q: 'stockport competitive tender £60k - what sv weighting?',
    topic: 'weighting: Stockport',
    ...stockportWeighting(),
  },
  {
    q: 'what is the minimum weighting in stockport for a 2.5 million contract',
    topic: 'weighting: Stockport',
    ...stockportWeighting([money(2500000)]),
  },

  // ------------------------------------------------------------------------------------------
  // Cheshire West and Chester weighting. Policy 2021-25, Policy interventions (iv): "between
  // £50,000 and £100,000 a social value weighting of 5%"; "higher value contracts (above £100,000
  // total value) 10%"; both "could be varied on a case by case basis". Nothing below £50,000.
  {
    q: 'cwac weighting',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5), pct(10), money(50000), money(100000), CASE_BY_CASE],
    source: SRC.cwac,
  },
  {
    q: 'cheshire west weighting for a £49,999 contract',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [NO_WEIGHTING, money(50000)],
    excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
    why: 'below £50,000 the policy sets no weighting',
  },
  {
    q: 'CW&C sv weighting 50000',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5), CASE_BY_CASE],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
    why: '"between £50,000 and £100,000": £50,000 is inside the band',
  },
  {
    q: 'cwac £100,000 contract weighting',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
    why: '£100,000 is "between £50,000 and £100,000", not "above £100,000"',
  },
  {
    q: 'whats the cwac weighting for a £50k contract',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
    why: '£50k = £50,000: the bottom of the "between £50,000 and £100,000" band',
  },
  {
    q: 'cwac weighting £99,999.99',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'cheshire west and chester weighting for £100,000.01',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(10), money(100000.01)],
    excludes: [CWAC_5_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'cwac weighting for a £100,001 tender',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(10)],
    excludes: [CWAC_5_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'cwac weighting 100k',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
    why: '100k = £100,000: still the 5% band',
  },
  {
    q: 'what weighting for seventy thousand pounds in cheshire west',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5), money(70000)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'cheshire west weighting £75k',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'cwac 30k weighting?',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [NO_WEIGHTING, money(50000)],
    excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'can cwac vary the 10% weighting',
    topic: 'weighting: Cheshire West and Chester',
    council: CWAC,
    includes: [pct(10), /case[ -]by[ -]case/i],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Trafford weighting. The Report to the Executive (24 October 2022) states no weighting at all;
  // it says TOMs (2.3) and the Social Value Portal (3.1) apply to all contracts over £50k.
  {
    q: "what's trafford's social value weighting",
    topic: 'weighting: Trafford (none set)',
    ...traffordNoWeighting(),
  },
  {
    q: 'trafford weighting for an £80k contract',
    topic: 'weighting: Trafford (none set)',
    ...traffordNoWeighting(),
  },
  {
    q: 'what % should sv be for trafford on 1.2m',
    topic: 'weighting: Trafford (none set)',
    ...traffordNoWeighting(),
  },
  {
    q: 'trafford min weighting 30k',
    topic: 'weighting: Trafford (none set)',
    ...traffordNoWeighting(),
  },
  {
    q: 'trafford weighting 100k',
    topic: 'weighting: Trafford (none set)',
    ...traffordNoWeighting(),
  },
  {
    q: 'does trafford have a minimum sv weighting like stockport does',
    topic: 'weighting: Trafford (none set)',
    council: TRAFFORD,
    includes: [NO_WEIGHTING],
    excludes: WRONG_COUNCIL_FIGURES,
    source: SRC.trafford,
    crossCouncil: true,
    why: 'the officer asks about Stockport too, so Stockport\'s 15%/20% may appear, on its own line',
  },

  // ------------------------------------------------------------------------------------------
  // Thresholds
  {
    q: 'what are the sv thresholds for stockport',
    topic: 'thresholds',
    council: STOCKPORT,
    includes: [money(25000), money(50000)],
    source: SRC.stockport,
  },
  {
    q: 'is there a minimum contract value for social value in stockport',
    topic: 'thresholds',
    council: STOCKPORT,
    includes: [money(25000)],
    source: SRC.stockport,
    why: 'Annual Statement s.4: "Social value is captured in all procurement activity over £25k"',
  },
  {
    q: 'trafford thresholds',
    topic: 'thresholds',
    council: TRAFFORD,
    includes: [money(50000)],
    excludes: [ANY_PCT_NOT_NATIONAL],
    source: SRC.trafford,
  },
  {
    q: 'cwac thresholds?',
    topic: 'thresholds',
    council: CWAC,
    includes: [money(50000), money(100000)],
    source: SRC.cwac,
  },
  {
    q: 'whats the threshold for the social value portal in trafford',
    topic: 'thresholds',
    council: TRAFFORD,
    includes: [money(50000), /Social Value Portal/i],
    source: SRC.trafford,
  },

  // ------------------------------------------------------------------------------------------
  // Social Value Portal. Stockport Charter s.4: Portal for competitive procurement "in excess of
  // £50k"; Charter intro: "For contracts less than this threshold, the National TOMs will continue
  // to be used". Statement s.4: TOMs / Portal "in all activity over £50k".
  {
    q: 'is the portal needed on a £50k smbc contract',
    topic: 'Social Value Portal',
    council: STOCKPORT,
    includes: [money(50000), STRICTLY_ABOVE, /TOMs/i],
    source: SRC.stockport,
    why: '£50k is not in excess of £50k: no Portal, TOMs still used',
  },
  {
    q: 'stockport £50,001 contract - social value portal?',
    topic: 'Social Value Portal',
    council: STOCKPORT,
    includes: [/Social Value Portal/i, money(50000)],
    source: SRC.stockport,
  },
  {
    q: 'smbc portal threshold',
    topic: 'Social Value Portal',
    council: STOCKPORT,
    includes: [/Social Value Portal/i, money(50000)],
    source: SRC.stockport,
  },
  {
    q: 'do we still use toms under 50k in stockport',
    topic: 'Social Value Portal',
    council: STOCKPORT,
    includes: [/TOMs/i, money(50000)],
    source: SRC.charter,
  },
  {
    q: 'does trafford use the social value portal for a £60,000 contract',
    topic: 'Social Value Portal',
    council: TRAFFORD,
    includes: [/Social Value Portal/i, money(50000)],
    excludes: [ANY_PCT_NOT_NATIONAL],
    source: SRC.trafford,
  },
  {
    q: 'cwac social value portal',
    topic: 'Social Value Portal',
    council: CWAC,
    includes: [/Social Value Portal/i],
    source: SRC.cwac,
    why: 'Delivery and evaluation: the Portal "will be engaged to provide a web platform to monitor the progress"',
  },

  // ------------------------------------------------------------------------------------------
  // National context: CWaC Policy, "What do we mean by social value?": "a minimum 10% social value
  // weighting on all central government contracts". Must be labelled as not a council rule.
  {
    q: "what's the central government minimum weighting",
    topic: 'national context',
    includes: [pct(10), CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE],
    source: SRC.cwac,
  },
  {
    q: 'is there a national minimum sv weighting',
    topic: 'national context',
    includes: [pct(10), CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE],
    source: SRC.cwac,
  },
  {
    q: 'does the govt 10% minimum apply to councils?',
    topic: 'national context',
    includes: [pct(10), CENTRAL_GOVERNMENT, NOT_COUNCIL_RULE],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Default council and "my council is …" (per user).
  {
    q: "what's the weighting for a £60k contract",
    topic: 'default council / my council',
    user: 'officer-default-1',
    ...stockportWeighting(),
    why: 'no council named, none set: the configured default (stockport)',
  },
  {
    q: 'my council is trafford',
    topic: 'default council / my council',
    user: 'officer-trafford',
    council: TRAFFORD,
    includes: [],
    excludes: NO_FIGURES,
  },
  {
    q: "what's the weighting for 80k",
    topic: 'default council / my council',
    user: 'officer-trafford',
    ...traffordNoWeighting(),
  },
  {
    q: "what's the portal threshold",
    topic: 'default council / my council',
    user: 'officer-trafford',
    council: TRAFFORD,
    includes: [money(50000), /Social Value Portal/i],
    source: SRC.trafford,
  },
  {
    q: 'what weighting would stockport want for 80k',
    topic: 'default council / my council',
    user: 'officer-trafford',
    ...stockportWeighting(),
    why: 'a council named in the question wins over the user\'s council',
  },
  {
    q: 'and the weighting for £90k?',
    topic: 'default council / my council',
    user: 'officer-trafford',
    ...stockportWeighting([/\bsame\b/i, money(90000)]),
    why: 'a follow-up ("and …") keeps the council the conversation was about, and says so',
  },
  {
    q: "what's the weighting for a £90k contract",
    topic: 'default council / my council',
    user: 'officer-trafford',
    ...traffordNoWeighting(),
    why: 'a new question, not a follow-up: naming Stockport earlier does not change the user\'s council',
  },
  {
    q: 'where are we on the maturity index',
    topic: 'default council / my council',
    user: 'officer-trafford',
    council: TRAFFORD,
    includes: [/developing/i, /innovator/i],
    source: SRC.trafford,
    why: 'topic questions follow the user\'s council too',
  },
  {
    q: 'my council is CW&C',
    topic: 'default council / my council',
    user: 'officer-cwac',
    council: CWAC,
    includes: [],
    excludes: NO_FIGURES,
  },
  {
    q: 'weighting for 75k',
    topic: 'default council / my council',
    user: 'officer-cwac',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'weighting for £150,000',
    topic: 'default council / my council',
    user: 'officer-cwac',
    council: CWAC,
    includes: [pct(10)],
    excludes: [CWAC_5_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'my council is SMBC',
    topic: 'default council / my council',
    user: 'officer-cwac',
    council: STOCKPORT,
    includes: [],
    excludes: NO_FIGURES,
  },
  {
    q: 'weighting for 150k',
    topic: 'default council / my council',
    user: 'officer-cwac',
    ...stockportWeighting(),
  },
  {
    q: 'weighting for 150k',
    topic: 'default council / my council',
    user: 'officer-default-2',
    ...stockportWeighting(),
    why: 'another user\'s "my council is" does not leak: default council again',
  },
  {
    q: 'my council is cheshire west',
    topic: 'default council / my council',
    user: 'officer-cwac-2',
    council: CWAC,
    includes: [],
    excludes: NO_FIGURES,
  },
  {
    q: "can we deduct payments if sv isn't delivered",
    topic: 'default council / my council',
    user: 'officer-cwac-2',
    council: CWAC,
    includes: [money(100000), /social value fund/i],
    source: SRC.cwac,
  },
  {
    q: 'how quickly do we pay local suppliers',
    topic: 'default council / my council',
    user: 'officer-cwac-2',
    council: CWAC,
    includes: [/30 days/i, /less than|under|sooner|faster|quicker/i],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Comparisons across the three councils.
  {
    q: 'compare weightings for an £80k contract',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, TRAFFORD_RE, CWAC_RE, pct(15), pct(20), pct(5)],
    excludes: [...WRONG_COUNCIL_FIGURES, CWAC_10_NOT_APPLYING],
    why: 'Stockport 15%/20%; Trafford none; CWaC 5% (between £50,000 and £100,000)',
  },
  {
    q: 'compare sv weighting across councils for 30k',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, TRAFFORD_RE, CWAC_RE, pct(15), pct(20), NO_WEIGHTING],
    excludes: [...WRONG_COUNCIL_FIGURES, CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    why: 'Stockport 15%/20% (over £25k); CWaC none below £50,000; Trafford none',
  },
  {
    q: 'compare weightings for £150k',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, TRAFFORD_RE, CWAC_RE, pct(15), pct(20), pct(10)],
    excludes: [...WRONG_COUNCIL_FIGURES, CWAC_5_NOT_APPLYING],
  },
  {
    q: 'compare the three councils for a £25,000 contract',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, TRAFFORD_RE, CWAC_RE, NO_WEIGHTING],
    excludes: [...WRONG_COUNCIL_FIGURES, ...stockportBandNotApplying(), CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    why: 'no council sets a weighting at exactly £25,000',
  },
  {
    q: 'stockport vs cwac weighting for 100k',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, CWAC_RE, pct(15), pct(20), pct(5)],
    excludes: [...WRONG_COUNCIL_FIGURES, CWAC_10_NOT_APPLYING],
  },
  {
    q: 'compare thresholds for stockport, trafford and cwac',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, TRAFFORD_RE, CWAC_RE, money(25000), money(50000), money(100000)],
    excludes: WRONG_COUNCIL_FIGURES,
  },

  // ------------------------------------------------------------------------------------------
  // TOMs by reference: CWaC Policy, Appendix B (The National TOMS table).
  {
    q: 'what is NT4a',
    topic: 'TOMs by reference',
    includes: ['NT4a', /care leavers/i, /16-25/],
    source: SRC.cwac,
  },
  {
    q: 'nt18?',
    topic: 'TOMs by reference',
    includes: [/\bNT18\b/, /local supply chain/i],
    source: SRC.cwac,
  },
  {
    q: "what's C19-5",
    topic: 'TOMs by reference',
    includes: [/\bC19-5\b/, /SMEs/i, /crisis/i],
    source: SRC.cwac,
  },
  {
    q: 'explain NT999',
    topic: 'TOMs by reference',
    includes: [/NT999/i, /\b(?:not|no|unknown|unrecogni[sz]ed|couldn't|can't|cannot|isn't)\b/i],
    excludes: NO_FIGURES,
  },
  {
    q: 'what does nt41 measure',
    topic: 'TOMs by reference',
    includes: [/\bNT41\b/, /Real Living wage/i],
    source: SRC.cwac,
  },
  {
    q: 'nt3a',
    topic: 'TOMs by reference',
    includes: [/\bNT3a\b/, /armed forces veteran/i],
    source: SRC.cwac,
  },
  {
    q: 'toms ref nt61',
    topic: 'TOMs by reference',
    includes: [/\bNT61\b/, /invoices/i, /30 days/i],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // TOMs by subject (same table).
  {
    q: 'which toms cover veterans',
    topic: 'TOMs by subject',
    includes: [/\bNT3a\b/, /\bNT6a\b/],
    source: SRC.cwac,
  },
  {
    q: 'toms for care leavers',
    topic: 'TOMs by subject',
    includes: [/\bNT4a\b/],
    source: SRC.cwac,
  },
  {
    q: 'apprenticeship toms',
    topic: 'TOMs by subject',
    includes: [/\bNT10\b/, /\bNT10a\b/],
    source: SRC.cwac,
  },
  {
    q: 'what toms measure local spend',
    topic: 'TOMs by subject',
    includes: [/\bNT18\b/, /\bNT19\b/],
    source: SRC.cwac,
  },
  {
    q: 'living wage toms?',
    topic: 'TOMs by subject',
    includes: [/\bNT41\b/, /\bNT42\b/],
    source: SRC.cwac,
  },
  {
    q: 'volunteering measures in the toms',
    topic: 'TOMs by subject',
    includes: [/\bNT29\b/],
    source: SRC.cwac,
  },
  {
    q: 'carbon toms',
    topic: 'TOMs by subject',
    includes: [/\bNT(?:31|44)\b/],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Priority cohorts and themes. Stockport: Annual Statement s.2 (agreed by CRMG Scrutiny, Nov 2021);
  // Charter s.1 five core outcomes. Trafford: report 2.8. CWaC: "Clear goals", seven priorities.
  {
    q: 'stockport priority cohorts',
    topic: 'priority cohorts and themes',
    council: STOCKPORT,
    includes: [/care leavers/i, /ex-offenders/i, /long term unemployed/i, /veterans/i, /preparing for adulthood|SEND/i],
    source: SRC.statement,
  },
  {
    q: 'what themes does stockport prioritise for sv',
    topic: 'priority cohorts and themes',
    council: STOCKPORT,
    includes: [/cost of living/i, /buying local/i, /digital inclusion/i, /warm spaces/i],
    source: SRC.statement,
  },
  {
    q: 'are veterans a priority for smbc',
    topic: 'priority cohorts and themes',
    council: STOCKPORT,
    includes: [/veterans/i],
    source: SRC.statement,
  },
  {
    q: "stockport's core outcomes",
    topic: 'priority cohorts and themes',
    council: STOCKPORT,
    includes: [/thriving economy/i, /safe and resilient/i],
    source: SRC.charter,
  },
  {
    q: 'trafford community priorities',
    topic: 'priority cohorts and themes',
    council: TRAFFORD,
    includes: [/social isolation/i, /poverty/i, /food/i, /employment support/i],
    source: SRC.trafford,
  },
  {
    q: 'cwac priorities',
    topic: 'priority cohorts and themes',
    council: CWAC,
    includes: [/climate emergency/i, /poverty emergency/i],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Minimum standards for bidders. CWaC Policy interventions (i); Stockport Charter s.4 (ethical
  // standards and eradication of modern slavery).
  {
    q: 'what minimum standards do bidders need to meet in cwac',
    topic: 'minimum standards',
    council: CWAC,
    includes: [/modern slavery/i, /equality and diversity/i, /health and safety/i, /fair working/i],
    source: SRC.cwac,
  },
  {
    q: 'do cwac minimum standards apply to a £20k contract',
    topic: 'minimum standards',
    council: CWAC,
    includes: [/all bidders/i],
    excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
    why: '"it would expect the minimum standards from all bidders": no value threshold',
  },
  {
    q: 'min standards for bidders stockport',
    topic: 'minimum standards',
    council: STOCKPORT,
    includes: [/modern slavery/i, /ethical standards/i],
    source: SRC.charter,
  },

  // ------------------------------------------------------------------------------------------
  // Carbon reduction plans. Stockport Statement s.2 (tender questions) and s.5 (proposed mandatory
  // by 2024, net zero by 2050). Trafford / CWaC set no carbon reduction plan requirement.
  {
    q: 'do stockport suppliers need a carbon reduction plan',
    topic: 'carbon reduction plans',
    council: STOCKPORT,
    includes: [/carbon reduction plan/i, /2024/, /propos/i, /2050|net zero/i],
    source: SRC.statement,
    why: 's.5: "A new policy is proposed ... carbon reduction plans by 2024" – proposed, not yet in force',
  },
  {
    q: 'stockport crp requirement for a £60k tender?',
    topic: 'carbon reduction plans',
    council: STOCKPORT,
    includes: [/carbon reduction plan/i, /propos/i],
    source: SRC.statement,
  },
  {
    q: 'does cwac require carbon reduction plans',
    topic: 'carbon reduction plans',
    council: CWAC,
    includes: [NEGATIVE, /climate emergency|carbon neutral/i],
    source: SRC.cwac,
  },
  {
    q: 'trafford carbon reduction plan?',
    topic: 'carbon reduction plans',
    council: TRAFFORD,
    includes: [NEGATIVE],
    crossCouncil: true,
  },

  // ------------------------------------------------------------------------------------------
  // Payment deductions. CWaC Policy interventions (vii): "For contracts over £100,000 total value
  // the Council would reserve the right to reduce contractual payments ... invested in a social
  // value fund".
  {
    q: "can cwac reduce payments if social value isn't delivered",
    topic: 'payment deductions',
    council: CWAC,
    includes: [money(100000), /social value fund/i, /reduc|deduct/i],
    source: SRC.cwac,
  },
  {
    q: 'cwac £100k contract - can we withhold payment for undelivered sv',
    topic: 'payment deductions',
    council: CWAC,
    includes: [OVER_100K, NEGATIVE],
    source: SRC.cwac,
    why: '£100k is not "over £100,000": the deduction right does not apply',
  },
  {
    q: 'payment deductions on a £250k cheshire west contract',
    topic: 'payment deductions',
    council: CWAC,
    includes: [/social value fund/i, /reduc|deduct/i],
    source: SRC.cwac,
  },
  {
    q: 'can stockport deduct payments for undelivered social value',
    topic: 'payment deductions',
    council: STOCKPORT,
    includes: [NEGATIVE],
    crossCouncil: true,
    why: "neither Stockport document sets payment deductions",
  },

  // ------------------------------------------------------------------------------------------
  // Paying suppliers. CWaC Policy interventions (ii): "pay all local suppliers in less than the
  // current standard of 30 days".
  {
    q: 'how quickly does cwac pay local suppliers',
    topic: 'paying suppliers',
    council: CWAC,
    includes: [/30 days/i, /local suppliers/i, /less than|under|sooner|faster|quicker/i],
    source: SRC.cwac,
  },
  {
    q: 'cheshire west prompt payment',
    topic: 'paying suppliers',
    council: CWAC,
    includes: [/30 days/i],
    source: SRC.cwac,
  },
  {
    q: 'does cwac pay suppliers within 30 days',
    topic: 'paying suppliers',
    council: CWAC,
    includes: [/30 days/i, /less than|under|sooner|faster|quicker/i, /local/i],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // PID sign-off and exemptions. Stockport Annual Statement s.4.
  {
    q: 'when does sv need to be in the pid in stockport',
    topic: 'PID sign-off and exemptions',
    council: STOCKPORT,
    includes: [/\bPID\b|Procurement Initiation Document/i, /sign/i],
    source: SRC.statement,
  },
  {
    q: 'can i skip social value on a stockport procurement',
    topic: 'PID sign-off and exemptions',
    council: STOCKPORT,
    includes: [/senior officer/i, /exception/i, /documented|scrutinised|scrutinized/i],
    source: SRC.statement,
  },
  {
    q: 'who signs off an exemption from social value in smbc',
    topic: 'PID sign-off and exemptions',
    council: STOCKPORT,
    includes: [/senior officer/i],
    source: SRC.statement,
  },
  {
    q: 'does trafford have a pid sign off rule for social value',
    topic: 'PID sign-off and exemptions',
    council: TRAFFORD,
    includes: [NEGATIVE],
    crossCouncil: true,
  },

  // ------------------------------------------------------------------------------------------
  // Non-competitive / direct awards, Stockport. Charter s.4: the 15%/20% weighting is for "all
  // competitive procurement activity" in excess of £25k.
  {
    q: 'stockport direct award £60k - what weighting',
    topic: 'non-competitive / direct awards',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, COMPETITIVE],
    excludes: stockportBandNotApplying(IN_COMPETITIVE),
    source: SRC.stockport,
  },
  {
    q: 'non-competitive contract £40k smbc weighting?',
    topic: 'non-competitive / direct awards',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, COMPETITIVE],
    excludes: stockportBandNotApplying(IN_COMPETITIVE),
    source: SRC.stockport,
  },
  {
    q: 'stockport waiver for a £120k direct award, is sv weighting needed',
    topic: 'non-competitive / direct awards',
    council: STOCKPORT,
    includes: [NO_WEIGHTING, COMPETITIVE],
    excludes: stockportBandNotApplying(IN_COMPETITIVE),
    source: SRC.stockport,
  },

  // ------------------------------------------------------------------------------------------
  // Categories: goods / services / works / construction. Stockport Statement s.4: social value for
  // "all areas (goods, works and services)"; no council's weighting rule depends on the category.
  {
    q: "does stockport's weighting apply to works contracts? £80k",
    topic: 'categories',
    ...stockportWeighting(),
  },
  {
    q: 'stockport goods contract 40k weighting',
    topic: 'categories',
    ...stockportWeighting(),
  },
  {
    q: 'trafford construction contract £2m weighting',
    topic: 'categories',
    ...traffordNoWeighting(),
  },
  {
    q: 'cwac services contract 60k weighting',
    topic: 'categories',
    council: CWAC,
    includes: [pct(5)],
    excludes: [CWAC_10_NOT_APPLYING],
    source: SRC.cwac,
  },
  {
    q: 'cw&c weighting on a 2.5 million construction contract',
    topic: 'categories',
    council: CWAC,
    includes: [pct(10), money(2500000)],
    excludes: [CWAC_5_NOT_APPLYING],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Outcomes achieved. Trafford report 3.1 (2021/22): "for every £1 spent, the Council has been
  // offered 53p back"; "£24m of Social Value to date"; "Spend being retained within Trafford and
  // Greater Manchester is 76.4%". Stockport Statement s.8: 43 new contracts in 2022/23, £14.2m
  // committed, £2.2m delivered. CWaC "Where are we now?".
  {
    q: 'what has trafford achieved through social value',
    topic: 'outcomes achieved',
    council: TRAFFORD,
    includes: [/53p/i, money(24000000), pct(76.4), /Greater Manchester/i, /offered/i],
    source: SRC.trafford,
    why: '76.4% is spend retained within Trafford AND Greater Manchester; 53p is offered, not delivered',
  },
  {
    q: 'trafford 53p per pound?',
    topic: 'outcomes achieved',
    council: TRAFFORD,
    includes: [/53p/i, /offered/i],
    source: SRC.trafford,
  },
  {
    q: 'how much sv has trafford secured',
    topic: 'outcomes achieved',
    council: TRAFFORD,
    includes: [money(24000000)],
    source: SRC.trafford,
  },
  {
    q: 'stockport social value outcomes 2022/23',
    topic: 'outcomes achieved',
    council: STOCKPORT,
    includes: [money(14200000), /\b43\b/, /commit/i],
    source: SRC.statement,
  },
  {
    q: 'how many contracts did stockport add to the portal last year',
    topic: 'outcomes achieved',
    council: STOCKPORT,
    includes: [/\b43\b/, money(14200000)],
    source: SRC.statement,
  },
  {
    q: 'what has cwac achieved so far',
    topic: 'outcomes achieved',
    council: CWAC,
    includes: [/\b508\b/, money(20000000)],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Maturity index. Trafford 2.2 (five stages 0 Minimum … 4 Innovator; Feb 2021 "developing to
  // becoming an innovator"); Stockport Statement s.7 (annual self-assessment by the steering group).
  {
    q: 'trafford maturity index',
    topic: 'maturity index',
    council: TRAFFORD,
    includes: [/minimum/i, /developing/i, /mature/i, /leader/i, /innovator/i],
    source: SRC.trafford,
  },
  {
    q: 'where is trafford on the sv maturity index',
    topic: 'maturity index',
    council: TRAFFORD,
    includes: [/developing/i, /innovator/i],
    source: SRC.trafford,
  },
  {
    q: 'stockport maturity index',
    topic: 'maturity index',
    council: STOCKPORT,
    includes: [/steering group/i, /annual/i],
    source: SRC.statement,
  },

  // ------------------------------------------------------------------------------------------
  // Steering group. Trafford 4.1-4.3, 6.6; Stockport Statement s.3 and s.9.
  {
    q: "who chairs trafford's social value steering group",
    topic: 'steering group',
    council: TRAFFORD,
    includes: [/Inclusive Economy and Communities Manager/i],
    source: SRC.trafford,
  },
  {
    q: "who's on the trafford steering group",
    topic: 'steering group',
    council: TRAFFORD,
    includes: [/STAR Procurement/i, /Trafford College/i],
    source: SRC.trafford,
  },
  {
    q: 'what does the trafford steering group do',
    topic: 'steering group',
    council: TRAFFORD,
    includes: [/action plan/i],
    source: SRC.trafford,
  },
  {
    q: 'stockport sv steering group',
    topic: 'steering group',
    council: STOCKPORT,
    includes: [/directorates/i],
    source: SRC.statement,
  },

  // ------------------------------------------------------------------------------------------
  // Action plan. Trafford 6.3 (seven themes); Stockport Statement s.9 (monitored at the Strategic
  // Commissioning Group); CWaC Appendix C (lead officers, timelines).
  {
    q: 'trafford action plan themes',
    topic: 'action plan',
    council: TRAFFORD,
    includes: [/internal management/i, /engagement/i, /policy and scope/i, /outcomes and measures/i, /commissioning/i, /procurement/i, /governance/i],
    source: SRC.trafford,
  },
  {
    q: "who monitors stockport's sv action plan",
    topic: 'action plan',
    council: STOCKPORT,
    includes: [/Strategic Commissioning Group/i],
    source: SRC.statement,
  },
  {
    q: 'cwac action plan',
    topic: 'action plan',
    council: CWAC,
    includes: [/Procurement Manager/i, /2021/],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Living wage. Stockport Statement s.2: "Extend the expectation of becoming a Real Living Wage
  // employer to our supply chain". CWaC: local living wage paid to its own staff.
  {
    q: 'does stockport expect suppliers to pay the real living wage',
    topic: 'living wage',
    council: STOCKPORT,
    includes: [/Real Living Wage/i, /supply chain|suppliers/i],
    source: SRC.statement,
  },
  {
    q: 'cwac living wage',
    topic: 'living wage',
    council: CWAC,
    includes: [/local living wage/i],
    source: SRC.cwac,
  },

  // ------------------------------------------------------------------------------------------
  // Negative or absurd values: a clear message and no weighting figure.
  {
    q: 'weighting for a -£50,000 contract stockport',
    topic: 'negative or absurd values',
    includes: [INVALID_VALUE],
    excludes: [/\d ?(?:%|per ?cent)/i],
  },
  {
    q: 'stockport weighting £-75,000',
    topic: 'negative or absurd values',
    includes: [INVALID_VALUE],
    excludes: [/\d ?(?:%|per ?cent)/i],
  },
  {
    q: 'cwac weighting for minus 20k',
    topic: 'negative or absurd values',
    includes: [INVALID_VALUE],
    excludes: [/\d ?(?:%|per ?cent)/i],
  },
  {
    q: 'trafford weighting for negative 30000',
    topic: 'negative or absurd values',
    includes: [INVALID_VALUE],
    excludes: [/\d ?(?:%|per ?cent)/i],
  },
  {
    q: 'cwac weighting for a £0 contract',
    topic: 'negative or absurd values',
    includes: [],
    excludes: [/\d ?(?:%|per ?cent)/i],
    why: 'zero is below every threshold (or invalid): either way no weighting figure',
  },
  {
    q: 'cwac weighting for a £10,000,000,000,000,000,000 contract',
    topic: 'negative or absurd values',
    includes: [INVALID_VALUE],
    excludes: [CWAC_5_NOT_APPLYING, CWAC_10_NOT_APPLYING],
    why: 'ten quintillion pounds (beyond exact integer range) is not a real contract value',
  },

  // ------------------------------------------------------------------------------------------
  // Help and greetings.
  {
    q: 'hi',
    topic: 'help',
    includes: [/weighting|threshold/i],
  },
  {
    q: 'help',
    topic: 'help',
    includes: [/weighting|threshold/i, /Stockport|Trafford|Cheshire/i],
  },
  {
    q: 'what can you do?',
    topic: 'help',
    includes: [/weighting|threshold/i],
  },

  // ------------------------------------------------------------------------------------------
  // Off-topic: a friendly pointer, no figures.
  {
    q: "what's the weather like in stockport tomorrow",
    topic: 'off-topic',
    includes: [POINTER],
    excludes: NO_POLICY_ANSWER,
  },
  {
    q: 'can you book me a meeting room for 2pm',
    topic: 'off-topic',
    includes: [POINTER],
    excludes: NO_POLICY_ANSWER,
  },
  {
    q: "what happens if the supplier doesn't deliver social value in cheshire west",
    topic: 'payment deductions',
    council: CWAC,
    includes: [/reduce contractual payments|reduce .*payments/i, /social value fund/i, OVER_100K],
    source: SRC.cwac,
    why: 'CWaC Policy (vii): for contracts over £100,000 the Council reserves the right to reduce payments; deductions go to a social value fund.',
  },
  {
    q: 'what does social value mean in trafford',
    topic: 'definition',
    council: TRAFFORD,
    includes: [/benefits from public sector contracts/i, /no extra cost/i],
    source: SRC.trafford,
    why: 'Trafford report 1.1.',
  },
  {
    q: 'definition of social value cwac',
    topic: 'definition',
    council: CWAC,
    includes: [/over and above the direct purchasing/i],
    source: SRC.cwac,
    why: 'CWaC Policy, "What do we mean by social value?" quoting the social value hub.',
  },
  {
    q: 'which council has the highest weighting',
    topic: 'compare councils',
    includes: [STOCKPORT_RE, TRAFFORD_RE, CWAC_RE, pct(15), pct(10)],
    crossCouncil: true,
    why: 'A comparison: each council from its own documents.',
  },
  {
    q: 'what does the social value act require',
    topic: 'national context',
    includes: [/Public Services \(Social Value\) Act 2012/, /consider/i, NOT_COUNCIL_RULE],
    source: SRC.trafford,
    why: 'Trafford report, Legal Implications: a legal obligation to consider the social good from procurement of services.',
  },
  {
    q: 'what did trafford achieve in 2021/22',
    topic: 'outcomes achieved',
    council: TRAFFORD,
    includes: [/53p/, /£24m/, /76\.4%/],
    source: SRC.trafford,
  },
  {
    q: 'tell me a joke',
    topic: 'off-topic',
    includes: [POINTER],
    excludes: NO_POLICY_ANSWER,
  },
  {
    q: 'who won the football last night',
    topic: 'off-topic',
    includes: [POINTER],
    excludes: NO_POLICY_ANSWER,
  },
];

/** Row counts by topic, in table order (for the report). */
export function countByTopic(rows: readonly QaRow[] = QUESTIONS): Map<Topic, number> {
  const counts = new Map<Topic, number>();
  for (const r of rows) counts.set(r.topic, (counts.get(r.topic) ?? 0) + 1);
  return counts;
}
