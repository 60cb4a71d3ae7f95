/**
 * Teams renders a subset of Markdown in TextBlocks: emphasis, links and lists. Text that did not come
 * from us (an officer's words echoed back, or any data value) is escaped so it shows as typed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    // '<' too: some clients render inline HTML, which would swallow "<team id>".
    .replace(/([*_[\]`~<])/g, '\\$1')
    .replace(/^(\s*)([-+>#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2')
    .replace(/\r?\n/g, '\n\n');
}

/** A Markdown bullet list whose items are escaped. */
export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${escapeMarkdown(item).replace(/\n\n/g, ' ')}`).join('\r');
}

/** Shortens text for a card, marking the cut: cards must stay well under Teams' 28 KB limit. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Ends a sentence with one full stop, whatever the text ends with. */
export function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * A Markdown link whose label is escaped text (a link shows only its label), or the escaped label alone
 * when there is no link. The URL must be one the bot built (no spaces or parentheses).
 */
export function linked(label: string, url: string | undefined): string {
  if (!url || /[\s()<>]/.test(url)) return escapeMarkdown(label);
  return `[${escapeMarkdown(label).replace(/\n\n/g, ' ')}](${url})`;
}
