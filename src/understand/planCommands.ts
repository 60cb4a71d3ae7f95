/**
 * What a steering group member types, read into a command. Only commands are claimed: anything put
 * as a question about the documents ("what does Stockport's action plan say?", "who monitors the
 * action plan") returns null and goes to Q&A. A command we recognise but cannot read returns
 * `invalid` with what was wrong and an example, rather than falling through to a wrong answer.
 */
import type { CouncilId } from '../policy/schema.js';
import { parseDate } from '../text/dates.js';
import { DEFAULT_WINDOW_DAYS, MATURITY_LEVELS, STATUSES, type MaturityLevel, type Status } from '../actionPlan/model.js';
import { idProblem, looksLikeId, readPersonId } from '../actionPlan/personId.js';
import { escapeRegExp } from '../text/regex.js';
import { normaliseLead } from '../text/leads.js';

export interface Target {
  council: CouncilId;
  ref: string;
}

export type Filter =
  | { kind: 'theme'; value: string }
  | { kind: 'status'; value: Status }
  | { kind: 'lead'; value: string }
  /** `lead`: only that lead's; `ofShown`: "which of those…": the list just shown, narrowed (src/qa/desk.ts) */
  | { kind: 'overdue'; lead?: string; ofShown?: true }
  /** open actions due from today to `days` ahead ("any due in the next few weeks?") */
  | { kind: 'due-soon'; days: number; lead?: string; ofShown?: true }
  | { kind: 'mine' }
  /** the actions a question named by their words ("is the measurement tool done yet?"), with those words */
  | { kind: 'named'; refs: string[]; words: string };

export type Command =
  | { kind: 'help' }
  | { kind: 'view'; council?: CouncilId; filter?: Filter }
  | { kind: 'show'; target: Target }
  | { kind: 'edit'; target: Target }
  | { kind: 'update'; target: Target; status?: Status; note?: string }
  | { kind: 'complete'; target: Target; note?: string }
  /** `mention`: the lead was @mentioned by this name; their id is in the message's mention entities */
  | { kind: 'assign'; target: Target; lead?: string; contact?: string; mention?: string }
  | { kind: 'due'; target: Target; due: string }
  | { kind: 'add'; council?: CouncilId; theme?: string; action?: string }
  | { kind: 'digest'; council?: CouncilId; since?: string }
  | { kind: 'request'; council?: CouncilId }
  | { kind: 'maturity'; council?: CouncilId; theme: string; current: MaturityLevel; target: MaturityLevel }
  | { kind: 'invalid'; message: string; examples: string[] };

export interface ParseContext {
  /** council id -> the names officers use for it, lower case */
  councils: ReadonlyArray<{ id: CouncilId; name: string; aliases: readonly string[] }>;
  /** reference prefix (TRF) -> council */
  prefixes: ReadonlyMap<string, CouncilId>;
  /** the leads the plans name (their seeds), for "and the procurement manager?" after one lead's actions */
  leads?: readonly string[];
  /** the plans' actions as seeded, for "is the measurement tool done yet?" */
  actions?: readonly { council: CouncilId; ref: string; action: string }[];
  now: Date;
}

const REF = String.raw`([a-z]{2,6})\s*-\s*(\d{1,4})`;
const QUESTION = /\?\s*$|^(whats|wots|hows|whos|wheres|whens|what|which|who|whom|whose|how|when|where|why|does|do|did|is|are|was|were|can|could|should|would|will|tell me|explain|describe)\b/i;
const STATUS_LIST = STATUSES.join(', ');
/** Where a request ends and the officer's reason for it begins: a dash, a comma or semicolon, a new sentence. */
const CLAUSE_BREAK = /\s+[-–—]\s+|[,;]\s+|[.!]\s+(?=[a-z])/i;
const SHOW_REQUEST = /^(?:please\s+)?(?:(?:can|could|may)\s+(?:i|we|you|u)\s+(?:please\s+)?(?:see|have|view|get|show\s+me|pull\s+up|have\s+a\s+look\s+at)|show(?:\s+me)?|let\s+me\s+see|let'?s\s+(?:see|have|view)|lets\s+see|see|view|display|open|give\s+me|pull\s+up|bring\s+up|(?:have|take)\s+a\s+look\s+at|i'?d\s+like\s+to\s+see|i\s+(?:want|need)\s+to\s+see)\s+/i;
/** "please", "thanks", "?" and the "then" or "now" of a chat ("ok show me the action plan then"). */
const POLITE_END = /(?:[\s,]*\b(?:please|pls|plz|thanks|thank you|cheers|then|now)\b|\s*\?)+[\s.!?]*$/i;
/** "ok", "right,", "go on then": how a request opens in chat, before what is asked. */
const LEAD_IN = /^(?:(?:ok(?:ay)?|right|great|cool|lovely|perfect|thanks|cheers|yes|yeah|yep|sure|alright|so|and|go on(?:\s+then)?)\b[\s,.!-]*)+/i;
/**
 * How a question about some of the actions opens: "whats", "anything", "which of those", "are any of
 * them", "r they". Shared by the overdue and due-soon asks.
 */
const WHICH_ASK = String.raw`(?:(?:is|are|r)\s+(?:there\s+)?)?(?:anything|any(?:\s+of\s+(?:those|them|these|the\s+actions))?|what'?s|wots|what\s+is|what\s+are|which(?:\s+(?:of\s+(?:those|them|these)|ones|actions?))?(?:\s+(?:are|is|r))?|(?:are|r)\s+(?:those|these|they|them)(?:\s+ones)?(?:\s+all)?)`;
const ON_PLAN = String.raw`(?:\s+(?:on|in)\s+(?:the\s+)?(?:action\s+)?plan)?`;
/** "whats overdue", "anything overdue?", "which of those are overdue", "any overdue actions": the overdue list, asked as a question. */
const OVERDUE_ASK = new RegExp(String.raw`^${WHICH_ASK}\s+(?:(?:actions?|items?)\s+)?(?:over\s*d[ue]{2}|ovr\s*due|overdeu|late|past\s+(?:due|their\s+due\s+dates?)|behind(?:\s+schedule)?)(?:\s+(?:actions?|items?))?${ON_PLAN}$`, 'i');
/** "any due soon", "are any of them due in the next few weeks", "whats due this month": due shortly, asked. */
const DUE_SOON_ASK = new RegExp(String.raw`^${WHICH_ASK}\s+(?:(?:actions?|items?)\s+)?(?:(?:coming\s+)?due|coming\s+up)(?:\s+(?:soon|shortly|up))?(?<when>\s+(?:(?:in|within|over|by)\s+)?(?:the\s+)?(?:next|coming|this)\s+(?:few\s+|couple(?:\s+of)?\s+|\d+\s+|two\s+|three\s+|four\s+|six\s+)?(?:weeks?|wks?|days?|months?|fortnight))?(?:\s+(?:actions?|items?))?${ON_PLAN}$`, 'i');
const UPCOMING_ASK = /^(?:(?:are\s+there\s+)?any\s+|what\s+are\s+(?:the\s+)?)?(?:upcoming\s+deadlines|deadlines\s+coming\s+up)(?:\s+(?:on|in)\s+(?:the\s+)?(?:action\s+)?plan)?$/i;
/** "of those", "are they", "any overdue?", "which ones": the question narrows the list just shown. */
const OF_SHOWN = /\b(?:of\s+(?:those|them|these)|(?:are|r)\s+(?:those|these|they|them))\b|^(?:(?:is|are|r)\s+(?:there\s+)?)?any\b(?!thing)|^which\s+ones\b/i;
const NUMBER_WORDS: Record<string, number> = { a: 1, two: 2, three: 3, four: 4, six: 6, few: 3, couple: 2, 'couple of': 2 };

/** How many days ahead "next week", "the next few weeks", "this month", "next 10 days" look. */
export function dueWindow(when: string | undefined): number {
  const m = /(?:(few|couple(?:\s+of)?|\d+|two|three|four|six)\s+)?(weeks?|wks?|days?|months?|fortnight)\s*$/i.exec(when?.trim() ?? '');
  if (!m) return DEFAULT_WINDOW_DAYS;
  const unit = m[2]!.toLowerCase();
  const count = m[1] ? (NUMBER_WORDS[m[1].toLowerCase().replace(/\s+/g, ' ')] ?? Number(m[1])) : 1;
  if (unit.startsWith('fortnight')) return 14;
  if (unit.startsWith('d')) return count;
  if (unit.startsWith('m')) return 31 * count;
  return 7 * count;
}

/** The overdue or due-soon list, asked as a question ("which of those are overdue?"), or undefined. */
function readDueAsk(rest: string): Filter | undefined {
  const plain = rest.replace(/[\s?.!]+$/, '');
  const ofShown = OF_SHOWN.test(plain) ? { ofShown: true as const } : {};
  if (OVERDUE_ASK.test(plain)) return { kind: 'overdue', ...ofShown };
  const soon = DUE_SOON_ASK.exec(plain);
  if (soon) return { kind: 'due-soon', days: dueWindow(soon.groups?.when), ...ofShown };
  if (UPCOMING_ASK.test(plain)) return { kind: 'due-soon', days: DEFAULT_WINDOW_DAYS };
  return undefined;
}

/**
 * "what actions is the strategy and innovation manager down for", "which actions are led by the
 * Procurement Manager", "what's the HR manager leading on": one lead's actions, asked as a question.
 */
const LEAD_ASKS = [
  /^(?:what|which|wat|wht)\s+(?:actions?|items?|things?|tasks?)\s+(?:is|are|does|do|has|have)\s+(?:the\s+)?(.+?)\s+(?:got\s+)?(?:down\s+(?:for|to\s+(?:lead|do))|(?:down\s+as\s+)?lead(?:ing)?\s+(?:on|for)|leading|lead|responsible\s+for|in\s+charge\s+of|own(?:ing)?|assigned(?:\s+to)?|doing)$/i,
  /^(?:what|which|wat|wht)\s+(?:actions?|items?|tasks?)\s+(?:are|is|r)\s+(?:led|owned|lead|assigned\s+to|down\s+to)\s*(?:by\s+)?(?:the\s+)?(.+)$/i,
  /^(?:what\s+is|what'?s|whats|wots)\s+(?:the\s+)?(.+?)\s+(?:down\s+(?:for|to\s+(?:lead|do))|leading(?:\s+on)?)$/i,
];
/** The plan named before what is asked of it, and the break after it ("action plan, …", "the sv action plan - …"). */
const PLAN_NAMED_FIRST = /^(?:the\s+|our\s+|their\s+)?(?:social\s+value\s+|sv\s+)?action\s+plan\s*(?:[-–—:,;]\s*|\s-\s*)/i;
/** "live" before the plan's name: every plan the bot shows is the live one. */
const LIVE_PLAN = /\blive\s+(?=(?:(?:social\s+value|sv)\s+)?(?:action\s+)?plan\b)/i;
/** "where are we up to on the sv action plan?", "how are we doing with our plan": how the plan stands, the plan named after. */
const STANDS_ON_PLAN = /^(?:where (?:are|r) we (?:at|up to)|how are we (?:doing|getting on)|what(?:'s| is) the (?:latest|status|progress|position)) (?:on|with) (?:the |our |their )?(?:'?s )?(?:social value |sv )?(?:action )?plan(?: actions)?\s*\??$/i;
/** "are there any actions at risk?", "which sv actions are off track": the actions of a status (or of two). */
const ACTIONS_OF_STATUS = /^(?:are )?(?:there )?(?:any|which|what) (?:of (?:the|our) )?(?:social value |sv )?(?:actions?|items?)(?: (?:are|is|that are|currently|now))? (at risk|off track|on track|not started|complete)(?: or (at risk|off track|on track|not started))?\s*\??$/i;
/** Asked of the plan just named: how it stands, which the plan's own card shows (status counts by theme). */
const PLAN_STATUS_ASK = /^(?:(?:can|could) (?:i|we|you|u) (?:see|check|find out)\s+|show me\s+|tell me\s+)?(?:(?:what(?:'s| is)|whats|wots)\s+(?:the\s+)?(?:latest|status|progress|position|state of play)|where (?:are|r) we(?: at| up to)?|where (?:we're|we are|were) (?:at|up to)|how(?:'s| is) it (?:going|looking)|how (?:are we|we're|we are) doing|progress|status|latest)\s*(?:on it|with it|so far|now)?[\s?.!]*$/i;
/** "… on the cwac plan", "… in cwac's action plan" (the council already taken out): where, not who. */
const ON_THE_PLAN = /\s+(?:(?:on|in|from|under)\s+)?(?:the\s+|their\s+|our\s+|its\s+)?(?:social\s+value\s+|sv\s+)?(?:action\s+plan|plan)$/i;

function readLeadAsk(rest: string): string | undefined {
  // "cwac - what actions …": the dash or colon that was after the council goes with it.
  const plain = rest.replace(/^[\s,:;-]+/, '').replace(/[\s?.!]+$/, '').replace(POLITE_END, '').replace(ON_THE_PLAN, '').trim();
  for (const re of LEAD_ASKS) {
    const lead = re.exec(plain)?.[1]?.replace(/'s$/i, '').trim();
    if (lead && !/^(?:you|i|we|they|it|that|this|there)$/i.test(lead)) return lead;
  }
  return undefined;
}

/** "at risk", "At-Risk", "off track", "done" -> the status; undefined when it is not one. */
export function parseStatus(text: string): Status | undefined {
  const t = text.trim().toLowerCase().replace(/[-_]/g, ' ').replace(/\s+/g, ' ').replace(/^(to|status|as|now)\s+/, '');
  const words: Record<string, Status> = {
    'not started': 'Not started',
    'not yet started': 'Not started',
    'on track': 'On track',
    'at risk': 'At risk',
    'off track': 'Off track',
    complete: 'Complete',
    completed: 'Complete',
    done: 'Complete',
  };
  return words[t] ?? words[t.replace(/ /g, '')] ?? STATUSES.find((s) => s.toLowerCase().replace(/ /g, '') === t.replace(/ /g, ''));
}

/** 0-4 or the level's name ("Developing"). */
export function parseLevel(text: string): MaturityLevel | undefined {
  const t = text.trim().toLowerCase();
  if (/^[0-4]$/.test(t)) return Number(t) as MaturityLevel;
  const i = MATURITY_LEVELS.findIndex((l) => l.toLowerCase() === t);
  return i < 0 ? undefined : (i as MaturityLevel);
}

/** Finds and removes a council named anywhere in the text ("trafford action plan", "digest for cwac"). */
function takeCouncil(text: string, ctx: ParseContext): { council?: CouncilId; rest: string } {
  const names = ctx.councils
    .flatMap((c) => [c.name.toLowerCase(), ...c.aliases].map((alias) => ({ id: c.id, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  for (const { id, alias } of names) {
    const re = new RegExp(String.raw`(?:\b(?:for|in|at|of)\s+)?(?<![\w&])${escapeRegExp(alias)}(?:'s|s')?(?![\w&])`, 'i');
    if (re.test(text)) return { council: id, rest: text.replace(re, ' ').replace(/\s+/g, ' ').trim() };
  }
  return { rest: text };
}

function target(prefix: string, number: string, ctx: ParseContext): Target | Extract<Command, { kind: 'invalid' }> {
  const council = ctx.prefixes.get(prefix.toUpperCase());
  const ref = `${prefix.toUpperCase()}-${Number(number)}`;
  if (!council) {
    const known = [...ctx.prefixes].map(([p, c]) => `${p} (${ctx.councils.find((x) => x.id === c)?.name ?? c})`).join(', ');
    return { kind: 'invalid', message: `I don't know the reference "${ref}". References start with ${known}, then the action's number.`, examples: ['action plan', `action ${[...ctx.prefixes.keys()][0] ?? 'TRF'}-1`] };
  }
  return { council, ref };
}

const isInvalid = (t: Target | Command): t is Extract<Command, { kind: 'invalid' }> => 'kind' in t && t.kind === 'invalid';

function readUpdate(t: Target, rest: string): Command {
  const example = `update ${t.ref} at risk: waiting for HR sign-off`;
  const colon = rest.indexOf(':');
  const head = (colon < 0 ? rest : rest.slice(0, colon)).trim();
  const note = colon < 0 ? undefined : rest.slice(colon + 1).trim();
  if (note === '') {
    return { kind: 'invalid', message: `The note after the colon is empty. Say what has happened, e.g. "${example}", or leave out the colon to change only the status.`, examples: [example] };
  }
  if (head === '') return { kind: 'update', target: t, ...(note ? { note } : {}) };
  const status = parseStatus(head);
  if (!status) {
    const hint = colon < 0 ? ` To add a note, put it after a colon: "update ${t.ref}: ${head}".` : '';
    return { kind: 'invalid', message: `"${head}" is not a status. Use one of ${STATUS_LIST}.${hint}`, examples: [example, `update ${t.ref}: met the college`] };
  }
  return { kind: 'update', target: t, status, ...(note ? { note } : {}) };
}

const ASSIGN_EXAMPLE = (ref: string) => `assign ${ref} to Procurement Manager <sam.smith@council.gov.uk>`;
const LEAD_CHARS = 200;

type Assignee = { lead?: string; contact?: string; mention?: string } | { problem: string };

/** "Head of Procurement," -> "Head of Procurement" */
const cleanName = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,;:-]+|[\s,;:-]+$/g, '').trim();

/**
 * Who is to lead: a name (a title or a person's name), their id, or both: `Name <id>`, `Name (id)`, a
 * bare id before or after the name, or an @mention (Teams sends `<at>Name</at>`; the id is then in the
 * message's mention entities, for the channel to add). An id is a UPN, an AAD object id or a Teams
 * id (personId.ts). What cannot be read is said, so nothing half-read is ever saved.
 */
export function readAssignee(text: string): Assignee {
  let rest = text.replace(/&nbsp;/g, ' ').trim();
  let mention: string | undefined;
  const at = /<at>([^<]*)<\/at>/i.exec(rest) ?? /(?:^|\s)@([^\s@<>()][^@<>()]*)$/.exec(rest);
  if (at) {
    mention = cleanName(at[1]!);
    rest = rest.replace(at[0], ' ');
  }
  let contact: string | undefined;
  const bracketed = /[<(]\s*([^<>()]*?)\s*[>)]\s*$/.exec(rest);
  // "(Policy, Performance and Partnerships)" is part of a title; only <…> always holds an id.
  if (bracketed && (bracketed[0].startsWith('<') || readPersonId(bracketed[1]!) || looksLikeId(bracketed[1]!))) {
    const id = readPersonId(bracketed[1]!);
    if (!id) return { problem: bracketed[1]!.trim() ? idProblem(bracketed[1]!) : 'The angle brackets are empty: put their Teams sign-in inside them.' };
    contact = id.id;
    rest = rest.slice(0, bracketed.index);
  }
  if (/[<>]/.test(rest)) {
    return { problem: `I couldn't read "${rest.trim()}": put their Teams sign-in in angle brackets after the name, with nothing after it.` };
  }
  // A bare id among the words, with any punctuation around it ("sam@council.gov.uk," "(GUID").
  const words = rest.split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.replace(/^[,;()]+|[,;()]+$/g, '');
  const ids = words.filter((w) => readPersonId(bare(w)));
  const unreadable = words.find((w) => !readPersonId(bare(w)) && looksLikeId(bare(w)));
  if (unreadable) return { problem: idProblem(bare(unreadable)) };
  if (ids.length + (contact ? 1 : 0) > 1) return { problem: 'That names more than one Teams sign-in: give the one person who will lead it.' };
  if (ids.length === 1) {
    contact = readPersonId(bare(ids[0]!))!.id;
    rest = words.filter((w) => w !== ids[0]).join(' ');
  }
  if (mention && contact) return { problem: 'That both @mentions someone and gives a sign-in: give one of them.' };
  const name = cleanName(rest) || mention;
  if (name && name.length > LEAD_CHARS) return { problem: `The lead's name is ${name.length} characters long; keep it under ${LEAD_CHARS}.` };
  return { ...(name ? { lead: name } : {}), ...(contact ? { contact } : {}), ...(mention ? { mention } : {}) };
}

/** A look at the plan (the plan, an item, the digest), as a request read from part of a message may be; never a change. */
function isLook(c: Command | null): c is Extract<Command, { kind: 'view' | 'show' | 'digest' }> {
  return c !== null && (c.kind === 'view' || c.kind === 'show' || c.kind === 'digest');
}

/** "acton plan", "actoin plan": the typos of "action" officers make, read as the word. */
const ACTION_TYPO = /\b(?:acton|actoin|aciton|actio|actiom)(s?)\b/gi;

export function parseCommand(input: string, ctx: ParseContext): Command | null {
  const text = input.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();

  // Commands that carry free text (a note) are read before the question test: a note may end in "?".
  let m = new RegExp(String.raw`^update\s+${REF}\b\s*(.*)$`, 'i').exec(text);
  if (m) {
    const t = target(m[1]!, m[2]!, ctx);
    if (isInvalid(t)) return t;
    const rest = m[3]!.trim();
    return rest === '' ? { kind: 'edit', target: t } : readUpdate(t, rest);
  }
  m = new RegExp(String.raw`^(?:complete|close|mark)\s+${REF}\b\s*(?:as\s+(?:complete|done))?\s*(?::\s*(.*))?$`, 'i').exec(text);
  if (m) {
    const t = target(m[1]!, m[2]!, ctx);
    if (isInvalid(t)) return t;
    const note = m[3]?.trim();
    return { kind: 'complete', target: t, ...(note ? { note } : {}) };
  }
  // "assign TRF-3 to …", and the way people also say it: "give TRF-3 to …", "hand TRF-3 over to …".
  m = new RegExp(String.raw`^(?:(?:re)?assign|give|hand)\s+${REF}\b\s*(?:over\s+)?(?:to\b\s*)?(.*)$`, 'i').exec(text);
  if (m) {
    const t = target(m[1]!, m[2]!, ctx);
    if (isInvalid(t)) return t;
    const who = readAssignee(m[3]!);
    if ('problem' in who) return { kind: 'invalid', message: `${who.problem} Nothing was changed.`, examples: [ASSIGN_EXAMPLE(t.ref)] };
    if (!who.lead && !who.contact) {
      return { kind: 'invalid', message: `Who should lead ${t.ref}? Give their title, their Teams sign-in (email) or both.`, examples: [ASSIGN_EXAMPLE(t.ref)] };
    }
    return { kind: 'assign', target: t, ...who };
  }
  // "due TRF-3 31/03/2027", "set due date for TRF-3 to …", and the reference first: "TRF-3 due (by) …",
  // "set TRF-3 due date to …". The reference lands in the same groups either way.
  m =
    new RegExp(String.raw`^(?:set\s+)?due(?:\s+date)?(?:\s+for)?\s+${REF}\b\s*(?:to\s+|:\s*)?(.*)$`, 'i').exec(text) ??
    new RegExp(String.raw`^(?:set\s+)?${REF}\s+(?:due(?:\s+date)?|deadline)\s*(?:to\s+|by\s+|on\s+|:\s*)?(.+)$`, 'i').exec(text);
  if (m) {
    const t = target(m[1]!, m[2]!, ctx);
    if (isInvalid(t)) return t;
    const due = parseDate(m[3]!, ctx.now);
    if (!due) {
      // An example in the future: the end of next March.
      const year = Number(ctx.now.toISOString().slice(0, 4)) + 1;
      return { kind: 'invalid', message: `I couldn't read "${m[3]!.trim()}" as a date. Use 31/03/${year}, 31 March ${year} or ${year}-03-31.`, examples: [`due ${t.ref} 31/03/${year}`] };
    }
    return { kind: 'due', target: t, due };
  }
  m = /^add\s+(?:an?\s+)?action\b\s*(.*)$/i.exec(text);
  if (m) {
    const { council, rest } = takeCouncil(m[1]!, ctx);
    const colon = rest.indexOf(':');
    const theme = colon < 0 ? undefined : rest.slice(0, colon).replace(/^(to|under|in|theme)\s+/i, '').trim() || undefined;
    const action = (colon < 0 ? rest : rest.slice(colon + 1)).trim() || undefined;
    return { kind: 'add', ...(council ? { council } : {}), ...(theme ? { theme } : {}), ...(action ? { action } : {}) };
  }

  // "acton plan": read with the word put right, after the commands whose notes are kept as typed.
  const fixed = text.replace(ACTION_TYPO, 'action$1');
  if (fixed !== text) return parseCommand(fixed, ctx);
  // "open cwac's live action plan pls", "show me the live plan": the plan is the live one already.
  const unlive = text.replace(LIVE_PLAN, '');
  if (unlive !== text) return parseCommand(unlive, ctx);
  const asked = takeCouncil(text, ctx);
  const named = asked.council ? { council: asked.council } : {};
  // "action plan, what's overdue?", "trafford action plan - who's the procurement manager leading on": the plan named, then the ask.
  const ask = asked.rest.replace(PLAN_NAMED_FIRST, '');
  const due = readDueAsk(ask);
  if (due) return { kind: 'view', ...named, filter: due };
  if (ask !== asked.rest && PLAN_STATUS_ASK.test(ask)) return { kind: 'view', ...named };
  const lead = readLeadAsk(ask);
  if (lead) return { kind: 'view', ...named, filter: { kind: 'lead', value: lead } };
  // "ok show me the action plan then", "right, digest": the request once its chat opening is gone.
  const opening = LEAD_IN.exec(text);
  if (opening && opening[0].length < text.length) {
    const seen = parseCommand(text.slice(opening[0].length), ctx);
    if (isLook(seen)) return seen;
  }
  // "show me the Trafford action plan please", "can I see TRF-6?": asks to see the live plan, not a
  // question about what the documents say. Only a request that reads as a view once its politeness is
  // gone counts; anything else stays a question.
  const request = SHOW_REQUEST.exec(lower);
  if (request || POLITE_END.test(lower)) {
    const plain = text.slice(request ? request[0].length : 0).replace(POLITE_END, '').trim();
    const seen = plain && plain !== text ? parseCommand(plain, ctx) : null;
    if (isLook(seen)) return seen;
    // "show me the plan", "can I see their plan": asked to be shown, a plan is the steering group's.
    const shown = takeCouncil(plain, ctx);
    if (request && /^(?:the|our|their|its|this|that)?\s*(?:social value\s+)?plan$/i.test(shown.rest.replace(/[.!]+$/, '').trim())) return { kind: 'view', ...(shown.council ? { council: shown.council } : {}) };
    // "show the trafford action plan - need it for thursday's steering group", "can i see the cwac
    // action plan, got a meeting later": the request, then why it is wanted.
    const clause = request ? CLAUSE_BREAK.exec(text) : null;
    const head = clause ? parseCommand(text.slice(0, clause.index), ctx) : null;
    if (isLook(head)) return head;
  }
  // "where are we up to on stockport's sv action plan actions?": how the plan stands, asked of it by name.
  const plainAsk = asked.rest.replace(/[.!]+$/, '').trim();
  if (STANDS_ON_PLAN.test(plainAsk)) return { kind: 'view', ...named };
  // "any cwac sv actions at risk or off track?": those of that status; of two, the plan, whose card counts each.
  const ofStatus = ACTIONS_OF_STATUS.exec(plainAsk);
  if (ofStatus) {
    const status = parseStatus(ofStatus[1]!);
    return { kind: 'view', ...named, ...(status && !ofStatus[2] ? { filter: { kind: 'status' as const, value: status } } : {}) };
  }
  if (QUESTION.test(lower)) return null;

  m = new RegExp(String.raw`^(?:action|show(?:\s+action)?|open|history(?:\s+of)?)?\s*${REF}$`, 'i').exec(text);
  if (m) {
    const t = target(m[1]!, m[2]!, ctx);
    return isInvalid(t) ? t : { kind: 'show', target: t };
  }

  const { council, rest } = takeCouncil(text, ctx);
  const r = rest.replace(/[.!]+$/, '').trim();
  const withCouncil = council ? { council } : {};

  if (/^(?:(?:action )?plan|actions?) help$|^help (?:with )?(?:the )?action plan$/i.test(r)) return { kind: 'help' };
  m = /^(?:request|ask for|chase|ask (?:the )?leads for|chase (?:the )?leads for) (?:action )?updates?$/i.exec(r);
  if (m) return { kind: 'request', ...withCouncil };
  m = /^(?:(?:meeting |action plan )?(?:digest|agenda))(?: since (.+))?$/i.exec(r);
  if (m) {
    if (!m[1]) return { kind: 'digest', ...withCouncil };
    const since = parseDate(m[1], ctx.now);
    if (!since) return { kind: 'invalid', message: `I couldn't read "${m[1]}" as a date. Try "digest since 1 March 2026" or "digest since 01/03/2026".`, examples: ['digest', 'digest since 01/03/2026'] };
    return { kind: 'digest', ...withCouncil, since };
  }
  m = /^(?:set )?maturity (?:for )?(.+?) (\S+) ?(?:->|→|to) ?(\S+)$/i.exec(r);
  if (m) {
    const current = parseLevel(m[2]!);
    const targetLevel = parseLevel(m[3]!);
    if (current === undefined || targetLevel === undefined) {
      return { kind: 'invalid', message: `Maturity levels are 0 Minimum, 1 Developing, 2 Mature, 3 Leader, 4 Innovator; I couldn't read "${current === undefined ? m[2] : m[3]}".`, examples: ['maturity Procurement 1 -> 4'] };
    }
    return { kind: 'maturity', ...withCouncil, theme: m[1]!, current, target: targetLevel };
  }
  if (/^(?:my (?:open )?actions|actions for me|my action plan actions)$/i.test(r)) return { kind: 'view', filter: { kind: 'mine' } };
  if (/^(?:overdue(?: actions)?|actions overdue|late actions)$/i.test(r)) return { kind: 'view', ...withCouncil, filter: { kind: 'overdue' } };
  // "the sv action plan for stockport": the council taken out leaves its "for".
  if (/^(?:the |our |their |its )?(?:social value |sv )?(?:action plan|actions)(?: themes?| summary| status)?(?: (?:for|of|in))?$/i.test(r)) return { kind: 'view', ...withCouncil };

  m = /^(?:action plan|actions?)(?: with| in| under)? (theme|status|lead|for|led by|owned by) (.+)$/i.exec(r) ?? /^(?:action plan )?(theme) (.+?)(?: actions)?$/i.exec(r);
  if (m) {
    const value = m[2]!.trim();
    const by = m[1]!.toLowerCase();
    if (by === 'theme') return { kind: 'view', ...withCouncil, filter: { kind: 'theme', value } };
    if (by === 'status') {
      const status = parseStatus(value);
      if (!status) return { kind: 'invalid', message: `"${value}" is not a status. Use one of ${STATUS_LIST}.`, examples: ['action plan status at risk'] };
      return { kind: 'view', ...withCouncil, filter: { kind: 'status', value: status } };
    }
    if (value.toLowerCase() === 'me') return { kind: 'view', filter: { kind: 'mine' } };
    return { kind: 'view', ...withCouncil, filter: { kind: 'lead', value } };
  }
  m = /^(.+?) actions$|^actions (?:that are )?(.+)$/i.exec(r);
  if (m) {
    const status = parseStatus(m[1] ?? m[2]!);
    if (status) return { kind: 'view', ...withCouncil, filter: { kind: 'status', value: status } };
  }

  // "cwac action plan - who's leading the measurement tool and by when": a question about the plan's
  // content once the plan is named, which Q&A answers from the documents.
  const after = CLAUSE_BREAK.exec(r);
  if (after && QUESTION.test(r.slice(after.index + after[0].length).toLowerCase())) return null;
  // Starts like a plan command but is not one we can read: say how, rather than let Q&A guess.
  if (/^(?:action plan|digest|agenda|my actions|overdue|add action|request updates?)\b/i.test(r)) {
    return { kind: 'invalid', message: `I couldn't read "${text}" as an action plan command.`, examples: ['action plan', 'action plan theme Procurement', 'overdue', 'digest', 'plan help'] };
  }
  return null;
}

/** "and the procurement manager?", "what about the HR mgr then": a name, and nothing else asked. */
const ANOTHER_LEAD = /^(?:(?:and|ok|okay|so|now|then)[,]?\s+)*(?:(?:what|how)\s+about\s+|same\s+for\s+)?(?:the\s+|our\s+)?(.+?)(?:'s)?(?:\s+(?:then|too|pls|please|one|ones|actions?))*[\s?.!]*$/i;

/**
 * Right after one lead's actions were listed, a message that names another lead the plans have: that
 * lead as typed. Whole words of a lead's title count ("procurement manager", "the HR manager"); a word
 * inside one does not ("age" in "manager").
 */
export function anotherLead(text: string, leads: readonly string[]): string | undefined {
  return leadNamed(ANOTHER_LEAD.exec(text.trim())?.[1]?.trim(), leads);
}

/** "which of those are the procurement manager's?", "any of them led by the HR manager?": of the actions shown. */
const LEAD_OF_SHOWN = /^(?:(?:and|ok|okay|so)[,]?\s+)*(?:which|what|any)(?:\s+(?:of\s+)?(?:those|these|them|ones|actions))*\s+(?:(?:are|is)\s+)?(?:(?:led|owned|run)\s+by\s+|(?:for|belong\s+to)\s+)?(?:the\s+|our\s+)?(.+?)(?:'s|s'|’s)?(?:\s+(?:then|pls|please|ones?|actions?))*[\s?.!]*$/i;

/**
 * After a plan's actions were shown (all of them, or the overdue ones), a question that picks one lead's
 * among them: that lead as typed.
 */
export function leadOfShown(text: string, leads: readonly string[]): string | undefined {
  return leadNamed(LEAD_OF_SHOWN.exec(text.trim())?.[1]?.trim(), leads);
}

/** A lead as typed, where it is the whole words of a lead's title the plans have. */
function leadNamed(typed: string | undefined, leads: readonly string[]): string | undefined {
  if (!typed || typed.split(/\s+/).length > 6) return undefined;
  const wanted = normaliseLead(typed);
  if (wanted.length < 3) return undefined;
  const whole = new RegExp(`(?<![a-z])${escapeRegExp(wanted)}(?![a-z])`);
  return leads.some((l) => whole.test(normaliseLead(l))) ? typed : undefined;
}

/**
 * "is the measurement tool action done yet?", "what's the progress on …?", "how is … going?": asks how far
 * an action has got. Without "action" or "plan", "has … launched?" asks the documents (which say what was planned).
 */
const ASKS_PROGRESS = /\b(?:actions?|plan)\b[^?]{0,60}\b(?:done|complete|completed|finished|started|yet)\b|\b(?:done|complete|completed|finished|started)\b[^?]{0,40}\b(?:actions?|plan)\b|\b(?:status|progress) (?:of|on|with)\b|\bhow(?:'s| is| are) [^?]{0,60}\b(?:going|getting on|progressing|coming along)\b/i;
/**
 * Right after the live plan was shown, more is asked of an action on it: "who's leading on the match my
 * project one and when is it due?", "has the steering group bit been done yet?".
 */
const ASKS_OF_SHOWN = /\bwho(?:'s| is| are)? (?:lead\w*|own\w*|responsible|doing|in charge|on)\b|\b(?:due|deadline|by when|done|complete|completed|finished|started|status|progress|yet)\b/i;
const ASKS_DONE = /\b(?:done|complete|completed|finished|started|status|progress|yet)\b/i;
/** Words of an action's title that say nothing of which action it is. */
const PLAIN = new Set(['social', 'value', 'council', 'councils', 'with', 'from', 'that', 'this', 'their', 'into', 'within', 'across', 'which', 'will', 'about', 'through', 'action', 'actions', 'plan']);

/**
 * "is the cwac measurement tool action done yet?": the seeded actions whose titles the question names
 * (two of their words or more, the most of any action's), for their live status; none when it asks
 * nothing of progress or names no action.
 */
export function actionsAsked(text: string, actions: readonly { council: CouncilId; ref: string; action: string }[], council: CouncilId | undefined, after?: 'live' | 'documents'): Extract<Filter, { kind: 'named' }> & { council: CouncilId } | undefined {
  const asks = ASKS_PROGRESS.test(text) || (after === 'live' ? ASKS_OF_SHOWN : after === 'documents' ? ASKS_DONE : undefined)?.test(text) === true;
  if (!asks) return undefined;
  const typed = new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 6)));
  const scored = actions
    .filter((a) => council === undefined || a.council === council)
    .map((a) => {
      const words = [...new Set((a.action.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !PLAIN.has(w)))];
      const said = words.filter((w) => typed.has(w.slice(0, 6)));
      return { a, said };
    })
    .filter((x) => x.said.length >= 2);
  const most = Math.max(0, ...scored.map((x) => x.said.length));
  const best = scored.filter((x) => x.said.length === most);
  // One council's actions only: a question that names none may not be asked of two plans at once.
  const councils = new Set(best.map((x) => x.a.council));
  if (best.length === 0 || councils.size !== 1) return undefined;
  return { kind: 'named', refs: best.map((x) => x.a.ref), words: best[0]!.said.join(' '), council: best[0]!.a.council };
}
