/** What a settings loader refuses: the ConfigError's problem lines (any other outcome fails the test). */
import { expect } from '@jest/globals';
import { ConfigError } from '../../src/settings/index.js';

export function configProblems(load: () => unknown): string[] {
  try {
    load();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}
