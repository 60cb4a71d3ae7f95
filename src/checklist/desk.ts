/**
 * The PID checklist's use cases as the officer meets them: each takes who is acting and what they sent,
 * calls the workflow (workflow.ts, the state machine over stored records) and returns the card to
 * show next, so a pressed card updates in place. Nothing here knows the channel: src/teams parses the
 * activity and sends what these return.
 */
import type { CardJson } from '../cards/render.js';
import { cardReply, refused, type CardReply, type Output } from '../cards/reply.js';
import type { Messenger } from '../delivery.js';
import { DOCX_CONTENT_TYPE, safeFilename, type Downloads } from '../downloads/downloads.js';
import type { Logger } from '../logger.js';
import type { SourceLinker } from '../policy/citations.js';
import type { CouncilId, PolicyPack } from '../policy/schema.js';
import type { TomsLookup } from '../policy/tomsCatalogue.js';
import { formatPounds } from '../text/money.js';
import type { ChecklistCommand } from '../understand/checklistCommands.js';
import type { ManagerSource } from '../graph/graphClient.js';
import { ApproverFinder } from './approvers.js';
import { approachCard, approvalCard, commitmentsCard, contractCard, listCard, noticeCard, requirementsCard, reviewCard, summaryCard, type ListDownload, type Viewer } from './cards.js';
import { approachValues, commitmentValues, contractValues, type FieldErrors, type FieldValues, type Raw } from './fields.js';
import { STEPS, describePerson, samePerson, type ChecklistRecord, type Person, type StepId } from './model.js';
import type { ChecklistSettings } from '../settings/checklist.js';
import { summarise, summaryCsv, summaryJson, summaryMarkdown } from './summary.js';
import { suggestToms } from './tomsSuggestions.js';
import { Checklists, newChecklistId, normaliseChecklistId, type Result } from './workflow.js';
import type { RecordStore } from '../storage/records.js';

/** A checklist card's data as read at the boundary. */
export type ChecklistCardFields = Raw & { checklistId?: string; version?: number; step?: string; requestId?: string };

/** The steps an officer saves with the version their card shows (a stale card is caught, not applied). */
type VersionedStep = 'saveContract' | 'acknowledge' | 'saveApproach' | 'saveCommitments' | 'goto' | 'confirm' | 'resend' | 'reopen';

export interface ChecklistDeskDeps {
  store: RecordStore;
  packs: ReadonlyMap<CouncilId, PolicyPack>;
  toms: TomsLookup;
  settings: ChecklistSettings;
  /** the council's exemption approvers now, when they can be changed in Teams (else the settings') */
  approvers?: (council: CouncilId) => Promise<Person[]>;
  /** line managers from Microsoft 365, when Graph is set up */
  managers?: ManagerSource;
  messenger: Messenger;
  downloads: Downloads;
  logger: Logger;
  sourceLinks?: SourceLinker;
}

export class ChecklistDesk {
  readonly checklists: Checklists;
  private readonly approversNow = new Map<CouncilId, readonly Person[]>();

  constructor(private readonly deps: ChecklistDeskDeps) {
    const approvers = new ApproverFinder({ approvers: deps.approvers ?? deps.settings.approvers, logger: deps.logger, ...(deps.managers ? { graph: deps.managers } : {}) });
    this.checklists = new Checklists({
      store: deps.store,
      packs: deps.packs,
      toms: deps.toms,
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
  // Typed commands; `council` is the officer's own (or the deployment's default), for a new checklist

  async command(actor: Person, council: CouncilId | undefined, command: ChecklistCommand): Promise<Output[]> {
    await this.refreshApprovers();
    switch (command.kind) {
      case 'export-text': {
        const rec = await this.viewable(command.id, actor);
        return [rec ? { markdown: summaryMarkdown(this.summary(rec)) } : { card: noticeCard('Checklist not found', `I cannot find ${command.id.toUpperCase()} among the checklists you can see.`) }];
      }
      case 'list':
        return [{ card: await this.listFor(actor) }];
      case 'approvals':
        return this.approvals(actor);
      case 'open': {
        const rec = await this.viewable(command.id, actor);
        return [{ card: rec ? this.cardFor(rec, actor) : noticeCard('Checklist not found', `I cannot find ${command.id.toUpperCase()} among your checklists. Say "my checklists" to see them.`) }];
      }
      case 'resume': {
        const drafts = (await this.checklists.list(actor)).filter((r) => r.status === 'draft');
        if (drafts.length === 1) return [{ card: this.cardFor(drafts[0]!, actor, 'Resuming where you left off.') }];
        return [{ card: await this.listFor(actor, drafts.length === 0 ? 'You have no draft checklists to resume.' : 'Which checklist? Choose one to resume.') }];
      }
      case 'start':
        return [{ card: this.newContractCard(council, command) }];
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Card actions

  start(council: CouncilId | undefined): CardReply {
    return cardReply(this.newContractCard(council, { kind: 'start' }));
  }

  async list(actor: Person): Promise<CardReply> {
    return cardReply(await this.listFor(actor));
  }

  async open(actor: Person, data: ChecklistCardFields): Promise<CardReply> {
    await this.refreshApprovers();
    return this.withId(data, async (id) => {
      const rec = await this.viewable(id, actor);
      return cardReply(rec ? this.cardFor(rec, actor) : noticeCard('Checklist not found', `I cannot find ${id} among the checklists you can see.`));
    });
  }

  /** A step saved against the version the card showed. */
  async step(actor: Person, step: VersionedStep, data: ChecklistCardFields): Promise<CardReply> {
    await this.refreshApprovers();
    return this.withId(data, async (id) => {
      if (data.version === undefined) return refused(400, 'This card does not say which version of the checklist it shows. Say "my checklists" for a fresh one.');
      const v = data.version;
      const c = this.checklists;
      switch (step) {
        case 'saveContract':
          return this.respond(await c.saveContract(actor, id, v, data), actor);
        case 'acknowledge':
          return this.respond(await c.acknowledgeRequirements(actor, id, v), actor);
        case 'saveApproach':
          return this.respond(await c.saveApproach(actor, id, v, data), actor);
        case 'saveCommitments':
          return this.respond(await c.saveCommitments(actor, id, v, data), actor);
        case 'goto': {
          const target = STEPS.find((s) => s === data.step);
          if (!target) return refused(400, 'This card asks for a step I do not know.');
          return this.respond(await c.goTo(actor, id, v, target), actor);
        }
        case 'confirm':
          return this.respond(await c.confirm(actor, id, v), actor);
        case 'resend':
          return this.respond(await c.resend(actor, id, v), actor);
        case 'reopen':
          return this.respond(await c.reopen(actor, id, v), actor);
      }
    });
  }

  async decide(actor: Person, data: ChecklistCardFields, outcome: 'approved' | 'rejected'): Promise<CardReply> {
    return this.withId(data, async (id) => {
      const requestId = typeof data.requestId === 'string' ? data.requestId : '';
      if (!requestId) return refused(400, 'This card does not say which exemption request it is for.');
      const r = await this.checklists.decide(actor, id, requestId, outcome, data);
      switch (r.kind) {
        case 'decided': {
          const owner = describePerson(r.record.owner);
          const told = r.told === 'pending' ? `I am letting ${owner} know.` : r.told.delivered ? `${owner} has been told.` : `I could not tell ${owner} (${r.told.reason}): please let them know.`;
          return cardReply(summaryCard(r.record, this.summary(r.record), 'approver', { notice: `You ${outcome} this exemption. ${told}`, ...this.sources() }));
        }
        case 'already':
          return cardReply(summaryCard(r.record, this.summary(r.record), this.viewerOf(r.record, actor), { notice: r.notice, ...this.sources() }));
        case 'invalid':
          return cardReply(this.approvalCardFor(r.record, r.values, r.errors));
        case 'missing':
          return cardReply(noticeCard('Exemption request not found', r.message));
        case 'forbidden':
          return refused(403, r.message);
      }
    });
  }

  /** Links to the summary as Word, CSV, JSON and Markdown, through unguessable, expiring download links. */
  async download(actor: Person, data: ChecklistCardFields): Promise<CardReply> {
    await this.refreshApprovers();
    return this.withId(data, async (id) => {
      const rec = await this.viewable(id, actor);
      if (!rec) return refused(403, 'Only the officer who owns this checklist, or its approver, can download it.');
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
      return cardReply(card);
    });
  }

  /** "Word (.docx)" on "my checklists": the list again, with the record's Word link at its top. */
  async word(actor: Person, data: ChecklistCardFields): Promise<CardReply> {
    return this.withId(data, async (id) => {
      const rec = await this.viewable(id, actor);
      if (!rec) return refused(403, 'Only the officer who owns this checklist, or its approver, can download it.');
      const file = await this.wordFile(rec);
      const made = await this.deps.downloads.create(file);
      return cardReply(await this.listFor(actor, undefined, { record: rec, links: [{ title: file.title, url: made.url }], expires: made.expires }));
    });
  }

  // -------------------------------------------------------------------------------------------------

  private async withId(data: ChecklistCardFields, run: (id: string) => Promise<CardReply>): Promise<CardReply> {
    const id = data.checklistId ? normaliseChecklistId(data.checklistId) : undefined;
    if (!id) return refused(400, 'This card does not say which checklist it is for. Say "my checklists" for a fresh one.');
    return run(id);
  }

  private respond(result: Result, actor: Person): CardReply {
    switch (result.kind) {
      case 'ok':
      case 'stale':
        return cardReply(this.cardFor(result.record, actor, result.notice));
      case 'invalid':
        return cardReply(this.inputCard(result.step, result.id, result.version, result.record, result.values, result.errors, result.notice));
      case 'missing':
        return cardReply(noticeCard('Checklist not found', result.message));
      case 'forbidden':
        return refused(403, result.message);
    }
  }

  private async approvals(actor: Person): Promise<Output[]> {
    const pending = await this.checklists.pendingApprovals(actor);
    if (pending.length === 0) return [{ text: 'No exemption requests are waiting for your decision.' }];
    return [
      { text: `${pending.length} exemption ${pending.length === 1 ? 'request is' : 'requests are'} waiting for your decision${pending.length > 5 ? ' (the five oldest first)' : ''}.` },
      ...pending
        .slice(-5)
        .reverse()
        .map((rec) => ({ card: this.approvalCardFor(rec) })),
    ];
  }

  /** The record as a Word document: its file name is the reference and the contract title, in safe characters. */
  private async wordFile(rec: ChecklistRecord) {
    const req = this.checklists.requirements(rec);
    // The Word library loads with the first Word download, not at start-up (memory and start-up time).
    const { recordDocx } = await import('./word.js');
    const body = await recordDocx({
      record: rec,
      summary: this.summary(rec),
      ...(req ? { requirements: req } : {}),
      documents: req ? (this.checklists.pack(req.council.id)?.documents ?? []) : [],
      measure: (ref) => this.deps.toms.findByRef(ref),
      ...(this.deps.sourceLinks ? { links: this.deps.sourceLinks } : {}),
    });
    return { title: 'Download Word (.docx)', filename: safeFilename([rec.id, rec.contract?.title, 'social value'], 'docx'), contentType: DOCX_CONTENT_TYPE, body };
  }

  /** The links for the cards' "Source:" lines. */
  private sources(): { sourceLinks?: SourceLinker } {
    return this.deps.sourceLinks ? { sourceLinks: this.deps.sourceLinks } : {};
  }

  /** The card for where a checklist stands: the draft's current step for its owner, else the summary. */
  private cardFor(rec: ChecklistRecord, actor: Person, notice?: string): CardJson {
    if (rec.status !== 'draft' || !samePerson(rec.owner, actor)) return summaryCard(rec, this.summary(rec), this.viewerOf(rec, actor), { ...(notice ? { notice } : {}), ...this.sources() });
    const values: FieldValues =
      rec.step === 'contract' && rec.contract ? contractValues(rec.contract) : rec.step === 'approach' && rec.approach ? approachValues(rec.approach) : rec.step === 'commitments' && rec.commitments ? commitmentValues(rec.commitments) : {};
    return this.inputCard(rec.step, rec.id, rec.version, rec, values, {}, notice);
  }

  private inputCard(step: StepId, id: string, version: number, rec: ChecklistRecord | undefined, values: FieldValues, errors: FieldErrors, notice?: string): CardJson {
    const req = rec && this.checklists.requirements(rec);
    const links = this.deps.sourceLinks;
    if (step === 'contract' || !rec || !req) {
      return contractCard({ id, version, ...(rec ? { record: rec } : {}), councils: this.councils(), values: { council: rec?.contract?.council ?? '', ...values }, errors, ...(notice ? { notice } : {}) });
    }
    switch (step) {
      case 'requirements':
        return requirementsCard(rec, req, notice, links);
      case 'approach':
        return approachCard(rec, req, suggestToms(this.checklists.pack(req.council.id), this.deps.toms), values, errors, notice, links);
      case 'commitments':
        return commitmentsCard(rec, req, values, errors, notice, links);
      case 'review':
        return reviewCard(rec, req, this.summary(rec), this.approverPreview(req.council.id, req.council.shortName), notice, links);
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
    return [...this.deps.packs.values()].map((p) => ({ id: p.council.id, name: p.council.shortName }));
  }

  /** The review card names the approvers as they are now; cards are drawn synchronously, so they are read first. */
  private async refreshApprovers(): Promise<void> {
    const live = this.deps.approvers;
    if (!live) return;
    for (const council of this.deps.packs.keys()) this.approversNow.set(council, await live(council));
  }

  private approverPreview(council: CouncilId, name: string): string {
    if (this.deps.managers) return 'On confirming, I will send the request to your line manager (from Microsoft 365).';
    const listed = this.approversNow.get(council) ?? this.deps.settings.approvers[council] ?? [];
    if (listed.length > 0) return `On confirming, I will send the request to ${listed.map(describePerson).join(' or ')} (${name}'s approvers).`;
    return `No approver is set up for ${name}: on confirming, I will tell you who must be asked and how.`;
  }

  private async listFor(actor: Person, notice?: string, download?: ListDownload): Promise<CardJson> {
    const records = await this.checklists.list(actor);
    const name = (id: CouncilId) => this.deps.packs.get(id)?.council.shortName ?? id;
    return listCard('Your PID checklists', records, {
      empty: 'You have no PID checklists yet. Start one with the button below, or say "new PID checklist".',
      councilName: name,
      ...(notice ? { notice } : {}),
      ...(download ? { download } : {}),
    });
  }

  /** A fresh step-1 card. Nothing is stored until it is saved, so an abandoned card leaves no draft. */
  private newContractCard(council: CouncilId | undefined, said: Extract<ChecklistCommand, { kind: 'start' }>): CardJson {
    const values: FieldValues = { council: council ?? '' };
    // "new PID checklist for a £120k works contract in Trafford": start from what was said.
    if (said.council) values.council = said.council;
    if (said.value !== undefined) values.value = formatPounds(said.value);
    if (said.category) values.category = said.category;
    return contractCard({ id: newChecklistId(), version: 0, councils: this.councils(), values });
  }

  private send(to: Person, card: CardJson, text: string) {
    return this.deps.messenger.sendToUser(to.id, { card, text });
  }
}
