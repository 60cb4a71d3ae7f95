/** A sentence or name set mid-sentence: its first letter lower case ("Priority themes" → "priority themes"). */
export function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
