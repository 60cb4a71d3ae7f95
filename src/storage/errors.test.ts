import { describe, expect, it } from '@jest/globals';
import { asAccessError, DataFileError, StorageAccessError } from './errors.js';

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('asAccessError', () => {
  it.each<[string, 'read' | 'write', RegExp]>([
    ['ENOSPC', 'write', /^\/data\/db\.json: cannot write: disk full \(ENOSPC\)\. Free space on that disk, then start the bot again\.$/],
    ['EDQUOT', 'write', /^\/data\/db\.json: cannot write: disk quota exceeded \(EDQUOT\)\./],
    ['EACCES', 'write', /^\/data\/db\.json: not writable: permission denied \(EACCES\)\. .*DB_FILE/],
    ['EACCES', 'read', /^\/data\/db\.json: not readable: permission denied \(EACCES\)\./],
    ['EPERM', 'write', /^\/data\/db\.json: not writable: operation not permitted \(EPERM\)\./],
    ['EROFS', 'write', /^\/data\/db\.json: not writable: the file system is read-only \(EROFS\)\. Set DB_FILE to a writable disk\.$/],
  ])('turns %s on %s into one line naming the file', (code, op, message) => {
    const err = asAccessError(fsError(code), '/data/db.json', op);
    expect(err).toBeInstanceOf(StorageAccessError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
    expect(err).toMatchObject({ file: '/data/db.json', code });
  });

  it('leaves every other error as it is', () => {
    for (const err of [fsError('EIO'), fsError('ENOENT'), new TypeError('x'), 'text', null, { code: 'constructor' }, { code: 'toString' }]) {
      expect(asAccessError(err, '/data/db.json', 'write')).toBe(err);
    }
    const damaged = new DataFileError('/data/db.json', 'not valid JSON');
    expect(asAccessError(damaged, '/other', 'write')).toBe(damaged);
  });
});
