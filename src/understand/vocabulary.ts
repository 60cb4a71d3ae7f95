/**
 * How officers word things (data/vocabulary.json): topic words, categories, follow-up cues, verdict
 * phrasings, councils the assistant does not cover. Validated and compiled once at start-up; a bad
 * pattern stops start-up with its path (`vocabulary.subjects[3].pattern: …`).
 */
import { join } from 'node:path';
import { z } from 'zod';
import { issueLines, readJsonFile } from '../jsonFile.js';
import { PolicyDataError } from '../policy/loader.js';

const SUBJECT_IDS = [
  'compare',
  'national',
  'contacts',
  'risks',
  'pid-sign-off',
  'payment-deductions',
  'paying-suppliers',
  'minimum-standards',
  'small-suppliers',
  'consultation',
  'cost',
  'carbon',
  'living-wage',
  'maturity-index',
  'steering-group',
  'procurement-partner',
  'action-plan',
  'outcomes',
  'priorities',
  'vision',
  'governance',
  'training',
  'definition',
  'legal-duty',
  'contract-management',
  'evaluation',
  'portal',
  'toms',
  'weighting',
  'threshold',
  'requirements',
] as const;
export type Subject = (typeof SUBJECT_IDS)[number];

const pattern = z.string().min(1).superRefine((source, ctx) => {
  try {
    new RegExp(source);
  } catch (err) {
    ctx.addIssue({ code: 'custom', message: `not a valid pattern (${(err as Error).message})` });
  }
});

const VocabularySchema = z.object({
  /**
   * `whereSaid`: words of the pattern that ask for this subject only where the council's own topic
   * uses them ("principles": Trafford's priorities are its Charter's principles, Stockport's are not);
   * elsewhere the council's documents are searched for them.
   */
  subjects: z.array(z.strictObject({ id: z.enum(SUBJECT_IDS), pattern, whereSaid: pattern.optional() })).min(1),
  categories: z.array(z.strictObject({ id: z.enum(['goods', 'services', 'works']), pattern, unless: pattern.optional() })),
  competitive: z.strictObject({ no: pattern, yes: pattern }),
  followUp: pattern,
  sameAsBefore: pattern,
  /** asks for the latest period the documents report ("and just for last year?"), not every period */
  latestPeriod: pattern.optional(),
  /**
   * Asks how something will be used (`ask`: "how are they going to use it?", "what will they do with
   * the results?"); `says`: the words of a topic's part that says how it is used.
   */
  asksUse: z.strictObject({ ask: pattern, says: pattern }).optional(),
  /**
   * Asks when (`ask`: "when does the measurement tool launch?"); `says`: the words of a text that says
   * when, a year aside (a month, or how often: "quarterly", "each year").
   */
  asksWhen: z.strictObject({ ask: pattern, says: pattern }).optional(),
  /**
   * Asks whether a figure is for one period alone (`ask`: "is that £24m just for 21/22?"); `says`: the
   * words of a text that gives a figure as a running total ("to date", "since 2019").
   */
  asksPeriodOnly: z.strictObject({ ask: pattern, says: pattern }).optional(),
  /** asks whether there is a problem with a figure ("… 10%. Any issue?"): a yes is a problem, so yes and no swap */
  asksIssue: pattern.optional(),
  /** asks whether a figure falls short ("so 3% won't do?", "12% no good then?"): a yes would agree it falls short, so the verdict is put as "it would do" */
  asksFallsShort: pattern.optional(),
  /** asks whether a figure is too low ("is 12% too low?", "is 12% not enough?"): a yes means it is, so yes and no swap */
  asksTooLow: pattern.optional(),
  /** asks whether one figure is the same as another ("is CWaC's the same?", "does it match?") */
  asksSame: pattern.optional(),
  asksOfThem: pattern.optional(),
  /** words that mean the officer's own council ("our 15%", "our charter", "does it apply to us") */
  saysOwnCouncil: pattern.optional(),
  /** weighting figures referred to as ones already set ("the 15%", "those 5% and 10% figures") */
  figuresReferred: pattern.optional(),
  /** asks for the lowest value a rule applies at ("so what's the lowest value where the portal kicks in"), not of the contract before */
  asksThresholdValue: pattern.optional(),
  /**
   * The words around a value the officer says a rule starts at: `before` it ("the guidelines seem to
   * start at 50k", "the threshold is £50,000"), matched at the end of the text before the value;
   * `after` it ("the 50k threshold"), at the start of the text after.
   */
  thresholdReferred: z.strictObject({ before: pattern, after: pattern }).optional(),
  /** asks whether to accept something in place of a commitment ("do we just accept that?") */
  asksAccept: pattern.optional(),
  /** "who signs that off?" and nothing else: after a weighting below the council's, who approves it */
  asksApprover: pattern.optional(),
  /** "cwac policy mentions a government minimum weighting - what is it?": the national figure a council's document cites is what is asked */
  citesNational: pattern.optional(),
  /** "what's the difference between the TOMs and the Portal?": two things set side by side, not councils compared */
  differenceBetween: pattern.optional(),
  asksMandatory: pattern.optional(),
  claimsNoNeed: z.strictObject({ says: pattern, check: pattern }).optional(),
  asksOneOf: pattern.optional(),
  /**
   * Asks what help there is (`ask`: "what help is there for small suppliers …?", "any support for SMEs
   * on net zero?"): the council's list of it, whole, whose heading `list` matches ("Support for suppliers").
   */
  asksSupport: z.strictObject({ ask: pattern, list: pattern }).optional(),
  councilChange: pattern,
  /** `dropAsk`: asks whether social value can be dropped ("can we drop it to zero?"), a weighting of 0% to judge */
  /** `reference`: words before or after a figure that make it the one compared against ("more than the usual 5%"); `proposed`: words just before the one proposed ("put it at 15%") */
  verdict: z.strictObject({ figure: pattern, judgement: pattern, need: pattern, tooMuch: pattern, applies: pattern, dropAsk: pattern.optional(), split: z.strictObject({ criteria: pattern, socialValue: pattern }).optional(), reference: z.strictObject({ before: pattern, after: pattern }).optional(), proposed: pattern.optional(), below: pattern.optional(), bare: pattern.optional() }),
  /**
   * `shows`: what a passage that does give it carries (a deadline: a year; whether it was done: a count to date); `givenBy`: the subject whose
   * curated topic gives it where a council's documents do (contact details: the council's contacts);
   * `elsewhere`: what one is called ("email address") when the documents give one only in a passage of
   * their own (an email for other formats), which is then quoted as the only one they give; `leads`:
   * what a sentence of the subject's curated answer carries when it gives it (a deadline: "by 2024")
   */
  notGiven: z.array(z.strictObject({ id: z.string().min(1), pattern, about: z.string().min(1), says: z.string().min(1).optional(), near: z.string().min(1).optional(), writes: z.string().min(1).optional(), shows: pattern.optional(), leads: pattern.optional(), givenBy: z.enum(SUBJECT_IDS).optional(), shownBy: z.enum(SUBJECT_IDS).optional(), absent: z.string().min(1).optional(), elsewhere: z.string().min(1).optional(), asking: pattern.optional(), ofCouncil: z.literal(true).optional() })),
  currencyAsk: pattern,
  currencyStale: pattern.optional(),
  /** asks whether a document was approved ("did the Executive approve the charter?"), among the currency asks */
  currencyApproval: pattern.optional(),
  /** speaks of a newer version as if there is one ("the refreshed charter", "the latest policy"), among the currency asks */
  currencyNewer: pattern.optional(),
  skipAsk: pattern,
  /**
   * `asking`: the words that only ask ("when will … start"); a passage that gives the figure must carry the question's other words.
   * `share`: a percentage asked of something ("what proportion of tenders …"), which the figure must be said of.
   * `threshold`: the figure asked is itself a threshold ("what's the development threshold?"), so "over £50k" may give it.
   * `named`: `about` says all of what is not given ("how many, or what share, met that target"), so no subject follows it.
   */
  asksFigure: z.array(z.strictObject({ pattern, shows: pattern, about: z.string().min(1), counted: z.literal(true).optional(), share: z.literal(true).optional(), threshold: z.literal(true).optional(), named: z.literal(true).optional(), asking: pattern.optional(), occurs: pattern.optional() })),
  /** a question answered yes or no ("can CWaC deduct payments …?", "does Trafford use TOMs?") */
  asksYesNo: pattern,
  /** asks leave ("can I use a weighting in Trafford?"): a council that sets nothing does not refuse it */
  asksPermission: pattern.optional(),
  /** a question that says the rule does not apply ("is it true Stockport doesn't require the Portal for £50k?"): agreeing is "Right", not "No" */
  negatedAsk: pattern.optional(),
  /** a question that asks what, which or how ("what carbon requirements apply to £200k?"): answered with the thing itself, not yes or no */
  asksWhat: pattern.optional(),
  /** asks for a TOMs measure by what it counts ("wat NT code is ex offenders?"), not a council's TOMs rules */
  asksMeasure: pattern.optional(),
  /** asks a measure's theme or outcome ("which theme is that under?"), rather than the measure itself */
  asksOfMeasure: z.strictObject({ theme: pattern, outcome: pattern }).optional(),
  /** asks what something means ("what does that mean?" after the maturity index): what the documents say it is */
  asksMeaning: pattern.optional(),
  /** asks what a figure of the documents means ("what does the 53% figure mean?"): group `figure` (or `figure2`) is it */
  asksFigureMeaning: pattern.optional(),
  /** asks what a thing is, by its name alone ("what is the trafford maturity index?"): its definition leads where the documents give one */
  asksWhatIs: pattern.optional(),
  /** asks what an abbreviation stands for ("what does TOMs stand for?"): group `abbr` (or `abbr2`) is it, as typed */
  asksSpelledOut: pattern.optional(),
  /** asks which items of the list just given ("which of those tick the environment theme?") */
  ofThose: pattern.optional(),
  /** asks whether another kind of contract changes the answer ("would it be any different if it was goods?") */
  categoryChange: pattern.optional(),
  /** names the kind of contract it is not ("goods rather than a service"): not the category asked about */
  categoryContrast: pattern.optional(),
  /** asks whether a rule binds the one asking ("does central government's 10% apply to us?") */
  appliesAsk: pattern.optional(),
  /**
   * Asks whether something is assured outright (`ask`: "does CWaC guarantee every care leaver a job?");
   * `condition`: the words of a sentence that makes it depend on something ("if they request this help").
   */
  asksGuarantee: z.strictObject({ ask: pattern, condition: pattern }).optional(),
  /**
   * Asks whether the council can make bidders commit to one measure (`ask`: "can CWaC make every bidder
   * commit to one specific TOM?"); `rule`: the words of a rule that leaves the choice to bidders
   * ("non-prescriptive"); `plans`: the words of what the documents plan on targeting measures, searched for.
   */
  asksPrescribe: z.strictObject({ ask: pattern, rule: pattern, plans: z.string().min(1) }).optional(),
  /**
   * When a statement is a plain yes to a question it answers: `hedges`, words that deny, hedge or narrow
   * it ("not", "would", "proposed", "whether"); `obligation`, words of a duty ("need", "must"): a
   * question asking about one is a plain yes only to a statement that says one; `request`, a question
   * that asks for something ("can you show me …"), which is not answered yes or no; `future`, a
   * question of what the council is going to do ("are we going to make suppliers have …?"), which a
   * proposal answers.
   */
  plainYes: z.strictObject({ hedges: pattern, obligation: pattern, request: pattern, future: pattern.optional() }).optional(),
  otherCouncils: z.array(z.string().min(2)),
  councilQualifiers: pattern,
  /** asks what can be done when a supplier does not deliver ("any comeback?"): answered from the rules on all of `subjects`, not one */
  asksRemedy: z.strictObject({ pattern, subjects: z.array(z.enum(SUBJECT_IDS)).min(2) }).optional(),
  /** a comparative ("is that more than …"): with a council's name right after it, the question compares councils */
  comparedWith: pattern.optional(),
  /**
   * `errand`: asks the assistant to do something rather than answer ("can you book me a meeting room …");
   * `asksAfter`: a question that follows a courtesy ("ok thanks. different thing, how many …").
   */
  smalltalk: z.strictObject({ help: pattern, thanks: pattern, goodbye: pattern, errand: pattern, asksAfter: pattern }),
  setCouncil: pattern,
  whichCouncil: pattern,
  featureQuestions: z.strictObject({ checklist: pattern }),
  stopwords: z.array(z.string().min(1)),
  /** words that mean the same when searching the documents ("people", "individuals") */
  synonyms: z.array(z.array(z.string().min(1)).min(2)),
  /** phrases that name the same thing, for a council whose documents use one and not the other ("case studies", "examples") */
  phraseSynonyms: z.array(z.array(z.string().min(2)).min(2)).default([]),
  /** short forms officers type, read as the words the documents use ("gm": "greater manchester") */
  abbreviations: z.record(z.string().regex(/^[a-z0-9&]+$/), z.string().min(1)).default({}),
  /** asks what someone said or thought ("what did suppliers say about the weighting?"): the documents' words answer, not the rule */
  asksWhatSaid: pattern.optional(),
  /** what a skip is of, in the group "skipped" ("skip toms reporting", "leave the portal out"): a subject named there is what is skipped */
  skipsSubject: pattern.optional(),
  /** everyday workplace matters no policy covers ("any good places for lunch near the town hall?", "is the car park open?"): the pointer, not the documents' nearest words */
  unrelated: pattern.optional(),
  /** asks what the things it names are ("what are the three corporate priorities?", "list the …"): a passage that only uses their name does not answer it */
  asksItems: pattern.optional(),
  /** a clause that asks the same of the officer's own council ("and where are we?", "what about us?") */
  asksOwnCouncil: pattern.optional(),
  /** how a message begins that says it asks something new ("different one.", "new question -"): no council carried into it */
  startsAfresh: pattern.optional(),
  /** says where the officer works, right before a council's name ("I'm at Trafford - what weighting …") */
  worksAt: pattern.optional(),
  /** how a sentence begins that goes on about what the one before it named ("It comprises of …" after "The Round Table is …") */
  goesOnAbout: pattern.optional(),
  /** a follow-up that adds a thing asked of the same contract ("does it need to go on the portal too?"): "same for cwac?" then asks both */
  addsAsk: pattern.optional(),
  /** how a clause of a longer message begins when it asks something ("who …", "is …"), and when it adds to the one before ("including …") */
  clauses: z.strictObject({ asks: pattern, continues: pattern }),
  /** a question word wherever it is in a clause (`any`: "… roughly how many people does it employ"), and how a clause begins that asks outright (`opens`) */
  questionWords: z.strictObject({ any: pattern, opens: pattern }).optional(),
  /**
   * Asks a count (`ask`: "how many"), of a group the question names (`ofGroup`: "of the", "of those"),
   * which the question then narrows (`partOf`: "… newcomers who went to the event"). Pieces of one
   * pattern, in that order; no capturing groups. `ofThem`: a group named before ("how many of them got
   * jobs?"), so a part of it, and nothing after it is what is counted. `vague`: words that count without
   * a number ("a number of"), what the documents say where they give none.
   */
  howMany: z.strictObject({ ask: pattern, ofGroup: pattern, partOf: pattern, ofThem: pattern.optional(), vague: pattern.optional() }).optional(),
  /** the words after a thing's name that go on to say what its items are ("the priorities are …", "themes include …"); alternatives, no group */
  namesItems: pattern.optional(),
  /**
   * A short follow-up that asks of the last answer: where the documents say it (`source`: "where does it
   * say that?"), or why (`reason`: "why?"); `reasonCue`: the words of a sentence that gives a reason;
   * `contextCue`: those of the cues that give only its context ("in line with …"), not its purpose;
   * `ofFigure`: a question of its own that asks why a council's weighting is its figure ("why does
   * stockport use 15%?"), answered as "why 15%?" is after that council's weighting.
   */
  refersBack: z.strictObject({ source: pattern, reason: pattern, reasonCue: pattern, contextCue: pattern.optional(), level: pattern.optional(), ofFigure: pattern.optional() }).optional(),
  /** ways of asking read as the documents' words ("who is on it?": "who are the members on it?") */
  rephrase: z.array(z.strictObject({ pattern, as: z.string().min(1) })).default([]),
});

export interface NotGiven {
  id: string;
  re: RegExp;
  about: string;
  says?: string;
  near?: string;
  /** the words the documents name it in, word for word ("5 STAR Measures"): their sentence is the nearest they come */
  writes?: string;
  /** what a passage that does give it carries */
  shows?: RegExp;
  /** what a sentence of the subject's curated answer carries when it gives it */
  leads?: RegExp;
  /** the subject whose curated topic gives it, where a council's does */
  givenBy?: Subject;
  /** the subject whose curated answer gives it where it `shows` it (Trafford's maturity level); one that does not is said so, beside the councils whose answers do */
  shownBy?: Subject;
  /** said of a council whose pack has no such topic: the thing itself is not in its documents ("mention a social value fund") */
  absent?: string;
  /** what one is called, when the documents give one only in a passage of their own ("email address") */
  elsewhere?: string;
  /** the words that only ask it ("live", "yet"): the rest names what the documents are searched for */
  asking?: RegExp;
  /** a fact of the council, not of a contract ("how much is in the fund?"): a contract asked about before is not carried to it */
  ofCouncil?: true;
}

/** The vocabulary with every pattern compiled. */
export interface Vocabulary {
  subjects: { id: Subject; re: RegExp; whereSaid?: RegExp }[];
  categories: { id: 'goods' | 'services' | 'works'; re: RegExp; unless?: RegExp }[];
  competitive: { no: RegExp; yes: RegExp };
  followUp: RegExp;
  sameAsBefore: RegExp;
  latestPeriod?: RegExp;
  asksUse?: { ask: RegExp; says: RegExp };
  asksWhen?: { ask: RegExp; says: RegExp };
  asksPeriodOnly?: { ask: RegExp; says: RegExp };
  asksIssue?: RegExp;
  asksFallsShort?: RegExp;
  asksTooLow?: RegExp;
  asksSame?: RegExp;
  /** "why do they need a co-ordinator …?": asked of those the last answer was about */
  asksOfThem?: RegExp;
  saysOwnCouncil?: RegExp;
  figuresReferred?: RegExp;
  asksThresholdValue?: RegExp;
  thresholdReferred?: { before: RegExp; after: RegExp };
  asksAccept?: RegExp;
  asksApprover?: RegExp;
  citesNational?: RegExp;
  differenceBetween?: RegExp;
  /** "is social value mandatory in Trafford?": whether social value must be included at all */
  asksMandatory?: RegExp;
  /** "my manager reckons we don't need SV … is she right?": `says` the claim, `check` the asking (group 1 who said it) */
  claimsNoNeed?: { says: RegExp; check: RegExp };
  /** "is food poverty one of our priority themes?": its first group is the thing asked about */
  asksOneOf?: RegExp;
  asksSupport?: { ask: RegExp; list: RegExp };
  councilChange: RegExp;
  /** a weighting the officer proposes (figure) and asks to have judged (judgement); need: "do I need 15%?" */
  verdict: {
    figure: RegExp;
    /** every figure in a message, to pick the one proposed when there are several */
    figures: RegExp;
    /** a figure the officer compares against, by the words before it (ending there) or after it (starting there) */
    reference?: { before: RegExp; after: RegExp };
    /** the words just before the figure proposed (ending there): "put it at 15%", "up to 15%" */
    proposed?: RegExp;
    /** asks to go below a figure ("can I go lower than 15%?", "lower than that"): group 1 the figure, when given */
    below?: RegExp;
    /** a bare number said as a weighting ("is 15 enough or … go 20"): group 1 the figure; global */
    bare?: RegExp;
    dropAsk?: RegExp;
    judgement: RegExp;
    need: RegExp;
    tooMuch: RegExp;
    applies: RegExp;
    /** an evaluation split ("quality 60 / price 30 / social value 10"): the criteria it names (alternatives, no group), and which is social value */
    split?: { criteria: string; socialValue: RegExp };
  };
  /**
   * Things the documents may not give. `says`: what they do not do, as a whole sentence's verb ("set a
   * social value rule for grants"); `near`: words to find what they say nearest to it.
   */
  notGiven: NotGiven[];
  /** a kind of figure asked for ("how many …") and what an answer that gives it shows */
  /** `occurs`: asked how often a thing happens ("meet"), the figure must be said of its happening */
  asksFigure: { re: RegExp; shows: RegExp; about: string; counted?: true; share?: true; threshold?: true; named?: true; asking?: RegExp; occurs?: RegExp }[];
  asksYesNo: RegExp;
  /** asks leave, not whether something is set */
  asksPermission?: RegExp;
  /** says the rule does not apply: the answer agrees ("Right") or not ("Not so"), not yes or no */
  negatedAsk?: RegExp;
  /** asks what, which or how: the answer leads with the thing asked for, not a yes or no */
  asksWhat?: RegExp;
  /** asks for a TOMs measure by what it counts: the catalogue's measures answer it */
  asksMeasure?: RegExp;
  /** asks a measure's theme or outcome: the answer leads with it */
  asksOfMeasure?: { theme: RegExp; outcome: RegExp };
  /** asks what something means: the documents' words for what it is lead */
  asksMeaning?: RegExp;
  /** asks what a figure of the documents means: the sentences that give it answer */
  asksFigureMeaning?: RegExp;
  asksWhatIs?: RegExp;
  /** asks what an abbreviation stands for: the documents' own spelling out answers */
  asksSpelledOut?: RegExp;
  /** asks which items of the list just given */
  ofThose?: RegExp;
  /** asks whether another kind of contract changes the answer */
  categoryChange?: RegExp;
  /** names the kind of contract it is not ("rather than a service") */
  categoryContrast?: RegExp;
  /** asks whether a rule binds the one asking ("does central government's 10% apply to us?") */
  appliesAsk?: RegExp;
  /** when a statement is a plain yes to a question it answers: no hedge in it, and a duty when one is asked about */
  plainYes?: { hedges: RegExp; obligation: RegExp; request: RegExp; future?: RegExp };
  /** asks whether something is assured outright; the words of a sentence that makes it conditional */
  asksGuarantee?: { ask: RegExp; condition: RegExp };
  /** asks whether bidders can be made to commit to one measure; the words of a rule that leaves it to them; what is searched for their plans */
  asksPrescribe?: { ask: RegExp; rule: RegExp; plans: string };
  /** asks how current the documents are, or when they will be replaced */
  currencyAsk: RegExp;
  /** a comparative whose end, when a council's name follows it, compares councils ("is that more than Stockport?"); global, for matchAll */
  comparedWith?: RegExp;
  /** asks what can be done when a supplier does not deliver ("any comeback?"): the rules of all these subjects answer it */
  asksRemedy?: { re: RegExp; subjects: Subject[] };
  /** asks whether a document is out of date (a yes means it is), not whether it is current */
  currencyStale?: RegExp;
  /** asks whether a document was approved, ratified or adopted: what the documents record of it */
  currencyApproval?: RegExp;
  /** speaks of a newer version of a document as if there is one: that the documents hold none is the answer */
  currencyNewer?: RegExp;
  /** asks whether social value may be left out */
  skipAsk: RegExp;
  otherCouncils: string[];
  councilQualifiers: RegExp;
  smalltalk: { help: RegExp; thanks: RegExp; goodbye: RegExp; errand: RegExp; asksAfter: RegExp };
  setCouncil: RegExp;
  whichCouncil: RegExp;
  featureQuestions: { checklist: RegExp };
  /** short forms and what they stand for, lower case */
  abbreviations: ReadonlyMap<string, string>;
  asksWhatSaid?: RegExp;
  unrelated?: RegExp;
  skipsSubject?: RegExp;
  asksItems?: RegExp;
  /** a clause that asks the same of the officer's own council ("and where are we?", "what about us?") */
  asksOwnCouncil?: RegExp;
  /** how a message begins that says it asks something new ("different one.", "new question -") */
  startsAfresh?: RegExp;
  worksAt?: RegExp;
  /** how a sentence begins that goes on about what the one before it named ("It comprises of …") */
  goesOnAbout?: RegExp;
  addsAsk?: RegExp;
  clauses: { asks: RegExp; continues: RegExp };
  questionWords?: { any: RegExp; opens: RegExp };
  /** `partOf`: a count of part of a group the question names; `counted`: what a count asks for (group `counted`, to the end); `vague`: a count with no number */
  howMany?: { partOf: RegExp; counted: RegExp; vague?: RegExp };
  /** the words after a name that say what its items are, as alternatives to build a pattern with the name */
  namesItems?: string;
  /** asks of the last answer where the documents say it, or why; `reasonCues`: `reasonCue` made global, for matchAll */
  /** `level`: a reason asked of how high or low the last answer's figure is ("why so low?") */
  refersBack?: { source: RegExp; reason: RegExp; reasonCue: RegExp; reasonCues: RegExp; contextCue?: RegExp; level?: RegExp; ofFigure?: RegExp };
  rephrase: readonly { re: RegExp; as: string }[];
  stopwords: ReadonlySet<string>;
  synonyms: readonly (readonly string[])[];
  /** phrases that name the same thing: a council's documents may use only one of them */
  phraseSynonyms: readonly (readonly string[])[];
}

export function compileVocabulary(raw: unknown, prefix = 'vocabulary'): Vocabulary {
  const parsed = VocabularySchema.safeParse(raw);
  if (!parsed.success) {
    throw new PolicyDataError(issueLines(parsed.error.issues, prefix));
  }
  const v = parsed.data;
  const re = (source: string) => new RegExp(source);
  return {
    subjects: v.subjects.map((s) => ({ id: s.id, re: re(s.pattern), ...(s.whereSaid ? { whereSaid: new RegExp(s.whereSaid, 'g') } : {}) })),
    categories: v.categories.map((c) => ({ id: c.id, re: re(c.pattern), ...(c.unless ? { unless: re(c.unless) } : {}) })),
    competitive: { no: re(v.competitive.no), yes: re(v.competitive.yes) },
    followUp: re(v.followUp),
    sameAsBefore: re(v.sameAsBefore),
    ...(v.latestPeriod ? { latestPeriod: re(v.latestPeriod) } : {}),
    ...(v.asksUse ? { asksUse: { ask: re(v.asksUse.ask), says: new RegExp(v.asksUse.says, 'i') } } : {}),
    ...(v.asksWhen ? { asksWhen: { ask: re(v.asksWhen.ask), says: new RegExp(v.asksWhen.says, 'i') } } : {}),
    ...(v.asksPeriodOnly ? { asksPeriodOnly: { ask: re(v.asksPeriodOnly.ask), says: new RegExp(v.asksPeriodOnly.says, 'i') } } : {}),
    ...(v.asksIssue ? { asksIssue: re(v.asksIssue) } : {}),
    ...(v.asksFallsShort ? { asksFallsShort: re(v.asksFallsShort) } : {}),
    ...(v.asksTooLow ? { asksTooLow: re(v.asksTooLow) } : {}),
    ...(v.asksSame ? { asksSame: re(v.asksSame) } : {}),
    ...(v.asksOfThem ? { asksOfThem: re(v.asksOfThem) } : {}),
    ...(v.saysOwnCouncil ? { saysOwnCouncil: re(v.saysOwnCouncil) } : {}),
    ...(v.figuresReferred ? { figuresReferred: re(v.figuresReferred) } : {}),
    ...(v.asksThresholdValue ? { asksThresholdValue: re(v.asksThresholdValue) } : {}),
    ...(v.thresholdReferred ? { thresholdReferred: { before: re(v.thresholdReferred.before), after: re(v.thresholdReferred.after) } } : {}),
    ...(v.asksAccept ? { asksAccept: re(v.asksAccept) } : {}),
    ...(v.asksApprover ? { asksApprover: re(v.asksApprover) } : {}),
    ...(v.citesNational ? { citesNational: re(v.citesNational) } : {}),
    ...(v.differenceBetween ? { differenceBetween: re(v.differenceBetween) } : {}),
    ...(v.asksMandatory ? { asksMandatory: re(v.asksMandatory) } : {}),
    ...(v.claimsNoNeed ? { claimsNoNeed: { says: re(v.claimsNoNeed.says), check: re(v.claimsNoNeed.check) } } : {}),
    ...(v.asksOneOf ? { asksOneOf: re(v.asksOneOf) } : {}),
    ...(v.asksSupport ? { asksSupport: { ask: re(v.asksSupport.ask), list: new RegExp(v.asksSupport.list, 'i') } } : {}),
    councilChange: re(v.councilChange),
    verdict: {
      figure: re(v.verdict.figure),
      figures: new RegExp(v.verdict.figure, 'g'),
      ...(v.verdict.reference ? { reference: { before: re(v.verdict.reference.before), after: re(v.verdict.reference.after) } } : {}),
      ...(v.verdict.proposed ? { proposed: re(v.verdict.proposed) } : {}),
      ...(v.verdict.below ? { below: re(v.verdict.below) } : {}),
      ...(v.verdict.bare ? { bare: new RegExp(v.verdict.bare, 'g') } : {}),
      ...(v.verdict.dropAsk ? { dropAsk: re(v.verdict.dropAsk) } : {}),
      judgement: re(v.verdict.judgement),
      need: re(v.verdict.need),
      tooMuch: re(v.verdict.tooMuch),
      applies: re(v.verdict.applies),
      ...(v.verdict.split ? { split: { criteria: v.verdict.split.criteria, socialValue: new RegExp(`^(?:${v.verdict.split.socialValue})$`) } } : {}),
    },
    notGiven: v.notGiven.map((n) => ({ id: n.id, re: re(n.pattern), about: n.about, ...(n.says ? { says: n.says } : {}), ...(n.near ? { near: n.near } : {}), ...(n.writes ? { writes: n.writes } : {}), ...(n.shows ? { shows: new RegExp(n.shows, 'i') } : {}), ...(n.leads ? { leads: new RegExp(n.leads, 'i') } : {}), ...(n.givenBy ? { givenBy: n.givenBy } : {}), ...(n.shownBy ? { shownBy: n.shownBy } : {}), ...(n.absent ? { absent: n.absent } : {}), ...(n.elsewhere ? { elsewhere: n.elsewhere } : {}), ...(n.asking ? { asking: new RegExp(n.asking, 'gi') } : {}), ...(n.ofCouncil ? { ofCouncil: true as const } : {}) })),
    currencyAsk: re(v.currencyAsk),
    ...(v.currencyStale ? { currencyStale: re(v.currencyStale) } : {}),
    ...(v.currencyApproval ? { currencyApproval: re(v.currencyApproval) } : {}),
    ...(v.currencyNewer ? { currencyNewer: re(v.currencyNewer) } : {}),
    skipAsk: re(v.skipAsk),
    asksFigure: v.asksFigure.map((a) => ({ re: re(a.pattern), shows: new RegExp(a.shows, 'i'), about: a.about, ...(a.counted ? { counted: true as const } : {}), ...(a.share ? { share: true as const } : {}), ...(a.threshold ? { threshold: true as const } : {}), ...(a.named ? { named: true as const } : {}), ...(a.asking ? { asking: new RegExp(a.asking, 'gi') } : {}), ...(a.occurs ? { occurs: new RegExp(a.occurs, 'i') } : {}) })),
    asksYesNo: re(v.asksYesNo),
    ...(v.asksWhat ? { asksWhat: re(v.asksWhat) } : {}),
    ...(v.asksMeasure ? { asksMeasure: re(v.asksMeasure) } : {}),
    ...(v.negatedAsk ? { negatedAsk: re(v.negatedAsk) } : {}),
    ...(v.asksPermission ? { asksPermission: re(v.asksPermission) } : {}),
    ...(v.asksOfMeasure ? { asksOfMeasure: { theme: re(v.asksOfMeasure.theme), outcome: re(v.asksOfMeasure.outcome) } } : {}),
    ...(v.asksMeaning ? { asksMeaning: re(v.asksMeaning) } : {}),
    ...(v.asksFigureMeaning ? { asksFigureMeaning: re(v.asksFigureMeaning) } : {}),
    ...(v.asksWhatIs ? { asksWhatIs: re(v.asksWhatIs) } : {}),
    ...(v.asksSpelledOut ? { asksSpelledOut: re(v.asksSpelledOut) } : {}),
    ...(v.ofThose ? { ofThose: re(v.ofThose) } : {}),
    ...(v.categoryChange ? { categoryChange: re(v.categoryChange) } : {}),
    ...(v.categoryContrast ? { categoryContrast: new RegExp(v.categoryContrast, 'gi') } : {}),
    ...(v.appliesAsk ? { appliesAsk: re(v.appliesAsk) } : {}),
    ...(v.asksGuarantee ? { asksGuarantee: { ask: re(v.asksGuarantee.ask), condition: new RegExp(v.asksGuarantee.condition, 'i') } } : {}),
    ...(v.asksPrescribe ? { asksPrescribe: { ask: re(v.asksPrescribe.ask), rule: new RegExp(v.asksPrescribe.rule, 'i'), plans: v.asksPrescribe.plans } } : {}),
    ...(v.plainYes ? { plainYes: { hedges: re(v.plainYes.hedges), obligation: re(v.plainYes.obligation), request: re(v.plainYes.request), ...(v.plainYes.future ? { future: re(v.plainYes.future) } : {}) } } : {}),
    otherCouncils: v.otherCouncils,
    councilQualifiers: re(v.councilQualifiers),
    smalltalk: { help: re(v.smalltalk.help), thanks: re(v.smalltalk.thanks), goodbye: re(v.smalltalk.goodbye), errand: re(v.smalltalk.errand), asksAfter: re(v.smalltalk.asksAfter) },
    setCouncil: re(v.setCouncil),
    whichCouncil: re(v.whichCouncil),
    ...(v.comparedWith ? { comparedWith: new RegExp(v.comparedWith, 'g') } : {}),
    ...(v.asksRemedy ? { asksRemedy: { re: re(v.asksRemedy.pattern), subjects: v.asksRemedy.subjects } } : {}),
    featureQuestions: { checklist: re(v.featureQuestions.checklist) },
    stopwords: new Set(v.stopwords),
    synonyms: v.synonyms,
    phraseSynonyms: v.phraseSynonyms,
    abbreviations: new Map(Object.entries(v.abbreviations)),
    rephrase: v.rephrase.map((r) => ({ re: new RegExp(r.pattern, 'gi'), as: r.as })),
    ...(v.asksWhatSaid ? { asksWhatSaid: re(v.asksWhatSaid) } : {}),
    ...(v.unrelated ? { unrelated: re(v.unrelated) } : {}),
    ...(v.skipsSubject ? { skipsSubject: re(v.skipsSubject) } : {}),
    ...(v.asksItems ? { asksItems: re(v.asksItems) } : {}),
    ...(v.asksOwnCouncil ? { asksOwnCouncil: re(v.asksOwnCouncil) } : {}),
    ...(v.startsAfresh ? { startsAfresh: re(v.startsAfresh) } : {}),
    ...(v.worksAt ? { worksAt: re(v.worksAt) } : {}),
    ...(v.goesOnAbout ? { goesOnAbout: new RegExp(v.goesOnAbout, 'i') } : {}),
    ...(v.addsAsk ? { addsAsk: re(v.addsAsk) } : {}),
    clauses: { asks: re(v.clauses.asks), continues: re(v.clauses.continues) },
    ...(v.questionWords ? { questionWords: { any: re(v.questionWords.any), opens: re(v.questionWords.opens) } } : {}),
    ...(v.namesItems ? { namesItems: v.namesItems } : {}),
    ...(v.howMany ? { howMany: howManyOf(v.howMany) } : {}),
    ...(v.refersBack ? { refersBack: { source: re(v.refersBack.source), reason: re(v.refersBack.reason), reasonCue: new RegExp(v.refersBack.reasonCue, 'i'), reasonCues: new RegExp(v.refersBack.reasonCue, 'gi'), ...(v.refersBack.contextCue ? { contextCue: new RegExp(v.refersBack.contextCue, 'gi') } : {}), ...(v.refersBack.level ? { level: re(v.refersBack.level) } : {}), ...(v.refersBack.ofFigure ? { ofFigure: re(v.refersBack.ofFigure) } : {}) } } : {}),
  };
}

export function loadVocabulary(dataDir: string): Vocabulary {
  const file = join(dataDir, 'vocabulary.json');
  const read = readJsonFile(file, 'vocabulary');
  if (!read.ok) throw new PolicyDataError([read.problem]);
  return compileVocabulary(read.value);
}

/** "How many …" read as a count of part of a group (`partOf`) and as what it counts (group `counted`; none of "them"). */
function howManyOf(h: { ask: string; ofGroup: string; partOf: string; ofThem?: string | undefined; vague?: string | undefined }): { partOf: RegExp; counted: RegExp; vague?: RegExp } {
  const them = h.ofThem ? `|(?:${h.ofThem})` : '';
  const notThem = h.ofThem ? `(?!${h.ofThem})` : '';
  return {
    partOf: new RegExp(`(?:${h.ask}) (?:(?:${h.ofGroup})(?:${h.partOf})${them})`, 'i'),
    counted: new RegExp(`(?:${h.ask})\\s+${notThem}(?:${h.ofGroup})?(?<counted>.*)$`, 'i'),
    ...(h.vague ? { vague: new RegExp(h.vague, 'i') } : {}),
  };
}
