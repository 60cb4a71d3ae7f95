/**
 * Who may approve an officer's exemption: their line manager from Microsoft Graph when Graph is
 * configured, otherwise (or when Graph knows no manager) the council's approver list. Never the officer.
 * When nobody is configured, tells the officer who to ask (their IT team), and names the settings to
 * change in the log, for the administrators; officers never see environment variable names.
 */
import type { ManagerSource } from '../graph/graphClient.js';
import type { Logger } from '../logger.js';
import type { CouncilId } from '../policy/schema.js';
import { samePerson, type Exemption, type Person } from './model.js';
import { approversVariable } from '../settings/checklist.js';

export interface ApproverLookup {
  source: Exemption['approverSource'];
  approvers: Person[];
  /** why the line manager was not used, when it was not */
  note?: string;
  /** set when there is nobody the bot can send the request to */
  howToAsk?: string;
}

export interface ApproverFinderOptions {
  graph?: ManagerSource;
  /** the council's named approvers: as set in the environment, or as kept now (changed in Teams) */
  approvers: Partial<Record<CouncilId, Person[]>> | ((council: CouncilId) => Promise<readonly Person[]>);
  /** where a missing setting is reported, by name */
  logger?: Pick<Logger, 'warn'>;
}

export class ApproverFinder {
  constructor(private readonly options: ApproverFinderOptions) {}

  get graphConfigured(): boolean {
    return this.options.graph !== undefined;
  }

  async find(officer: Person, council: CouncilId, councilName: string): Promise<ApproverLookup> {
    let note: string | undefined;
    if (this.options.graph) {
      const found = await this.options.graph.managerOf(officer.id);
      if (found.kind === 'found') {
        const m = found.manager;
        const manager: Person = { id: m.id, ...(m.displayName ? { name: m.displayName } : {}), ...(m.mail ?? m.userPrincipalName ? { email: (m.mail ?? m.userPrincipalName)! } : {}) };
        if (!samePerson(manager, officer)) return { source: 'line-manager', approvers: [manager] };
        note = 'Microsoft 365 records you as your own line manager, and nobody can approve their own exemption';
      } else {
        note = found.message;
      }
    }
    const named = this.options.approvers;
    const listed = (typeof named === 'function' ? await named(council) : (named[council] ?? [])).filter((p) => !samePerson(p, officer));
    if (listed.length > 0) return { source: 'council-list', approvers: listed, ...(note ? { note } : {}) };

    const variable = approversVariable(council);
    const settings = this.graphConfigured ? [variable] : [variable, 'GRAPH_TENANT_ID', 'GRAPH_CLIENT_ID', 'GRAPH_CLIENT_SECRET'];
    this.options.logger?.warn('no exemption approver: set the council\'s approvers, or connect Microsoft Graph for line managers', { council, settings: settings.join(', '), ...(note ? { note } : {}) });
    const setup = this.graphConfigured
      ? `ask your IT team to record your line manager in Microsoft 365, or to set up exemption approvers for ${councilName} in the Social Value Assistant`
      : `ask your IT team to set up exemption approvers for ${councilName} in the Social Value Assistant (or to connect it to Microsoft 365, so it can find your line manager)`;
    return {
      source: 'none',
      approvers: [],
      ...(note ? { note } : {}),
      howToAsk:
        `There is no approver I can send this to. Ask your line manager or another senior officer at ${councilName} to approve the exemption ` +
        `(send them this summary and the reason), and ${setup}. ` +
        `The checklist stays "Awaiting senior officer approval"; once that is done, press "Send the request again".`,
    };
  }
}
