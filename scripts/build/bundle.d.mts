// Types for bundle.mjs, for the TypeScript tests that bundle the kit.

/** One output file of a bundle. */
export interface BundledFile {
  fileName: string;
  /** Whether the page loads it only on demand (reached through import()), not with the entry. */
  lazy: boolean;
  code: string;
  /** Each bundled module's code as rendered in this file, by module id. */
  modules: Record<string, string>;
}

export declare function bundle(options: { entry: string; outDir: string; fileName: string; expectedLogs?: string[] }): Promise<BundledFile[]>;
