/**
 * Where the project's own files are (data/, cards/): one level above this module, both as source
 * (src/projectRoot.ts) and as built (`npm run build` bundles everything into files directly in dist/).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A path under the project's folder: projectPath('data', 'toms.json'). */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}
