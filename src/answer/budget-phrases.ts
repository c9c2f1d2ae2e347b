import { PHRASES, type Language, type Phrases } from './language.ts';

/** Budget answer phrases beyond the shared catalogue (language.ts), per language. */
export interface BudgetPhrases {
  /** "… har lavest samlet budsjett i 2018: 5 688 000 kr." */
  smallestYear: (name: string, year: number, amount: string) => string;
  /** A one-off amount for a period: "4 700 000 kr for perioden 2024–2027". */
  forPeriod: (amount: string, from: number | null, to: number | null) => string;
  /** A strategy without budget tables whose text states amounts. */
  statedInText: (name: string) => string;
  /** After the first strategies of a long answer: how many more, and where the whole list is. */
  moreStrategies: (count: number) => string;
  /** A shortened list of names: "… og 12 andre". */
  others: (count: number) => string;
  /** Which of two lines costs more, when only one has budget lines: "«a» har 2 600 000 kr; «b» har ingen budsjettposter." */
  onlyOneHasLines: (a: string, amount: string, b: string) => string;
  /** A year asked that no budget line covers, and the years the lines do cover: said without a citation (nothing states it). */
  yearNotBudgeted: (year: number, topic: string, from: number, to: number) => string;
  /** A share computed from two cited figures: "«velferdsteknologi» har 3 630 300 kr av 10 880 300 kr i alt i 2016: 33,4 %." */
  share: (topic: string, part: string, wholeName: string, whole: string, percent: string, when: string) => string;
  /** A year's total added from the amounts listed for it (a yearly table and amounts per year over a period): "I alt 2015: 1 300 000 kr + 5 500 000 kr = 6 800 000 kr." */
  yearSum: (year: number, amounts: string[], total: string) => string;
  /** A table line on the topic with no amount: "Levanger: «3 | Digitale læremidler … | Innenfor ramme» – ingen beløp («Innenfor ramme»)." */
  withoutAmount: (name: string, line: string, cell: string) => string;
  /** An amount a year: "3 000 000 kr per år". */
  perYear: (amount: string) => string;
  /** The largest (or smallest) line's amount and when: "har mest: 3 000 000 kr (2025)". */
  hasAmount: (amount: string, when: string) => string;
  /** How a share's whole is named: the whole budget, or its investment or operating part. */
  shareWhole: Record<'all' | 'investment' | 'operating', string>;
  /** A total with lines left out, as the question asked: "Lillestrøm: 4 700 000 kr i alt − 2 000 000 kr («Utrede …») = 2 700 000 kr uten «dataplattform»." */
  totalWithout: (name: string, whole: string, left: string[], result: string, excluded: string) => string;
  /** Lines asked left out that no line of the strategy names: the whole total stands. */
  nothingToLeaveOut: (name: string, excluded: string, whole: string) => string;
}

const span = (from: number | null, to: number | null) => `${from ?? '?'}–${to ?? '?'}`;
/** A span of years as written in an answer: "2025", "2025–2028". */
export const yearSpan = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

export const BUDGET_PHRASES: Record<Language, BudgetPhrases> = {
  nb: {
    smallestYear: (name, year, amount) => `${name} har lavest samlet budsjett i ${year}: ${amount}.`,
    forPeriod: (amount, from, to) => `${amount} til sammen for perioden ${span(from, to)}`,
    statedInText: (name) => `${name} har ingen budsjettabell, men teksten oppgir:`,
    moreStrategies: (count) => `… og ${count} strategier til med budsjettall (hele oversikten under Budsjetter, /budgets).`,
    others: (count) => `${count} andre`,
    onlyOneHasLines: (a, amount, b) => `«${a}» har ${amount}; det er ingen budsjettposter for «${b}».`,
    share: (topic, part, wholeName, whole, percent, when) => `«${topic}» har ${part} av ${wholeName} på ${whole}${when ? ` for ${when}` : ''}: ${part} / ${whole} = ${percent}.`,
    yearSum: (year, amounts, total) => `Til sammen ${year}: ${amounts.join(' + ')} = ${total}.`,
    withoutAmount: (name, line, cell) => `${name}: «${line}» – tabellen oppgir ikke noe beløp («${cell}»).`,
    shareWhole: { all: 'samlet budsjett', investment: 'investeringsrammen', operating: 'driftsbudsjettet' },
    hasAmount: (amount, when) => `har ${amount}${when ? ` (${when})` : ''}`,
    perYear: (amount) => `${amount} per år`,
    yearNotBudgeted: (year, topic, from, to) => `Jeg fant ingen budsjettposter${topic ? ` for «${topic}»` : ''} som gjelder ${year}; budsjettallene gjelder ${yearSpan(from, to)}.`,
    totalWithout: (name, whole, left, result, excluded) => `${name}: ${whole} i alt − ${left.join(' − ')} = ${result} uten «${excluded}».`,
    nothingToLeaveOut: (name, excluded, whole) => `${name}: ingen budsjettpost gjelder «${excluded}», så det er ingenting å trekke fra: ${whole} i alt.`,
  },
  nn: {
    smallestYear: (name, year, amount) => `${name} har lågast samla budsjett i ${year}: ${amount}.`,
    forPeriod: (amount, from, to) => `${amount} til saman for perioden ${span(from, to)}`,
    statedInText: (name) => `${name} har ingen budsjettabell, men teksten oppgir:`,
    moreStrategies: (count) => `… og ${count} strategiar til med budsjettal (heile oversikta under Budsjett, /budgets).`,
    others: (count) => `${count} andre`,
    onlyOneHasLines: (a, amount, b) => `«${a}» har ${amount}; det er ingen budsjettpostar for «${b}».`,
    share: (topic, part, wholeName, whole, percent, when) => `«${topic}» har ${part} av ${wholeName} på ${whole}${when ? ` for ${when}` : ''}: ${part} / ${whole} = ${percent}.`,
    yearSum: (year, amounts, total) => `Til saman ${year}: ${amounts.join(' + ')} = ${total}.`,
    withoutAmount: (name, line, cell) => `${name}: «${line}» – tabellen oppgir ikkje noko beløp («${cell}»).`,
    shareWhole: { all: 'samla budsjett', investment: 'investeringsramma', operating: 'driftsbudsjettet' },
    hasAmount: (amount, when) => `har ${amount}${when ? ` (${when})` : ''}`,
    perYear: (amount) => `${amount} per år`,
    yearNotBudgeted: (year, topic, from, to) => `Eg fann ingen budsjettpostar${topic ? ` for «${topic}»` : ''} som gjeld ${year}; budsjettala gjeld ${yearSpan(from, to)}.`,
    totalWithout: (name, whole, left, result, excluded) => `${name}: ${whole} i alt − ${left.join(' − ')} = ${result} utan «${excluded}».`,
    nothingToLeaveOut: (name, excluded, whole) => `${name}: ingen budsjettpost gjeld «${excluded}», så det er ingenting å trekkje frå: ${whole} i alt.`,
  },
  en: {
    smallestYear: (name, year, amount) => `${name} has its smallest total budget in ${year}: ${amount}.`,
    forPeriod: (amount, from, to) => `${amount} in total for the period ${span(from, to)}`,
    statedInText: (name) => `${name} has no budget table, but its text states:`,
    moreStrategies: (count) => `… and ${count} more strategies with budget figures (the whole overview under Budgets, /budgets).`,
    others: (count) => `${count} others`,
    onlyOneHasLines: (a, amount, b) => `"${a}" has ${amount}; there are no budget lines for "${b}".`,
    share: (topic, part, wholeName, whole, percent, when) => `"${topic}" has ${part} of ${wholeName} of ${whole}${when ? ` for ${when}` : ''}: ${part} / ${whole} = ${percent}.`,
    yearSum: (year, amounts, total) => `In total ${year}: ${amounts.join(' + ')} = ${total}.`,
    withoutAmount: (name, line, cell) => `${name}: "${line}" – the table gives no amount ("${cell}").`,
    shareWhole: { all: 'the total budget', investment: 'the investment frame', operating: 'the operating budget' },
    hasAmount: (amount, when) => `has ${amount}${when ? ` (${when})` : ''}`,
    perYear: (amount) => `${amount} a year`,
    yearNotBudgeted: (year, topic, from, to) => `I found no budget lines${topic ? ` for "${topic}"` : ''} for ${year}; the budget figures are for ${yearSpan(from, to)}.`,
    totalWithout: (name, whole, left, result, excluded) => `${name}: ${whole} in total − ${left.join(' − ')} = ${result} without "${excluded}".`,
    nothingToLeaveOut: (name, excluded, whole) => `${name}: no budget line is for "${excluded}", so there is nothing to leave out: ${whole} in total.`,
  },
};

/**
 * What an answer from the accounts says instead of the budget's words ("Regnskap 2025" beside "Budsjett 2025":
 * BudgetItem.basis 'actual'): its lines, totals and the strategies without accounts, in each language. An answer
 * from the accounts says so before its first figure.
 */
export interface AccountsPhrases {
  /** Said first: the figures that follow are what was spent, from the accounts, not the budget. */
  fromAccounts: string;
  /** The accounts asked, none given: the budget's figures follow. */
  noAccounts: (names: string) => string;
  overrides: Pick<Phrases, 'budgetIntro' | 'budgetNone' | 'noBudgetFor' | 'noBudgetFigures' | 'totalsIntro' | 'topicTotalsIntro' | 'largestYear' | 'noAmountFor'>;
}

export const ACCOUNTS_PHRASES: Record<Language, AccountsPhrases> = {
  nb: {
    fromAccounts: 'Fra regnskapet (det som faktisk ble brukt), ikke budsjettet:',
    noAccounts: (names) => `${names} oppgir ikke regnskap (hva som faktisk ble brukt); tallene under er budsjettet.`,
    overrides: {
      budgetIntro: (topic) => (topic ? `Regnskap for «${topic}»:` : 'Regnskap:'),
      budgetNone: (topic) => `Jeg fant ikke regnskap for «${topic}» i de innlastede dokumentene.`,
      noBudgetFor: (names) => `Ikke noe regnskap for temaet i: ${names}.`,
      noBudgetFigures: (name) => `${name} oppgir ikke regnskap.`,
      totalsIntro: (name) => `Samlet regnskap i ${name}:`,
      topicTotalsIntro: (topic, name) => `Regnskap for «${topic}» i ${name}:`,
      largestYear: (name, year, amount) => `${name} brukte mest i ${year}: ${amount}.`,
      noAmountFor: (topic) => `ikke noe regnskap for «${topic}»`,
    },
  },
  nn: {
    fromAccounts: 'Frå rekneskapen (det som faktisk vart brukt), ikkje budsjettet:',
    noAccounts: (names) => `${names} oppgir ikkje rekneskap (kva som faktisk vart brukt); tala under er budsjettet.`,
    overrides: {
      budgetIntro: (topic) => (topic ? `Rekneskap for «${topic}»:` : 'Rekneskap:'),
      budgetNone: (topic) => `Eg fann ikkje rekneskap for «${topic}» i dei innlasta dokumenta.`,
      noBudgetFor: (names) => `Ikkje noko rekneskap for temaet i: ${names}.`,
      noBudgetFigures: (name) => `${name} oppgir ikkje rekneskap.`,
      totalsIntro: (name) => `Samla rekneskap i ${name}:`,
      topicTotalsIntro: (topic, name) => `Rekneskap for «${topic}» i ${name}:`,
      largestYear: (name, year, amount) => `${name} brukte mest i ${year}: ${amount}.`,
      noAmountFor: (topic) => `ikkje noko rekneskap for «${topic}»`,
    },
  },
  en: {
    fromAccounts: 'From the accounts (what was actually spent), not the budget:',
    noAccounts: (names) => `${names} gives no accounts (what was actually spent); the figures below are the budget.`,
    overrides: {
      budgetIntro: (topic) => (topic ? `Actual spending on "${topic}":` : 'Actual spending:'),
      budgetNone: (topic) => `I found no accounts for "${topic}" in the loaded documents.`,
      noBudgetFor: (names) => `No accounts for the topic in: ${names}.`,
      noBudgetFigures: (name) => `${name} gives no accounts.`,
      totalsIntro: (name) => `Total actual spending in ${name}:`,
      topicTotalsIntro: (topic, name) => `Actual spending on "${topic}" in ${name}:`,
      largestYear: (name, year, amount) => `${name} spent the most in ${year}: ${amount}.`,
      noAmountFor: (topic) => `no accounts for "${topic}"`,
    },
  },
};

/** The answer phrases for the budget's figures, or (basis 'actual') for the accounts'. */
export function phrasesFor(language: Language, basis: 'budget' | 'actual'): Phrases {
  return basis === 'actual' ? { ...PHRASES[language], ...ACCOUNTS_PHRASES[language].overrides } : PHRASES[language];
}
