/** Composition root: configuration -> application -> listening server, and a clean shutdown. */
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './settings/index.js';
import { createLogger } from './logger.js';
import { PolicyDataError } from './policy/loader.js';
import { DataFileError, StorageAccessError, StorageUnavailableError } from './storage/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // Last resort only: causes are fixed where they arise. A stray rejection (say, a proactive send
  // nobody awaited) must not take every conversation down with it. Message and stack go to the
  // operator's log; nothing here holds a secret (config is never passed to errors).
  process.on('unhandledRejection', (reason: unknown) => {
    logger.error('unhandled promise rejection', { error: reason instanceof Error ? reason.message : String(reason), stack: reason instanceof Error ? reason.stack : undefined });
  });

  const app = await createApp(config, logger);
  const port = await app.listen();
  logger.info('Social Value Assistant listening', {
    url: `http://localhost:${port}/api/messages`,
    auth: config.auth.appId ? 'Bot Framework authentication on' : 'anonymous (no MicrosoftAppId set: local use only)',
    store: app.services.storage.description,
    ...(config.allowedTenants ? { allowedTenants: config.allowedTenants.length } : {}),
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down: finishing requests in flight', { signal });
    try {
      const drained = await app.close();
      logger.info('stopped', { drained });
      process.exit(drained ? 0 : 1);
    } catch (err) {
      logger.error('shutdown failed', { error: (err as Error).message });
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err: unknown) => {
  // Known start-up faults get their precise message only; anything else gets its stack for the operator.
  const known =
    err instanceof ConfigError || err instanceof PolicyDataError || err instanceof DataFileError || err instanceof StorageAccessError || err instanceof StorageUnavailableError;
  process.stderr.write(`Social Value Assistant cannot start.\n${known ? (err as Error).message : String((err as Error)?.stack ?? err)}\n`);
  process.exit(1);
});
