/** Composition root: configuration -> application -> listening server, and a clean shutdown. */
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { PolicyDataError } from './policy/loader.js';
import { DataFileError } from './storage/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  const port = await app.listen();
  app.logger.info('Social Value Assistant listening', {
    url: `http://localhost:${port}/api/messages`,
    auth: config.auth.appId ? 'Bot Framework authentication on' : 'anonymous (no MicrosoftAppId set: local use only)',
    store: config.dbFile,
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info('shutting down', { signal });
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  // Known start-up faults get their precise message only; anything else gets its stack for the operator.
  const known = err instanceof ConfigError || err instanceof PolicyDataError || err instanceof DataFileError;
  process.stderr.write(`Social Value Assistant cannot start.\n${known ? (err as Error).message : String((err as Error)?.stack ?? err)}\n`);
  process.exit(1);
});
