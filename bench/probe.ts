/**
 * Diagnostics for `BENCH_PROFILE=1` only: preloaded into the bot process (`--import ./bench/probe.ts`)
 * and driven over the IPC channel by bench/run.ts. It starts and stops V8's CPU profiler around a
 * phase of the benchmark (writing `<dir>/<name>.cpuprofile`) and reports the process's memory split
 * (V8 heap, external buffers, RSS). Nothing in src/ knows about it; a normal run does not load it.
 */
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import { join } from 'node:path';
import v8 from 'node:v8';

type Command = { cmd: 'start' } | { cmd: 'stop'; name: string } | { cmd: 'memory' };

if (process.send) {
  const session = new inspector.Session();
  session.connect();
  const call = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
  const dir = process.env.BENCH_PROBE_DIR ?? '.';
  const reply = (msg: object) => process.send!(msg);

  process.on('message', (m: Command) => {
    void (async () => {
      try {
        if (m.cmd === 'start') {
          await call('Profiler.enable');
          await call('Profiler.setSamplingInterval', { interval: 200 });
          await call('Profiler.start');
          reply({ ok: 'start' });
        } else if (m.cmd === 'stop') {
          const { profile } = await call<{ profile: unknown }>('Profiler.stop');
          const file = join(dir, `${m.name}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          reply({ ok: 'stop', file });
        } else if (m.cmd === 'memory') {
          const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
          const u = process.memoryUsage();
          const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]));
          reply({ ok: 'memory', memory: { rssMB: mb(u.rss), heapTotalMB: mb(u.heapTotal), heapUsedMB: mb(u.heapUsed), externalMB: mb(u.external), arrayBuffersMB: mb(u.arrayBuffers), spacesUsedMB: spaces } });
        }
      } catch (err) {
        reply({ error: (err as Error).message });
      }
    })();
  });
  // The channel must not keep the bot alive, nor stop its graceful shutdown.
  process.channel?.unref();
}
