/** BOT_ADMINS and REMINDERS_CRON as start-up reads them: the defaults, and one precise line per fault. */
import { describe, expect, it } from '@jest/globals';
import { loadAdministrationSettings } from './administration.js';
import { ConfigError } from './errors.js';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadAdministrationSettings(env);
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.problems;
  }
};

describe('the administration settings', () => {
  it('default to no administrators and reminders on Mondays at 09:00 UK time', () => {
    expect(loadAdministrationSettings({})).toEqual({ admins: [], reminders: { cron: '0 9 * * 1', timezone: 'Europe/London' } });
  });

  it('read administrators by UPN or object id, with or without a name', () => {
    const { admins } = loadAdministrationSettings({ BOT_ADMINS: 'Ada Admin <ADA@council.gov.uk>, 8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f' });
    expect(admins).toEqual([{ id: 'ada@council.gov.uk', name: 'Ada Admin' }, { id: '8f0c2d1e-4b5a-4c3d-9e8f-0a1b2c3d4e5f' }]);
  });

  it('take another schedule, or none', () => {
    expect(loadAdministrationSettings({ REMINDERS_CRON: '30 8 * * 1-5' }).reminders).toEqual({ cron: '30 8 * * 1-5', timezone: 'Europe/London' });
    expect(loadAdministrationSettings({ REMINDERS_CRON: 'off' }).reminders).toBeNull();
  });

  it('stop start-up naming the setting, what is wrong and the value, for each fault at once', () => {
    expect(problemsOf({ REMINDERS_CRON: '0 25 * * 1', BOT_ADMINS: 'Head of IT' })).toEqual([
      'BOT_ADMINS: "Head of IT" is not a UPN or an AAD object id (got "Head of IT")',
      'REMINDERS_CRON: is not a cron expression the scheduler can read (Invalid value for hour: 25); write five fields, e.g. "0 9 * * 1" for Mondays at 09:00 UK time, or "off" (got "0 25 * * 1")',
    ]);
    expect(problemsOf({ REMINDERS_CRON: 'every monday' })[0]).toMatch(/^REMINDERS_CRON: is not a cron expression the scheduler can read \(it has 2 fields, not the five of minute, hour, day of month, month and day of week\); write five fields/);
    // Seconds or a year would be read by the scheduler, but are not what the advice describes.
    expect(problemsOf({ REMINDERS_CRON: '0 0 9 * * 1' })[0]).toMatch(/it has 6 fields/);
  });
});
