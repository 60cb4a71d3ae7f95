/** "A, B and C": items in a sentence ("Stockport, Trafford and Cheshire West and Chester"). */
export function listNames(names: readonly string[], conjunction = 'and'): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
