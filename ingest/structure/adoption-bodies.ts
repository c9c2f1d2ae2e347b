import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The bodies that adopt strategies (data/adoption-bodies.json): `bodies`, each Norwegian name with its
 * English one (read by answers in English, src/answer/adoption-bodies.ts), and `finalBodies`, those
 * whose decision is the adoption, not a committee's handling of the case before it (read by ingest), and
 * `consultationDecisions`, what a decision that sends a draft out for consultation goes on with.
 */
export const ADOPTION_BODIES = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/adoption-bodies.json', import.meta.url)), 'utf8')) as {
  bodies: Array<[string, string]>;
  finalBodies: string[];
  consultationDecisions: string[];
};
