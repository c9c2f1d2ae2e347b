import { createError } from '../../src/errors.ts';
import type { RawDocument } from '../model.ts';

/**
 * Decodes text bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, and otherwise
 * Windows-1252, the usual encoding of older Norwegian office files. Binary data is refused.
 */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) if (byte === 0 || (byte < 9 && byte !== 0) || (byte > 13 && byte < 32 && byte !== 27)) controls++;
  if (sample.length > 0 && controls / sample.length > 0.01) {
    throw createError('TEXT_NOT_DECODABLE', `${fileName}: the file contains binary data, not text`, { file: fileName });
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Reads a .txt or .md file as one unpaged text; pages come later from markers in the text. */
export function readText(bytes: Uint8Array, fileName: string, format: 'text' | 'markdown'): RawDocument {
  const { text } = decodeText(bytes, fileName);
  return { format, pages: [{ number: 1, text }], tables: [], hasRealPages: false };
}
