// `npm run neo4j [-- --port P --data DIR --page-cache-mb MB --heap-mb MB]`: build kg's Neo4j launcher, run it in front.
import { parseArgs } from 'node:util';
import { LAUNCHER_DEFAULTS, resolveLauncherSettings, startNeo4j } from '../graph/stores/neo4j/launcher.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: String(LAUNCHER_DEFAULTS.port) },
    data: { type: 'string', default: LAUNCHER_DEFAULTS.data },
    'page-cache-mb': { type: 'string' },
    'heap-mb': { type: 'string' },
  },
});

try {
  const settings = resolveLauncherSettings({
    port: Number(values.port),
    data: values.data!,
    ...(values['page-cache-mb'] ? { pageCacheMb: Number(values['page-cache-mb']) } : {}),
    ...(values['heap-mb'] ? { heapMb: Number(values['heap-mb']) } : {}),
  });
  const neo = await startNeo4j(settings, { echo: true });
  console.log(
    `kg neo4j: NEO4J_URI=${neo.uri} NEO4J_USER=neo4j NEO4J_DATABASE=neo4j (and your NEO4J_PASSWORD); Ctrl-C stops it`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void neo.stop().then(() => process.exit(0)));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
