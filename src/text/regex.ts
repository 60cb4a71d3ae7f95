/** Escapes text for use inside a RegExp: the one escaper the project uses. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
