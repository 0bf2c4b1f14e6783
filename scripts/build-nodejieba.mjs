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
/** Written after a patched build; its name changes with the set of patches, so an older patched build is rebuilt. */
const marker = join(pkgDir, 'build', 'Release', 'kg-lazy-textrank-shared-dict');

/**
 * nodejieba's load() also builds a TextRank keyword extractor, a second copy of the whole dictionary that kg never
 * uses: 112 of the 242 MB one load costs (measured: RSS after load, patched and not). Every extraction worker thread
 * loads its own jieba, so kg builds the addon with that extractor made on first use instead (the API is unchanged).
 * The patch replaces exact lines of nodejieba 3.x; when they are not there (another version), the addon is built as is.
 */
function patchLazyTextRank() {
  return patchSource('kg: lazy TextRank', (src, header) => {
    const eager = /  delete _text_rank_extractor_handle;\n  _text_rank_extractor_handle = new cppjieba\s*::TextRankExtractor\(dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\);\n/;
    const check = '  if( !_text_rank_extractor_handle ){\n    Napi::Error::New(info.Env(), "Before calling any other function you have to call load() first").ThrowAsJavaScriptException();\n  }\n\n  std::vector<std::pair<std::string, double> > words;\n  _text_rank_extractor_handle->Extract(';
    const member = '  cppjieba::TextRankExtractor* _text_rank_extractor_handle{nullptr};\n';
    if (!eager.test(src) || !src.includes(check) || !header.includes(member)) return null;
    return {
      src: src
        .replace(eager, '  // kg: lazy TextRank (built on first textRankExtract)\n  delete _text_rank_extractor_handle;\n  _text_rank_extractor_handle = nullptr;\n  _paths = {dictPath, modelPath, stopWordsPath, userDictPath};\n')
        .replace(check, '  if( !_text_rank_extractor_handle && !_paths.empty() ){\n    _text_rank_extractor_handle = new cppjieba::TextRankExtractor(_paths[0], _paths[1], _paths[2], _paths[3]);\n  }\n' + check),
      header: header.replace(member, member + '  std::vector<std::string> _paths;\n').replace('#include <napi.h>\n', '#include <napi.h>\n#include <string>\n#include <vector>\n'),
    };
  });
}

/**
 * Apply one patch to nodejieba's source (lib/nodejieba.cpp and .h): true when applied now or before (its marker is in
 * the source), false when `edit` finds the source not as expected (it returns null) and nothing was written.
 */
function patchSource(marker, edit) {
  const cpp = join(pkgDir, 'lib', 'nodejieba.cpp');
  const h = join(pkgDir, 'lib', 'nodejieba.h');
  const src = readFileSync(cpp, 'utf8');
  if (src.includes(marker)) return true;
  const patched = edit(src, readFileSync(h, 'utf8'));
  if (!patched) return false;
  writeFileSync(cpp, patched.src);
  writeFileSync(h, patched.header);
  return true;
}

/**
 * Each worker thread that loads nodejieba gets its own addon instance, and each built its own dictionary (130 MB after
 * the patch above): a build's two extraction threads held two identical copies. This patch makes `load()` share one
 * dictionary per process among the instances that load the same files (kept while any of them holds it). Sharing is
 * safe because everything kg calls on it is read-only (cppjieba's `Cut`/`Tag`/`Extract` are `const`, with no mutable
 * state); `insertWord`, the one call that changes a dictionary, first gives its instance a private copy, so words
 * inserted in one thread stay in that thread as before. Applied only on top of the lazy-TextRank patch.
 */
function patchSharedDictionary() {
  return patchSource('kg: shared dictionary', (src, header) => {
    const create = /  delete _jieba_handle;\n  _jieba_handle = new cppjieba::Jieba\(dictPath,\s*modelPath,\s*userDictPath,\s*idfPath,\s*stopWordsPath\);\n/;
    const insert = '  if(!_jieba_handle->InsertUserWord(word, tag)) {';
    const include = '#include "cppjieba/TextRankExtractor.hpp"\n';
    const member = '  cppjieba::Jieba* _jieba_handle{nullptr};\n';
    if (!create.test(src) || !src.includes(insert) || !src.includes(include) || !header.includes(member)) return null;
    const shared = `
#include <map>
#include <memory>
#include <mutex>

// kg: shared dictionary. One cppjieba::Jieba per process and set of files, shared by the addon instances (worker
// threads) that load them; read-only calls are const in cppjieba, so threads may use it at once.
static std::mutex kg_jieba_mutex;
static std::map<std::string, std::weak_ptr<cppjieba::Jieba> > kg_jiebas;

static std::shared_ptr<cppjieba::Jieba> kgSharedJieba(const std::vector<std::string>& files) {
  std::lock_guard<std::mutex> lock(kg_jieba_mutex);
  std::string key;
  for (const std::string& f : files) key += f + '\\n';
  std::shared_ptr<cppjieba::Jieba> jieba = kg_jiebas[key].lock();
  if (!jieba) {
    jieba = std::make_shared<cppjieba::Jieba>(files[0], files[1], files[2], files[3], files[4]);
    kg_jiebas[key] = jieba;
  }
  return jieba;
}
`;
    const load = '  _jieba_files = {dictPath, modelPath, userDictPath, idfPath, stopWordsPath};\n  _jieba_owner = kgSharedJieba(_jieba_files);\n  _jieba_handle = _jieba_owner.get();\n  _jieba_private = false;\n';
    const copy = '  if( !_jieba_private && !_jieba_files.empty() ){\n    // kg: a private copy before the first change, so other threads keep the shared dictionary as loaded\n    _jieba_owner = std::make_shared<cppjieba::Jieba>(_jieba_files[0], _jieba_files[1], _jieba_files[2], _jieba_files[3], _jieba_files[4]);\n    _jieba_handle = _jieba_owner.get();\n    _jieba_private = true;\n  }\n';
    return {
      src: src.replace(include, include + shared).replace(create, load).replace(insert, copy + insert),
      header: header
        .replace(member, member + '  std::shared_ptr<cppjieba::Jieba> _jieba_owner;\n  std::vector<std::string> _jieba_files;\n  bool _jieba_private{false};\n')
        .replace('#include <napi.h>\n', '#include <napi.h>\n#include <memory>\n'),
    };
  });
}

if (existsSync(addon) && existsSync(marker)) {
  console.log(`build-nodejieba: ${addon} already built`);
  process.exit(0);
}
const patched = patchLazyTextRank();
console.log(patched ? 'build-nodejieba: TextRank extractor made on first use (saves ~112 MB per loaded jieba)' : 'build-nodejieba: nodejieba source not as expected; building it unpatched');
const shared = patched && patchSharedDictionary();
console.log(shared ? 'build-nodejieba: one dictionary per process, shared by worker threads (saves ~130 MB per extra thread)' : 'build-nodejieba: dictionary not shared between threads (source not as expected)');
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
