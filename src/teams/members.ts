/**
 * Who is asking, from the activity and Teams' member look-ups (TeamsInfo), as the action plan's
 * Caller. Look-ups are cached briefly, so a meeting's worth of commands makes few round trips.
 */
import { TeamsInfo, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { Caller } from '../actionPlan/caller.js';
import { normaliseId } from '../settings/actionPlan.js';
import type { Logger } from '../logger.js';
import type { CouncilId } from '../policy/schema.js';

const MEMBER_CACHE_MS = 5 * 60_000;
const CACHE_MAX = 5000;

/** Who is acting: the AAD object id where Teams gives one (the id Graph and the directory know). */
export function personOf(context: TurnContext): { id: string; name?: string } {
  const from = context.activity.from;
  return { id: from?.aadObjectId ?? from?.id ?? 'unknown', ...(from?.name ? { name: from.name } : {}) };
}

export class TeamsMembers {
  private readonly cache = new Map<string, { at: number; value: unknown }>();

  constructor(private readonly logger: Logger) {}

  callerOf(context: TurnContext, council: CouncilId | undefined): Caller {
    const from = context.activity.from;
    return {
      person: personOf(context),
      ...(from?.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
      ...(from?.id ? { channelId: from.id } : {}),
      ...(council ? { council } : {}),
      upn: () => this.upnOf(context),
      teamMembers: (teamId) => this.teamMembers(context, teamId),
      resolveUpn: (upn) => this.aadOfUpn(context, upn),
    };
  }

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < MEMBER_CACHE_MS) return Promise.resolve(hit.value as T);
    return load().then((value) => {
      if (this.cache.size > CACHE_MAX) this.cache.clear();
      this.cache.set(key, { at: Date.now(), value });
      return value;
    });
  }

  private member(context: TurnContext, idOrUpn: string): Promise<TeamsChannelAccount | undefined> {
    return TeamsInfo.getMember(context, idOrUpn);
  }

  private upnOf(context: TurnContext): Promise<string | undefined> {
    const id = context.activity.from?.id;
    if (!id) return Promise.resolve(undefined);
    return this.cached(`upn:${id}`, async () => {
      try {
        const m = await this.member(context, id);
        const upn = m?.userPrincipalName ?? m?.email;
        return upn ? normaliseId(upn) : undefined;
      } catch (err) {
        this.logger.warn("could not read the caller's UPN from Teams", { error: (err as Error).message });
        return undefined;
      }
    });
  }

  private async aadOfUpn(context: TurnContext, upn: string): Promise<{ id: string } | { reason: string }> {
    try {
      const m = await this.member(context, upn);
      if (m?.aadObjectId) return { id: m.aadObjectId };
      return { reason: 'Teams gave no AAD object id for this sign-in' };
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      // Teams finds people only among the members of the conversation or team asked from.
      if (status === 404) return { reason: "Teams does not know this sign-in here; ask again from the steering group's team channel, or link the lead by AAD object id" };
      return { reason: `Teams could not look up this sign-in (${status ?? (err as Error).message})` };
    }
  }

  private teamMembers(context: TurnContext, teamId: string): Promise<ReadonlySet<string>> {
    return this.cached(`team:${teamId}`, async () => {
      const ids = new Set<string>();
      try {
        let token: string | undefined;
        do {
          const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 500, token);
          for (const m of page.members ?? []) for (const v of [m.id, m.aadObjectId, m.userPrincipalName, m.email]) if (v) ids.add(normaliseId(v));
          token = page.continuationToken || undefined;
        } while (token);
      } catch (err) {
        this.logger.warn('could not list the steering group team', { teamId, error: (err as Error).message });
      }
      return ids;
    });
  }
}
