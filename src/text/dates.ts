/**
 * Dates as people read and type them, in UK time, one format everywhere: "1 April 2025" and
 * "1 April 2025, 14:05". Calendar days are stored as YYYY-MM-DD so "overdue" is a string comparison
 * that cannot drift with time zones.
 */

// Built once: constructing a DateTimeFormat is costly, and history cards format many dates.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' });
const LONDON_TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAY_MS = 86_400_000;

/** The calendar day in London at `now` (an action due today is not overdue until tomorrow there). */
export function ukDay(now: Date): string {
  return LONDON_DAY.format(now);
}

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  // Rejects 31/02 and the like rather than rolling them into the next month.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
}

/** "July 2021" -> 2021-07-31: a plan's month-year timeline means the end of that month. */
export function endOfNamedMonth(text: string): string | undefined {
  const m = /^([a-z]+)\.?\s+(\d{4})$/i.exec(text.trim());
  if (!m) return undefined;
  const month = monthIndex(m[1]!);
  return month ? lastDayOfMonth(Number(m[2]), month) : undefined;
}

/**
 * Reads a date an officer typed: 2025-03-31, 31/03/2025 (UK order), 31 March 2025, March 2025 (end
 * of the month), today, yesterday. Undefined when it cannot be read unambiguously.
 */
export function parseDate(text: string, now: Date): string | undefined {
  const t = text.trim().toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (t === 'today') return ukDay(now);
  if (t === 'yesterday') return ukDay(new Date(now.getTime() - DAY_MS));
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return iso(year, Number(m[2]), Number(m[1]));
  }
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(t);
  if (m) {
    const month = monthIndex(m[2]!);
    return month ? iso(Number(m[3]), month, Number(m[1])) : undefined;
  }
  return endOfNamedMonth(t);
}

/** The instant a UK calendar day starts (midnight in London, 23:00 UTC the day before in summer). */
export function ukMidnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00Z`);
  const londonHour = Number(LONDON_HOUR.format(utc));
  return new Date(utc.getTime() - londonHour * 3_600_000);
}

/** 2021-07-31 (or an ISO instant, read for its date) -> "31 July 2021"; anything else as it is. */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  const name = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !name) return day;
  return `${Number(m[3])} ${name.charAt(0).toUpperCase()}${name.slice(1)} ${m[1]}`;
}

/** An instant as a UK reader expects it, to the minute: "12 March 2025, 14:03". */
export function formatInstant(at: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return `${formatDay(ukDay(date))}, ${LONDON_TIME.format(date)}`;
}
