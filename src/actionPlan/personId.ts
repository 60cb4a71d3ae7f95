/**
 * The ways a person is named to the bot, read strictly: a UPN (sign-in email), an AAD object id (a
 * GUID), or the ids Teams itself uses ("29:…" channel ids, "8:orgid:<GUID>"). Anything else is not
 * an id, and callers say so rather than store a guess.
 */

export type PersonIdKind = 'upn' | 'aad' | 'teams';

export interface PersonId {
  kind: PersonIdKind;
  /** UPNs and GUIDs lower case (Entra ID compares them so); Teams ids as given, they are case-sensitive */
  id: string;
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
/** Teams user ids: "29:" then a base64url-style token (bot ids are "28:", not people). */
const TEAMS_ID = /^29:[A-Za-z0-9_-][A-Za-z0-9_.=-]{5,250}$/;
const ORG_ID = /^8:orgid:(.+)$/i;

/** The id `text` is, or undefined when it is not one of the forms above. */
export function readPersonId(text: string): PersonId | undefined {
  const t = text.trim();
  if (GUID.test(t)) return { kind: 'aad', id: t.toLowerCase() };
  // "8:orgid:<GUID>" is Teams' name for an AAD user: the GUID is their object id.
  const org = ORG_ID.exec(t);
  if (org) return GUID.test(org[1]!) ? { kind: 'aad', id: org[1]!.toLowerCase() } : undefined;
  if (TEAMS_ID.test(t)) return { kind: 'teams', id: t };
  if (UPN.test(t) && !t.startsWith('.') && !t.includes('..')) return { kind: 'upn', id: t.toLowerCase() };
  return undefined;
}

/** Looks like someone tried to give an id (so a failure to read it should be said, not taken as a name). */
export function looksLikeId(text: string): boolean {
  const t = text.trim();
  return /@|^\d+:/.test(t) || /^[0-9a-f]{4,}(?:-[0-9a-f]*)+$/i.test(t) || /^[0-9a-f-]{16,}$/i.test(t);
}

/** What an officer is told when an id cannot be read. */
export function idProblem(text: string): string {
  return `I couldn't read "${text.trim()}" as a Teams sign-in. Give their sign-in email (e.g. sam.smith@council.gov.uk) or their Microsoft Entra object id (a GUID such as 8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f).`;
}
