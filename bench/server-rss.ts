/**
 * Server memory: starts the real server (src/main.ts, default query workers) on a database,
 * sends searches so every worker loads its indexes, and reads the process's resident set size.
 */
import { readFileSync } from 'node:fs';
import { startServerProcess } from '../test/helpers/server-process.ts';

export async function measureServerRss(databasePath: string, questions: string[]): Promise<{ rss: number; rssAnon: number; rssFile: number; workers: number; requests: number }> {
  const workers = 2;
  const { child, port } = await startServerProcess({ DATABASE_PATH: databasePath, QUERY_WORKERS: String(workers) }, 300_000);
  try {
    await Promise.all(questions.map(async (q) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/search?q=${encodeURIComponent(q)}`);
      if (!response.ok) throw new Error(`search failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
    }));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), rssAnon: kb('RssAnon'), rssFile: kb('RssFile') + kb('RssShmem'), workers, requests: questions.length };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
