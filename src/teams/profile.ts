/**
 * The one per-user state the bot keeps: the council an officer has set. Read without a default, so a
 * person who never sets one never gets an empty record written for them.
 */
import type { StatePropertyAccessor, TurnContext, UserState } from 'botbuilder';
import type { CouncilId } from '../policy/schema.js';

export interface UserProfile {
  council?: CouncilId;
}

export class Profiles {
  private readonly accessor: StatePropertyAccessor<UserProfile>;

  constructor(
    readonly state: UserState,
    private readonly defaultCouncil?: CouncilId,
  ) {
    this.accessor = state.createProperty<UserProfile>('profile');
  }

  async get(context: TurnContext): Promise<UserProfile> {
    return (await this.accessor.get(context)) ?? {};
  }

  async set(context: TurnContext, profile: UserProfile): Promise<void> {
    await this.accessor.set(context, profile);
  }

  /** The officer's own council, else the deployment's default. */
  async councilOf(context: TurnContext): Promise<CouncilId | undefined> {
    return (await this.get(context)).council ?? this.defaultCouncil;
  }
}
