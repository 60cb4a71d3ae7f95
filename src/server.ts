/**
 * The HTTP surface: POST /api/messages (Bot Framework), GET /healthz. Bodies are capped at 1 MB,
 * malformed requests get a 4xx, and nothing a client sends can take the process down.
 */
import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Downloads } from './downloads/downloads.js';
import type { Logger } from './logger.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  logger: Logger;
  downloads: Downloads;
}

export function createServer({ adapter, bot, logger, downloads }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'social-value-assistant', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    return next();
  });

  server.get('/downloads/:token', async (req, res) => {
    const found = await downloads.get(String(req.params.token ?? ''));
    if ('missing' in found) {
      res.send(found.missing === 'expired' ? 410 : 404, {
        error: found.missing === 'expired' ? 'This download link has expired. Ask the bot for a new one.' : 'No such download.',
      });
      return;
    }
    const { file } = found;
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file.body);
  });

  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      res.send(415, { error: 'Expected a JSON Bot Framework activity (Content-Type: application/json).' });
      return;
    }
    const body: unknown = req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'Expected a Bot Framework activity: a JSON object with a "type".' });
      return;
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      logger.error('request failed', { error: (err as Error).message });
      if (!res.headersSent) res.send(500, { error: 'The bot could not process this activity.' });
    }
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => unknown }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) logger.error('server error', { path: req.path(), error: err.message });
    // Never show a stack trace to the client.
    err.toJSON = () => ({ error: status >= 500 ? 'Internal error' : err.message });
    cb();
  });
  return server;
}
