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

/** Where the activity was sent: a 1:1 chat, a team's channel, or a group chat. */
function where(context: TurnContext): Caller['where'] {
  const t = context.activity.conversation?.conversationType;
  return t === 'personal' || t === 'channel' || t === 'groupChat' ? t : undefined;
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
      ...(where(context) ? { where: where(context)! } : {}),
      upn: () => this.upnOf(context),
      teamMembers: (teamId) => this.teamMembers(context, teamId),
      resolveUpn: (upn) => this.aadOfUpn(context, upn),
      mentioned: (name) => this.mentionedAs(context, name),
    };
  }

  /**
   * The AAD object id of the person @mentioned as `name`: from the mention entity when Teams put it
   * there, else by asking Teams who the mentioned Teams id is. The bot's own mention is not a person.
   */
  private async mentionedAs(context: TurnContext, name: string): Promise<{ id: string; name?: string } | undefined> {
    const wanted = name.trim().toLowerCase();
    const mention = (context.activity.entities ?? [])
      .filter((e) => e.type?.toLowerCase() === 'mention')
      .map((e) => e as { mentioned?: { id?: string; name?: string; aadObjectId?: string }; text?: string })
      .find((e) => {
        if (!e.mentioned?.id || e.mentioned.id === context.activity.recipient?.id) return false;
        const shown = (e.text ?? '').replace(/<\/?at>/g, '').trim().toLowerCase();
        return shown === wanted || (e.mentioned.name ?? '').trim().toLowerCase() === wanted;
      });
    const who = mention?.mentioned;
    if (!who?.id) return undefined;
    const found = (aad: string) => ({ id: normaliseId(aad), ...(who.name ? { name: who.name } : {}) });
    if (who.aadObjectId) return found(who.aadObjectId);
    // "8:orgid:<guid>" is the object id already; a "29:" id is looked up.
    const org = /^8:orgid:(.+)$/i.exec(who.id);
    if (org) return found(org[1]!);
    try {
      const m = await this.member(context, who.id);
      return m?.aadObjectId ? found(m.aadObjectId) : undefined;
    } catch (err) {
      this.logger.warn('could not look up an @mentioned person', { error: (err as Error).message });
      return undefined;
    }
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

  private async aadOfUpn(context: TurnContext, upn: string): Promise<{ id: string; name?: string } | { reason: 'not-found' | 'failed'; detail?: string }> {
    try {
      const m = await this.member(context, upn);
      if (m?.aadObjectId) return { id: m.aadObjectId, ...(m.name ? { name: m.name } : {}) };
      return { reason: 'failed', detail: 'Teams gave no object id for this sign-in' };
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      // Teams finds people only among the members of the conversation or team asked from.
      if (status === 404) return { reason: 'not-found' };
      return { reason: 'failed', detail: String(status ?? (err as Error).message) };
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
