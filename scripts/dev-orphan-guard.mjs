/**
 * Preloaded (`node --import`) into the children of scripts/dev.mjs. dev.mjs holds the write end of
 * each child's stdin; when dev.mjs goes away by any means (even SIGKILL) the pipe closes and the
 * child stops itself, so no bot or playground is left orphaned.
 */
if (!process.stdin.isTTY) {
  process.stdin.on('data', () => {});
  process.stdin.once('end', () => {
    process.kill(process.pid, 'SIGTERM'); // the bot's own handler shuts it down cleanly
    setTimeout(() => process.exit(1), 5000).unref();
  });
  process.stdin.once('error', () => {});
}
