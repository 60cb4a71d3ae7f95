/**
 * What every answer draws on: the councils' packs, the documents' passage index, the TOMs catalogue,
 * the national context, the vocabulary and the day. One per assistant; the answer modules take it.
 */
import { documentLabel } from '../policy/citations.js';
import type { PolicyLibrary } from '../policy/loader.js';
import type { PolicyPack } from '../policy/schema.js';
import { policyDocument } from '../policy/sources.js';
import type { TomsLookup } from '../policy/tomsCatalogue.js';
import type { Vocabulary } from '../understand/vocabulary.js';
import type { Lexicon } from '../understand/context.js';
import { createPassageIndex, type PassageIndex } from './passages.js';
import { listNames } from '../text/lists.js';

export class Shelf {
  private passagesBuilt: PassageIndex | undefined;
  /** every name a council goes by (its name, short name and aliases) */
  readonly allNames: readonly string[];
  /** the words of those names */
  readonly councilWords: ReadonlySet<string>;

  constructor(
    readonly library: PolicyLibrary,
    readonly toms: TomsLookup,
    readonly vocabulary: Vocabulary,
    readonly now: () => Date,
  ) {
    this.allNames = this.packs.flatMap((p) => [p.council.name, p.council.shortName, ...p.council.aliases]);
    this.councilWords = new Set(this.allNames.flatMap((n) => n.toLowerCase().match(/[a-z&]+/g) ?? []));
  }

  /**
   * The documents' passage index, built on the first question rather than at start-up: it takes about
   * a tenth of a second, as long as the rest of the assistant.
   */
  get passages(): PassageIndex {
    return (this.passagesBuilt ??= createPassageIndex(this.library.sources, this.vocabulary, this.allNames));
  }

  pack(id: string): PolicyPack {
    // Council ids are the packs' own; the schema's id type narrows them for the policy code.
    const pack = this.library.packs.get(id as PolicyPack['council']['id']);
    if (!pack) throw new Error(`no policy pack for ${id}`);
    return pack;
  }

  get packs(): PolicyPack[] {
    return [...this.library.packs.values()];
  }

  councilName(id: string): string {
    return this.pack(id).council.shortName;
  }

  /** "Stockport, Trafford and Cheshire West and Chester" (or "… or …"). */
  knownCouncils(conjunction = 'and'): string {
    return listNames(this.packs.map((p) => p.council.shortName), conjunction);
  }

  /** Whether the documents use a word at all ("tell me a joke" is short, but leans on nothing asked before). */
  readonly known = (word: string): boolean => this.passages.keyTerms(word).length === this.passages.knownTerms(word).length;

  /** The documents' words, as the reading of a follow-up asks of them. */
  readonly lexicon: Lexicon = { known: this.known, namesThing: (text) => this.passages.namesThing(text) };

  /** A subject's own word ("cohorts") is not a name: every council may speak of the subject in other words. */
  isSubjectWord(term: string): boolean {
    return this.vocabulary.subjects.some((s) => s.re.test(term));
  }

  /** Where the TOMs catalogue comes from, as a source line. */
  tomsSource(): string {
    const { document, section } = this.toms.source;
    const doc = this.library.sources.documents.get(document);
    return `${doc ? documentLabel(policyDocument(doc)) : document}, ${section}`;
  }

  /** A national fact's source, as a source line. */
  nationalSource(source: { document: string; section: string }): string {
    const doc = this.library.national.documents.find((d) => d.id === source.document);
    return `${doc ? documentLabel(doc) : source.document}, ${source.section}`;
  }
}
