// kg's Neo4j launcher from Node: built once with Maven (server/), started on a port and folder, stopped by SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Maven project: pom.xml and the one Java class. */
export const SERVER_DIR = fileURLToPath(new URL('./server/', import.meta.url));
const SOURCE = join(SERVER_DIR, 'src/main/java/kg/Neo4jLauncher.java');
const CLASSES = join(SERVER_DIR, 'target/classes');
const CLASSPATH_FILE = join(SERVER_DIR, 'target/classpath.txt');
/** Touched after each successful build: Maven leaves files it did not need to rewrite with their old times. */
const BUILT_STAMP = join(SERVER_DIR, 'target/kg-launcher.built');

/**
 * Settings for the machines kg runs on (2 cores, 24 GiB). The page cache holds the store files: the 10 MB bench
 * corpus's graph fits in well under 1 GB. The heap holds each build batch's transaction state (4,000 articles'
 * nodes, relationships and evidence) and the queries' working memory.
 */
export const LAUNCHER_DEFAULTS = {
  port: 7687,
  data: '.kg/neo4j',
  pageCacheMb: 1024,
  heapMb: 2048,
  /** Start-up is ~10 s; a first start on a slow machine initialises the system database too. */
  startTimeoutMs: 180_000,
  stopTimeoutMs: 60_000,
} as const;

export interface LauncherSettings {
  port: number;
  data: string;
  pageCacheMb: number;
  heapMb: number;
  password: string;
}

/** The settings: given values, then KG_NEO4J_PAGE_CACHE_MB, KG_NEO4J_HEAP_MB and NEO4J_PASSWORD, then the defaults. */
export function resolveLauncherSettings(
  given: Partial<LauncherSettings> = {},
  env: NodeJS.ProcessEnv = process.env,
): LauncherSettings {
  const mb = (name: string, v: number | string | undefined, fallback: number) => {
    const n = Number(v ?? fallback);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`kg neo4j: ${name} is a whole number of MB, got ${v}`);
    return n;
  };
  const password = given.password ?? env.NEO4J_PASSWORD ?? '';
  if (password.length < 8)
    throw new Error('kg neo4j: set NEO4J_PASSWORD to the password Neo4j should require (8 characters or more)');
  return {
    port: given.port ?? LAUNCHER_DEFAULTS.port,
    data: given.data ?? LAUNCHER_DEFAULTS.data,
    pageCacheMb: mb('the page cache', given.pageCacheMb ?? env.KG_NEO4J_PAGE_CACHE_MB, LAUNCHER_DEFAULTS.pageCacheMb),
    heapMb: mb('the heap', given.heapMb ?? env.KG_NEO4J_HEAP_MB, LAUNCHER_DEFAULTS.heapMb),
    password,
  };
}

/** A tool the launcher needs, or an error that says how to get it. */
function requireTool(command: string, args: string[], install: string): string {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new Error(`kg neo4j: ${command} is not available (${r.error?.message ?? `exit ${r.status}`}); ${install}`);
  return `${r.stdout}${r.stderr}`;
}

/** Java 17 or later: Neo4j 5.26 runs on 17 and 21. */
export function checkJava(): void {
  const out = requireTool('java', ['-version'], 'install a JDK 17 or later (apt-get install openjdk-17-jdk-headless)');
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major < 17)
    throw new Error(`kg neo4j: Neo4j 5.26 needs Java 17 or later; \`java -version\` says ${out.split('\n')[0]}`);
}

const mtime = (f: string) => statSync(f).mtimeMs;

/** Whether the last build is newer than the sources and every jar on its classpath is still in Maven's cache. */
function builtAndCurrent(): boolean {
  if (![BUILT_STAMP, CLASSPATH_FILE, join(CLASSES, 'kg/Neo4jLauncher.class')].every((f) => existsSync(f))) return false;
  if (mtime(BUILT_STAMP) < Math.max(mtime(SOURCE), mtime(join(SERVER_DIR, 'pom.xml')))) return false;
  return readFileSync(CLASSPATH_FILE, 'utf8')
    .trim()
    .split(':')
    .every((jar) => existsSync(jar));
}

/**
 * Build the launcher unless it is current (Maven downloads Neo4j into its local repository, ~/.m2, once) and return
 * the classpath to run it with.
 */
export function buildLauncher(): string {
  checkJava();
  if (!builtAndCurrent()) {
    requireTool('mvn', ['-v'], 'install Maven 3 (apt-get install maven)');
    process.stderr.write('kg neo4j: building the launcher with Maven (the first build downloads Neo4j, ~150 MB)\n');
    const args = ['-q', '-B', '-Dstyle.color=never', '-f', join(SERVER_DIR, 'pom.xml'), 'package', '-DskipTests'];
    // Maven's output is shown only when it fails (even -q -B prints terminal resets).
    const r = spawnSync('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
      const why = r.error?.message ?? `exit ${r.status}`;
      throw new Error(`kg neo4j: Maven could not build the launcher (${why}); its output is above`);
    }
    writeFileSync(BUILT_STAMP, '');
  }
  return `${CLASSES}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
}

/** A free TCP port on 127.0.0.1 (the system's choice; free when asked, so start Neo4j on it at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface RunningNeo4j {
  uri: string;
  /** The launcher's line naming the version, data folder, page cache and heap. */
  info: string;
  pid: number;
  /** SIGTERM and wait for Neo4j's clean shutdown (SIGKILL after LAUNCHER_DEFAULTS.stopTimeoutMs). */
  stop(): Promise<void>;
}

/** The java command line that runs the launcher with these settings. */
export function launcherArgs(classpath: string, s: LauncherSettings): string[] {
  return [
    `-Xms${s.heapMb}m`,
    `-Xmx${s.heapMb}m`,
    '-cp',
    classpath,
    'kg.Neo4jLauncher',
    '--port',
    String(s.port),
    '--data',
    s.data,
    '--page-cache-mb',
    String(s.pageCacheMb),
  ];
}

/**
 * Build if needed, start the launcher and resolve once it prints `neo4j ready bolt://…`; rejects with its error
 * (port taken, bad password, Java missing) if it exits first. `echo` forwards its output to this process's.
 */
export async function startNeo4j(settings: LauncherSettings, { echo = false } = {}): Promise<RunningNeo4j> {
  const child = spawn('java', launcherArgs(buildLauncher(), settings), {
    env: { ...process.env, NEO4J_PASSWORD: settings.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr.on('data', (d: Buffer) => {
    err = (err + d).slice(-8000);
    if (echo) process.stderr.write(d);
  });
  const ready = new Promise<{ info: string }>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      if (echo) process.stdout.write(d);
      if (/^neo4j ready bolt:\/\/\S+$/m.test(out)) resolve({ info: /^neo4j: .*$/m.exec(out)?.[0] ?? '' });
    });
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ timeout: true }>(
    (resolve) => (timer = setTimeout(() => resolve({ timeout: true }), LAUNCHER_DEFAULTS.startTimeoutMs)),
  );
  const first = await Promise.race([ready, exited.then((code) => ({ code })), timeout]);
  clearTimeout(timer);
  if (!('info' in first)) {
    child.kill('SIGKILL');
    const why =
      'timeout' in first
        ? `was not ready after ${LAUNCHER_DEFAULTS.startTimeoutMs / 1000} s`
        : `exited (${first.code}) before it was ready`;
    throw new Error(
      `kg neo4j: the launcher ${why}${err.trim() ? `: ${err.trim().split('\n').slice(-5).join('\n')}` : ''}`,
    );
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const kill = setTimeout(() => child.kill('SIGKILL'), LAUNCHER_DEFAULTS.stopTimeoutMs);
    await exited;
    clearTimeout(kill);
  };
  return { uri: `bolt://127.0.0.1:${settings.port}`, info: first.info, pid: child.pid!, stop };
}
