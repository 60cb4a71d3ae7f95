/** Every bad setting, for every section, stops start-up with one error listing each `NAME: what is wrong`. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}
