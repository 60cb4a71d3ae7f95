/**
 * The shape the README promises, checked on the sources: botbuilder, botframework-* and restify are
 * imported in src/teams/ only (a move to the Microsoft 365 Agents SDK rewrites that folder alone), and
 * nothing under src/ reads the environment except the composition root and the settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from '@jest/globals';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === '__fixtures__' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({ name: relative(SRC, path), text: readFileSync(path, 'utf8') }));

it('finds the sources (so the checks below can fail)', () => {
  expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['app.ts', 'teams/bot.ts', 'teams/server.ts', 'qa/assistant.ts']));
  expect(files.filter((f) => /from '(botbuilder|restify)/.test(f.text)).length).toBeGreaterThan(3);
});

it('imports the Bot Framework SDK and restify only in src/teams', () => {
  const outside = files
    .filter((f) => !f.name.startsWith('teams/'))
    .flatMap((f) => [...f.text.matchAll(/(?:from|import\()\s*'((?:botbuilder|botframework|restify)[^']*)'/g)].map((m) => `${f.name}: ${m[1]}`));
  expect(outside).toEqual([]);
});

it('reads the environment only in the composition root and the settings', () => {
  const readers = files.filter((f) => /process\.env\b/.test(f.text)).map((f) => f.name);
  expect(readers.filter((name) => !/^(index|app)\.ts$|^settings\//.test(name))).toEqual([]);
});
