/**
 * Preload for a bot process (node --import): makes the file system fail under one directory the way
 * a full disk (ENOSPC: opening works, writing does not) or an unwritable place (EACCES, EROFS: opening
 * for writing, creating a directory and renaming fail) does, for tests of what start-up then says.
 *   SVA_FAIL_FS_UNDER  the directory; SVA_FAIL_FS_CODE  ENOSPC (default), EACCES or EROFS
 */
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const under = process.env.SVA_FAIL_FS_UNDER;
const code = process.env.SVA_FAIL_FS_CODE ?? 'ENOSPC';
const ERRNO = { ENOSPC: -28, EACCES: -13, EROFS: -30 };

function failure(syscall, path) {
  const err = new Error(`${code}: simulated failure, ${syscall} '${path}'`);
  Object.assign(err, { code, errno: ERRNO[code] ?? -1, syscall, ...(code === 'ENOSPC' ? {} : { path: String(path) }) });
  return err;
}

if (under) {
  const inside = (path) => String(path).startsWith(under);
  const writing = (flags) => typeof flags === 'string' && /[wa+]/.test(flags);
  const { open, mkdir, rename } = fs;
  fs.open = async (path, flags, mode) => {
    if (inside(path) && writing(flags) && code !== 'ENOSPC') throw failure('open', path);
    const handle = await open(path, flags, mode);
    if (inside(path) && writing(flags)) {
      handle.writeFile = async () => {
        throw failure('write', path);
      };
    }
    return handle;
  };
  fs.mkdir = async (path, options) => {
    if (inside(path) && code !== 'ENOSPC') throw failure('mkdir', path);
    return mkdir(path, options);
  };
  fs.rename = async (from, to) => {
    if (inside(to) && code !== 'ENOSPC') throw failure('rename', to);
    return rename(from, to);
  };
  syncBuiltinESMExports();
}
