/** At most `max` characters, cut at a word with an ellipsis: for a one-line summary a notification shows. */
export function clip(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max - 3).replace(/\s+\S*$/, '')}…`;
}
