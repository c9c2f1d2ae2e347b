import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './corpus.ts';

/**
 * Starts the real server (`src/main.ts`) as a child process and waits until it listens. Port 0
 * lets the system choose; the chosen port is read from the "Serving http://…" line.
 */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 120_000): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0', LOG_REQUESTS: '0', EMBEDDINGS: 'hashing', ...env } });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const check = () => {
      const m = /Serving http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, port, output: () => output };
}
