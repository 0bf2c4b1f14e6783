// Root postinstall: builds nodejieba's native addon with node-gyp (its own pre-gyp install script cannot run here).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
let pkgDir;
try {
  pkgDir = dirname(require.resolve('nodejieba/package.json'));
} catch {
  console.log('build-nodejieba: nodejieba is not installed, nothing to build');
  process.exit(0);
}
const addon = join(pkgDir, 'build', 'Release', 'nodejieba.node');
if (existsSync(addon)) {
  console.log(`build-nodejieba: ${addon} already built`);
  process.exit(0);
}
// node-gyp ships inside npm; node's prefix holds the headers (include/node).
const nodedir = dirname(dirname(process.execPath));
const npmDirs = [
  process.env.npm_execpath ? dirname(dirname(process.env.npm_execpath)) : '',
  join(nodedir, 'lib', 'node_modules', 'npm'),
].filter(Boolean);
const gyp = npmDirs.map((d) => join(d, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')).find((p) => existsSync(p));
if (!gyp) {
  console.error(`build-nodejieba: node-gyp not found (looked in ${npmDirs.join(', ')})`);
  process.exit(1);
}
console.log(`build-nodejieba: node-gyp rebuild --nodedir=${nodedir} in ${pkgDir}`);
const r = spawnSync(process.execPath, [gyp, 'rebuild', `--nodedir=${nodedir}`], { cwd: pkgDir, stdio: 'inherit' });
if (r.status !== 0 || !existsSync(addon)) {
  console.error('build-nodejieba: failed to build nodejieba (needs python3, make and g++)');
  process.exit(1);
}
