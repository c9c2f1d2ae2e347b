import type { ThemeTag } from './structure/themes.ts';

/**
 * The domain shapes produced by the ingest pipeline (read → clean → structure → chunk).
 * Every span is a pair of character offsets into `ParsedDocument.text`, the cleaned text.
 */

/** One page of extracted text, as a reader returns it. */
export interface PageText {
  /** 1-based page number. */
  number: number;
  text: string;
}

/** A ruled table read from a PDF page: rows of cell strings, header row first. */
export interface RawTable {
  page: number;
  rows: string[][];
}

/** A line of PDF text with its typography, from pdf.js text items. */
export interface StyledLine {
  page: number;
  text: string;
  /** Font size in points (the largest item on the line). */
  fontSize: number;
  /** True when the line's font is bold (font name or weight). */
  bold: boolean;
}

/** One entry of a PDF's own outline (bookmarks). */
export interface OutlineEntry {
  title: string;
  /** Page the entry points at, where it resolves. */
  page: number | null;
  /** 1 for top-level entries. */
  level: number;
}

/** What a reader returns: text per page (text files may be one "page" with markers) and tables. */
export interface RawDocument {
  format: 'pdf' | 'text' | 'markdown';
  pages: PageText[];
  tables: RawTable[];
  /** True when the pages are real (PDF); text files get their pages from markers in the text. */
  hasRealPages: boolean;
  /** PDF only: the document information Title, where set. */
  pdfTitle?: string | null;
  /** PDF only: the outline (bookmarks), where present. */
  outline?: OutlineEntry[];
  /** PDF only: every text line with its font size and weight, in reading order. */
  lines?: StyledLine[];
}

/** Where a page begins in the cleaned text. */
export interface PageStart {
  page: number;
  offset: number;
}

/** The document's own text after cleaning, with its page map. */
export interface CleanText {
  /** Paragraphs separated by blank lines. */
  text: string;
  pageStarts: PageStart[];
  /** A title line found in scraped page chrome, if any (a hint for metadata only). */
  chromeTitle: string | null;
}

export interface Period {
  from: number | null;
  to: number | null;
}

/** One adoption of the strategy: which body adopted it, when, under which case number. */
export interface AdoptionRecord {
  /** E.g. "Eidsvoll kommunestyre". */
  body: string;
  /** The municipality of the body, where the body names one. */
  municipality: string | null;
  /** ISO date where the text gives one: yyyy-mm-dd, or yyyy-mm / yyyy when only the month or year is printed. */
  date: string | null;
  /** Case number, e.g. "2/11". */
  caseNumber: string | null;
}

export type OrganisationKind = 'municipality' | 'region' | 'county' | 'collaboration';

export interface DocumentMetadata {
  title: string;
  /** The organisation that owns the strategy, e.g. "Sørum kommune", "Kongsbergregionen". */
  organisation: string;
  organisationKind: OrganisationKind;
  /** Short names and spellings a user may use for the organisation ("ØRU", "Øvre Romerike"). */
  aliases: string[];
  /** Municipalities the strategy covers. */
  municipalities: string[];
  period: Period;
  adopted: AdoptionRecord[];
}

export interface Section {
  /** Heading number such as "3.5.1" or "7"; null for unnumbered headings. */
  number: string | null;
  title: string;
  /** 1 for "3", 2 for "3.5", …; 0 for the document's preamble. */
  level: number;
  /** Index of the parent section in `ParsedDocument.sections`, or null. */
  parent: number | null;
  pageFrom: number;
  pageTo: number;
  /** Text span from the heading to the start of the next section. */
  start: number;
  end: number;
}

/**
 * What a goal is: the strategy's vision; a goal (hovedmål, mål, ambisjon); a sub-goal (delmål); a focus
 * area (satsingsområde, prioritering); a measure (tiltak); a result indicator; a commitment
 * ("kommunene vil …" outside goal lists).
 */
export type GoalKind = 'vision' | 'goal' | 'sub-goal' | 'focus-area' | 'measure' | 'indicator' | 'commitment';

/** Every goal kind, in the order answers list them. */
export const GOAL_KINDS: readonly GoalKind[] = ['vision', 'goal', 'sub-goal', 'focus-area', 'measure', 'indicator', 'commitment'];

export interface Goal {
  /** The goal's number or letter as printed ("3", "c"), or null for bullets and statements. */
  label: string | null;
  text: string;
  kind: GoalKind;
  /** True when the goal carries a number, a percentage or a deadline ("innan 2025", "100 % av søknadene"). */
  measurable: boolean;
  /** Index of the section that holds it. */
  section: number;
  page: number;
  start: number;
  end: number;
}

export type BudgetConfidence = 'exact' | 'derived' | 'uncertain';

export interface BudgetItem {
  /** The table's caption, e.g. "7. Helse og velferd". */
  table: string;
  /** Row label, e.g. "Program Velferdsteknologi 2015–2018". */
  label: string;
  /** Budget year, or null where the year is unknown or the amount covers a period. */
  year: number | null;
  /** The period an amount covers when it is not one year (e.g. a yearly frame for 2015–2018). */
  period: Period | null;
  /** Amount in whole NOK. */
  amount: number;
  kind: 'investment' | 'operating' | null;
  /** True for the table's sum row. */
  isSum: boolean;
  /** The amount as printed. */
  raw: string;
  /** exact: read from a ruled table or a full row; derived: year fixed by the sum row; uncertain: year unknown. */
  confidence: BudgetConfidence;
  /**
   * 'actual': what was spent, from the accounts ("Regnskap 2025", "Rekneskap", "Forbruk", "Actual 2025" beside
   * the budget in a status report or årsmelding). Absent: a budget amount (planned, allocated, revised), as every
   * amount was before; totals, sums and comparisons of the budget never add actual amounts.
   */
  basis?: 'actual';
  section: number;
  page: number;
  start: number;
  end: number;
}

export interface Passage {
  text: string;
  section: number;
  pageFrom: number;
  pageTo: number;
  start: number;
  end: number;
}

/** Everything ingest knows about one file, ready to be embedded and stored. */
export interface ParsedDocument {
  sourceName: string;
  contentHash: string;
  format: RawDocument['format'];
  pageCount: number;
  metadata: DocumentMetadata;
  text: string;
  pageStarts: PageStart[];
  sections: Section[];
  goals: Goal[];
  budgets: BudgetItem[];
  passages: Passage[];
  /** Theme tags of the title, sections, goals, budget rows and passages (see structure/themes.ts). */
  themes: ThemeTag[];
  warnings: string[];
}
