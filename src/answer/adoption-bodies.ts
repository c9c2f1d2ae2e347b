import { ADOPTION_BODIES } from '../../ingest/structure/adoption-bodies.ts';
import { normalize } from '../text/analyze.ts';
import type { Language } from './language.ts';

/** Norwegian adopting bodies and their English names (data/adoption-bodies.json), longest first. */
const BODIES = ADOPTION_BODIES.bodies.map(([nb, en]) => [normalize(nb), en] as const);

/**
 * The adopting body as an answer in `language` names it: as printed in Norwegian answers; in English
 * with its English name before the printed one ("the municipal council (kommunestyret)", "Eidsvoll
 * municipal council (kommunestyre)"); a body with no known name (already English, "City Council") as printed.
 */
export function bodyIn(body: string, language: Language): string {
  if (language !== 'en') return body;
  const words = body.trim().split(/\s+/);
  const normalized = words.map((word) => normalize(word));
  for (const [nb, en] of BODIES) {
    const parts = nb.split(' ');
    const at = normalized.findIndex((_, i) => parts.every((part, k) => (k === parts.length - 1 ? (normalized[i + k] ?? '').startsWith(part) : normalized[i + k] === part)));
    if (at < 0) continue;
    // "Eidsvoll kommunestyre": the place before the body names whose council it is.
    const place = words.slice(0, at).join(' ');
    return place && /^\p{Lu}/u.test(place) ? `${place} ${en} (${words.slice(at).join(' ')})` : `the ${en} (${body})`;
  }
  // Already English ("City Council"): with its article.
  return /^(?:city|municipal|county) council\b/i.test(body) ? `the ${body}` : body;
}

/**
 * A decision that sends a document out for consultation instead of adopting it ("Formannskapet vedtok …
 * å legge utkastet ut på offentlig høring"; data/adoption-bodies.json `consultationDecisions`).
 */
export const CONSULTATION = new RegExp(ADOPTION_BODIES.consultationDecisions.join('|'), 'iu');
