/** Types for scripts/nativeAsync.mjs, which the build runs as plain JavaScript. */
export declare function nativeAsync(code: string): { code: string; raised: number; kept: number };
