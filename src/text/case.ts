/**
 * A sentence or name set mid-sentence: its first letter lower case ("Priority themes" → "priority
 * themes"). A word that starts with two capitals is an acronym or a name and stays ("TOMs themes").
 */
export function lowerFirst(text: string): string {
  if (/^\p{Lu}[\p{Lu}\d]/u.test(text)) return text;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/** Lower case, words separated by single spaces, padded so every word starts after a space: " one stockport borough plan ". */
export function spacedWords(s: string): string {
  return ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}
