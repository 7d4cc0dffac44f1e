// Types for find-chrome.mjs, so TypeScript scripts (scripts/measure-map.ts) can import it.
export declare const CHROME_CANDIDATES: string[];
export declare const CHROME_ARGS: string[];
/** CHROME_PATH (which must then exist), else the first candidate present, else null. */
export declare function findChrome(env?: NodeJS.ProcessEnv): string | null;
/** Like findChrome, but throws with what to install when there is none. */
export declare function requireChrome(env?: NodeJS.ProcessEnv): string;
