/**
 * The shape of a council policy pack (data/policies/<council>.json).
 *
 * Every figure, threshold and list carries the document and section it comes from, so an answer can
 * always cite it. Code holds only the semantics of the words (see `Bound`); the figures are data.
 */
import { z } from 'zod';

/**
 * A council's id: its policy pack's file name and the prefix of its settings. The councils covered are
 * the packs in data/policies, not a list in code: a fourth council is a data file.
 */
export const CouncilIdSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'expected a lower-case id such as "stockport" or "cheshire-west-and-chester"');
export type CouncilId = string;

export const CATEGORIES = ['goods', 'services', 'works'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

const text = z.string().trim().min(1);

export const SourceSchema = z.strictObject({
  /** id of an entry in the pack's `documents` (a document of data/sources/index.json) */
  document: text,
  /** a heading or alias of a section in the document's section map (data/sources/index.json) */
  section: text,
  /**
   * further sections of the same document the fact rests on, when one is not enough; cited after
   * `section`, joined by "and" ("section 2.3 and 3.1")
   */
  alsoSections: z.array(text).min(1).optional(),
  /** the sentence the fact rests on, verbatim: it must be in (one of) the cited section(s) */
  quote: text.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * One end of a value band. `inclusive` records what the document's words mean:
 * "in excess of £25k" / "over" / "above" -> inclusive: false; "between £50,000 and £100,000" -> inclusive: true.
 */
export const BoundSchema = z.strictObject({
  amount: z.number().nonnegative(),
  inclusive: z.boolean(),
});
export type Bound = z.infer<typeof BoundSchema>;

export const ConditionSchema = z.strictObject({
  /** the contract value must be above this (or at least this, when inclusive) */
  above: BoundSchema.optional(),
  /** the contract value must be below this (or at most this, when inclusive) */
  upTo: BoundSchema.optional(),
  /** the rule speaks only of competitive procurement */
  competitiveOnly: z.boolean().default(false),
  /** the categories the rule names; absent means the document does not restrict it */
  categories: z.array(CategorySchema).min(1).optional(),
  /** the document's own words for the condition, shown in answers ("in excess of £25k") */
  wording: text,
});
export type Condition = z.infer<typeof ConditionSchema>;

export const RULE_KINDS = [
  'social-value-applies',
  'weighting',
  'portal',
  'toms',
  'minimum-standards',
  'payment-deductions',
  'carbon-reduction-plan',
  'pid-sign-off',
  'living-wage',
  'evaluation',
  'contract-management',
  'prompt-payment',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const ruleBase = {
  id: text,
  when: ConditionSchema,
  /** what the rule requires, in plain words */
  statement: text,
  /** "in-force" unless the document describes it as proposed */
  status: z.enum(['in-force', 'proposed']).default('in-force'),
  /**
   * How the document puts it: "requires" (a must), "allows" (a power the council keeps, as to reduce
   * payments), "commits" (the council's own promise, as to pay suppliers within 30 days), "expects"
   * (an expectation or encouragement, not a condition), "asks" (tender questions ask about it). An
   * answer never says the documents require what they only expect or ask about.
   */
  force: z.enum(['requires', 'allows', 'commits', 'expects', 'asks']).default('requires'),
  items: z.array(text).optional(),
  notes: z.array(text).optional(),
  /** the document's condition for accepting something else in place of what the rule asks ("the alternative is of equivalent value") */
  acceptsOnlyIf: text.optional(),
  /**
   * Other kinds the rule's own words also cover ("TOMs / Social Value Portal … in all activity over
   * £50k" covers the Portal): where it applies, a narrower rule of that kind (the Portal for
   * competitive procurement only) is no reason to say the kind does not cover the contract.
   */
  alsoCovers: z.array(z.enum(RULE_KINDS)).optional(),
  source: SourceSchema,
};

const percent = z.number().min(0).max(100);

export const WeightingRuleSchema = z
  .strictObject({
    ...ruleBase,
    kind: z.literal('weighting'),
    /** a floor the document states ("a minimum weighting of 15%") */
    min: percent.nullable(),
    /** an aim above the floor ("an overall target of 20%") */
    target: percent.nullable(),
    /** a standard figure that is neither floor nor target ("a social value weighting of 5% would be considered") */
    standard: percent.nullable(),
    /** the document allows the figure to be "varied on a case by case basis" */
    variable: z.boolean(),
  })
  .refine((r) => r.min !== null || r.standard !== null, {
    message: 'a weighting rule needs a min or a standard figure',
  });

const OtherRuleSchema = z.strictObject({
  ...ruleBase,
  kind: z.enum(RULE_KINDS).exclude(['weighting']),
});

// Discriminated on `kind` so a fault inside a rule is reported at its own path (`rules[1].min`), not as
// a bare "Invalid input" on the whole rule, which is what a plain union says when no option matches.
export const RuleSchema = z.discriminatedUnion('kind', [WeightingRuleSchema, OtherRuleSchema]);
export type WeightingRule = z.infer<typeof WeightingRuleSchema>;
export type Rule = z.infer<typeof RuleSchema>;

export const FactSchema = z.strictObject({ label: text, value: text });

export const TopicPartSchema = z.strictObject({
  heading: text.optional(),
  text: text.optional(),
  items: z.array(text).optional(),
  facts: z.array(FactSchema).optional(),
  source: SourceSchema,
});
export type TopicPart = z.infer<typeof TopicPartSchema>;

/** Narrative topics an officer may ask about; the same ids across councils so questions map once. */
export const TOPIC_IDS = [
  'priorities',
  'vision',
  'maturity-index',
  'steering-group',
  'outcomes',
  'action-plan',
  'governance',
  'training',
  'legal-duty',
  'definition',
  'carbon',
  'living-wage',
  'paying-suppliers',
  'contract-management',
  'minimum-standards',
  'evaluation',
  'pid-sign-off',
  'payment-deductions',
  'portal',
  'toms',
  'contacts',
  'risks',
  'small-suppliers',
  'consultation',
  'cost',
] as const;
export const TopicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof TopicIdSchema>;

export const TopicSchema = z.strictObject({
  title: text,
  summary: text,
  parts: z.array(TopicPartSchema).min(1),
});
export type Topic = z.infer<typeof TopicSchema>;

/**
 * A source document as the rest of the code sees it (pack.documents): its entry in
 * data/sources/index.json without the text. Packs name their documents by id; the loader resolves them.
 */
export interface PolicyDocument {
  id: string;
  title: string;
  /** the council whose document it is */
  council: CouncilId;
  /** when it was published or approved, as precisely as the document says (YYYY, YYYY-MM or YYYY-MM-DD) */
  date: string;
  /** the period it covers, when it names one ("2022-2023", "2021-25") */
  period?: string;
  /** anything the document says about its own currency ("due to be refreshed in 2023") */
  currency?: string;
  /** the last day of the period it covers (YYYY-MM-DD), when it states one */
  periodEnds?: string;
  /** when it is due to be refreshed (YYYY or YYYY-MM-DD), when a document says so */
  refreshDue?: string;
  /** its text, in data/sources/ */
  file: string;
}

/** A pack's documents: ids of data/sources/index.json entries, each at most once. */
const DocumentIdsSchema = z
  .array(text)
  .min(1)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `"${id}" is listed twice` });
    });
  });

/** A pack file as written (data/policies/<council>.json): `documents` lists source ids. */
export const PolicyPackSchema = z
  .strictObject({
    council: z.strictObject({
      id: CouncilIdSchema,
      name: text,
      shortName: text,
      /** how officers refer to the council, lower case */
      aliases: z.array(text).min(1),
      procurementPartner: z.strictObject({ name: text, source: SourceSchema }).optional(),
    }),
    documents: DocumentIdsSchema,
    rules: z.array(RuleSchema),
    /** what the pack says when it has no weighting rule (Trafford) */
    noWeighting: z.strictObject({ statement: text, source: SourceSchema }).optional(),
    topics: z.partialRecord(TopicIdSchema, TopicSchema),
    /** `categories`: a note that says the documents cover these categories of contract ("for all areas (goods, works and services)") */
    notes: z.array(z.strictObject({ text, categories: z.array(CategorySchema).min(1).optional(), source: SourceSchema })).default([]),
  })
  .superRefine((pack, ctx) => {
    const ids = new Set(pack.documents);
    const check = (source: Source, path: (string | number)[]) => {
      if (!ids.has(source.document)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'document'],
          message: `unknown document "${source.document}" (known: ${[...ids].join(', ')})`,
        });
      }
    };
    pack.rules.forEach((r, i) => check(r.source, ['rules', i, 'source']));
    Object.entries(pack.topics).forEach(([id, t]) =>
      t?.parts.forEach((p, i) => check(p.source, ['topics', id, 'parts', i, 'source'])),
    );
    pack.notes.forEach((n, i) => check(n.source, ['notes', i, 'source']));
    if (pack.noWeighting) check(pack.noWeighting.source, ['noWeighting', 'source']);
    if (pack.council.procurementPartner) check(pack.council.procurementPartner.source, ['council', 'procurementPartner', 'source']);
    const ruleIds = new Set<string>();
    pack.rules.forEach((r, i) => {
      if (ruleIds.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}"` });
      ruleIds.add(r.id);
    });
    const hasWeighting = pack.rules.some((r) => r.kind === 'weighting');
    if (!hasWeighting && !pack.noWeighting) {
      ctx.addIssue({ code: 'custom', path: ['noWeighting'], message: 'a pack without weighting rules must say what its documents say instead' });
    }
  });
export type PolicyPackFile = z.infer<typeof PolicyPackSchema>;
/** A loaded pack: its documents resolved from data/sources/index.json. */
export type PolicyPack = Omit<PolicyPackFile, 'documents'> & { documents: PolicyDocument[] };

/** The national context the council documents cite: shown beside council answers, never as a council rule. */
export const NationalContextSchema = z.strictObject({
  label: text,
  documents: DocumentIdsSchema,
  /** the national facts as the council documents quote them */
  facts: z.array(
    z.strictObject({
      id: text,
      topic: z.enum(['weighting', 'legal-duty', 'priorities']),
      statement: text,
      figure: text.optional(),
      source: SourceSchema,
    }),
  ),
}).superRefine((ctx, issues) => {
  const ids = new Set(ctx.documents);
  ctx.facts.forEach((f, i) => {
    if (!ids.has(f.source.document)) {
      issues.addIssue({ code: 'custom', path: ['facts', i, 'source', 'document'], message: `unknown document "${f.source.document}"` });
    }
  });
});
export type NationalContextFile = z.infer<typeof NationalContextSchema>;
/** The loaded national context: its documents resolved from data/sources/index.json. */
export type NationalContext = Omit<NationalContextFile, 'documents'> & { documents: PolicyDocument[] };
