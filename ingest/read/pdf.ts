import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createError } from '../../src/errors.ts';
import type { RawDocument } from '../model.ts';

/** Bounds on reading one PDF: a file that needs more is refused, never allowed to hang the process. */
export interface PdfLimits {
  timeoutMs: number;
  /** Bound on the reader process's memory (RSS and private data), in MB. */
  maxMemoryMb: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 120_000, maxMemoryMb: 1024 };

/** How often the parent reads the reader's RSS from /proc (the second line of defence). */
const WATCH_MS = 10;
const WORKER = fileURLToPath(new URL('./pdf-worker.mjs', import.meta.url));

type Reply =
  | ({ ok: true; maxRssKb: number; pages: Array<{ number: number; text: string }>; letters: number } & Omit<RawDocument, 'format' | 'pages' | 'hasRealPages'>)
  | { ok: false; maxRssKb: number; name: string; message: string; memory: boolean };

/**
 * Reads a PDF into text per page and the ruled tables (plus whatever layout the extraction returns),
 * in a child process whose memory the OS bounds: `prlimit --data` (or `ulimit -d`) caps its private
 * memory at `maxMemoryMb`, V8's heap gets ¾ of it, and the parent kills it if its RSS goes over.
 * Throws PDF_ENCRYPTED, PDF_UNREADABLE, PDF_NO_TEXT_LAYER, PDF_TIMEOUT or PDF_TOO_COMPLEX (memory),
 * each naming the file; PDF_TOO_COMPLEX carries the reader's peak RSS in `details.peakRssMb`.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<RawDocument> {
  const reply = await runReader(bytes, fileName, limits);
  if (!reply.ok) throw classifyPdfError(reply, fileName, limits);
  const { ok: _ok, maxRssKb: _rss, letters, ...extracted } = reply;
  if (extracted.pages.length === 0 || letters < 20) {
    throw createError(
      'PDF_NO_TEXT_LAYER',
      `${fileName}: the PDF has ${extracted.pages.length} page(s) but no text layer; it is probably scanned. Run OCR (e.g. ocrmypdf) and load the result`,
      { file: fileName, pages: extracted.pages.length },
    );
  }
  return { format: 'pdf', ...extracted, hasRealPages: true };
}

/** How the OS bound is applied on this machine, found once: prlimit (util-linux), sh's ulimit, or none. */
let limiter: 'prlimit' | 'ulimit' | 'none' | undefined;
export function pdfMemoryLimiter(): 'prlimit' | 'ulimit' | 'none' {
  if (limiter) return limiter;
  if (process.platform !== 'linux') return (limiter = 'none');
  if (spawnSync('prlimit', ['--version'], { stdio: 'ignore' }).status === 0) return (limiter = 'prlimit');
  if (spawnSync('sh', ['-c', 'ulimit -d 1048576'], { stdio: 'ignore' }).status === 0) return (limiter = 'ulimit');
  console.warn('PDF reader: neither prlimit nor ulimit is available; its memory is bounded only by an RSS watchdog');
  return (limiter = 'none');
}

function command(limits: PdfLimits): { file: string; args: string[] } {
  const node = [process.execPath, `--max-old-space-size=${Math.max(32, Math.floor(limits.maxMemoryMb * 0.75))}`, WORKER];
  const kb = limits.maxMemoryMb * 1024;
  switch (pdfMemoryLimiter()) {
    case 'prlimit':
      return { file: 'prlimit', args: [`--data=${kb * 1024}`, '--', ...node] };
    case 'ulimit':
      return { file: 'sh', args: ['-c', `ulimit -d ${kb} && exec "$0" "$@"`, ...node] };
    default:
      return { file: node[0]!, args: node.slice(1) };
  }
}

/** Resident and peak resident memory of a process in KB, from /proc (0 where unavailable). */
function residentKb(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    return { rss: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0), peak: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

function runReader(bytes: Uint8Array, fileName: string, limits: PdfLimits): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const { file, args } = command(limits);
    const env = { ...process.env };
    delete env.NODE_OPTIONS; // no TypeScript loader or inspector in the reader
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], serialization: 'advanced', env });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    let peakKb = 0;
    let settled = false;
    const tooMuch = (peak: number) =>
      createError('PDF_TOO_COMPLEX', `${fileName}: reading the PDF needed more than ${limits.maxMemoryMb} MB of memory (PDF_MAX_MEMORY_MB); it was stopped`, {
        file: fileName,
        peakRssMb: Math.round(peak / 1024),
      });
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fn();
    };
    const watch = setInterval(() => {
      if (!child.pid) return;
      const { rss, peak } = residentKb(child.pid);
      peakKb = Math.max(peakKb, peak, rss);
      if (rss > limits.maxMemoryMb * 1024) finish(() => reject(tooMuch(peakKb)));
    }, WATCH_MS);
    const timer = setTimeout(
      () => finish(() => reject(createError('PDF_TIMEOUT', `${fileName}: reading the PDF took longer than ${(limits.timeoutMs / 1000).toFixed(limits.timeoutMs < 10_000 ? 1 : 0)} s (PDF_TIMEOUT_MS); it was stopped`, { file: fileName }))),
      limits.timeoutMs,
    );
    child.once('message', (reply: Reply) =>
      finish(() => {
        peakKb = Math.max(peakKb, reply.maxRssKb ?? 0);
        if (!reply.ok && reply.memory) reject(tooMuch(peakKb));
        else resolve(reply);
      }),
    );
    child.once('error', (error) => finish(() => reject(createError('PDF_UNREADABLE', `${fileName}: the PDF reader could not start (${error.message})`, { file: fileName }, error))));
    child.once('exit', (code, signal) =>
      finish(() =>
        reject(
          // V8 aborts the process when its heap or the OS limit runs out.
          /out of memory|allocation failed|heap limit/i.test(stderr) || signal === 'SIGABRT' || signal === 'SIGTRAP'
            ? tooMuch(peakKb)
            : createError('PDF_UNREADABLE', `${fileName}: the PDF reader stopped (${signal ?? `exit ${code}`})`, { file: fileName }),
        ),
      ),
    );
    child.send(bytes);
  });
}

function classifyPdfError(reply: { name: string; message: string }, fileName: string, _limits: PdfLimits): Error {
  if (reply.name === 'PasswordException' || /password|encrypt/i.test(reply.message)) {
    return createError('PDF_ENCRYPTED', `${fileName}: the PDF is encrypted; save an unencrypted copy and load that`, { file: fileName });
  }
  return createError('PDF_UNREADABLE', `${fileName}: the PDF could not be read (${reply.message.slice(0, 300)})`, { file: fileName });
}
