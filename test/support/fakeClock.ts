/** A clock whose time moves only when told, running the timers that fall due on the way (for the reminders' schedule). */
import type { Clock } from '../../src/actionPlan/reminders.js';

export class FakeClock implements Clock {
  private t: number;
  private timers: Array<{ id: number; at: number; fn: () => void }> = [];
  private ids = 0;

  constructor(start: string) {
    this.t = Date.parse(start);
  }

  now = () => new Date(this.t);

  setTimeout = (fn: () => void, ms: number) => {
    this.ids += 1;
    this.timers.push({ id: this.ids, at: this.t + ms, fn });
    return this.ids;
  };

  clearTimeout = (h: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== h);
  };

  /** Moves time to `iso`, running each timer due on the way at its own time. */
  async advanceTo(iso: string): Promise<void> {
    const end = Date.parse(iso);
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at);
      next.fn();
      await new Promise((r) => setImmediate(r));
    }
    this.t = end;
  }
}
