/**
 * The one per-user state the bot keeps: the council an officer has set, held in the turn's state
 * (turnState.ts), so it is read with the turn's other records and written only when it changes.
 */
import type { TurnContext } from 'botbuilder';
import type { CouncilId } from '../policy/schema.js';
import { TurnState, type UserProfile } from './turnState.js';

export type { UserProfile } from './turnState.js';

export class Profiles {
  constructor(private readonly defaultCouncil?: CouncilId) {}

  get(context: TurnContext): UserProfile {
    return TurnState.of(context)?.profile ?? {};
  }

  set(context: TurnContext, profile: UserProfile): void {
    const state = TurnState.of(context);
    if (state) state.profile = profile;
  }

  /** The officer's own council, else the deployment's default. */
  councilOf(context: TurnContext): CouncilId | undefined {
    return this.get(context).council ?? this.defaultCouncil;
  }
}
