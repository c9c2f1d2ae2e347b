import type { Language } from './language.ts';

/** Comparison phrases beyond the shared catalogue (language.ts), per language. */
export const COMPARE_PHRASES: Record<Language, { related: (theme: string) => string; measure: string; memberOf: (members: string, organisation: string) => string; underHeading: (heading: string, goals: string) => string; /** The label of a strategy's focus areas. */ focusAreas: string; /** Which side's budget on the topic is largest, against the others' sums. */ largest: (name: string, amount: string, others: string) => string; /** A table line on the topic whose cell stands for no amount, cited as [n]. */ withoutAmount: (line: string, cell: string, n: number) => string }> = {
  nb: {
    related: (theme) => `ingenting om temaet selv, men om det beslektede «${theme}»`,
    measure: 'tiltak',
    memberOf: (members, organisation) => `${members} er med i ${organisation} og har ingen egen strategi her; den felles strategien gjelder også for ${members}.`,
    underHeading: (heading, goals) => `mål under «${heading}»: ${goals}`,
    focusAreas: 'satsingsområder',
    largest: (name, amount, others) => `Størst budsjett: ${name} med ${amount} (mot ${others}).`,
    withoutAmount: (line, cell, n) => `budsjett: «${line}» [${n}] – tabellen oppgir ikke noe beløp («${cell}»)`,
  },
  nn: {
    related: (theme) => `ingenting om temaet sjølv, men om det nærskylde «${theme}»`,
    measure: 'tiltak',
    memberOf: (members, organisation) => `${members} er med i ${organisation} og har ingen eigen strategi her; den felles strategien gjeld òg for ${members}.`,
    underHeading: (heading, goals) => `mål under «${heading}»: ${goals}`,
    focusAreas: 'satsingsområde',
    largest: (name, amount, others) => `Størst budsjett: ${name} med ${amount} (mot ${others}).`,
    withoutAmount: (line, cell, n) => `budsjett: «${line}» [${n}] – tabellen oppgjev ikkje noko beløp («${cell}»)`,
  },
  en: {
    related: (theme) => `nothing on the topic itself, but on the related "${theme}"`,
    measure: 'measure',
    memberOf: (members, organisation) => `${members} is a member of ${organisation} and has no strategy of its own here; the joint strategy covers ${members} too.`,
    underHeading: (heading, goals) => `goals under "${heading}": ${goals}`,
    focusAreas: 'focus areas',
    largest: (name, amount, others) => `Largest budget: ${name} with ${amount} (against ${others}).`,
    withoutAmount: (line, cell, n) => `budget: "${line}" [${n}] – the table gives no amount ("${cell}")`,
  },
};
