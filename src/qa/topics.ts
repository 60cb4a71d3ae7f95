/**
 * What a council's documents say on a subject: the curated topic, else a quoted passage, else a plain
 * "the documents do not say" with what they do say nearby.
 */
import { cite, documentLabel } from '../policy/citations.js';
import type { PolicyPack, TopicId, TopicPart } from '../policy/schema.js';
import { pointedAt } from '../understand/context.js';
import { clausesOf, withoutBackground, type Subject } from '../understand/question.js';
import type { Vocabulary } from '../understand/vocabulary.js';
import { notice, type Answer, type AnswerSection } from './answer.js';
import { NUMBER_WORDS, quotation, type Passage } from './passages.js';
import { lowerFirst, spacedWords } from '../text/case.js';
import { KIND_LABEL, TOPIC_RULES, topicName, uniq } from './phrases.js';
import { listNames } from '../text/lists.js';
import { forceOf, notRequired } from './weighting.js';

/** Whether the words asked include `w`, singular or plural. */
export function hasWord(asked: ReadonlySet<string>, w: string): boolean {
  return asked.has(w) || asked.has(w.replace(/s$/, '')) || asked.has(`${w}s`);
}

/**
 * How many of a heading's words the officer used ("themes" picks "Priority themes" over "Priority cohorts").
 * `common`: words of the topic's own title, which say less about which of its lists is meant ("what themes
 * does the action plan focus on?" asks for "Themes", not "The action plan also includes"): each counts 0.4.
 */
function sharedWords(heading: string | undefined, asked: ReadonlySet<string>, common: ReadonlySet<string> = new Set()): number {
  const words = heading?.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  return words.filter((w) => hasWord(asked, w)).reduce((n, w) => n + (common.has(w) ? 0.4 : 1), 0);
}

/**
 * The part whose own words (heading and text) carry more of the question's than the topic's first part
 * does; undefined when none does. `uninformative`: plain forms of words that say nothing of which part.
 */
function partSaying(parts: readonly TopicPart[], asked: string, uninformative: ReadonlySet<string>): TopicPart | undefined {
  const words = new Set((asked.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord).filter((w) => !uninformative.has(w)));
  const carried = (p: TopicPart) => new Set((`${p.heading ?? ''} ${p.text ?? ''}`.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord).filter((w) => words.has(w))).size;
  const [head, ...rest] = parts;
  if (!head) return undefined;
  return rest.reduce<TopicPart | undefined>((a, p) => (carried(p) > (a ? carried(a) : carried(head)) ? p : a), undefined);
}

/**
 * A word's plain form, enough that "launches" meets "Launch", "leads" meets "lead", "make" meets
 * "making" and "small" meets "smaller".
 */
export const plainWord = (w: string) => w.replace(/(ing|es|ed|s)$/, '').replace(/(er|e)$/, '');

/** A heading's own words, its count aside ("The seven broad priorities": broad, priorities). */
const headingWords = (heading: string | undefined) => (heading?.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !NUMBER_WORDS.has(w)).map(plainWord);

/** An amount in pounds as typed ("£24m", "£25,768,467"). */
const POUNDS = /£\s?\d[\d,.]*(?:\s?(?:bn|m|k)\b)?/gi;

/** A year: with the vocabulary's words for a month or how often, a text that says when. */
const SAYS_YEAR = /\b(19|20)\d\d\b/;

/** Words typed, a dash between them aside ("cwac action plan - when's …"). */
const wordsIn = (text: string) => (text.match(/[a-z0-9][a-z0-9'’-]*/gi) ?? []).length;

/** The officer named a list: they used most of its heading's words ("which priority cohorts …?"). */
function namesHeading(heading: string | undefined, asked: ReadonlySet<string>, common?: ReadonlySet<string>): heading is string {
  const own = telling(headingWords(heading), common);
  const plain = new Set([...asked].map(plainWord));
  return own.length > 0 && own.filter((w) => plain.has(w)).length * 2 >= own.length;
}

/** A list the answer's first line gives whole, that the clause names ("… are there set themes too?"): that part is answered. */
export function namesListLed(answer: Answer, clause: string): boolean {
  const words = new Set(clause.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return answer.sections.some((s) => s.items !== undefined && s.items.length > 0 && s.items.every((i) => answer.headline.includes(i)) && namesHeading(s.heading, words));
}

/**
 * The words a question word asks for name the list ("what minimum standards do bidders have to meet
 * before …?", "what are stockport's priority cohorts for SV? need them for a spec"): asked for whatever
 * else the message goes on to say, and however long it is.
 */
function asksForHeading(heading: string | undefined, asked: string, common?: ReadonlySet<string>): boolean {
  const after = /\b(?:what|which)\s+((?:[a-z'’-]+\s+){0,4}[a-z'’-]+)/.exec(asked.toLowerCase())?.[1];
  if (after === undefined) return false;
  // "Environmental activities the Council would like to see": what the list is of, not who wants it.
  const own = telling(headingWords(heading).filter((w) => !HEADING_FILLER.has(w)), common);
  const typed = new Set((after.match(/[a-z]{4,}/g) ?? []).map(plainWord));
  return own.length > 0 && own.filter((w) => typed.has(w)).length * 2 >= own.length;
}

/**
 * A list heading's words less those of its topic's title (`common`, plain forms), which every list of
 * the topic shares ("Support for suppliers" in "What Stockport expects of suppliers on carbon" is named
 * by "support"); all of them where the heading is only title words ("Priority cohorts").
 */
function telling(own: string[], common: ReadonlySet<string> = new Set()): string[] {
  const rest = own.filter((w) => !common.has(w));
  // "The seven broad priorities" is named by "priorities": its other words only count or describe them.
  return rest.length > 0 && !rest.every((w) => DESCRIBING.has(w)) ? rest : own;
}

/** Words that count or describe a list's things rather than name them (plain forms). */
const DESCRIBING = new Set(['three', 'four', 'five', 'seven', 'eight', 'nine', 'broad', 'main', 'core', 'overall', 'general', 'shared', 'current', 'other'].map(plainWord));

/** A heading's words that say who wants or gives a list, not what it is of (their plain forms). */
const HEADING_FILLER = new Set(['council', 'councils', 'would', 'like', 'wants', 'their', 'from', 'with', 'this', 'that'].map(plainWord));

/**
 * A list's name as the first line gives it: the council's own where the heading names part of what the
 * topic is about ("Stockport's priority themes", of "Stockport's priority cohorts and themes"), is a
 * rule's (no topic title) or is one the answer names already (`named`); else the heading as it stands
 * ("Objectives", of the steering group, not the council's).
 */
function listName(council: string, heading: string | undefined, title: string | undefined, named: boolean): string {
  if (!heading) return `${council}'s list`;
  const inTitle = new Set(headingWords(title));
  const own = heading.replace(/^the\s+/i, '');
  const possessive = named || title === undefined || headingWords(heading).every((w) => inTitle.has(w));
  // A name the title writes capitalised stays so ("Trafford's Charter principles").
  const first = own.split(/\s/)[0]!;
  const lower = title?.includes(` ${first} `) ? own : lowerFirst(own);
  return possessive ? `${council}'s ${lower}` : heading;
}

/**
 * The items of a topic's lists that the officer's words pick out ("when does the measurement tool
 * launch?": "Launch social value measurement tool: September 2021"): two words or more in common,
 * the title's own words aside; the best-matching items only.
 */
function pickedItems(t: ListedTopic, asked: string): string[] {
  return underHeading(scoredItems(t, asked));
}

type ListedTopic = { title: string; parts: { heading?: string; items?: string[] }[] };
type Picked = { item: string; heading: string | undefined };

/**
 * Items of one list are shown under its heading, as the list introduces them ("Priorities for the
 * next 12 months: Complete year 2 of the Real Living Wage action plan").
 */
function underHeading(best: readonly Picked[]): string[] {
  const heading = best[0]?.heading;
  return heading && best.every((b) => b.heading === heading) ? [`${heading}: ${best.map((b) => b.item).join('; ')}`] : best.map((b) => b.item);
}

/**
 * "how many apprenticeships, and how many of those for disadvantaged people?": in a message that asks
 * several short things, each clause's items, in the order asked. A clause whose words name no item
 * outright takes the one that shares its word and adds fewest others ("503 weeks of apprenticeships on
 * contracts"; the next clause asks for "… for disadvantaged people"). Undefined unless every clause
 * picks an item and one names its own outright.
 */
function pickedByClause(t: ListedTopic, asked: string): string[] | undefined {
  const clauses = clausesOf(asked);
  if (clauses.length < 2 || clauses.some((c) => c.split(/\s+/).length > 16)) return undefined;
  const outright = clauses.map((c) => scoredItems(t, c));
  if (outright.every((p) => p.length === 0)) return undefined;
  const each = clauses.map((c, i) => (outright[i]!.length > 0 ? outright[i]! : scoredItems(t, c, true)));
  if (each.some((p) => p.length === 0)) return undefined;
  const all = each.flat().filter((p, i, ps) => ps.findIndex((x) => x.item === p.item) === i);
  return all.length > 1 ? underHeading(all) : undefined;
}

/**
 * The items of a topic's lists on another subject the officer names ("training" of the action plan):
 * some of the lists' items, not all, that the subject's own words match; none where no subject does.
 */
function itemsOnSubject(subjects: Vocabulary['subjects'], t: ListedTopic, subject: Subject, on: readonly Subject[]): string[] {
  const items: Picked[] = t.parts.flatMap((p) => (p.items ?? []).map((item) => ({ item, heading: p.heading })));
  for (const other of subjects.filter((s) => s.id !== subject && on.includes(s.id))) {
    const found = items.filter((i) => other.re.test(i.item.toLowerCase()));
    if (found.length === 0 || found.length === items.length) continue;
    if (found.every((f) => f.heading === found[0]!.heading)) return underHeading(found);
    // From several lists: each under its list's heading where the item has no label of its own
    // ("Procurement … (Procurement Manager): Training and awareness raising …: August 2021").
    return found.map((f) => (f.heading && !/^[A-Z][^:]{2,40}:\s/.test(f.item) ? `${f.heading}: ${f.item}` : f.item));
  }
  return [];
}

/** `closest`: with no item named outright, the one item sharing the most words and adding the fewest. */
function scoredItems(t: ListedTopic, asked: string, closest = false): Picked[] {
  const common = new Set((t.title.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord));
  // Words that ask rather than name are left out as typed: their plain forms ("valu", "n" of "need") say nothing.
  const asking = new Set(['social', 'value', 'what', 'when', 'does', 'which', 'with', 'that', 'they', 'their', 'there', 'about', 'need', 'needs']);
  const words = new Set((asked.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !asking.has(w)).map(plainWord).filter((w) => !common.has(w)));
  // Two of the officer's words in the order typed ("care leavers") name an item; the same words apart ("social care … building") do not, so much.
  const typed = (asked.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord);
  const pairs = typed.slice(1).map((w, i) => `${typed[i]} ${w}`).filter((p) => p.split(' ').every((w) => words.has(w)));
  // "who put that training together?": the thing pointed at names the item, before a word of the rest ("together").
  const pointed = pointedAt(asked.toLowerCase())?.split(' ')[0];
  const paired = (item: string) => {
    const seq = (item.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord).join(' ');
    const isPointed = pointed !== undefined && pointed.length >= 4 && ` ${seq} `.includes(` ${plainWord(pointed)} `);
    return (pairs.some((p) => ` ${seq} `.includes(` ${p} `)) ? 0.5 : 0) + (isPointed ? 0.25 : 0);
  };
  const shared = (text: string) => new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord).filter((w) => words.has(w))).size;
  const scored = t.parts.flatMap((p) => (p.items ?? []).map((item) => ({ item, heading: p.heading, n: shared(item) + paired(item), named: shared(p.heading ?? '') })));
  const top = Math.max(0, ...scored.map((s) => s.n));
  if (closest) {
    if (top < 1) return [];
    const extra = (item: string) => (item.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord).filter((w) => !words.has(w)).length;
    const near = scored.filter((s) => s.n === top);
    const fewest = Math.min(...near.map((s) => extra(s.item)));
    const only = near.filter((s) => extra(s.item) === fewest);
    return only.length === 1 ? only : [];
  }
  // "what are the 5 toms themes in the stockport charter": a list whose heading names everything asked,
  // more than any item does, is the list asked for, whole.
  const headings = t.parts.filter((p) => p.items?.length).map((p) => ({ p, n: shared(p.heading ?? '') }));
  const headed = words.size >= 2 && words.size > top ? headings.filter((h) => h.n === words.size) : [];
  if (headed.length === 1) return headed[0]!.p.items!.map((item) => ({ item, heading: headed[0]!.p.heading }));
  // "whats in there on the employment side": one word that is the label items of a list start with
  // ("Employment: approval of the People Plan …") names those items, under that label.
  const labelOf = (item: string) => /^([A-Z][^:]{2,40}):\s+/.exec(item);
  const labelled = top < 2 ? scored.filter((s) => {
    const label = labelOf(s.item)?.[1];
    const own = (label?.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord);
    return own.length > 0 && own.every((w) => words.has(w));
  }) : [];
  // "who leads the staff awareness bits and when are they due": a label of two words or more typed as
  // written ("Staff Awareness: …") names its items, not one that only shares the words ("… awareness raising for … staff").
  const said = ` ${typed.join(' ')} `;
  const typedLabel = top >= 2 ? scored.filter((s) => {
    const own = (labelOf(s.item)?.[1]?.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord);
    return own.length >= 2 && said.includes(` ${own.join(' ')} `);
  }) : [];
  const byLabel = labelled.length > 0 ? labelled : typedLabel;
  if (byLabel.length > 0) return byLabel.map((s) => ({ item: s.item.slice(labelOf(s.item)![0].length), heading: labelOf(s.item)![1] }));
  // "reduced car miles and low emission vehicles?": items naming as many of the words each are all asked,
  // where the words come in two or more runs of the question ("… and …"); else words in the order typed break the tie.
  const runs = asked.toLowerCase().split(/\s+(?:and|&|plus|as well as)\s+/).length;
  const tied = top >= 2 ? scored.filter((s) => s.n === top || (runs > 1 && Math.floor(s.n) === Math.floor(top))) : [];
  // An item said in two lists ("Tackle the climate emergency"; "Tackling the climate emergency:
  // Environment") is the one whose list's heading the officer also named ("which themes …?").
  const named = Math.max(0, ...tied.map((s) => s.named));
  return tied.filter((s) => s.named === named).slice(0, 3);
}

/** The year a text is about, the first it names: "In 2022/23, … end between 2023 and 2027" is 2023; "since … 2019" is 2019. */
function periodYear(text: string): number | undefined {
  const m = /\b(20\d\d)(?:\s*\/\s*(\d\d))?\b/.exec(text);
  return m ? Number(m[2] ? `${m[1]!.slice(0, 2)}${m[2]}` : m[1]) : undefined;
}

/**
 * "And just for last year?" after the totals since 2019: the summary's sentences on the latest year
 * the topic reports (or on the year asked: "just in 22/23?"), and the parts on that year. None where
 * every sentence, or none, is on that year.
 */
function latestPeriod(summary: string, parts: readonly TopicPart[], year?: number): { sentences: string[]; parts: Set<TopicPart> } | undefined {
  const sentences = summary.split(/(?<=\.)\s+/);
  const years = sentences.map(periodYear);
  const top = year ?? Math.max(...years.map((y) => y ?? -Infinity));
  const picked = sentences.filter((_, i) => years[i] === top);
  if (!Number.isFinite(top) || picked.length === 0 || picked.length === sentences.length) return undefined;
  const said = (p: TopicPart) => [p.heading, p.text, ...(p.facts ?? []).map((f) => f.label)].join(' ');
  return { sentences: picked, parts: new Set(parts.filter((p) => periodYear(said(p)) === top)) };
}

/**
 * `asked`: the officer's words, so the list shown first is the one asked about. `latest`: the officer
 * asks for the latest period only ("just for last year"), or a year by when it ends ("just in 22/23": 2023), which then leads. `whole`: matches the heading
 * of a list the officer asks for whole ("what help is there …?": "Support for suppliers"), which leads
 * as it stands, whatever item the rest of their words name. `item`: the list item the last answer was
 * about, which a follow-up points at ("who leads that?"): it leads. `on`: the subjects the question is
 * on, where another than this one may pick the list's items ("the action plan … about training").
 */
export function topic(v: Pick<Vocabulary, 'asksWhen' | 'questionWords'> & Partial<Pick<Vocabulary, 'subjects'>>, pack: PolicyPack, subject: Subject, asked = '', latest: boolean | number = false, whole?: RegExp, item?: string, on?: readonly Subject[]): Answer | undefined {
  const name = pack.council.shortName;
  const t = pack.topics[subject as TopicId];
  const rules = rulesOn(pack, subject);
  if (!t && rules.length === 0) return undefined;
  // Without a topic summary the rules' statements make the headline; the sections then add only
  // what each applies to, its list and its source.
  // "Applies to: contract management." under "Contract management" says nothing: only a wording of its own is shown.
  const appliesTo = (r: (typeof rules)[number]) =>
    [KIND_LABEL[r.kind], topicName(subject)].some((n) => n.toLowerCase() === r.when.wording.toLowerCase()) ? '' : `Applies to: ${r.when.wording}.`;
  const ruleSections: AnswerSection[] = rules
    .map((r) => {
      // With no topic the headline is the rules' statements and a threshold is a fact of its own ("Payment
      // deductions: applies to contracts over £100,000"): a section saying it again is left out.
      const text = (t ? `${r.statement} ${appliesTo(r)}` : r.when.above || r.when.upTo ? '' : appliesTo(r)).trim();
      return {
        heading: `${KIND_LABEL[r.kind]}${r.status === 'proposed' ? ' (proposed)' : ''}`,
        ...(text ? { text } : {}),
        ...(r.items ? { items: r.items } : {}),
        source: cite(pack.documents, r.source).text,
      };
    })
    .filter((s) => s.text || s.items);
  const summary = t?.summary ?? rules.map((r) => `${r.statement}${r.when.above || r.when.upTo ? ` This applies to ${r.when.wording}.` : ''}`).join(' ');
  const recent = latest !== false && t ? latestPeriod(summary, t.parts, typeof latest === 'number' ? latest : undefined) : undefined;
  const parts = recent ? [...recent.parts, ...t!.parts.filter((p) => !recent.parts.has(p))] : (t?.parts ?? []);
  const topicSections: AnswerSection[] = parts.map((p) => ({
    ...(p.heading ? { heading: p.heading } : {}),
    ...(p.text ? { text: p.text } : {}),
    ...(p.items ? { items: p.items } : {}),
    ...(p.facts ? { facts: p.facts.map((f) => ({ title: f.label, value: f.value })) } : {}),
    source: cite(pack.documents, p.source).text,
  }));
  // "What are Stockport's priority cohorts?": the list is the answer, so it shows in the first view.
  const words = new Set(asked.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const lists = (t?.parts ?? []).filter((p) => p.items);
  const titled = new Set(t?.title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const titlePlain = new Set([...titled].map(plainWord));
  const best = lists.reduce<(typeof lists)[number] | undefined>((a, p) => (a === undefined || sharedWords(p.heading, words, titled) > sharedWords(a.heading, words, titled) ? p : a), undefined);
  // "what environmental stuff did suppliers deliver last yr": of the latest period's lists, the one the question names.
  const latestList = best && recent?.parts.has(best) && sharedWords(best.heading, words) > 0 ? best : lists.find((p) => recent?.parts.has(p));
  const wanted = whole ? lists.find((p) => p.heading !== undefined && whole.test(p.heading)) : undefined;
  const shown = wanted ?? latestList ?? (best && sharedWords(best.heading, words) > 0 ? best : t?.parts[0]);
  const list = shown?.items;
  // "who chairs the trafford sv steering group": no list asked for, the summary's fact is cited where a
  // part of the topic says it (4.3, "chaired by …"), not at the topic's first part (4.2, the objectives).
  // Words of the topic's title and of the council's document titles ("… sv report") say nothing of which part.
  const documentWords = () => pack.documents.flatMap((d) => documentLabel(d).toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord);
  const sayingPart = shown === t?.parts[0] && t ? partSaying(t.parts, asked, new Set([...titlePlain, ...documentWords()])) : undefined;
  const first = (sayingPart ?? shown)?.source ?? rules[0]?.source;
  // "… how often does the portal run training for suppliers and for our contract managers? and how many
  // CIPS qualified staff …": in a message that asks several things, the items one short clause picks
  // are what that clause asks (the rest is answered beside), so they lead as they would asked alone; a
  // clause's background ("presenting to the steering group tomorrow, what are …") picks none.
  const shortClause = asked.split(/\s+/).length > 16 && t ? clausesOf(asked).map((c) => withoutBackground(c, v)).find((c) => c.split(/\s+/).length <= 16 && pickedItems(t, c).length > 0) : undefined;
  const byClause = t && asked ? pickedByClause(t, asked) : undefined;
  const own = byClause ?? (t && asked ? pickedItems(t, shortClause ?? asked) : []);
  const pointed = item && own.length === 0 && t ? pickedItems(t, item) : [];
  // "what does cwac's action plan say about training": no item named word for word, but another subject
  // named picks the list's items on it ("… short training session … lunch-time learning slot").
  const onOther = own.length === 0 && pointed.length === 0 && t && on ? itemsOnSubject(v.subjects ?? [], t, subject, on) : [];
  const picked = pointed.length > 0 ? pointed : own.length > 0 ? own : onOther;
  // "Stockport's 5 core outcomes": a list the summary is not about leads, named as the documents name it.
  const other = shown && t && shown !== t.parts[0] && shown.heading && sharedWords(shown.heading, words) > sharedWords(summary, words) ? shown.heading : undefined;
  // "When was the measurement tool meant to be in place?": the items asked about are the answer, so they
  // lead; the topic's summary ("the action plan lists each action …") follows. In a long message the
  // words an item shares may be background ("small local firms"): the summary leads.
  // "What are Stockport's priority cohorts? need them for a spec": the list the question word names
  // leads, not an item other words happen to share. "When …?" is not answered by items without a date.
  // Items of that list itself ("what TOMs themes does the thriving economy outcome map to?") still lead.
  const ofShown = (x: string) => shown?.items?.some((i) => x.includes(i)) === true;
  const named = (asksForHeading(shown?.heading, asked, titlePlain) && !(picked.length > 0 && picked.every(ofShown))) || (rules.length === 1 && !t && asksForHeading(KIND_LABEL[rules[0]!.kind], asked));
  // "When are we making suppliers have a carbon reduction plan?": items that say no time ("New climate
  // change training for SMEs …") give way to the summary's dated sentence sharing most of the asked words.
  const asksWhen = v.asksWhen?.ask.test(asked.toLowerCase()) === true;
  const saysWhen = (text: string) => SAYS_YEAR.test(text) || v.asksWhen?.says.test(text) === true;
  // "Is our net zero target 2030 or 2038?": the summary's sentences that name the years asked about lead.
  const years = asked.match(/\b20\d\d\b/g) ?? [];
  const sentences = summary.split(/(?<=\.)\s+/);
  const dated = asksWhen && years.length === 0 ? sentences.filter((s) => periodYear(s) !== undefined) : [];
  const sharing = (s: string) => new Set((s.toLowerCase().match(/[a-z]{4,}/g) ?? []).map(plainWord).filter((w) => [...words].some((a) => plainWord(a) === w))).size;
  const mostShared = Math.max(...dated.map(sharing));
  const mostDated = dated.length > 0 ? dated.filter((s) => sharing(s) === mostShared && sharing(s) > 0) : [];
  const undated = mostDated.length > 0 && picked.every((x) => !saysWhen(x));
  const lead = !wanted && !named && !undated && picked.length > 0 && (pointed.length > 0 || byClause !== undefined || shortClause !== undefined || wordsIn(asked) <= 16);
  // "22/23 results for apprenticeships?", "environmental benefits … in 22/23?": items or a list asked about
  // in the year named lead, not the year's summary.
  const namesList = best !== undefined && sharedWords(best.heading, words) > 0;
  // "… last yr - reduced car miles and low emission vehicles?": the items named lead, as in a year named.
  const period = recent && !(lead || (typeof latest === 'number' && namesList)) ? recent : undefined;
  const naming = years.length > 0 ? sentences.filter((s) => years.some((y) => s.includes(y))) : lead ? [] : mostDated;
  const yearsFirst = naming.length > 0 && naming.length < sentences.length ? [...naming, ...sentences.filter((s) => !naming.includes(s))].join(' ') : undefined;
  // "What are Stockport's priority themes?", "CWaC minimum standards": the list asked for is the answer,
  // so it leads, and what the summary says of it ("agreed by the CRMG Scrutiny Committee …") follows.
  // Asked for, where the officer used most of its heading's words in a short message or clause (in a long
  // one they may be background: "… is there any support for me or for them?"), a clause read without its
  // background ("chairing the steering group next wk - remind me what the 3 broad principles …"). A rule's list is named by its kind.
  const listAsked = (heading: string | undefined) => asksForHeading(heading, asked, titlePlain) || [asked, ...clausesOf(asked).map((c) => withoutBackground(c, v))].some((c) => c.split(/\s+/).length <= 16 && namesHeading(heading, new Set(c.toLowerCase().match(/[a-z]{4,}/g) ?? []), titlePlain));
  const ruleList = !t && rules.length === 1 && rules[0]!.items && listAsked(KIND_LABEL[rules[0]!.kind]) ? { heading: KIND_LABEL[rules[0]!.kind], items: rules[0]!.items } : undefined;
  const asksList = !period && !lead && !yearsFirst && (ruleList ?? (list && list.length <= 12 && (shown === wanted || listAsked(shown!.heading)) ? { heading: shown!.heading, items: list } : undefined));
  // "Which priority cohorts …? And are there set themes too?": each of the topic's lists a clause names
  // best, in the order asked, so every list asked for is in the first line.
  const clauseLists = asksList && t && list ? clausesOf(asked).filter((c) => c.split(/\s+/).length <= 16).map((c) => new Set(c.match(/[a-z]{4,}/g) ?? [])) : [];
  const eachList = (clauseLists.length > 1 ? clauseLists : [])
    .flatMap((w) => {
      const named = lists.filter((p) => p.items!.length <= 12 && namesHeading(p.heading, w));
      const most = Math.max(0, ...named.map((p) => sharedWords(p.heading, w)));
      return named.filter((p) => sharedWords(p.heading, w) === most);
    })
    .filter((p, i, ps) => ps.indexOf(p) === i);
  const listed = eachList.length > 1 && eachList.includes(shown!) ? eachList : asksList ? [asksList] : [];
  const listLine = listed.length > 0 ? listed.map((p) => `${listName(name, p.heading, t?.title, other !== undefined)}: ${p.items!.join('; ')}.`).join(' ') : undefined;
  // "what did people say about the weighting when cwac consulted?": a paragraph of the topic headed by what
  // was asked ("On the weighting") is the answer, ahead of the topic's summary.
  // In a message that asks more ("who did cwac consult, and did anyone push back on the weighting?") the summary leads.
  const headed = !listLine && !period && !lead && !yearsFirst && clausesOf(asked).length === 1 ? t?.parts.find((p) => p.text && !p.items && namesHeading(p.heading, words, titlePlain)) : undefined;
  const headline = listLine ?? headed?.text ?? (period ? period.sentences.join(' ') : yearsFirst && !lead ? yearsFirst : lead ? `${picked.join('; ')}.` : other ? `${name}'s ${lowerFirst(other)}.` : summary);
  // Items that lead are cited from their own list's section.
  // Items shown under their list's heading ("TOMs themes by core outcome: Stockport benefits from a thriving
  // economy: …") are of that list, though they name an item of another.
  const ofList = (p: TopicPart) => picked.every((x) => p.items!.includes(x) || (p.heading !== undefined && x.startsWith(`${p.heading}: `)));
  const leading = lead && !listLine && !period ? (lists.find(ofList) ?? lists.find((p) => picked.every((x) => p.items!.some((i) => x.includes(i))))) : undefined;
  const cited = headed?.source ?? leading?.source ?? first;
  // The one item asked about, kept for a follow-up that points at it.
  const single = picked.length === 1 ? lists.flatMap((p) => p.items!).filter((i) => picked[0]!.includes(i)) : [];
  // "What are the 5 shared core outcomes in the charter?": a list the summary is not about leads, from
  // another document than the one the topic's first part (and its summary) comes from. The summary is not
  // said under that list's source line, and the card is named for the list asked about.
  const ledHeading = t && (listLine || lead) ? (listed.length === 1 ? listed[0]!.heading : leading?.heading) : undefined;
  const ownList = ledHeading !== undefined && (ledHeading === other || (cited !== undefined && t!.parts[0]!.source.document !== cited.document));
  return {
    kind: 'answer',
    title: ownList ? listName(name, ledHeading, t?.title, true) : (t?.title ?? `${KIND_LABEL[rules[0]!.kind]} in ${name}`),
    headline,
    ...(ownList ? {} : listLine || headed ? { rule: summary } : lead ? { rule: summary } : picked.length > 0 ? { rule: `${picked.join('; ')}.` } : list && list.length <= 12 ? { rule: `${shown!.heading ? `${shown!.heading}: ` : ''}${list.join('; ')}.` } : {}),
    facts: rules.filter((r) => r.when.above || r.when.upTo).map((r) => ({ title: KIND_LABEL[r.kind], value: `applies to ${r.when.wording}` })),
    sections: [...ruleSections, ...topicSections],
    notes: uniq(rules.flatMap((r) => r.notes ?? [])),
    sources: cited ? [cite(pack.documents, cited).text] : [],
    suggestions: [],
    moreLabel: 'More from the documents',
    ...(single.length === 1 ? { item: single[0]! } : {}),
  };
}

/**
 * "… and is there anything about care leavers I can build into the ask?": the curated topic one of whose
 * list items the officer's words name (Stockport's priority cohorts), answered with that item.
 */
export function topicListing(v: Pick<Vocabulary, 'asksWhen' | 'subjects'>, pack: PolicyPack, asked: string): Answer | undefined {
  const id = (Object.keys(pack.topics) as TopicId[]).find((k) => pickedItems(pack.topics[k]!, asked).length > 0);
  return id ? topic(v, pack, id, asked) : undefined;
}

/**
 * "which tom themes map to 'stockport is a place people want to live'?": the topic with a list item
 * whose label (three words at least, before its colon), or a list whose heading, the officer typed word
 * for word, answered with it. `among`: the subjects asked, when only their topics may answer.
 */
export function verbatimListing(v: Pick<Vocabulary, 'asksWhen' | 'subjects'>, pack: PolicyPack, asked: string, among?: readonly Subject[]): Answer | undefined {
  const typed = spacedWords(asked);
  const typedAsWritten = (label: string) => {
    const words = spacedWords(label);
    return words.trim().split(' ').length >= 3 && typed.includes(words);
  };
  // An item that is only a name ("Anchor Institutions Roundtable") says no more than the name: the documents may.
  const named = (item: string) => item.includes(':') && typedAsWritten(item.split(':')[0]!);
  // "what are our sv priorities for the next 12 months": a list's own heading typed as written.
  const headed = (heading: string | undefined) => heading !== undefined && typedAsWritten(heading);
  for (const id of Object.keys(pack.topics) as TopicId[]) {
    if (among && !among.includes(id as Subject)) continue;
    const parts = pack.topics[id]!.parts;
    const item = parts.flatMap((p) => p.items ?? []).find(named);
    // The item's own label picks its list; the rest of the words ("themes") may name another list of the topic.
    if (item) return topic(v, pack, id, item.split(':')[0]!);
    const list = parts.find((p) => p.items && p.items.length > 0 && headed(p.heading));
    if (list) return topic(v, pack, id, list.heading!);
  }
  return undefined;
}

/** "Who is Stockport's procurement partner?": the council's own entry, quoted from its documents. */
export function partnerAnswer(pack: PolicyPack): Answer | undefined {
  const partner = pack.council.procurementPartner;
  if (!partner) return undefined;
  const name = pack.council.shortName;
  const citation = cite(pack.documents, partner.source);
  return {
    kind: 'answer',
    title: `${name}'s procurement partner`,
    headline: `${name}'s procurement partner is ${partner.name}.`,
    ...(citation.quote ? { rule: `The documents say: “${citation.quote.replace(/\s+/g, ' ').trim()}”` } : {}),
    facts: [],
    sections: [],
    notes: [],
    sources: [citation.text],
    suggestions: [],
  };
}

/** The council's rules of the kinds a subject is answered from. */
export function rulesOn(pack: PolicyPack, subject: Subject | undefined) {
  if (!subject) return [];
  const kinds = TOPIC_RULES[subject] ?? [];
  return pack.rules.filter((r) => kinds.includes(r.kind));
}

/**
 * "does stockport require suppliers to sign up to the GM Good Employment Charter?": of a subject's rules,
 * those whose statement has most runs of three words as the question has them ("sign up to", "good
 * employment charter"), three at least and over twice any other's; else all of them.
 */
function namedIn<R extends { statement: string }>(rules: R[], asked: string): R[] {
  const words = asked.toLowerCase().match(/[a-z]+/g) ?? [];
  const runs = words.slice(2).map((w, i) => `${words[i]} ${words[i + 1]} ${w}`);
  const shared = rules.map((r) => {
    const said = (r.statement.toLowerCase().match(/[a-z]+/g) ?? []).join(' ');
    return runs.filter((run) => said.includes(run)).length;
  });
  // Named by a phrase of its own (five runs to one), not by the subject's own words ("real living wage").
  const most = Math.max(0, ...shared);
  const named = rules.filter((_, i) => shared[i] === most);
  const others = shared.filter((n) => n < most);
  return most >= 3 && named.length < rules.length && others.every((n) => n * 2 < most) ? named : rules;
}

/**
 * "Does Stockport require a carbon reduction plan?", "do suppliers have to pay the living wage?" with no
 * contract value: no first where none of the council's rules on the subject in force requires, allows
 * or commits the council to it (the documents only expect it, ask about it, or propose it); yes first
 * where a rule in force requires it of every procurement (no value threshold: "does CWaC require
 * minimum standards from all bidders?"). Else the answer as it is: a threshold makes it depend on the
 * contract, and whether the council's own commitment is "yes" depends on what is asked.
 */
export function verdictByForce(pack: PolicyPack, subject: Subject, answer: Answer, asksWhen = false, future = false, asked = ''): Answer {
  const all = rulesOn(pack, subject);
  const rules = namedIn(all, asked);
  if (rules.length === 0) return answer;
  const { verb, binding } = forceOf(rules);
  // "Is it mandatory now?" where a mandatory rule is only proposed: what applies now, then the proposal.
  const proposed = rules.filter((r) => r.status === 'proposed');
  // "Are we going to make suppliers have a carbon reduction plan?": asked what is to come, a proposal
  // that would require it is the answer: yes, proposed, then what applies now.
  if (future && !binding && proposed.length > 0) {
    const now = rules.filter((r) => r.status !== 'proposed');
    return { ...answer, headline: `Yes, proposed: ${lowerFirst([...proposed, ...now].map((r) => r.statement).join(' '))}` };
  }
  // The rules the question names say it in their own words; all of them, the topic's answer.
  const asStands = proposed.length > 0 ? [...rules.filter((r) => r.status !== 'proposed'), ...proposed].map((r) => r.statement).join(' ') : rules.length < all.length ? rules.map((r) => r.statement).join(' ') : answer.headline;
  // "When does it become mandatory?": not yet, and the date only as the proposal gives it.
  if (!binding) return { ...answer, headline: `${asksWhen ? 'Not yet' : 'No, not as a requirement'}: ${notRequired(pack.council.shortName, verb)} ${asStands}` };
  if (asksWhen) return answer;
  const requiring = rules.filter((r) => r.status !== 'proposed' && r.force === 'requires');
  if (requiring.length > 0 && requiring.every((r) => !r.when.above && !r.when.upTo && !r.when.competitiveOnly)) return { ...answer, headline: `Yes: ${answer.headline}` };
  // "Do our suppliers have to pay the RLW?" where the council commits to it for some and only expects
  // it of others: yes for those it binds, then the rest in their own words (which say how far they go).
  const inForce = rules.filter((r) => r.status !== 'proposed');
  const binds = inForce.filter((r) => forceOf([r]).binding);
  const rest = inForce.filter((r) => !forceOf([r]).binding);
  if (binds.length > 0 && rest.length > 0) {
    const forWhom = (lead: string) => (r: (typeof rules)[number]) => `For ${r.when.wording}${lead}: ${r.statement}`;
    return { ...answer, headline: [...binds.map(forWhom(', yes')), ...rest.map(forWhom(''))].join(' ') };
  }
  return answer;
}

/**
 * "Is that £24m just for 21/22?": where the topic gives the figure typed as a running total (`says`: "to
 * date", "since 2019"), no first: it is not for that year alone, and the documents give none that is.
 * `year`: the financial year asked about, by when it ends. Else the answer as it is.
 */
export function runningTotal(pack: PolicyPack, subject: Subject, answer: Answer, asked: string, year: number, says: RegExp): Answer {
  const t = pack.topics[subject as TopicId];
  const flat = (text: string) => text.toLowerCase().replace(/\s/g, '');
  const typed = (asked.match(POUNDS) ?? []).map((f) => f.replace(/[.,]+$/, ''));
  if (!t || typed.length === 0) return answer;
  // Facts first ("Social value secured to date: £24m"), then the summary's clauses.
  const said = [...t.parts.flatMap((p) => (p.facts ?? []).map((f) => `${f.label}: ${f.value}`)), ...t.summary.split(/;\s+|(?<=\.)\s+/)];
  const figure = typed.find((f) => said.some((s) => flat(s).includes(flat(f)) && says.test(s)));
  const total = figure ? said.find((s) => flat(s).includes(flat(figure)) && says.test(s)) : undefined;
  if (!figure || !total) return answer;
  const period = `${year - 1}/${String(year).slice(2)}`;
  // What the topic does give for that year ("In 2022/23, 43 new contracts … £14.2m …"), else that it gives none.
  const ofYear = t.summary.split(/(?<=\.)\s+/).filter((s) => periodYear(s) === year && !flat(s).includes(flat(figure)));
  const forYear = ofYear.length > 0 ? `For ${period} itself they say: ${ofYear.join(' ')}` : `They give no figure for ${period} on its own.`;
  const headline = `No: ${pack.council.shortName}'s documents give ${figure} as a running total, not a figure for ${period} alone (${lowerFirst(total.replace(/\.$/, ''))}). ${forYear}`;
  return { ...answer, headline };
}

/**
 * "Is food poverty one of our priority themes?": the answer shows one of the topic's lists, so yes where
 * an item says every word asked (`mentions`, of `terms`), else no, then the list as it stands.
 */
export function oneOfTheList(pack: PolicyPack, subject: Subject, answer: Answer, thing: string, terms: readonly string[], mentions: (word: string, text: string) => boolean): Answer {
  const shown = (pack.topics[subject as TopicId]?.parts ?? []).find((p) => p.items && p.items.length > 0 && answer.headline.includes(p.items.join('; ')));
  if (!shown?.items || terms.length === 0) return answer;
  const item = shown.items.find((i) => terms.every((t) => mentions(t, i)));
  const them = shown.heading ? `${pack.council.shortName}'s ${lowerFirst(shown.heading)}` : 'them';
  return { ...answer, headline: item ? `Yes: “${item}” is one of ${them}. ${answer.headline}` : `No: ${thing} is not one of ${them}. ${answer.headline}` };
}

/**
 * "How are they going to use it?" after Trafford's community priorities: the topic's part that says how
 * it is used (`says`, the vocabulary's words for it) leads, with the document's words where the pack
 * quotes them. Else the answer as it is.
 */
export function howUsed(pack: PolicyPack, subject: Subject, answer: Answer, says: RegExp): Answer {
  const part = pack.topics[subject as TopicId]?.parts.find((p) => p.text !== undefined && says.test(p.text));
  if (!part?.text) return answer;
  const citation = cite(pack.documents, part.source);
  // The rule line was the list the topic led with; the part's own words and source take its place.
  const led: Answer = { ...answer, headline: part.text, sources: [citation.text] };
  delete led.rule;
  return citation.quote ? { ...led, rule: `The document: “${citation.quote}”` } : led;
}

/**
 * "Is SV training compulsory for commissioners yet?" where no rule in force makes it so: not yet, where
 * one of the council's lists plans to ("Priorities for the next 12 months: Deliver the social value
 * training to ALL council commissioners by making it a mandatory requirement"). `about`: the subject's
 * words; `binds`: the words that ask whether it is a duty. Else the answer as it is.
 */
export function notYetPlanned(pack: PolicyPack, subject: Subject, answer: Answer, about: RegExp, binds: RegExp): Answer {
  if (rulesOn(pack, subject).some((r) => r.status !== 'proposed' && forceOf([r]).binding)) return answer;
  const lists = Object.values(pack.topics).flatMap((t) => t?.parts ?? []);
  const planned = lists.flatMap((p) => (p.items ?? []).filter((i) => about.test(i.toLowerCase()) && binds.test(i.toLowerCase())).map((item) => ({ item, part: p })))[0];
  if (!planned) return answer;
  const heading = planned.part.heading;
  const list = heading ? lowerFirst(heading) : 'plans';
  return {
    ...answer,
    headline: `Not yet: making it a requirement is one of ${pack.council.shortName}'s ${list}: “${planned.item}”. ${answer.headline}`,
    sources: uniq([cite(pack.documents, planned.part.source).text, ...answer.sources]),
  };
}

/**
 * "Can CWaC deduct payments …?" with no contract value: where every rule the council has on the
 * subject applies above or below a value, the answer is yes, for the contracts those rules cover.
 */
export function yesForContracts(pack: PolicyPack, subject: Subject, answer: Answer): Answer {
  const rules = rulesOn(pack, subject);
  if (rules.length === 0 || rules.some((r) => r.status === 'proposed' || !(r.when.above || r.when.upTo))) return answer;
  return { ...answer, headline: `Yes, for ${uniq(rules.map((r) => r.when.wording)).join('; ')}. ${answer.headline}` };
}

/**
 * "Does that apply to a direct award?" after the Portal's threshold: no first, where every rule the
 * council has on the subject covers competitive procurement only.
 */
export function noForNonCompetitive(pack: PolicyPack, subject: Subject, answer: Answer): Answer {
  const rules = rulesOn(pack, subject);
  if (rules.length === 0 || !rules.every((r) => r.when.competitiveOnly)) return answer;
  return { ...answer, headline: `No: ${pack.council.shortName}'s rule on ${topicName(subject)} covers competitive procurement only, so it does not cover a non-competitive procurement. ${answer.headline}` };
}

/**
 * "Can the PID be signed off without social value?": no first, when the council's rules of that kind
 * hold for every procurement (no value threshold, none only proposed, none a power the council may use).
 */
export function noToSkip(pack: PolicyPack, subject: Subject, answer: Answer): Answer {
  const rules = rulesOn(pack, subject);
  if (rules.length === 0 || rules.some((r) => r.status === 'proposed' || r.when.above || r.when.upTo || r.force === 'allows')) return answer;
  return { ...answer, headline: `No. ${answer.headline}` };
}

/** The packs that cover a subject, other than this one. */
export function coveredElsewhere(packs: Iterable<PolicyPack>, pack: PolicyPack, subject: Subject): string[] {
  return [...packs]
    .filter((p) => p.council.id !== pack.council.id)
    .filter((p) => p.topics[subject as TopicId] || rulesOn(p, subject).length > 0)
    .map((p) => p.council.shortName);
}

/**
 * A quoted passage: the document's sentence that answers leads, word for word, so it is what a
 * notification shows ("“The council spends £300m a year …”"); the line saying they are a quote follows
 * it, above the source. A list item's introduction ("We are committed to …:") is in that line.
 */
export function passageAnswer(pack: PolicyPack, passages: Passage[], title?: string): Answer {
  const [best, ...rest] = passages as [Passage, ...Passage[]];
  return {
    kind: 'answer',
    title: title ?? `From ${pack.council.shortName}'s documents`,
    headline: `“${best.quote}”`,
    rule: `Quoted word for word from the source below${best.lead ? `, from the list after “${best.lead}”` : ''}${best.follows ? `, where it follows “${best.follows}”` : ''}.`,
    facts: [],
    // A passage quoted where it follows a sub-heading ("Trafford Carers Centre") is headed by it.
    sections: rest.map((p) => ({ ...(p.follows ? { heading: p.follows } : {}), text: `“${quotation(p)}”`, source: p.citation })),
    notes: ['This is a quote from the document, not a summary: read the section for the full context.'],
    sources: [best.citation],
    suggestions: [],
    moreLabel: 'Another passage',
  };
}

/**
 * The documents do not cover it: say so, say what they say nearby, and where else it is covered.
 * `cannotGive`: what that leaves the officer without ("a name" for "who is …?"); none for a question
 * that asked for nothing in particular.
 */
export function notSaid(pack: PolicyPack, what: string, nearby: Passage[], elsewhere: string[] = [], cannotGive: string | null = 'a figure or a rule for it'): Answer {
  const name = pack.council.shortName;
  const docs = pack.documents.map((d) => documentLabel(d)).join('; ');
  const others = elsewhere.length > 0 ? ` ${listNames(elsewhere)} ${elsewhere.length > 1 ? 'do' : 'does'}: ask "${what} in ${elsewhere[0]}".` : '';
  const headline = `${name}'s documents (${docs}) don't say anything about ${what}${cannotGive ? `, so I can't give you ${cannotGive}` : ''}.${others}`;
  if (nearby.length === 0) return notice(`Not covered in ${name}'s documents`, headline);
  const near = nearby[0]!;
  return {
    kind: 'answer',
    title: `Not covered in ${name}'s documents`,
    headline,
    rule: `Nearest they come: “${quotation(near)}”`,
    facts: [],
    sections: [],
    notes: [],
    sources: [near.citation],
    suggestions: [],
  };
}

/**
 * "what are the 5 STAR measures?" in Stockport: this council's documents do not give it, another
 * council's do, and what they say is the answer, on the card's face with its source (a section would
 * sit behind "More"). `lead`: why theirs answers ("STAR Procurement is also Trafford's partner").
 * What this council's documents do say of the subject, where anything, is a section.
 */
export function givenElsewhere(pack: PolicyPack, says: string, theirs: { council: string; text: string; source?: string }, ours?: Answer, lead = ''): Answer {
  const name = pack.council.shortName;
  return {
    kind: 'answer',
    title: `Not given in ${name}'s documents`,
    headline: `${name}'s documents do not ${says}. ${lead}${theirs.council}'s documents do: ${theirs.text}`,
    facts: [],
    sections: ours ? [{ heading: `What ${name}'s documents say`, text: ours.headline, ...(ours.sources.length > 0 ? { source: ours.sources.join('; ') } : {}) }] : [],
    notes: [],
    sources: theirs.source ? [theirs.source] : [],
    suggestions: [],
  };
}

/**
 * A figure the documents do not give ("the maximum weighting"), with the figures they do give. `says`
 * words it as what they do not do ("do not set a social value rule for grants"); `nearby` is the
 * passage that comes nearest, quoted when there is no curated answer to give.
 */
export function notGiven(pack: PolicyPack, about: string, subject: string, given: Answer | undefined, says?: string, nearby?: Passage): Answer {
  const name = pack.council.shortName;
  const headline = `${name}'s documents do not ${says ?? `give ${about}${subject ? ` for ${subject}` : ''}`}.${given ? ` What they do say: ${given.headline}` : ''}`;
  const near = !given && nearby ? nearby : undefined;
  return {
    kind: 'answer',
    title: `Not given in ${name}'s documents`,
    headline,
    ...(given?.rule ? { rule: given.rule } : near ? { rule: `Nearest they come: “${quotation(near)}”` } : {}),
    facts: given?.facts ?? [],
    sections: given?.sections ?? [],
    notes: given?.notes ?? [],
    sources: given?.sources ?? (near ? [near.citation] : []),
    suggestions: given?.suggestions ?? [],
    ...(given?.moreLabel ? { moreLabel: given.moreLabel } : {}),
  };
}
