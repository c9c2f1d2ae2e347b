import type { Language } from './language.ts';

/** Comparison phrases beyond the shared catalogue (language.ts), per language. */
export const COMPARE_PHRASES: Record<Language, { related: (theme: string) => string; measure: string }> = {
  nb: { related: (theme) => `ingenting om temaet selv, men om det beslektede «${theme}»`, measure: 'tiltak' },
  nn: { related: (theme) => `ingenting om temaet sjølv, men om det nærskylde «${theme}»`, measure: 'tiltak' },
  en: { related: (theme) => `nothing on the topic itself, but on the related "${theme}"`, measure: 'measure' },
};
