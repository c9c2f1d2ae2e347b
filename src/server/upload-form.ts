import { basename, extname } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../../ingest/read/index.ts';
import { createError } from '../errors.ts';

/** A file name that cannot leave the upload folder: its last path part, with only safe characters. */
export function safeFileName(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).normalize('NFC');
  const extension = extname(base).toLowerCase();
  const stem = base.slice(0, base.length - extension.length).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[.-]+/, '').slice(0, 100);
  return `${stem || 'dokument'}${extension}`;
}

/**
 * Reads the uploaded file out of a multipart body (field "file"): its safe name and bytes. Parsing a
 * large multipart body is CPU work, so the server does it in the ingest worker, not on its event loop.
 * Throws INVALID_INPUT, UNSUPPORTED_FILE or FILE_TOO_LARGE.
 */
export async function readUploadForm(body: Uint8Array, contentType: string, maxFileBytes: number): Promise<{ name: string; bytes: Uint8Array }> {
  const form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData().catch(() => {
    throw createError('INVALID_INPUT', 'The multipart body could not be read');
  });
  const file = form.get('file');
  if (!file || typeof file === 'string') throw createError('INVALID_INPUT', 'The form has no file in the field "file"');
  const name = safeFileName(file.name);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(name))) throw createError('UNSUPPORTED_FILE', `${name}: only .pdf, .txt and .md files can be loaded`);
  if (file.size > maxFileBytes) throw createError('FILE_TOO_LARGE', `${name}: larger than ${maxFileBytes} bytes`);
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
