import type { Goal, GoalKind, PageStart, RawTable, Section } from '../model.ts';
import { pageAt } from '../clean/pages.ts';
import { goalBlocks, listKind, type GoalBlock } from './goal-blocks.ts';
import { isKnownPlace } from '../gazetteer.ts';
import { endsWithConjunction, isAmountHeading, kindOfColumnHeading, isAmountKindHeading, isCommitment, isCommitmentLead, isContainerHeading, isIntroductionHeading, isMeasurable, namesNoGoals, isPromise, isTargetStatement, kindOfWord, kindsNamed, labelKind, COLON_LABEL, LABELLED_ITEM, statementKind } from './goal-vocabulary.ts';
import { findNestedLists, nestedItemKinds } from './nested-lists.ts';
import { findNumberedHierarchies } from './numbered-hierarchy.ts';
import { findOutlineItems } from './outline-items.ts';
import { BULLET_GLYPHS, BULLET_VARIANT, findBulletRuns, findFirstBulletRun, findLetteredRuns, findNumberedRuns, findPipeTables, isLegend, SpanSet, type ListItem, type PipeTable, type Span } from './lists.ts';
import { findCodeLabelledRuns, findDecimalRuns, findLineNumberedRuns } from './numbered-items.ts';
import { SUM_LABEL } from './budget-words.ts';
import { sectionAt } from './sections.ts';
import { commentThread } from './text-headings.ts';
import { textBlocks } from '../clean/blocks.ts';

/** True when a section's first paragraph after its heading states a goal itself ("… shall be submitted digitally."). */
function statedBelow(text: string, section: Section): boolean {
  const body = text.slice(section.start, section.end).split(/\n\s*\n/).slice(1).find((paragraph) => paragraph.trim() !== '') ?? '';
  const first = body.replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s+/)[0] ?? '';
  return first.length >= 20 && !/[:?]$/.test(first) && PROMISE_VERB.test(` ${first} `);
}

/** Text in quotation marks from its start to its end (a full stop after the closing mark allowed). */
const QUOTED_WHOLE = /^["“]([^"“”«»\n]{8,400})["”]\.?$/u;

/** A name and a colon opening an item, before a sentence in capitals ("Nøgde brukarar: Delen som …"). */
const NAMED_STATEMENT = /^([\p{Lu}][^:.!?\d\n]{2,60}):[ \t]+(?=[\p{Lu}«])/u;

/** A code opening an item: "A1 ", "T3: ", "M1.2 ", "O1 – " before a capital. */
const CODE_LABEL = /^(\p{Lu}{1,2}\d{1,2}(?:\.\d{1,2})?)(?:[.:)]?[ \t]+|[ \t]+[–-][ \t]+)(?=[\p{Lu}«])/u;

/** A column heading of a target year ("Mål 2028", "Target 2027"): a year after the words (read only where the words name goals). */
const TARGET_YEAR_HEADING = /^[^\d]*\p{L}[^\d]*\s(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\W*$/u;

/** Headings of result-indicator tables ("Resultatindikatorer"). */
export const INDICATOR_HEADING = /indikator/i;
/** Commitment statements: "ØRU-kommunene vil …", "… vil kommunene arbeide for …". */
const COMMITMENT = /(?:^|\s)(?:[\p{Lu}][\p{L}]*[- ])?kommunene vil\s(?!kunne|måtte|trolig)|\svil (?:[\p{Lu}][\p{L}]*[- ])?kommunene\s(?!kunne|måtte|trolig)/iu;
const INDICATOR_START = /(^|\s)(?:Kommune(?:n|r|ne)?|Elevene|Lærerne|Lærere|Skolene|Politisk og administrativ ledelse)\s+(?:har|bruker|tilbyr|kan|får|utnytter|som)\b/u;

export interface GoalInput {
  text: string;
  pageStarts: PageStart[];
  sections: Section[];
  /** Spans that hold no goals: tables of contents, budget tables. */
  exclude: Span[];
  lineBased: boolean;
  /** PDF tables (rows of cells, header first): a "Tiltak | Ansvar | Frist" table gives one measure per row. */
  tables?: RawTable[];
}

/**
 * Goals in priority order: numbered runs ("1. Kommunene har …" ×3+), lettered runs (a)–l)), lists and
 * statements in goal blocks (headings from data/goal-vocabulary.json), labelled items ("Delmål 1: …"),
 * "Hovedmålet er …" / "Visjonen er …" statements, tiltak tables, result indicators and commitment
 * sentences. Each goal's kind comes from its heading or the line introducing its list; `measurable`
 * from a number, percentage or deadline in its text.
 */
export function extractGoals(input: GoalInput): Goal[] {
  const { text, sections, exclude, lineBased } = input;
  const goals: Goal[] = [];
  // What others say (a quote with its speaker) and a post's comment thread state none of the strategy's goals.
  const taken = new SpanSet([...exclude, ...quotedSpeech(text), ...commentThread(text)]);
  /** Spans of goals found so far (without the excluded spans): a table column headed "Tiltak" may also hold a budget row's label. */
  const claimed = new SpanSet();
  const blocks = goalBlocks(text, sections, exclude);
  const blockAt = (offset: number) => {
    // Blocks are in text order and do not overlap: binary search.
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const block = blocks[mid]!;
      if (offset < block.titleEnd) hi = mid - 1;
      else if (offset >= block.end) lo = mid + 1;
      else return block;
    }
    return null;
  };
  const add = (whole: ListItem, kind: GoalKind, explicit = false) => {
    // "1. Ny brukerstøtteportal" over its explanation: the item is its lead-in.
    const listed = lineBased ? withoutExplanation(text, whole) : whole;
    // "- A1 Innen 2028 skal …": a list item opening with a code is labelled by it.
    const code = listed.label === null ? CODE_LABEL.exec(text.slice(listed.start, listed.end)) : null;
    const coded = code ? { label: code[1]!, start: listed.start + code[0].length, end: listed.end } : listed;
    // "1. Nøgde brukarar: Delen som er nøgde … skal auke frå 61 til 75 prosent.": a goal's short name before its statement is no part of it.
    const named = kind === 'goal' || kind === 'sub-goal' ? NAMED_STATEMENT.exec(text.slice(coded.start, coded.end)) : null;
    const unnamed = named && named[1]!.split(/\s+/).length <= MAX_NAME_WORDS && PROMISE_VERB.test(` ${text.slice(coded.start + named[0].length, coded.end)} `) ? { ...coded, start: coded.start + named[0].length } : coded;
    // A block quote's marks ("> Alver – digitalt, trygt og nært.") are no part of what it says.
    const quoteMark = /^(?:>[ \t]*)+/.exec(text.slice(unnamed.start, unnamed.end))?.[0].length ?? 0;
    // A vision or goal quoted whole ("\"A connected island community … all year round.\"") is what the quotation marks hold.
    const quoted = QUOTED_WHOLE.exec(text.slice(unnamed.start + quoteMark, unnamed.end));
    const item = quoted ? { ...unnamed, start: unnamed.start + quoteMark + 1, end: unnamed.start + quoteMark + 1 + quoted[1]!.length } : { ...unnamed, start: unnamed.start + quoteMark };
    const goalText = text.slice(item.start, item.end).replace(/(^|\n)[ \t]*>[ \t]?/g, '$1').replace(/\s+/g, ' ').trim();
    // A goal may open with a share or a count ("100 % av …", "9 av 10 henvendelser …"), not with a bare number.
    if (goalText.length < 3 || (/^\d/.test(goalText) && !/^\d+(?:[.,]\d+)?\s*(?:%|prosent|per cent|\p{Ll})/u.test(goalText)) || (explicit ? claimed : taken).has(item.start)) return;
    if (kind !== 'focus-area' && kind !== 'vision' && goalText.length < 8) return;
    goals.push({ label: item.label, text: goalText, kind, measurable: isMeasurable(goalText), section: sectionAt(sections, item.start), page: pageAt(input.pageStarts, item.start), start: item.start, end: item.end });
    taken.add({ start: item.start - 4, end: item.end });
    claimed.add({ start: item.start - 4, end: item.end });
  };
  const contextKind = (offset: number): GoalKind => itemKindOf(blockAt(offset)) ?? 'goal';

  // "1 Effektmål: …" / "1.1 Resultatmål: …" / "1.1.1 <tiltak>": each level's kind by its label or the legend.
  for (const item of findNumberedHierarchies(text, sections)) {
    add(item, item.kind);
    taken.add({ start: item.lineStart, end: item.end });
  }
  // "2.1.1 Alle søknadsskjema skal …", "3.1.1 Ny søknadsportal …": the items of an outline numbered like headings, of
  // the kind the nearest heading above them names ("2 Mål og delmål" → sub-goals, "3.1 Tiltak for tenestene" → measures).
  for (const run of findOutlineItems(text, exclude)) {
    const promises = run.filter((item) => PROMISE_VERB.test(` ${text.slice(item.start, item.end)} `)).length;
    const kind = kindFromHeadings(sections, run[0]!.start) ?? (promises * 2 >= run.length ? 'goal' : null);
    if (kind) run.forEach((item) => add(item, kind));
  }
  // A nested list under a heading naming kinds in order ("Satsingar, mål og tiltak"): each level the next kind.
  for (const block of blocks) {
    for (const list of findNestedLists(text, block.titleEnd, block.end)) {
      for (const { item, kind } of nestedItemKinds(list, block.kinds)) if (kind) add(item, kind);
      // Every item is taken, fields and all, so that no other reader reads the list again.
      for (const item of list) taken.add({ start: item.start, end: item.end });
    }
  }
  for (const run of findNumberedRuns(text, taken, lineBased)) {
    // "Rådmannens innstilling:", "Vedtak:", "Strategiar:": a lead-in naming what is no goal (data/goal-vocabulary.json notGoals).
    const markAt = text.lastIndexOf(run[0]!.label ?? '', run[0]!.start);
    if (namesNoGoals(introOf(text, Math.max(0, markAt - 200), markAt))) continue;
    // The same words as the heading of the run's section ("## Proposed resolution", "Forslag til vedtak"): its points decide, they are no goals.
    const heading = sections[sectionAt(sections, run[0]!.start)];
    if (heading && heading.level > 0 && namesNoGoals(heading.title)) continue;
    const statements = run.filter((item) => text.slice(item.start, item.end).trim().split(/\s+/).length >= 4);
    const kind = contextKind(run[0]!.start);
    // Measures may be named in a few words ("Gevinstrapportering for fellesprosjekter") among longer ones.
    if (statements.length === run.length || kind === 'focus-area' || (kind === 'measure' && statements.length * 2 >= run.length)) run.forEach((item) => add(item, kind));
  }
  for (const run of findLetteredRuns(text, taken, lineBased)) run.forEach((item) => add(item, contextKind(item.start)));
  for (const run of findDecimalRuns(text, taken)) {
    // "1.1 Alle søknader … skal …" under chapter 1: goals when the list's introduction or heading names
    // them, or when most items promise something.
    const markStart = text.lastIndexOf(run[0]!.label ?? '', run[0]!.start);
    const introText = introOf(text, Math.max(0, markStart - 200), markStart);
    // "Strategier:", "Prinsipper:": a lead-in naming what is no goal (data/goal-vocabulary.json notGoals).
    if (namesNoGoals(introText)) continue;
    const intro = kindsNamed(introText);
    const promises = run.filter((item) => PROMISE_VERB.test(text.slice(item.start, item.end))).length;
    const kind = itemKindOf(blockAt(run[0]!.start)) ?? (intro.length > 0 ? kindOfWord(intro.join(' ')) : null) ?? (promises * 2 >= run.length ? 'goal' : null);
    if (kind) run.forEach((item) => add(item, kind));
  }

  for (const block of blocks) goalsInBlock(text, block, taken, lineBased, add);
  // A heading of focus areas over nothing but names, one a line ("Prioriterte områder" over "Selvbetjening" /
  // "Deling av data", a slide's boxes): each name is an area. (The names look like headings themselves,
  // so the section, not a goal block, says how far the list goes.)
  for (const section of sections) {
    if (section.level === 0 || kindOfWord(section.title.replace(/^\d+(?:\.\d+)*\.?\s+/, '')) !== 'focus-area') continue;
    const at = text.indexOf(section.title, section.start);
    if (at >= 0 && at - section.start < 12) for (const line of nameLines(text, at + section.title.length, section.end, taken)) add(line, 'focus-area');
  }
  // Outside goal blocks, a list whose own lead-in line names what it lists ("Tiltak:", "Mål:",
  // "Våre delmål:") lists that kind, under whatever heading it stands.
  for (const m of text.matchAll(LEAD_IN)) {
    // A sentence that introduces the list names it by its last words ("… ber kommunedirektøren prioritere disse
    // tiltakene i 2026:"); a short lead-in line ("Tiltak:", "Våre delmål:") by all of its words.
    const whole = m[1] ?? '';
    const lead = whole.length <= SHORT_LEAD_IN ? whole : endsWithConjunction(whole.slice(0, -1)) ? '' : whole.split(/\s+/).slice(-LEAD_IN_WORDS).join(' ');
    // "We will:", "Vi vil:": the organisation commits itself to each item.
    const kind = namesNoGoals(lead) ? null : (listKind(null, lead) ?? (isCommitmentLead(lead) ? 'commitment' : null));
    if (!kind) continue;
    const start = m.index + m[0].length;
    // One list from here, read no further than its section (and a bound), so the pass stays linear.
    const to = Math.min(sections[sectionAt(sections, start)]?.end ?? text.length, start + MAX_LIST_CHARS);
    const run = findFirstBulletRun(text, start, to, taken, lineBased, 1);
    if (run.length > 0 && run[0]!.start - start < 8 && !isLegend(text, run)) run.forEach((item) => add(item, kind));
  }
  // A heading that labels its goal ("Goal 1 – Digital-first services" over the goal's sentence: "By the end of
  // 2027, nine out of ten applications … shall be submitted digitally.") is a section, not the goal; one over
  // its sub-goals ("Hovedmål 1: Enkle digitale tjenester" over "Delmål:") is the goal.
  const headingStarts = new Set(sections.filter((section) => section.level > 0 && statedBelow(text, section)).map((section) => section.start));
  labelledItems(text, taken, add, headingStarts);
  /** The numbers of the items found so far that are numbered like headings ("3.1.1", "4.2"). */
  const outlined = new Set(goals.flatMap((goal) => (goal.label && /^\d{1,2}(?:\.\d{1,2})+$/.test(goal.label) ? [goal.label] : [])));
  for (const table of findPipeTables(text, true)) {
    const labels = goalLabelColumn(table);
    // The label column and, as in PDF tables, every later column whose header names a kind ("Mål | Tiltak |
    // Ansvar | Tid", "Objective | Indicator | Baseline 2024 | Target 2027"), not one of numbers only.
    // A later column naming the area each row belongs to ("Innsatsområde") only groups the rows.
    // A later column headed by a goal word and a year ("Mål 2028", "Target 2027") holds the target values of the
    // row's goal or indicator ("60", "under 15"), no goals of its own.
    const columns = table.header.flatMap((cell, i) => {
      const kind = kindOfColumnHeading(cell);
      const targetValues = i > labels && kind === 'goal' && TARGET_YEAR_HEADING.test(cell);
      return kind && !targetValues && (i === labels || (i > labels && kind !== 'focus-area')) && !table.rows.every((row) => /^[\d.\s]*$/.test(row.cells[i] ?? '')) ? [{ column: i, kind }] : [];
    });
    // A row with nothing but its number and name ("| B | Breiband og mobildekning | | |") heads a group of rows.
    const groupHead = (row: PipeTable['rows'][number], column: number) => table.header.length >= 3 && row.cells.every((cell, i) => i === column || i < labels || !cell.trim());
    // As in PDF tables: "Tiltak | Ansvar | Frist | Kostnad" lists measures, whatever its cost column also
    // gives; the labels of a pure budget table ("Tiltak | 2024 | 2025", also with a "Type" column of Drift /
    // Investering) are budget rows; a sum row is neither. An indicator column is never a budget's labels.
    const listsGoals = table.header.some((cell, i) => i > labels && kindOfColumnHeading(cell) === null && !isAmountHeading(cell) && !isAmountKindHeading(cell));
    // A row numbered as an item found above ("| 3.1.1 | Søknadsportal | Servicetorget | ■ |" under "3.1.1 Ny
    // søknadsportal med status på eigne saker"): a plan's table repeating its items under short names, no second goal.
    const repeats = (row: PipeTable['rows'][number]) => row.cells.slice(0, labels).some((cell) => outlined.has(cell.replace(/\.$/, '')));
    for (const { column, kind } of columns) {
      for (const row of table.rows) {
        if (repeats(row)) continue;
        const span = row.spans[column];
        if (span && span.end > span.start && !SUM_LABEL.test(row.cells[column]?.replace(/[*_]/g, '') ?? '') && !groupHead(row, column)) add({ label: null, ...span }, kind, listsGoals || kind === 'indicator' || column > labels);
      }
    }
  }
  for (const table of input.tables ?? []) {
    // Each column whose header names a kind ("Mål | Strategi | Tiltak", "Indikator | Status | Målverdi").
    const header = table.rows[0] ?? [];
    const kinds = header.map((cell) => kindOfColumnHeading(cell));
    if (!kinds.some((kind) => kind !== null)) continue;
    // "Tiltak | 2024 | 2025" is a budget table: its labels are budget rows, goals only where nothing else took them.
    // "Tiltak | Ansvar | Frist | Kostnad" lists measures, whatever a cost column also gives.
    const listsGoals = header.some((cell, i) => kinds[i] === null && !isAmountHeading(cell) && !isAmountKindHeading(cell));
    // "Indikator | Status 2025 | Mål 2028": a target year's column gives values, no goals.
    header.forEach((cell, i) => {
      if (i > 0 && kinds[i] === 'goal' && TARGET_YEAR_HEADING.test(cell)) kinds[i] = null;
    });
    let from = input.pageStarts.find((p) => p.page === table.page)?.offset ?? 0;
    for (const row of table.rows.slice(1)) {
      row.forEach((cell, column) => {
        const kind = kinds[column];
        const span = kind ? findCell(text, cell, from) : null;
        if (!span || !kind) return;
        add(span, kind, listsGoals);
        if (column === 0) from = span.start; // rows are in order: the next row's cells come after this one
      });
    }
  }

  sections.forEach((section) => {
    if (!INDICATOR_HEADING.test(section.title)) return;
    for (const sentence of sentences(text, section.start, section.end)) {
      // Table cells run together: the indicator may start after a column heading ("Personvern … Kommuner har …").
      const m = INDICATOR_START.exec(text.slice(sentence.start, sentence.end));
      const start = m ? sentence.start + m.index + (m[1]?.length ?? 0) : -1;
      if (m && !taken.has(start)) add({ label: null, start, end: sentence.end }, 'indicator');
    }
  });

  for (const raw of sentences(text, 0, text.length)) {
    const sentence = { start: afterHeading(text, sections, raw.start), end: raw.end };
    const body = text.slice(sentence.start, sentence.end);
    if (taken.has(sentence.start) || body.length >= 400) continue;
    const stated = statementKind(body);
    if (stated) add({ label: null, ...sentence }, stated);
    else if (COMMITMENT.test(` ${body}`) || (isCommitment(body, isKnownPlace) && !presents(sections, sentence.start))) add({ label: null, ...sentence }, 'commitment');
  }
  return withoutRepeats(goals).sort((a, b) => a.start - b.start);
}

/**
 * One goal for each goal the document states twice word for word (a recommendation and the decision that
 * adopts it; a summary and its chapter): the last statement of it, the decision's or the chapter's.
 */
function withoutRepeats(goals: Goal[]): Goal[] {
  const key = (goal: Goal) => `${goal.kind}|${goal.text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim()}`;
  const last = new Map(goals.map((goal) => [key(goal), goal]));
  return goals.filter((goal) => last.get(key(goal)) === goal);
}

/** A paragraph that opens a quote: a dash of direct speech ("– Vi skal …") or a quotation mark, after an emoji or not. */
const QUOTE_OPENING = /^(?:(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+[ \t]*)?(?:[–—][ \t]|["“„«])/u;
/** Its speaker after the quote: "…, sier ordfører Kari Lien.", "…," says Mayor Hanne Olsen.", "…», seier ho." */
const SPEAKER = /(?:[,!?]["”»]?|["”»],?)[ \t]+(?:sier|seier|sa|uttaler|uttalar|forteller|fortel|says|said|adds|explains)[ \t]+\p{L}/u;
const MAX_QUOTE_CHARS = 1500;

/**
 * Quoted speech: a paragraph that opens a quote ("– …", "“…") and names its speaker after it ("…, sier ordføreren.",
 * "…," says Mayor …"), as a news article or a post quotes the mayor. What a person says about the strategy is none of its goals.
 */
function quotedSpeech(text: string): Span[] {
  return textBlocks(text).flatMap((block) => {
    const paragraph = block.text.trimStart().replace(/\n$/, '');
    const start = block.end - block.text.trimStart().length;
    return paragraph.length <= MAX_QUOTE_CHARS && QUOTE_OPENING.test(paragraph) && SPEAKER.test(paragraph) ? [{ start, end: start + paragraph.length }] : [];
  });
}

/** A lead-in that names its item: a capital first, no closing punctuation, not too long. */
const LEAD_IN_NAME = /^[\p{Lu}«][^\n]{2,118}[^\s.,;:!?]$/u;

/**
 * "1. Felles løsning for digital post" / "Innføring i Holmestrand og Larvik … Ansvar: … Ferdig: 2. kvartal 2026.":
 * an item whose first line is a name and whose next lines, opening with a capital, are two or more whole
 * sentences explaining it (a list with a bold lead-in and a paragraph under it, exported with hard line breaks) is its
 * first line. A sentence wrapped over lines continues in lower case, or ends on its first line.
 */
function withoutExplanation(text: string, item: ListItem): ListItem {
  const body = text.slice(item.start, item.end);
  const lineEnd = body.indexOf('\n');
  if (lineEnd < 0) return item;
  const first = body.slice(0, lineEnd).trim();
  const rest = body.slice(lineEnd + 1).trim();
  // Two sentences or more below it: a line wrapped in a narrow column ("Kommuner har tatt i bruk" / "Helsenettet for
  // elektronisk samhandling.") continues one sentence.
  const explained = /[.!?]$/.test(rest) && /[.!?]\s+[\p{Lu}«]/u.test(rest);
  if (!LEAD_IN_NAME.test(first) || !/^[\p{Lu}«]/u.test(rest) || !explained || rest.length < first.length) return item;
  return { ...item, end: item.start + lineEnd };
}

/** The kind the nearest heading above an offset names, the section's own or an ancestor's ("Tiltak for tenestene" → measure). */
function kindFromHeadings(sections: Section[], offset: number): GoalKind | null {
  for (let index: number | null = sectionAt(sections, offset); index !== null; index = sections[index]?.parent ?? null) {
    const section = sections[index];
    if (!section || section.level === 0) return null;
    const kind = kindOfWord(section.title.replace(/^\d+(?:\.\d+)*\.?\s+/, ''));
    if (kind) return kind;
  }
  return null;
}

function itemKindOf(block: GoalBlock | null): GoalKind | null {
  return block ? listKind(block, '') : null;
}

type Add = (item: ListItem, kind: GoalKind) => void;

/** An `Add` that counts the items it passes on, and how many it has. */
function counting(addItem: Add): { add: Add; added: () => number } {
  let count = 0;
  return {
    add: (item, kind) => {
      count++;
      addItem(item, kind);
    },
    added: () => count,
  };
}

/** A short lead-in line ending with a colon ("Tiltak:", "Våre mål:") over a bulleted list (a blank line between them or not). */
const LEAD_IN = new RegExp(`(?<=^|\\n)[ \\t]*([^\\n:]{1,160}:)[ \\t]*\\n(?:[ \\t]*\\n)?(?=[ \\t]*[${BULLET_GLYPHS}*]${BULLET_VARIANT}[ \\t])`, 'gu');
/** A lead-in line this long names its list by all its words; a longer one is a sentence, named by its last words. */
const SHORT_LEAD_IN = 41;
const LEAD_IN_WORDS = 4;
const MAX_LIST_CHARS = 20_000;
const LIST_MARK_START = new RegExp(`^(?:[${BULLET_GLYPHS}*]${BULLET_VARIANT}|\\d+[.)]|[a-z]\\))\\s`, 'u');
const LIST_AFTER_COLON = new RegExp(`:\\s*(?:[${BULLET_GLYPHS}*]${BULLET_VARIANT}|\\d+[.)])\\s`, 'u');
const PROMISE_VERB = /\s(?:skal|vil|shall|will)\s/;

/** A block's lists, its vision paragraph and its promises ("Vestland skal …"); headings themselves are sections, not goals. */
function goalsInBlock(text: string, block: GoalBlock, taken: SpanSet, lineBased: boolean, addItem: Add): void {
  const { add, added } = counting(addItem);
  // Under a heading that itself names goals ("Dette vil vi oppnå"), a list of one is a list.
  const runs = findBulletRuns(text, block.titleEnd, block.end, taken, lineBased, block.inherited ? 2 : 1);
  runs.forEach((run, i) => {
    const intro = introOf(text, block.titleEnd, run[0]!.start);
    // "Strategiar:", "Prinsipper:": a list the block holds that lists no goals; nor does a legend ("U – utfører oppgaven").
    if (namesNoGoals(intro) || isLegend(text, run)) return;
    // The first list is the block's; a later one only when its introduction names what it lists.
    if (i > 0 && kindsNamed(intro).length === 0) return;
    // Under an area inherited from "Satsingsområder": lists of promises, not lists of topics.
    // (Under a container that names measures, "Korleis gjer vi det?", each list is one of measures, imperatives as they are.)
    if (block.inherited && !block.kinds.includes('measure') && kindsNamed(intro).length === 0 && run.filter((item) => PROMISE_VERB.test(text.slice(item.start, item.end))).length * 2 < run.length) return;
    const kind = listKind(block, intro);
    if (kind) run.forEach((item) => add(item, kind));
  });
  // "1) …", "2) …" at the start of lines, lower-case clauses included ("… skal bidra til at: 1) saksbehandlingstiden går ned").
  for (const run of findLineNumberedRuns(text, block.titleEnd, block.end, taken, lineBased)) {
    const intro = introOf(text, block.titleEnd, text.lastIndexOf(run[0]!.label ?? '', run[0]!.start));
    const kind = namesNoGoals(intro) ? null : listKind(block, intro);
    if (kind) run.forEach((item) => add(item, kind));
  }
  // "M1 …", "M2 …" under "Mål"; "T1 …", "T2 …" under "Tiltak": items labelled by a code, of the block's kind.
  for (const run of findCodeLabelledRuns(text, block.titleEnd, block.end, taken)) {
    const intro = introOf(text, block.titleEnd, text.lastIndexOf(run[0]!.label ?? '', run[0]!.start));
    const kind = namesNoGoals(intro) ? null : listKind(block, intro);
    if (kind) run.forEach((item) => add(item, kind));
  }
  const kind = listKind(block, '');
  if (kind === 'vision' && runs.length === 0) {
    const first = sentences(text, block.titleEnd, block.end)[0];
    if (first) add({ label: null, start: first.start, end: paragraphEnd(text, first.start, block.end) }, 'vision');
    return;
  }
  // Under a heading of goals and how they are measured ("Five objectives – and how we will measure them"), the
  // items are indicators and the statements goals.
  if (kind === 'indicator' && block.kinds.includes('goal')) statementsInBlock(text, block, 'goal', taken, add);
  if (kind === 'goal' || kind === 'sub-goal' || kind === 'focus-area') {
    statementsInBlock(text, block, kind, taken, add);
    // "Hovedmål" over one short paragraph and no list: the paragraph is the goal, as a vision's is
    // ("Innen 2027 skal 80 % av nye brukere …", where the subject follows the verb).
    const said = sentences(text, block.titleEnd, block.end);
    const body = text.slice(block.titleEnd, block.end).trim();
    if (added() === 0 && kind !== 'focus-area' && !block.inherited && !isContainerHeading(block.title) && !LABELLED_ITEM.test(body) && !COLON_LABEL.test(body) && said.length >= 1 && said.length <= 2 && body.length <= 300 && !/\n\s*\n/.test(body) && !said.some((sentence) => taken.has(sentence.start))) {
      add({ label: null, start: said[0]!.start, end: paragraphEnd(text, said[0]!.start, block.end) }, kind);
    }
  }
}

/** A name on a line of its own: a capital first, a few words, no figure and no punctuation that a sentence or a list item has. */
const NAME_LINE = /^[\p{Lu}«][^\d.,;:!?|•]{1,48}$/u;
const MAX_NAME_WORDS = 6;

/** The lines of [from, to) when every line of text there is a name, two or more (else none). */
function nameLines(text: string, from: number, to: number, taken: SpanSet): ListItem[] {
  const lines: ListItem[] = [];
  let at = from;
  for (const line of text.slice(from, to).split('\n')) {
    const name = line.trim();
    const start = at + line.indexOf(name);
    at += line.length + 1;
    if (!name) continue;
    if (!NAME_LINE.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS || taken.has(start)) return [];
    lines.push({ label: null, start, end: start + name.length });
  }
  return lines.length >= 2 ? lines : [];
}

/** Statements in a goal block: "Hovedmålet er …", "Vestland skal …", and "Vi vil …" under a heading naming goals. */
function statementsInBlock(text: string, block: GoalBlock, kind: GoalKind, taken: SpanSet, addItem: Add): void {
  const { add, added } = counting(addItem);
  for (const sentence of sentences(text, block.titleEnd, block.end)) {
    const body = text.slice(sentence.start, sentence.end).trim();
    if (taken.has(sentence.start) || LIST_MARK_START.test(body) || LIST_AFTER_COLON.test(body)) continue;
    const stated = statementKind(body);
    if (stated) add({ label: null, ...sentence }, stated);
    else if (isPromise(body, isKnownPlace)) add({ label: null, ...sentence }, kind === 'sub-goal' ? 'sub-goal' : 'goal');
    // "Vi vil …" under a heading that names goals ("Mål for perioden") states its goals; elsewhere it is a commitment.
    else if (kind !== 'focus-area' && !block.inherited && isCommitment(body, isKnownPlace)) add({ label: null, ...sentence }, kind);
    // "Alle innbyggere skal kunne logge inn … innen 2025." under "Mål for perioden": a target, whoever its subject.
    // So, as the first, under a heading of a container that names goals ("Fem strategiske mål" over "1. Felles
    // løsninger"), not of focus areas: the sentences after it explain the goal ("Dette betyr at …").
    else if ((kind === 'goal' || kind === 'sub-goal') && (!block.inherited || (block.kinds.includes(kind) && added() === 0)) && !isContainerHeading(block.title) && isTargetStatement(body)) add({ label: null, ...sentence }, kind);
    // "Andelen digitale henvendelser skal øke fra 45 % til 80 % innen 2030." in the running text of a focus
    // area (or of an area under "Innsatsområder"): a target with a date or a figure is a goal, whoever its subject.
    else if ((kind === 'focus-area' || block.inherited) && isTargetStatement(body) && DATED_OR_MEASURED.test(body)) add({ label: null, ...sentence }, kind === 'sub-goal' ? 'sub-goal' : 'goal');
  }
}

/** A year or a figure of a share in a sentence: what makes a target statement checkable. */
const DATED_OR_MEASURED = /(?<!\d)(?:19|20)\d{2}(?!\d)|\d\s*(?:%|prosent\b|per cent\b|percent\b)/u;

/** The words just before a list's colon ("Delmål:", "… disse indikatorene:"); empty when the list has no colon introduction. */
function introOf(text: string, from: number, listStart: number): string {
  const before = text.slice(Math.max(from, listStart - 120), listStart).replace(/[-•–*o]\s*$/, '').trimEnd();
  if (!before.endsWith(':')) return '';
  // "Tiltakene skal bidra til at:" introduces clauses (what the measures lead to), not a list of measures.
  if (endsWithConjunction(before.slice(0, -1))) return '';
  return before.split(/\s+/).slice(-5).join(' ');
}

/** Pictographs (with their variation selectors, joiners and skin tones) and the space after them, opening a line. */
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+[ \t]*/u;

/** "Delmål 1: …", "Tiltak 3: …", "Mål: …" at the start of a line: one item each. */
function labelledItems(text: string, taken: SpanSet, add: Add, headingStarts: ReadonlySet<number> = new Set()): void {
  for (const found of text.matchAll(/(?<=^|\n)[^\n]+/g)) {
    if (headingStarts.has(found.index)) continue;
    // "🎯 Our vision: …": an emoji before the label (a social-media post's) is no part of it.
    const emoji = LEADING_EMOJI.exec(found[0])?.[0].length ?? 0;
    const m = { index: found.index + emoji, 0: found[0].slice(emoji) };
    const labelled = LABELLED_ITEM.exec(m[0]) ?? COLON_LABEL.exec(m[0]);
    if (!labelled) continue;
    const kind = labelKind(labelled[1] ?? '');
    if (!kind || kind === 'focus-area' || taken.has(m.index)) continue;
    // A bold lead-in "Mål 1: … ." followed on its line by its explanation: the goal ends with its sentence.
    const start = m.index + labelled[0].length;
    const line = m[0].trimEnd();
    // An indicator's line goes on with its baseline and target ("KPI: share of … digitally. Baseline 2025: 58 %. Target 2029: 85 %.").
    const sentenceEnd = kind === 'indicator' ? null : /[.!?](?=\s+\p{Lu})/u.exec(line.slice(labelled[0].length));
    // A goal wrapped over the lines below ("**Mål:** Alle deler av fylket skal ha bredbånd og" / "mobildekning …."): to its sentence's end, within its paragraph.
    const wrapped = !sentenceEnd && !/[.!?:]$/.test(line) ? /^(?:\n(?!\s*\n)[^\n]*?)*?[.!?](?=\s|$)/u.exec(text.slice(m.index + line.length, m.index + line.length + 600)) : null;
    add({ label: labelled[2] || null, start, end: sentenceEnd ? start + sentenceEnd.index + 1 : m.index + line.length + (wrapped?.[0].length ?? 0) }, kind);
  }
}

/** The column naming a pipe table's rows, after numbering columns of "1", "1.1", "2.1" ("Nr | Tiltak | Ansvar"). */
function goalLabelColumn(table: PipeTable): number {
  let column = table.labelColumn;
  while (column < table.header.length - 1 && kindOfWord(table.header[column] ?? '') === null && table.rows.every((row) => /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]?)?$/.test(row.cells[column] ?? '')) && table.rows.some((row) => row.cells[column])) column++;
  return column;
}

/** Where a table cell's text stands in the cleaned text (its words, whatever the spacing), from a page on. */
function findCell(text: string, cell: string, from: number): ListItem | null {
  const words = cell.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? { label: null, start: m.index, end: m.index + m[0].length } : null;
}

function paragraphEnd(text: string, start: number, limit: number): number {
  const blank = text.slice(start, limit).search(/\n\s*\n/);
  const end = blank >= 0 ? start + blank : limit;
  return Math.min(end, start + 400);
}

/**
 * True where the text presents the strategy rather than commits to it: the preamble before the first
 * heading (when there are headings) and sections headed as an introduction ("Innledning", "Forord", "Background").
 */
function presents(sections: Section[], offset: number): boolean {
  const section = sections[sectionAt(sections, offset)];
  // A text without headings is all preamble: there the preamble is the strategy itself.
  if (!section || sections.length < 2) return false;
  return section.level === 0 || isIntroductionHeading(section.title);
}

/**
 * A sentence that opens a section starts after the heading ("2.7 Samarbeid Kommunene vil …"), and
 * after a subheading that follows it at once ("Satsingsområder / Digitale tjenester / Kommunen vil …").
 */
function afterHeading(text: string, sections: Section[], start: number): number {
  let at = start;
  for (;;) {
    const found = sections[sectionAt(sections, at)]; // binary search: one lookup per sentence stays cheap
    const section = found && found.level > 0 && found.start === at ? found : undefined;
    if (!section) return at;
    const title = text.indexOf(section.title, at);
    if (title < 0 || title - at >= 12) return at;
    at = title + section.title.length + 1;
  }
}


/** Sentence spans in [from, to): split after . ! ? before a capital, and at blank lines (a single line break is a wrap). */
export function sentences(text: string, from: number, to: number): Span[] {
  const result: Span[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  const boundary = /(?<=[.!?])\s+(?=[\p{Lu}«"(\d])|\n\s*\n/gu;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(slice))) {
    if (m.index > start) result.push({ start: from + start, end: from + m.index });
    start = m.index + m[0].length;
  }
  if (start < slice.length) result.push({ start: from + start, end: to });
  return result
    .map((span) => trimSpan(text, span))
    .filter((span) => span.end > span.start);
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
