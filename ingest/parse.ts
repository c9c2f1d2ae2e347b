import { createHash } from 'node:crypto';
import { z } from 'zod';
import { createError } from '../src/errors.ts';
import { cleanDocument } from './clean/index.ts';
import { pageAt } from './clean/pages.ts';
import type { DocumentMetadata, PageStart, ParsedDocument, RawDocument } from './model.ts';
import { DEFAULT_PDF_LIMITS, readDocument, type PdfLimits } from './read/index.ts';
import { extractCardBudgets } from './structure/budgets-cards.ts';
import { extractPdfBudgets } from './structure/budgets-pdf.ts';
import { extractPipeBudgets } from './structure/budgets-pipe.ts';
import { extractTextBudgets, type TableContext } from './structure/budgets-text.ts';
import { extractGoals } from './structure/goals.ts';
import { SpanSet, type Span } from './structure/lists.ts';
import { minutesHeadings, minutesSections } from './structure/meeting-minutes.ts';
import { detectMetadata } from './structure/metadata.ts';
import { findOutlineItems } from './structure/outline-items.ts';
import { chunkPassages } from './structure/passages.ts';
import { slideHeadings } from './structure/slide-headings.ts';
import { layoutHeadings, layoutTitle, outlineHeadings } from './structure/layout.ts';
import { withAddedHeadings } from './structure/added-headings.ts';
import { withCaseHeadings } from './structure/case-document.ts';
import { labelledSubheadings } from './structure/labelled-headings.ts';
import { extractSections, sectionAt, sectionsFromHeadings, type PlacedHeading } from './structure/sections.ts';
import { capitalHeadings, findTextHeadings } from './structure/text-headings.ts';
import { tagThemes } from './structure/themes.ts';
import { parseToc } from './structure/toc.ts';
import { titleHeadingStart } from './structure/title.ts';

/** A sidecar `<file>.meta.json` overrides detected metadata field by field. */
export const sidecarSchema = z
  .object({
    title: z.string().min(1),
    organisation: z.string().min(1),
    organisationKind: z.enum(['municipality', 'region', 'county', 'collaboration']),
    aliases: z.array(z.string().min(1)),
    municipalities: z.array(z.string().min(1)),
    period: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }),
    adopted: z.array(z.object({ body: z.string(), municipality: z.string().nullable(), date: z.string().nullable(), caseNumber: z.string().nullable() })),
  })
  .partial()
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/** Reads and structures one file: bytes in, `ParsedDocument` out. Pure apart from PDF parsing. */
export async function parseDocument(bytes: Uint8Array, sourceName: string, sidecar?: Sidecar, pdfLimits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<ParsedDocument> {
  const raw = await readDocument(bytes, sourceName, pdfLimits);
  return structureDocument(raw, { sourceName, contentHash: hashBytes(bytes, sidecar), sidecar });
}

export function hashBytes(bytes: Uint8Array, sidecar?: Sidecar): string {
  const hash = createHash('sha256').update(bytes);
  if (sidecar) hash.update(JSON.stringify(sidecar));
  return hash.digest('hex');
}

/** Everything after reading: clean → metadata → tables → sections → goals → passages. */
export function structureDocument(raw: RawDocument, source: { sourceName: string; contentHash: string; sidecar?: Sidecar | undefined }): ParsedDocument {
  const clean = cleanDocument(raw, raw.hasRealPages ? layoutHeadings(raw) : []);
  const text = clean.text;
  if (!/\p{L}{2,}/u.test(text)) throw createError('NO_CONTENT', `${source.sourceName}: no document text found`, { file: source.sourceName });
  const warnings: string[] = [...clean.warnings];
  const titleStart = titleHeadingStart(text, clean.headings);
  const detected = detectMetadata(text, { chromeTitle: clean.chromeTitle, titleStart, titleLine: raw.format === 'markdown', sourceName: source.sourceName, pdfTitle: raw.pdfTitle ?? null, layoutTitle: layoutTitle(raw.lines ?? []) });
  const metadata: DocumentMetadata = { ...detected, ...source.sidecar };
  const toc = parseToc(text);
  const lineBased = raw.hasRealPages || /\n[^\n]{1,120}\n/.test(text.slice(0, 5000));

  // Tables first: their numbered rows must not become sections or goals.
  let pageStarts: PageStart[] = clean.pageStarts;
  const placeholderSections = [{ number: null, title: metadata.title, level: 0, parent: null, start: 0, end: text.length, pageFrom: 1, pageTo: 1 }];
  const textTables = extractTextBudgets(text, contextFor(placeholderSections, pageStarts, metadata));
  const pipeTables = extractPipeBudgets(text, contextFor(placeholderSections, pageStarts, metadata)).spans;
  const tableSpans: Span[] = [...textTables.spans, ...pipeTables];
  const exclude: Span[] = [...tableSpans, ...(toc ? [{ start: toc.start, end: toc.end }] : [])];

  const goalsFirstPass = extractGoals({ text, pageStarts, sections: placeholderSections, exclude, lineBased });
  // Numbered list items are no headings; nor are the items of an outline numbered like headings ("3.1.1 Ny søknadsportal").
  const listSpans = [
    ...goalsFirstPass.filter((goal) => goal.kind !== 'indicator' && goal.kind !== 'commitment' && goal.label !== null).map((goal) => ({ start: goal.start - 4, end: goal.end })),
    ...findOutlineItems(text, exclude).flat().map((item) => ({ start: item.lineStart, end: item.end })),
  ];
  let sections = chooseSections(raw, text, pageStarts, toc, exclude, listSpans, clean.headings, metadata.title);

  // Text without page markers: the table of contents still says where sections start.
  if (!clean.paged && toc?.entries.some((entry) => entry.page !== null)) {
    pageStarts = pagesFromToc(sections, toc.entries);
    sections = chooseSections(raw, text, pageStarts, toc, exclude, listSpans, clean.headings, metadata.title);
  }
  const context = contextFor(sections, pageStarts, metadata);
  // Tables written with pipes keep their columns; flattened-text tables are read around them.
  const pipeSpans = new SpanSet(pipeTables);
  const inPipeTable = (item: { start: number }) => pipeSpans.has(item.start);
  const budgets = [
    ...(raw.tables.length > 0
      ? extractPdfBudgets(raw.tables, text, (page) => pageStarts.find((p) => p.page === page)?.offset ?? 0, context)
      : extractTextBudgets(text, context).items.filter((item) => !inPipeTable(item))),
    ...extractPipeBudgets(text, context).items,
    // Measure cards ("Tiltak: …" / "Kostnad 2026: kr 350 000"), where a plan gives its money in no table.
    ...extractCardBudgets(text, context),
  ].sort((a, b) => a.start - b.start);
  if (raw.tables.length === 0) warnings.push(...textTables.warnings);
  const uncertain = budgets.filter((item) => item.confidence === 'uncertain').length;
  if (uncertain > 0) warnings.push(`${uncertain} budget amount(s) have no certain year (flattened table cells)`);
  const goals = extractGoals({ text, pageStarts, sections, exclude: [...exclude, ...spansOf(text, budgets), ...headingNumbers(text, sections)], lineBased, tables: raw.tables });
  // A budget table stays in one passage with the sentence that introduces it, so that a quote of its sum shows what the sum is.
  const keep = tableSpans.map((span) => withIntroduction(text, span)).sort((a, b) => a.start - b.start);
  const passages = chunkPassages(text, sections, pageStarts, { skip: toc ? [{ start: toc.start, end: toc.end }] : [], keep });
  if (sections.length <= 1) warnings.push('no sections found (no numbered, marked or heading-like lines)');
  return {
    sourceName: source.sourceName,
    contentHash: source.contentHash,
    format: raw.format,
    pageCount: raw.hasRealPages ? raw.pages.length : Math.max(...pageStarts.map((p) => p.page)),
    metadata,
    text,
    pageStarts,
    sections,
    goals,
    budgets,
    passages,
    themes: tagThemes({ title: metadata.title, sections, goals, budgets, passages }),
    warnings,
  };
}

/**
 * Where each numbered section's heading number stands ("1" of "1 Sammendrag"): a list number never
 * starts a heading, so headings numbered "1", "2", "3" are no list of goals.
 */
function headingNumbers(text: string, sections: ParsedDocument['sections']): Span[] {
  return sections.flatMap((section) => {
    if (!section.number) return [];
    const at = text.indexOf(section.number, section.start);
    return at >= section.start && at - section.start < 4 ? [{ start: at, end: at + section.number.length }] : [];
  });
}

/**
 * Where the sections come from: markdown headings in markdown, a PDF's outline; else numbered headings where there
 * are at least two (as always); else headings from the PDF's layout or outline; else a slide deck's slide
 * titles; else heading-like lines of plain text. Headings never come from excluded spans (tables, lists, contents).
 */
function chooseSections(raw: RawDocument, text: string, pageStarts: PageStart[], toc: ReturnType<typeof parseToc>, exclude: Span[], listSpans: Span[], marked: PlacedHeading[], title: string): ParsedDocument['sections'] {
  // The minutes of a meeting: its list of cases, each case and the parts of its handling.
  const minutes = minutesHeadings(text);
  if (minutes) return minutesSections(text, pageStarts, minutes, title);
  // A case document's own parts ("Saksopplysninger", "Vurdering") stand beside the attached strategy's chapters.
  return withCaseHeadings(text, pageStarts, authorSections(raw, text, pageStarts, toc, exclude, listSpans, marked, title));
}

function authorSections(raw: RawDocument, text: string, pageStarts: PageStart[], toc: ReturnType<typeof parseToc>, exclude: Span[], listSpans: Span[], marked: PlacedHeading[], title: string): ParsedDocument['sections'] {
  // Marked headings were told apart from list items by their markup or font; tables and contents still hold none.
  const explicit = marked.filter((heading) => !exclude.some((span) => heading.start >= span.start && heading.start < span.end));
  // The author's own structure first: markdown headings, a PDF outline (bookmarks).
  const authored = raw.format === 'markdown' || outlineHeadings(raw.outline ?? []).length >= 2;
  if (authored && explicit.length > 0) return sectionsFromHeadings(text, pageStarts, explicit, title);
  const numbered = extractSections(text, pageStarts, toc, [...exclude, ...listSpans], title);
  const chapters = numbered.filter((section) => section.number !== null);
  // Chapters numbered in capitals ("1 CONNECTED EVERYWHERE"): headings in capitals without a number ("FOREWORD") are chapters too.
  // The title on the cover, printed in the same capitals ("REGIONAL PLANSTRATEGI FOR NORDLAND 2024–2028"), is the title, not a chapter.
  if (chapters.length >= 2 && chapters.filter((section) => section.level === 1).every((section) => !/\p{Ll}/u.test(section.title))) {
    const capitals = capitalHeadings(text, [...exclude, ...listSpans]).filter((heading) => foldedWords(heading.title) !== foldedWords(title));
    return withAddedHeadings(text, pageStarts, numbered, capitals);
  }
  if (chapters.length >= 2) return numbered;
  // Under headings marked by underlining ("** Five objectives" over a rule), a series labelled by a kind's word ("Objective 1 – …") is one level deeper.
  if (explicit.length > 0) return sectionsFromHeadings(text, pageStarts, [...explicit, ...labelledSubheadings(text, explicit)], title);
  // A slide deck: each slide's title, whatever stands under it (a quote, boxes, a table).
  const slides = slideHeadings(text);
  if (slides && slides.length >= 2) return sectionsFromHeadings(text, pageStarts, slides, title);
  const lines = findTextHeadings(text, [...exclude, ...listSpans]);
  if (lines.length >= 2) return sectionsFromHeadings(text, pageStarts, lines, title);
  return numbered;
}

/** A line's words only, lower case: a title printed in capitals and one in mixed case compare equal. */
function foldedWords(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
}

/**
 * A table's span from the sentence that introduces it, where that sentence ends in a colon just before
 * the table ("Samlet budsjett for alle satsningsområdene/tiltak i perioden: Satsningsområder og tiltak 2016 …").
 */
function withIntroduction(text: string, span: Span): Span {
  const before = text.slice(Math.max(0, span.start - 300), span.start);
  if (!/:\s*$/.test(before)) return span;
  const sentence = /(?:^|[.!?]\s+|\n)([^.!?\n]*:\s*)$/u.exec(before);
  return sentence?.[1] ? { start: span.start - sentence[1].length, end: span.end } : span;
}

/**
 * Spans covered by budget items: each amount plus its row label before it, which stands in the amount's
 * paragraph (a list just above a table, on the slide or paragraph before it, is no row's label).
 */
function spansOf(text: string, items: Array<{ start: number; end: number }>): Span[] {
  return items.map((item) => {
    const paragraph = Math.max(text.lastIndexOf('\n\n', item.start), text.lastIndexOf('\f', item.start));
    return { start: Math.max(0, item.start - 80, paragraph), end: item.end };
  });
}

function contextFor(sections: ParsedDocument['sections'], pageStarts: PageStart[], metadata: DocumentMetadata): TableContext {
  return {
    sectionAt: (offset) => sectionAt(sections, offset),
    sectionTitleAt: (offset) => {
      const section = sections[sectionAt(sections, offset)];
      return section ? [section.number, section.title].filter(Boolean).join(' ') : '';
    },
    pageAt: (offset) => pageAt(pageStarts, offset),
    period: metadata.period,
  };
}

function pagesFromToc(sections: ParsedDocument['sections'], entries: Array<{ number: string; page: number | null }>): PageStart[] {
  const starts: PageStart[] = [{ page: 1, offset: 0 }];
  for (const section of sections) {
    const page = entries.find((entry) => entry.number === section.number)?.page;
    const last = starts[starts.length - 1];
    if (page && last && page > last.page) starts.push({ page, offset: section.start });
  }
  return starts;
}
