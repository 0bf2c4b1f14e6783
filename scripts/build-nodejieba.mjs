// Root postinstall: builds nodejieba's native addon with node-gyp (its own pre-gyp install script cannot run here).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
const marker = join(pkgDir, 'build', 'Release', 'kg-lazy-textrank');

/**
 * nodejieba's load() also builds a TextRank keyword extractor, a second copy of the whole dictionary that kg never
 * uses: 112 of the 242 MB one load costs (measured: RSS after load, patched and not). Every extraction worker thread
 * loads its own jieba, so kg builds the addon with that extractor made on first use instead (the API is unchanged).
 * The patch replaces exact lines of nodejieba 3.x; when they are not there (another version), the addon is built as is.
 */
function patchLazyTextRank() {
  const cpp = join(pkgDir, 'lib', 'nodejieba.cpp');
  const h = join(pkgDir, 'lib', 'nodejieba.h');
  let src = readFileSync(cpp, 'utf8');
  let header = readFileSync(h, 'utf8');
  if (src.includes('kg: lazy TextRank')) return true;
  const eager = /  delete _text_rank_extractor_handle;\n  _text_rank_extractor_handle = new cppjieba\s*::TextRankExtractor\(dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\);\n/;
  const check = '  if( !_text_rank_extractor_handle ){\n    Napi::Error::New(info.Env(), "Before calling any other function you have to call load() first").ThrowAsJavaScriptException();\n  }\n\n  std::vector<std::pair<std::string, double> > words;\n  _text_rank_extractor_handle->Extract(';
  const member = '  cppjieba::TextRankExtractor* _text_rank_extractor_handle{nullptr};\n';
  if (!eager.test(src) || !src.includes(check) || !header.includes(member)) return false;
  src = src.replace(eager, '  // kg: lazy TextRank (built on first textRankExtract)\n  delete _text_rank_extractor_handle;\n  _text_rank_extractor_handle = nullptr;\n  _paths = {dictPath, modelPath, stopWordsPath, userDictPath};\n');
  src = src.replace(check, '  if( !_text_rank_extractor_handle && !_paths.empty() ){\n    _text_rank_extractor_handle = new cppjieba::TextRankExtractor(_paths[0], _paths[1], _paths[2], _paths[3]);\n  }\n' + check);
  header = header.replace(member, member + '  std::vector<std::string> _paths;\n').replace('#include <napi.h>\n', '#include <napi.h>\n#include <string>\n#include <vector>\n');
  writeFileSync(cpp, src);
  writeFileSync(h, header);
  return true;
}

if (existsSync(addon) && existsSync(marker)) {
  console.log(`build-nodejieba: ${addon} already built`);
  process.exit(0);
}
const patched = patchLazyTextRank();
console.log(patched ? 'build-nodejieba: TextRank extractor made on first use (saves ~112 MB per loaded jieba)' : 'build-nodejieba: nodejieba source not as expected; building it unpatched');
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
if (patched) writeFileSync(marker, '');
