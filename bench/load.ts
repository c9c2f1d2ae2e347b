/**
 * npm run stress (part 2): 50 concurrent clients mixing search, goals and ask for 60 s against the
 * real server (started as a child process on the sample corpus). Reports throughput, latency
 * percentiles, errors, and the server's own event-loop delay.
 * Usage: tsx bench/load.ts [--clients 50] [--seconds 60]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServerProcess } from '../test/helpers/server-process.ts';
import { loadGolden } from './evaluate.ts';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '50' }, seconds: { type: 'string', default: '60' } } });
const clients = Number(values.clients);
const seconds = Number(values.seconds);

const folder = mkdtempSync(join(tmpdir(), 'strategiarkiv-load-'));
const { child: server, port } = await startServerProcess({ DATABASE_PATH: join(folder, 'load.db') });
const base = `http://127.0.0.1:${port}`;
const questions = loadGolden().map((q) => q.question);
const kinds = ['search', 'goals', 'ask'] as const;
const latencies: Record<(typeof kinds)[number], number[]> = { search: [], goals: [], ask: [] };
const errors: string[] = [];

async function client(id: number, until: number): Promise<void> {
  for (let i = id; Date.now() < until; i++) {
    const kind = kinds[i % kinds.length]!;
    const q = questions[(i * 7) % questions.length]!;
    const started = performance.now();
    try {
      const response =
        kind === 'ask'
          ? await fetch(`${base}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question: q }) })
          : await fetch(`${base}/api/${kind}?q=${encodeURIComponent(q)}`);
      await response.arrayBuffer();
      if (response.status !== 200) errors.push(`${kind} ${response.status}`);
    } catch (error) {
      errors.push(`${kind} ${(error as Error).message}`);
    }
    latencies[kind].push(performance.now() - started);
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? 0;
const until = Date.now() + seconds * 1000;
await Promise.all(Array.from({ length: clients }, (_, id) => client(id, until)));
const health = (await (await fetch(`${base}/api/health`)).json()) as { eventLoopDelayMs: { p50: number; p99: number; max: number } };
server.kill('SIGTERM');

const all = Object.values(latencies).flat();
console.log(`Load test — ${new Date().toISOString().slice(0, 10)}: ${clients} clients × ${seconds} s against the sample corpus (offline embedder)\n`);
console.log('| request | count | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|');
for (const kind of kinds) console.log(`| ${kind} | ${latencies[kind].length} | ${percentile(latencies[kind], 50).toFixed(1)} | ${percentile(latencies[kind], 95).toFixed(1)} | ${percentile(latencies[kind], 99).toFixed(1)} |`);
console.log(`| all | ${all.length} | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 95).toFixed(1)} | ${percentile(all, 99).toFixed(1)} |`);
console.log(`\nThroughput ${(all.length / seconds).toFixed(0)} requests/s; errors: ${errors.length}${errors.length ? ` (${[...new Set(errors)].slice(0, 5).join(', ')})` : ''}`);
console.log(`Server event-loop delay: p50 ${health.eventLoopDelayMs.p50} ms, p99 ${health.eventLoopDelayMs.p99} ms, max ${health.eventLoopDelayMs.max} ms`);
process.exitCode = errors.length === 0 ? 0 : 1;
