// `npm run check:packages`: each built package (npm run build first) as npm would publish it,
// checked by publint (package.json fields, exports, files actually packed; warnings count as
// errors) and by Are the Types Wrong (every export's types resolve, for Node 16+ ESM and for
// bundlers). The packages are ES modules only, so attw's `esm-only` profile: a CommonJS
// `require()` of them is not supported, on purpose. Exits 1 on any problem.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { PACKAGES, ROOT, distDir } from './packages.mjs';

const failures = [];
for (const pkg of PACKAGES) {
  const dist = distDir(pkg);
  if (!existsSync(`${dist}/package.json`)) {
    failures.push(`${pkg.name}: not built (run npm run build)`);
    continue;
  }
  for (const [tool, args] of [
    ['publint', ['run', dist, '--strict']],
    ['attw', ['--pack', dist, '--profile', 'esm-only', '--format', 'table-flipped', '--no-color']],
  ]) {
    console.log(`\n==> ${tool} ${pkg.name}`);
    const result = spawnSync('npx', ['--no-install', tool, ...args], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) failures.push(`${pkg.name}: ${tool}`);
  }
}
if (failures.length) {
  console.error(`\nPackage checks failed:\n${failures.map((line) => `- ${line}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nPackage checks passed: publint and attw clean on ${PACKAGES.map((pkg) => pkg.name).join(', ')}.`);
