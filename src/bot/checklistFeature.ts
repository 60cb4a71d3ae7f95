/**
 * The PID checklist in Teams: typed commands ("new PID checklist", "my checklists", "resume …", "my
 * approvals", "PID-… as text") and the `checklist.` card verbs. Thin: it reads the activity, calls the
 * workflow (src/checklist) and answers with the next card, so the pressed card updates in place.
 */
import { join } from 'node:path';
import {
  CardFactory,
  MessageFactory,
  UserState,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type StatePropertyAccessor,
  type TurnContext,
} from 'botbuilder';
import { ApproverFinder } from '../checklist/approvers.js';
import {
  approachCard,
  approvalCard,
  commitmentsCard,
  contractCard,
  listCard,
  noticeCard,
  type ListDownload,
  requirementsCard,
  reviewCard,
  summaryCard,
  type Viewer,
} from '../checklist/cards.js';
import { approachValues, commitmentValues, contractValues, type FieldErrors, type FieldValues, type Raw } from '../checklist/fields.js';
import { STEPS, describePerson, samePerson, type ChecklistRecord, type Person, type StepId } from '../checklist/model.js';
import { loadChecklistSettings, type ChecklistSettings } from '../checklist/settings.js';
import { summarise, summaryCsv, summaryJson, summaryMarkdown } from '../checklist/summary.js';
import { recordDocx } from '../checklist/word.js';
import { DOCX_CONTENT_TYPE, safeFilename } from '../downloads/downloads.js';
import { suggestToms } from '../checklist/tomsSuggestions.js';
import { Checklists, newChecklistId, normaliseChecklistId, type DeliveryOutcome, type Result } from '../checklist/workflow.js';
import type { FeatureDeps } from '../features.js';
import type { ChecklistCommand } from '../understand/checklistCommands.js';
import type { Request } from '../understand/route.js';
import { clientSecretTokenProvider } from '../graph/credentials.js';
import { GraphDirectory } from '../graph/graphClient.js';
import { DEFAULT_DATA_DIR } from '../policy/loader.js';
import { formatPounds } from '../text/money.js';
import type { SourceLinker } from '../policy/citations.js';
import type { CouncilId } from '../policy/schema.js';
import { createTomsLookup, loadTomsCatalogue, type TomsLookup } from '../policy/tomsCatalogue.js';
import { CHECKLIST_DATA, parseCardData } from './cardData.js';
import { cardResponse, errorResponse, type Feature } from './feature.js';
import type { UserProfile } from './socialValueBot.js';

type CardJson = Record<string, unknown>;

/** Who is acting: the AAD object id where Teams gives one (the id Graph and the directory know). */
export function actorOf(context: TurnContext): Person {
  const from = context.activity.from;
  return { id: from?.aadObjectId ?? from?.id ?? 'unknown', ...(from?.name ? { name: from.name } : {}) };
}

export class ChecklistFeature implements Feature {
  readonly verbPrefix = 'checklist.';
  readonly feature = 'checklist' as const;
  readonly checklists: Checklists;
  private readonly settings: ChecklistSettings;
  private readonly toms: TomsLookup;
  private readonly profile: StatePropertyAccessor<UserProfile>;

  constructor(private readonly deps: FeatureDeps) {
    this.settings = loadChecklistSettings(deps.env, [...deps.library.packs.keys()]);
    this.toms = createTomsLookup(loadTomsCatalogue(join(deps.config.dataDir ?? DEFAULT_DATA_DIR, 'toms.json')));
    // Read-only view of the profile the bot keeps (the user's council); the bot saves it, never this.
    this.profile = new UserState(deps.storage).createProperty<UserProfile>('profile');
    const graph = this.settings.graph;
    const approvers = new ApproverFinder({
      approvers: this.settings.approvers,
      logger: deps.logger,
      ...(graph
        ? { graph: new GraphDirectory({ baseUrl: graph.baseUrl, token: clientSecretTokenProvider(graph.tenantId, graph.clientId, graph.clientSecret) }) }
        : {}),
    });
    this.checklists = new Checklists({
      store: deps.storage,
      packs: deps.library.packs,
      toms: this.toms,
      approvers,
      notify: {
        approvalRequest: (to, rec) => this.send(to, this.approvalCardFor(rec), `${describePerson(rec.owner)} asks you to approve a social value exemption for "${rec.contract?.title ?? rec.id}".`),
        decision: (to, rec) => {
          const d = rec.exemption?.decision;
          const text = d ? `Your social value exemption for "${rec.contract?.title ?? rec.id}" was ${d.outcome} by ${describePerson(d.by)}: ${d.comment}` : 'Your exemption request has an update.';
          return this.send(to, summaryCard(rec, this.summary(rec), 'owner', { notice: text, ...this.sources() }), text);
        },
      },
      onBackgroundError: (err) => deps.logger.error('checklist delivery failed', { error: err.message }),
    });
  }

  // -------------------------------------------------------------------------------------------------
  // Typed commands

  async onRequest(context: TurnContext, request: Request): Promise<void> {
    if (request.feature !== 'checklist') return;
    const command = request.command;
    const actor = actorOf(context);
    const reply = (card: CardJson) => context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    switch (command.kind) {
      case 'export-text': {
        const rec = await this.viewable(command.id, actor);
        if (!rec) await reply(noticeCard('Checklist not found', `I cannot find ${command.id.toUpperCase()} among the checklists you can see.`));
        else await context.sendActivity({ type: 'message', text: summaryMarkdown(this.summary(rec)), textFormat: 'markdown' });
        return;
      }
      case 'list':
        await reply(await this.listFor(actor));
        return;
      case 'approvals':
        await this.sendApprovals(context, actor);
        return;
      case 'open': {
        const rec = await this.viewable(command.id, actor);
        await reply(rec ? this.cardFor(rec, actor) : noticeCard('Checklist not found', `I cannot find ${command.id.toUpperCase()} among your checklists. Say "my checklists" to see them.`));
        return;
      }
      case 'resume': {
        const drafts = (await this.checklists.list(actor)).filter((r) => r.status === 'draft');
        if (drafts.length === 1) await reply(this.cardFor(drafts[0]!, actor, 'Resuming where you left off.'));
        else await reply(await this.listFor(actor, drafts.length === 0 ? 'You have no draft checklists to resume.' : 'Which checklist? Choose one to resume.'));
        return;
      }
      case 'start':
        await reply(await this.newContractCard(context, command));
        return;
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Card actions

  async onCardAction(context: TurnContext, action: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = action.action.verb;
    // Parsed before anything is read or written: a card can be replayed or crafted.
    const parsed = parseCardData(CHECKLIST_DATA, verb, action.action.data, 'Say "my checklists" for a fresh one.');
    if ('unknownVerb' in parsed) {
      return errorResponse(400, `This card action ("${verb}") is not one I know. The card may be from an older version: say "my checklists" for a fresh one.`);
    }
    if (!parsed.ok) return errorResponse(400, parsed.message);
    const data = parsed.data as Raw & { checklistId?: string; version?: number; step?: string; requestId?: string };
    const actor = actorOf(context);
    try {
      if (verb === 'checklist.start') return cardResponse(await this.newContractCard(context, { kind: 'start' }));
      if (verb === 'checklist.list') return cardResponse(await this.listFor(actor));

      const id = data.checklistId ? normaliseChecklistId(data.checklistId) : undefined;
      if (!id) return errorResponse(400, 'This card does not say which checklist it is for. Say "my checklists" for a fresh one.');
      const version = data.version ?? -1;
      const hasVersion = data.version !== undefined;
      const needVersion = () => errorResponse(400, 'This card does not say which version of the checklist it shows. Say "my checklists" for a fresh one.');

      switch (verb) {
        case 'checklist.open': {
          const rec = await this.viewable(id, actor);
          return cardResponse(rec ? this.cardFor(rec, actor) : noticeCard('Checklist not found', `I cannot find ${id} among the checklists you can see.`));
        }
        case 'checklist.saveContract':
          return hasVersion ? this.respond(await this.checklists.saveContract(actor, id, version, data), actor) : needVersion();
        case 'checklist.acknowledge':
          return hasVersion ? this.respond(await this.checklists.acknowledgeRequirements(actor, id, version), actor) : needVersion();
        case 'checklist.saveApproach':
          return hasVersion ? this.respond(await this.checklists.saveApproach(actor, id, version, data), actor) : needVersion();
        case 'checklist.saveCommitments':
          return hasVersion ? this.respond(await this.checklists.saveCommitments(actor, id, version, data), actor) : needVersion();
        case 'checklist.goto': {
          const step = STEPS.find((s) => s === data.step);
          if (!step) return errorResponse(400, 'This card asks for a step I do not know.');
          return hasVersion ? this.respond(await this.checklists.goTo(actor, id, version, step), actor) : needVersion();
        }
        case 'checklist.confirm':
          return hasVersion ? this.respond(await this.checklists.confirm(actor, id, version), actor) : needVersion();
        case 'checklist.resend':
          return hasVersion ? this.respond(await this.checklists.resend(actor, id, version), actor) : needVersion();
        case 'checklist.reopen':
          return hasVersion ? this.respond(await this.checklists.reopen(actor, id, version), actor) : needVersion();
        case 'checklist.download':
          return this.download(actor, id);
        case 'checklist.word':
          return this.wordFromList(actor, id);
        case 'checklist.approve':
        case 'checklist.reject':
          return this.decide(actor, id, data, verb === 'checklist.approve' ? 'approved' : 'rejected');
        default:
          // Every verb in CHECKLIST_DATA is handled above.
          return errorResponse(400, `This card action ("${verb}") is not one I know. The card may be from an older version: say "my checklists" for a fresh one.`);
      }
    } catch (err) {
      this.deps.logger.error('checklist action failed', { verb, error: (err as Error).message });
      return errorResponse(500, 'Something went wrong on my side and nothing was changed. Please press the button again in a moment.');
    }
  }

  private respond(result: Result, actor: Person): AdaptiveCardInvokeResponse {
    switch (result.kind) {
      case 'ok':
        return cardResponse(this.cardFor(result.record, actor, result.notice));
      case 'stale':
        return cardResponse(this.cardFor(result.record, actor, result.notice));
      case 'invalid':
        return cardResponse(this.inputCard(result.step, result.id, result.version, result.record, result.values, result.errors, result.notice));
      case 'missing':
        return cardResponse(noticeCard('Checklist not found', result.message));
      case 'forbidden':
        return errorResponse(403, result.message);
    }
  }

  private async decide(actor: Person, id: string, data: Raw, outcome: 'approved' | 'rejected'): Promise<AdaptiveCardInvokeResponse> {
    const requestId = typeof data.requestId === 'string' ? data.requestId : '';
    if (!requestId) return errorResponse(400, 'This card does not say which exemption request it is for.');
    const r = await this.checklists.decide(actor, id, requestId, outcome, data);
    switch (r.kind) {
      case 'decided': {
        const owner = describePerson(r.record.owner);
        const told = r.told === 'pending' ? `I am letting ${owner} know.` : r.told.delivered ? `${owner} has been told.` : `I could not tell ${owner} (${r.told.reason}): please let them know.`;
        return cardResponse(summaryCard(r.record, this.summary(r.record), 'approver', { notice: `You ${outcome} this exemption. ${told}`, ...this.sources() }));
      }
      case 'already':
        return cardResponse(summaryCard(r.record, this.summary(r.record), this.viewerOf(r.record, actor), { notice: r.notice, ...this.sources() }));
      case 'invalid':
        return cardResponse(this.approvalCardFor(r.record, r.values, r.errors));
      case 'missing':
        return cardResponse(noticeCard('Exemption request not found', r.message));
      case 'forbidden':
        return errorResponse(403, r.message);
    }
  }

  /** The record as a Word document: its file name is the reference and the contract title, in safe characters. */
  private async wordFile(rec: ChecklistRecord) {
    const req = this.checklists.requirements(rec);
    const body = await recordDocx({
      record: rec,
      summary: this.summary(rec),
      ...(req ? { requirements: req } : {}),
      documents: req ? (this.checklists.pack(req.council.id)?.documents ?? []) : [],
      measure: (ref) => this.toms.findByRef(ref),
      ...(this.deps.sourceLinks ? { links: this.deps.sourceLinks } : {}),
    });
    return { title: 'Download Word (.docx)', filename: safeFilename([rec.id, rec.contract?.title, 'social value'], 'docx'), contentType: DOCX_CONTENT_TYPE, body };
  }

  /** Links to the summary as Word, CSV, JSON and Markdown, through unguessable, expiring download links. */
  private async download(actor: Person, id: string): Promise<AdaptiveCardInvokeResponse> {
    const rec = await this.viewable(id, actor);
    if (!rec) return errorResponse(403, 'Only the officer who owns this checklist, or its approver, can download it.');
    const s = this.summary(rec);
    const base = `${rec.id} social value summary`;
    const files = [
      await this.wordFile(rec),
      { title: 'Download CSV', filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: summaryCsv(s) },
      { title: 'Download JSON', filename: `${base}.json`, contentType: 'application/json; charset=utf-8', body: summaryJson(rec, s) },
      { title: 'Download Markdown', filename: `${base}.md`, contentType: 'text/markdown; charset=utf-8', body: summaryMarkdown(s) },
    ];
    const made = await Promise.all(files.map((f) => this.deps.downloads.create({ filename: f.filename, contentType: f.contentType, body: f.body })));
    const links = made.map((m, i) => ({ title: files[i]!.title, url: m.url }));
    const card = rec.status === 'draft' && samePerson(rec.owner, actor) ? this.cardFor(rec, actor) : summaryCard(rec, s, this.viewerOf(rec, actor), { links, linksExpire: made[0]!.expires, ...this.sources() });
    return cardResponse(card);
  }

  /** "Word (.docx)" on "my checklists": the list again, with the record's Word link at its top. */
  private async wordFromList(actor: Person, id: string): Promise<AdaptiveCardInvokeResponse> {
    const rec = await this.viewable(id, actor);
    if (!rec) return errorResponse(403, 'Only the officer who owns this checklist, or its approver, can download it.');
    const file = await this.wordFile(rec);
    const made = await this.deps.downloads.create(file);
    return cardResponse(await this.listFor(actor, undefined, { record: rec, links: [{ title: file.title, url: made.url }], expires: made.expires }));
  }

  /** The links for the cards' "Source:" lines. */
  private sources(): { sourceLinks?: SourceLinker } {
    return this.deps.sourceLinks ? { sourceLinks: this.deps.sourceLinks } : {};
  }

  // -------------------------------------------------------------------------------------------------
  // Cards

  /** The card for where a checklist stands: the draft's current step for its owner, else the summary. */
  private cardFor(rec: ChecklistRecord, actor: Person, notice?: string): CardJson {
    if (rec.status !== 'draft' || !samePerson(rec.owner, actor)) return summaryCard(rec, this.summary(rec), this.viewerOf(rec, actor), { ...(notice ? { notice } : {}), ...this.sources() });
    const values: FieldValues =
      rec.step === 'contract' && rec.contract ? contractValues(rec.contract) : rec.step === 'approach' && rec.approach ? approachValues(rec.approach) : rec.step === 'commitments' && rec.commitments ? commitmentValues(rec.commitments) : {};
    return this.inputCard(rec.step, rec.id, rec.version, rec, values, {}, notice);
  }

  private inputCard(step: StepId, id: string, version: number, rec: ChecklistRecord | undefined, values: FieldValues, errors: FieldErrors, notice?: string): CardJson {
    const req = rec && this.checklists.requirements(rec);
    if (step === 'contract' || !rec || !req) {
      return contractCard({ id, version, ...(rec ? { record: rec } : {}), councils: this.councils(), values: { council: rec?.contract?.council ?? '', ...values }, errors, ...(notice ? { notice } : {}) });
    }
    switch (step) {
      case 'requirements':
        return requirementsCard(rec, req, notice, this.deps.sourceLinks);
      case 'approach':
        return approachCard(rec, req, suggestToms(this.checklists.pack(req.council.id), this.toms), values, errors, notice, this.deps.sourceLinks);
      case 'commitments':
        return commitmentsCard(rec, req, values, errors, notice, this.deps.sourceLinks);
      case 'review':
        return reviewCard(rec, req, this.summary(rec), this.approverPreview(req.council.id, req.council.shortName), notice, this.deps.sourceLinks);
    }
  }

  private approvalCardFor(rec: ChecklistRecord, values: FieldValues = {}, errors: FieldErrors = {}): CardJson {
    return approvalCard(rec, this.checklists.requirements(rec)!, this.summary(rec), values, errors, '', this.deps.sourceLinks);
  }

  private summary(rec: ChecklistRecord) {
    return summarise(rec, this.checklists.requirements(rec));
  }

  private viewerOf(rec: ChecklistRecord, actor: Person): Viewer {
    return samePerson(rec.owner, actor) ? 'owner' : 'approver';
  }

  private async viewable(idText: string, actor: Person): Promise<ChecklistRecord | undefined> {
    const id = normaliseChecklistId(idText);
    const rec = id ? await this.checklists.get(id) : undefined;
    return rec && this.checklists.canView(rec, actor) ? rec : undefined;
  }

  private councils(): { id: CouncilId; name: string }[] {
    return [...this.deps.library.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName }));
  }

  private approverPreview(council: CouncilId, name: string): string {
    if (this.settings.graph) return 'On confirming, I will send the request to your line manager (from Microsoft 365).';
    const listed = this.settings.approvers[council] ?? [];
    if (listed.length > 0) return `On confirming, I will send the request to ${listed.map(describePerson).join(' or ')} (${name}'s approvers).`;
    return `No approver is set up for ${name}: on confirming, I will tell you who must be asked and how.`;
  }

  private async listFor(actor: Person, notice?: string, download?: ListDownload): Promise<CardJson> {
    const records = await this.checklists.list(actor);
    const name = (id: CouncilId) => this.deps.library.packs.get(id)?.council.shortName ?? id;
    return listCard('Your PID checklists', records, {
      empty: 'You have no PID checklists yet. Start one with the button below, or say "new PID checklist".',
      councilName: name,
      ...(notice ? { notice } : {}),
      ...(download ? { download } : {}),
    });
  }

  /** A fresh step-1 card. Nothing is stored until it is saved, so an abandoned card leaves no draft. */
  private async newContractCard(context: TurnContext, said: Extract<ChecklistCommand, { kind: 'start' }>): Promise<CardJson> {
    const profile = await this.profile.get(context, {});
    const values: FieldValues = { council: profile.council ?? this.deps.config.defaultCouncil ?? '' };
    // "new PID checklist for a £120k works contract in Trafford": start from what was said.
    if (said.council) values.council = said.council;
    if (said.value !== undefined) values.value = formatPounds(said.value);
    if (said.category) values.category = said.category;
    return contractCard({ id: newChecklistId(), version: 0, councils: this.councils(), values });
  }

  private async sendApprovals(context: TurnContext, actor: Person): Promise<void> {
    const pending = await this.checklists.pendingApprovals(actor);
    if (pending.length === 0) {
      await context.sendActivity('No exemption requests are waiting for your decision.');
      return;
    }
    await context.sendActivity(`${pending.length} exemption ${pending.length === 1 ? 'request is' : 'requests are'} waiting for your decision${pending.length > 5 ? ' (the five oldest first)' : ''}.`);
    for (const rec of pending.slice(-5).reverse()) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(this.approvalCardFor(rec))));
    }
  }

  private async send(to: Person, card: CardJson, text: string): Promise<DeliveryOutcome> {
    const result = await this.deps.notifier.sendToUser(to.id, { card, text });
    return result.delivered ? { delivered: true } : { delivered: false, reason: result.reason };
  }
}

export function createChecklistFeature(deps: FeatureDeps): Feature {
  return new ChecklistFeature(deps);
}
