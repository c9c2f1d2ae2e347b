// What a PDF says: text per page, the ruled tables pdf-parse finds, every line with its font size and
// weight, the outline (bookmarks) and the Title. Runs inside the PDF reader's isolated process
// (pdf-worker.mjs); plain JavaScript because that process gets no TypeScript loader.
import { PDFParse } from 'pdf-parse';

/**
 * @typedef {{ page: number, text: string, fontSize: number, bold: boolean }} StyledLine
 * @typedef {{ title: string, page: number | null, level: number }} OutlineEntry
 * @typedef {{ str: string, x: number, y: number, width: number, size: number, bold: boolean }} Item
 */

/**
 * @param {Uint8Array} bytes
 * @returns {Promise<{ pages: Array<{ number: number, text: string }>, tables: Array<{ page: number, rows: string[][] }>, letters: number, lines: StyledLine[], outline: OutlineEntry[], pdfTitle: string | null }>}
 */
export async function extractPdf(bytes) {
  const parser = new PDFParse({ data: bytes, verbosity: 0 });
  try {
    const text = await parser.getText();
    const pages = text.pages.map((page) => ({ number: page.num, text: page.text }));
    const letters = pages.reduce((sum, page) => sum + (page.text.match(/\p{L}/gu)?.length ?? 0), 0);
    let tables = [];
    /** @type {StyledLine[]} */
    let lines = [];
    /** @type {OutlineEntry[]} */
    let outline = [];
    let pdfTitle = null;
    if (letters >= 20) {
      const result = await parser.getTable();
      tables = result.pages.flatMap((page) => page.tables.map((rows) => ({ page: page.num, rows: rows.map((row) => row.map((cell) => String(cell ?? ''))) })));
      const doc = await parser.load();
      for (const page of pages) {
        const layout = await pageLayout(doc, page.number);
        lines.push(...layout.lines);
        // Columns the content stream interleaves are read column by column.
        if (layout.columns) page.text = layout.lines.map((line) => line.text).join('\n');
      }
      outline = await readOutline(doc);
      pdfTitle = await readTitle(doc);
    }
    return { pages, tables, letters, lines, outline, pdfTitle };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** The page's lines in reading order, and whether it is set in two columns. */
async function pageLayout(doc, number) {
  const page = await doc.getPage(number);
  try {
    const content = await page.getTextContent();
    const fonts = await fontNames(page, content);
    /** @type {Item[]} */
    const items = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, c, d, x, y] = item.transform;
      const size = Math.round(Math.max(Math.hypot(a, b), Math.hypot(c, d)) * 10) / 10;
      const font = fonts.get(item.fontName) ?? { name: '', bold: false };
      items.push({ str: item.str, x, y, width: item.width, size, bold: font.bold || /bold|black|heavy|semibold|demi/i.test(font.name) });
    }
    const view = page.view ?? [0, 0, 595, 842];
    const gutter = findGutter(items, view[0], view[2]);
    // One column: the content stream's order is the reading order. Two: column by column, top down.
    const ordered = gutter === null ? [toLines(items, false)] : columnBands(items, gutter).map((band) => toLines(band, true));
    return { lines: ordered.flat().map((line) => ({ page: number, ...line })), columns: gutter !== null };
  } finally {
    page.cleanup();
  }
}

/** Font name and weight per text-content font id (the operator list loads the font objects). */
async function fontNames(page, content) {
  const names = new Map();
  try {
    await page.getOperatorList();
  } catch {
    return names;
  }
  for (const id of Object.keys(content.styles ?? {})) {
    try {
      const font = page.commonObjs.get(id);
      names.set(id, { name: String(font?.name ?? ''), bold: Boolean(font?.bold || font?.black) });
    } catch {
      // A font that did not load: no weight known.
    }
  }
  return names;
}

/**
 * Consecutive items on one baseline (within a third of the font size) form a line, left to right;
 * `sort` puts the items in top-down order first.
 */
function toLines(items, sort) {
  const sorted = sort ? [...items].sort((p, q) => q.y - p.y || p.x - q.x) : items;
  /** @type {Item[][]} */
  const groups = [];
  for (const item of sorted) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    const sameLine = group && Math.abs(group[0].y - item.y) <= Math.max(2, item.size / 3);
    // In stream order, a jump back to the left on the same baseline starts another column's line.
    if (sameLine && (sort || item.x >= (last?.x ?? 0))) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group) => {
    group.sort((p, q) => p.x - q.x);
    let text = '';
    let end = null;
    for (const item of group) {
      if (end !== null && item.x - end > item.size * 0.2 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
      text += item.str;
      end = item.x + item.width;
    }
    const chars = (item) => item.str.trim().length;
    const total = group.reduce((sum, item) => sum + chars(item), 0) || 1;
    const boldChars = group.filter((item) => item.bold).reduce((sum, item) => sum + chars(item), 0);
    return { text: text.replace(/\s+/g, ' ').trim(), fontSize: Math.max(...group.map((item) => item.size)), bold: boldChars / total > 0.8 };
  });
}

/**
 * A vertical gap in the middle of the page that no line crosses, with several lines on either side:
 * the gutter of a two-column page. Returns its x, or null.
 */
function findGutter(items, left, right) {
  if (items.length < 10) return null;
  const width = right - left;
  const from = left + width * 0.3;
  const to = left + width * 0.7;
  const step = 2;
  let best = null;
  for (let x = from; x <= to; x += step) {
    const crossing = items.filter((item) => item.x < x && item.x + item.width > x).length;
    if (crossing > Math.max(3, items.length * 0.1)) continue;
    const leftCount = items.filter((item) => item.x + item.width <= x).length;
    const rightCount = items.filter((item) => item.x >= x).length;
    if (leftCount < 5 || rightCount < 5) continue;
    // Both sides must hold lines that share baselines (columns side by side, not a hanging indent).
    const leftYs = new Set(items.filter((item) => item.x + item.width <= x).map((item) => Math.round(item.y)));
    const shared = items.filter((item) => item.x >= x && leftYs.has(Math.round(item.y))).length;
    if (shared < 3) continue;
    // Columns of running text, not a table: lines on both sides fill at least half their column.
    const fills = (side) => {
      const from = Math.min(...side.map((item) => item.x));
      const to = Math.max(...side.map((item) => item.x + item.width));
      // Wrapped text runs close to the column's right edge on most lines; table cells stop short at random.
      const nearEdge = side.filter((item) => to - (item.x + item.width) < (to - from) * 0.3).length;
      return side.reduce((sum, item) => sum + item.width, 0) / side.length >= (to - from) * 0.5 && nearEdge >= side.length * 0.5;
    };
    if (!fills(items.filter((item) => item.x + item.width <= x)) || !fills(items.filter((item) => item.x >= x))) continue;
    if (best === null || crossing < best.crossing) best = { x, crossing };
  }
  return best?.x ?? null;
}

/** Splits a two-column page into reading order: full-width lines start bands; in a band, left column, then right. */
function columnBands(items, gutter) {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const bands = [];
  let leftCol = [];
  let rightCol = [];
  const flush = () => {
    if (leftCol.length > 0) bands.push(leftCol);
    if (rightCol.length > 0) bands.push(rightCol);
    leftCol = [];
    rightCol = [];
  };
  for (const item of sorted) {
    if (item.x < gutter && item.x + item.width > gutter) {
      flush();
      bands.push([item]);
    } else if (item.x + item.width <= gutter) leftCol.push(item);
    else rightCol.push(item);
  }
  flush();
  return bands;
}

/** The outline, flattened, with each entry's page where its destination resolves. */
async function readOutline(doc) {
  /** @type {OutlineEntry[]} */
  const entries = [];
  let outline = null;
  try {
    outline = await doc.getOutline();
  } catch {
    return entries;
  }
  const walk = async (nodes, level) => {
    for (const node of nodes ?? []) {
      if (entries.length >= 2000) return;
      entries.push({ title: String(node.title ?? '').replace(/\s+/g, ' ').trim(), page: await destinationPage(doc, node.dest), level });
      await walk(node.items, level + 1);
    }
  };
  await walk(outline, 1);
  return entries.filter((entry) => entry.title.length > 0);
}

async function destinationPage(doc, dest) {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    if (!Array.isArray(explicit) || explicit[0] == null) return null;
    const ref = explicit[0];
    return typeof ref === 'number' ? ref + 1 : (await doc.getPageIndex(ref)) + 1;
  } catch {
    return null;
  }
}

/** The document information Title, where it holds text. */
async function readTitle(doc) {
  try {
    const { info } = await doc.getMetadata();
    const title = typeof info?.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    return title.length > 0 ? title : null;
  } catch {
    return null;
  }
}
