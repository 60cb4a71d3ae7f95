/**
 * Who is asking, as the action plan needs to know them. The channel (src/teams) fills it in; look-ups
 * that cost a round trip to Teams are functions, called only when a rule needs them.
 */
import type { CouncilId } from '../policy/schema.js';
import type { Person } from './model.js';

export interface Caller {
  /** as history records them: the AAD object id where known, and the display name */
  person: Person;
  aadObjectId?: string;
  /** the channel's own id for the person (Teams: "29:…") */
  channelId?: string;
  /** the council the person has set, else the deployment's default */
  council?: CouncilId;
  /** the person's sign-in (UPN), when the channel can tell */
  upn(): Promise<string | undefined>;
  /** the normalised ids (channel id, AAD object id, UPN, email) of a team's members; empty when they cannot be read */
  teamMembers(teamId: string): Promise<ReadonlySet<string>>;
  /** where the person asked: their 1:1 chat with the bot, a team's channel, or a group chat */
  where?: 'personal' | 'channel' | 'groupChat';
  /**
   * The AAD object id of the person signed in as `upn`, as the channel knows them where the caller
   * asked; else 'not-found' (not a member of that chat or team) or 'failed' (the look-up failed).
   */
  resolveUpn(upn: string): Promise<{ id: string; name?: string } | { reason: 'not-found' | 'failed'; detail?: string }>;
  /** the AAD object id of someone @mentioned as `name` in the message; undefined when the channel did not say */
  mentioned(name: string): Promise<{ id: string; name?: string } | undefined>;
}
