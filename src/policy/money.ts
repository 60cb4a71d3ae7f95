/** Formats pounds the way UK officers write them: £75,000, £100,000.01, £1,200,000. */
export function formatPounds(value: number): string {
  const pence = Math.round(value * 100);
  const whole = Math.trunc(pence / 100);
  const rest = Math.abs(pence % 100);
  const sign = pence < 0 ? '-' : '';
  const body = Math.abs(whole).toLocaleString('en-GB');
  return `${sign}£${body}${rest ? `.${String(rest).padStart(2, '0')}` : ''}`;
}
