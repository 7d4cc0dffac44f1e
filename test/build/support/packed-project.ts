// A project outside this repository that has installed Suivi's published packages: each built
// package (npm run build) packed by `npm pack` exactly as `npm publish` would upload it, unpacked
// into the project's node_modules; the third-party packages it needs linked from this
// repository's node_modules (the same versions the packages are built and tested with). The
// project lives in the system's temporary folder, so nothing it imports can resolve to this
// repository's sources or to a package it has not installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface PackedProject {
  dir: string;
  /** Writes a file of the project (folders made as needed). */
  write(path: string, text: string): void;
  remove(): void;
}

/**
 * `built`: the packages' source folders (`packages/model`, `mocks`), each packed from its dist/.
 * `linked`: npm package names to link from this repository's node_modules.
 */
export function createPackedProject({ built, linked }: { built: string[]; linked: string[] }): PackedProject {
  const dir = mkdtempSync(join(tmpdir(), 'suivi-packed-project-'));
  const tarballs = join(dir, '.tarballs');
  mkdirSync(tarballs);
  for (const source of built) {
    const dist = join(ROOT, source, 'dist');
    if (!existsSync(join(dist, 'package.json'))) throw new Error(`${source}/dist is not built: run npm run build first`);
    const { name } = JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')) as { name: string };
    const [packed] = JSON.parse(execFileSync('npm', ['pack', dist, '--pack-destination', tarballs, '--json', '--silent'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as [{ filename: string }];
    const target = join(dir, 'node_modules', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(tarballs, packed.filename), '-C', target, '--strip-components=1']);
  }
  for (const name of linked) {
    const target = join(dir, 'node_modules', name);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), target, 'dir');
  }
  rmSync(tarballs, { recursive: true });
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
