/**
 * The benchmark's baseline: the smallest bot on the same stack as the Social Value Assistant —
 * botbuilder's CloudAdapter with anonymous ConfigurationBotFrameworkAuthentication, restify with the
 * same body reader and JSON parser — that answers every message with its text. Run as its own
 * process: `PORT=… HOST=127.0.0.1 node --import tsx bench/echoBot.ts`.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import restify from 'restify';

const port = Number(process.env.PORT ?? 3979);
const host = process.env.HOST ?? '127.0.0.1';

const auth = new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: 'MultiTenant',
  MicrosoftAppTenantId: '',
} as ConfigurationBotFrameworkAuthenticationOptions);
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'echo turn failed', error: error.message })}\n`);
  await context.sendActivity('echo failed');
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}
const bot = new EchoBot();

const server = restify.createServer({ name: 'echo-bot', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyReader({ maxBodySize: 1024 * 1024 }));
server.use(restify.plugins.jsonBodyParser({ mapParams: false, bodyReader: true }));
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

server.listen(port, host, () => {
  process.stderr.write(`${JSON.stringify({ level: 'info', msg: 'echo bot listening', port })}\n`);
});

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
