import { promises, type ThemeStrength } from '../../ingest/structure/themes.ts';
import { prefixForms, resolveConcept, termStats, type ConceptQuery, type TopicMatcher } from '../search/match.ts';
import { toFtsQuery } from '../search/query.ts';
import { analyze } from '../text/analyze.ts';
import { sentenceAt } from '../text/sentences.ts';
import { onlyInSectorRows } from './sector-lists.ts';
import { loadVocabulary } from '../text/vocabulary.ts';
import { askedWording, type AskedWording } from './asked-wording.ts';
import { documentRowIds, getPassages, getTaggedItems, listThemeTags, type Db, type DocumentSummary, type PassageRow } from '../store/index.ts';

/**
 * Which strategies address a concept, and how strongly: a heading or title (focus area) or a goal,
 * a measure, a budget line, or a mention. Evidence always shows the concept in its own words; a
 * theme's evidence comes from the tags made at ingest (an index look-up), a free-text topic's from
 * the passages holding all its specific words.
 */

/** How a strategy addresses a topic, strongest first. */
export type EvidenceKind = ThemeStrength;

export const RANK: Record<EvidenceKind, number> = { focus: 5, goal: 4, measure: 3, budget: 2, mention: 1 };
/** Hits read beyond those shown, to stand in for evidence whose quote does not show the concept. */
/** At most this many strategies have their evidence re-chosen in the words asked (the strongest first). */
const ASKED_WORDING_DOCUMENTS = 60;
const SPARE_EVIDENCE = 0;
/** Hits of a kind already shown read per strategy to find evidence of that grade in the asked words. */
const ALTERNATIVE_EVIDENCE = 24;
/** The weakest kind that counts as addressing the topic (a mention does not). */
export const ADDRESSING_RANK = RANK.budget;
/**
 * A strategy that mentions the topic in this many passages or more, or this many times in one, discusses
 * it, and addresses it though no goal, measure or budget line names it (Lillestrøm's follow-up section on
 * benefit plans, Trondheim's fund filled by realised benefits); one passing mention does not.
 */
const DISCUSSED_PASSAGES = 2;

export interface Evidence {
  kind: EvidenceKind;
  /** The goal text, heading, budget label or mentioning sentence. */
  text: string;
  /** What to quote from the passage: text of it that shows the concept where there is one. */
  quote: string;
  passage: PassageRow;
  /** Goal number or letter; null otherwise. */
  label: string | null;
  /** The goal's kind as stored (goal, indicator, commitment, …), for goals and measures. */
  goalKind?: string;
}

export interface DocumentCoverage {
  document: DocumentSummary;
  /** Rank of the strongest evidence (RANK: 5 focus … 1 mention), 0 when there is none. */
  strength: number;
  /** The strongest evidence's kind, or null when there is none. */
  kind: EvidenceKind | null;
  /** True when the strongest evidence is a budget line or stronger. */
  addresses: boolean;
  /** The strongest evidence, at most `maxEvidence` items, strongest first. */
  evidence: Evidence[];
  /** Tagged items per kind (all of them, not only those shown). */
  counts: Record<EvidenceKind, number>;
  /** For a strategy that does not address the topic: the passage that comes nearest (a mention), if any. */
  nearest: Evidence | null;
}

interface Hit {
  slug: string;
  kind: EvidenceKind;
  item: 'document' | 'section' | 'goal' | 'budget' | 'passage';
  itemId: number | null;
  passageId: number | null;
  offset: number;
}

/**
 * Coverage of the concept in each document (in the order given). A topic matcher is read as the
 * concept its topic names (the vocabulary and the corpus' word frequencies decide).
 */
export function assessCoverage(db: Db, documents: DocumentSummary[], topic: ConceptQuery | TopicMatcher, options: { maxEvidence?: number; kinds?: EvidenceKind[]; mentions?: boolean } = {}): DocumentCoverage[] {
  // "…hvem av dem nevner digitale tvillinger?": asked whether a strategy mentions it, a mention is enough.
  const addressing = options.mentions ? RANK.mention : ADDRESSING_RANK;
  const concept = 'shows' in topic ? topic : resolveConcept(topic.topic, loadVocabulary(), termStats(db));
  const maxEvidence = options.maxEvidence ?? 3;
  const tagged = concept.kind === 'theme' ? themeHits(db, documents, concept) : concept.kind === 'words' ? wordHits(db, documents, concept) : [];
  // Themes asked together: only the hits whose passage shows them so (the evidence picked below is a few per strategy).
  const found = concept.together ? inPassagesShowing(db, tagged, concept) : tagged;
  // Only the kinds of evidence asked for ("…which of them have measures on it?"), when given.
  const hits = options.kinds ? found.filter((hit) => options.kinds!.includes(hit.kind)) : found;
  const bySlug = new Map<string, Hit[]>();
  for (const hit of hits) bySlug.set(hit.slug, [...(bySlug.get(hit.slug) ?? []), hit]);
  // Only the hits that will be shown are read back.
  const shown = new Map<string, Hit[]>();
  // Other hits of the grades shown, to cite a grade in the words the question used where they say it.
  const asked = askedWording(concept);
  const alternatives = new Map<string, Hit[]>();
  for (const [slug, list] of bySlug) {
    list.sort((a, b) => RANK[b.kind] - RANK[a.kind]);
    // A few spare hits: evidence whose quote turns out not to show the concept is left out.
    const picked = pickEvidence(list, maxEvidence + SPARE_EVIDENCE);
    const best = list[0];
    if (best && RANK[best.kind] < addressing) picked.splice(1 + SPARE_EVIDENCE);
    shown.set(slug, picked);
    if (asked) alternatives.set(slug, list.filter((hit) => !picked.includes(hit) && picked.some((p) => p.kind === hit.kind)).slice(0, ALTERNATIVE_EVIDENCE));
  }
  const read = (hits: Hit[]) => ({ items: getTaggedItems(db, hits), passages: getPassages(db, [...new Set(hits.flatMap((hit) => (hit.passageId === null ? [] : [hit.passageId])))]) });
  const first = read([...shown.values()].flat());
  // Evidence is what shows the concept in its own words ("2 Utfordringsbilde" tagged for what its
  // subsections say does not): the strongest such evidence sets the grade.
  const showingOf = new Map(documents.map((document) => {
    const shownEvidence = withoutRepeats((shown.get(document.id) ?? []).flatMap((hit) => toEvidence(hit, first.items, first.passages, concept) ?? []));
    return [document.id, shownEvidence.filter((e) => concept.shows(e.quote) || concept.shows(e.text)).slice(0, maxEvidence)] as const;
  }));
  // The other hits are read only for the strategies whose evidence does not already say what was asked.
  // Only the strongest of them: an answer names a few organisations (compose-coverage.ts), and at any
  // corpus size this stays a bounded read.
  const strength = (document: DocumentSummary) => RANK[(showingOf.get(document.id) ?? [])[0]?.kind ?? 'mention'];
  const wanting = asked
    ? documents
        .filter((document) => (showingOf.get(document.id) ?? []).some((e) => !asked.shows(e.quote) && !asked.shows(e.text)))
        .sort((a, b) => strength(b) - strength(a))
        .slice(0, ASKED_WORDING_DOCUMENTS)
    : [];
  const second = read(wanting.flatMap((document) => alternatives.get(document.id) ?? []));
  return documents.map((document) => {
    const list = bySlug.get(document.id) ?? [];
    const counts: Record<EvidenceKind, number> = { focus: 0, goal: 0, measure: 0, budget: 0, mention: 0 };
    for (const hit of countedHits(list)) counts[hit.kind]++;
    const showing = showingOf.get(document.id) ?? [];
    const others = asked && wanting.includes(document) ? (alternatives.get(document.id) ?? []).flatMap((hit) => toEvidence(hit, second.items, second.passages, concept) ?? []) : [];
    // "… de samme fagsystemene innen helse, oppvekst og byggesak": a theme named only as one of a row of
    // service areas is listed, a mention, whatever kind of item names it.
    const chosen = asked ? inAskedWords(showing, others, asked, concept) : showing;
    const listed = new Set<Evidence>();
    const evidence = chosen
      .map((e) => {
        if (e.kind === 'focus' || e.kind === 'budget' || !onlyInSectorRows(e.quote, concept.shows)) return e;
        const mention = { ...e, kind: 'mention' as const };
        listed.add(mention);
        return mention;
      })
      .sort((a, b) => RANK[b.kind] - RANK[a.kind]);
    const kind = evidence[0]?.kind ?? list[0]?.kind ?? null;
    const discussed = new Set(list.filter((hit) => hit.kind === 'mention').map((hit) => hit.passageId)).size >= DISCUSSED_PASSAGES;
    const strongest = evidence[0];
    const ownMention = strongest?.kind === 'mention' && !listed.has(strongest);
    // "Personvernombodet skal involverast tidleg.": a sentence of running text that commits to something on the topic.
    const committed = ownMention && promises(strongest.quote);
    // A passage that comes back to the topic in more than one sentence ("… lager en enkel gevinstplan …
    // rapporterer på gevinstene") dwells on it; "skole og barnehage" in one sentence does not.
    const dwells = ownMention && concept.occurrences(strongest.passage.text) >= DISCUSSED_PASSAGES;
    const addresses = kind !== null && (RANK[kind] >= addressing || discussed || committed || dwells) && evidence.length > 0;
    return { document, strength: addresses && kind ? RANK[kind] : kind ? RANK.mention : 0, kind, addresses, evidence: addresses ? evidence : [], counts, nearest: addresses ? null : (evidence[0] ?? null) };
  });
}

/**
 * Evidence without repeats: a list item tagged both as a goal and as a measure of its passage
 * ("Data som kan deles …" and "- Data som kan deles …" or "1. Data som …") is shown once, as the stronger.
 */
function withoutRepeats(evidence: Evidence[]): Evidence[] {
  // Bullets and list numbers ("- ", "1. ", "b) ") are not part of the item.
  const key = (e: Evidence) => `${e.passage.id}:${e.text.replace(/^[\s\-–•*]*(?:(?:\d{1,2}|\p{Ll})[.)]\s+)?|[\s.]+$/gu, '').replace(/\s+/g, ' ').toLowerCase()}`;
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = key(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Evidence in the words the question used: each piece that does not show them gives way to another of
 * the same kind that does ("ID-porten" before "sikker pålogging", asked for ID-porten), never to a
 * repeat of one already shown.
 */
export function inAskedWords(evidence: Evidence[], others: Evidence[], asked: AskedWording, concept: Pick<ConceptQuery, 'shows'>): Evidence[] {
  const saysAsked = (e: Evidence) => asked.shows(e.quote) || asked.shows(e.text);
  const key = (e: Evidence) => `${e.passage.id}:${e.text}`;
  const used = new Set(evidence.map(key));
  return evidence.map((e) => {
    if (saysAsked(e)) return e;
    const other = others.find((o) => o.kind === e.kind && !used.has(key(o)) && (concept.shows(o.quote) || concept.shows(o.text)) && saysAsked(o));
    if (!other) return e;
    used.add(key(other));
    return other;
  });
}

/** The strongest hits, one per item, preferring different kinds of evidence. */
function pickEvidence(hits: Hit[], count: number): Hit[] {
  const seen = new Set<string>();
  const unique = hits.filter((hit) => {
    const key = `${hit.item}:${hit.itemId ?? hit.passageId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const picked: Hit[] = [];
  // A mention of a passage already cited for a goal or budget line adds nothing.
  const fresh = (hit: Hit) => !picked.includes(hit) && !(hit.kind === 'mention' && picked.some((p) => p.passageId === hit.passageId));
  for (const hit of unique) if (picked.length < count && fresh(hit) && !picked.some((p) => p.kind === hit.kind)) picked.push(hit);
  for (const hit of unique) if (picked.length < count && fresh(hit)) picked.push(hit);
  return picked.sort((a, b) => RANK[b.kind] - RANK[a.kind]);
}

function themeHits(db: Db, documents: DocumentSummary[], concept: ConceptQuery): Hit[] {
  const everything = documents.length >= (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const rowIds = documentRowIds(db, everything ? null : documents.map((document) => document.id));
  const slugByRow = new Map([...rowIds].map(([slug, id]) => [id, slug]));
  const tags = listThemeTags(db, concept.themes, everything ? null : [...rowIds.values()]);
  return tags.flatMap((tag) => {
    const slug = slugByRow.get(tag.documentRowId);
    return slug ? [{ slug, kind: tag.strength, item: tag.item, itemId: tag.itemId, passageId: tag.passageId, offset: tag.offset }] : [];
  });
}

/** The hits whose passage shows the concept (read back: a concept of themes asked together shows in few of the passages its tags are in). */
function inPassagesShowing(db: Db, hits: Hit[], concept: ConceptQuery): Hit[] {
  const passages = getPassages(db, [...new Set(hits.flatMap((hit) => (hit.passageId === null ? [] : [hit.passageId])))]);
  const showing = new Set([...passages.values()].filter((passage) => concept.shows(passage.text)).map((passage) => passage.id));
  const inShowing = hits.filter((hit) => hit.passageId !== null && showing.has(hit.passageId));
  // A goal or budget line is evidence only where it shows them together itself: of the goals of a passage
  // that does ("5 Kommunene har kompetanse om … informasjonssikkerhet blant sine ansatte"), not the others.
  const items = getTaggedItems(db, inShowing.filter((hit) => hit.item === 'goal' || hit.item === 'budget'));
  return inShowing.filter((hit) => {
    const item = hit.item === 'goal' ? items.goal.get(hit.itemId ?? -1) : hit.item === 'budget' ? items.budget.get(hit.itemId ?? -1) : null;
    return item === null || (item !== undefined && concept.shows(item.text));
  });
}

/** Free text: passages holding every specific word; their goals, budget rows and headings that show it too. */
function wordHits(db: Db, documents: DocumentSummary[], concept: ConceptQuery): Hit[] {
  // Each specific word by its stem, or — a long word — as the first part of a compound it begins
  // ("tannhelse" → "tannhelsetenesta"): an FTS prefix query.
  const clauses = concept.words.filter((word) => !word.generic).flatMap((word) => {
    // The word or any of its equivalents ("integration" → "integrasjon").
    const terms = [word, ...word.alternatives].flatMap((form) => [toFtsQuery([form.stem]), ...prefixForms(form).map((prefix) => `${toFtsQuery([prefix])}*`)]).filter((term): term is string => term !== null && term !== '*');
    return terms.length > 0 ? [`(${[...new Set(terms)].join(' OR ')})`] : [];
  });
  const match = clauses.join(' AND ');
  if (!match) return [];
  const wanted = new Set(documents.map((document) => document.id));
  const ids = (db.prepare('SELECT rowid AS id FROM passages_fts WHERE passages_fts MATCH ? LIMIT 5000').all(match) as Array<{ id: number }>).map((row) => row.id);
  const passages = [...getPassages(db, ids).values()].filter((passage) => wanted.has(passage.documentId) && concept.shows(passage.text));
  const passageIds = passages.map((passage) => passage.id);
  const inPassages = (sql: string) => (passageIds.length === 0 ? [] : (db.prepare(sql.replace('?', passageIds.map(() => '?').join(','))).all(...passageIds) as Array<{ id: number; text: string; kind: string; passageId: number }>));
  const goals = inPassages('SELECT id, text, kind, passage_id AS passageId FROM goals WHERE passage_id IN (?)');
  const budgets = inPassages(`SELECT id, label || ' ' || table_name AS text, 'budget' AS kind, passage_id AS passageId FROM budget_items WHERE is_sum = 0 AND passage_id IN (?)`);
  const hits: Hit[] = [];
  for (const passage of passages) {
    const slug = passage.documentId;
    if (concept.shows(passage.section.title)) hits.push({ slug, kind: 'focus', item: 'section', itemId: passage.section.id, passageId: passage.id, offset: 0 });
    for (const goal of goals.filter((g) => g.passageId === passage.id && concept.shows(g.text))) hits.push({ slug, kind: goal.kind === 'indicator' || goal.kind === 'measure' ? 'measure' : 'goal', item: 'goal', itemId: goal.id, passageId: passage.id, offset: 0 });
    for (const row of budgets.filter((b) => b.passageId === passage.id && concept.shows(b.text))) hits.push({ slug, kind: 'budget', item: 'budget', itemId: row.id, passageId: passage.id, offset: 0 });
    hits.push({ slug, kind: 'mention', item: 'passage', itemId: passage.id, passageId: passage.id, offset: concept.locate(passage.text) });
  }
  return hits;
}

function toEvidence(hit: Hit, items: ReturnType<typeof getTaggedItems>, passages: Map<number, PassageRow>, concept: ConceptQuery): Evidence | null {
  const passage = hit.passageId === null ? undefined : passages.get(hit.passageId);
  if (!passage) return null;
  const conceptSentence = () => {
    const at = concept.locate(passage.text);
    return at >= 0 ? sentenceAt(passage.text, at) : null;
  };
  switch (hit.item) {
    case 'goal': {
      const goal = items.goal.get(hit.itemId ?? -1);
      return goal ? { kind: hit.kind, text: goal.text, quote: goal.text, passage, label: goal.label, goalKind: goal.kind } : null;
    }
    case 'budget': {
      const row = items.budget.get(hit.itemId ?? -1);
      return row ? { kind: hit.kind, text: row.text, quote: row.text, passage, label: null } : null;
    }
    case 'section': {
      const section = items.section.get(hit.itemId ?? -1);
      const text = section ? (section.sectionNumber ? `${section.sectionNumber} ${section.text}` : section.text) : passage.section.title;
      return { kind: hit.kind, text, quote: conceptSentence() ?? section?.text ?? text, passage, label: null };
    }
    case 'document':
      return { kind: hit.kind, text: passage.section.title, quote: conceptSentence() ?? passage.section.title, passage, label: null };
    case 'passage': {
      // A concept of parts asked together shows in its own sentence, not necessarily the one the tag was made at.
      const sentence = !concept.together && hit.offset >= 0 && hit.offset < passage.text.length ? sentenceAt(passage.text, hit.offset) : conceptSentence();
      return sentence ? { kind: hit.kind, text: sentence, quote: sentence, passage, label: null } : null;
    }
  }
}


/**
 * The sentence (or list line, or table row) of a passage that matches the topic best: the most of the
 * topic's concepts, then the most specific of them (longer matched stems), then the shortest — never
 * an unrelated first sentence when a later one shows the topic.
 */
const LONG_SENTENCE = 160;

export function bestSentence(text: string, matcher: TopicMatcher, wanted?: (sentence: string) => boolean): string {
  const all = text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}«"\d])/u)
    .flatMap((s) => listItems(s, matcher))
    .map((s) => s.trim())
    .filter(Boolean);
  // Where the caller wants a sentence of a kind (one that shows a concept), the best of those, if any.
  const sentences = wanted && all.some(wanted) ? all.filter(wanted) : all;
  let best = sentences[0] ?? text;
  let bestScore = -1;
  for (const sentence of sentences) {
    const score = matcher.score(sentence);
    const weight = score > 0 ? matchedWeight(sentence, matcher) : 0;
    const total = score + weight / 1000 - sentence.length / 1_000_000;
    if (total > bestScore) {
      best = sentence;
      bestScore = total;
    }
  }
  return best;
}

/**
 * A long run without sentence ends (a list of goals) read item by item — a new item starts on a new
 * line with a list marker; a line that only wraps (a PDF's visual lines) stays with its item — unless
 * its lead-in names the topic ("AMBISJONER Kommunen har fire ambisjoner: - … - …"): then the whole list
 * is the answer.
 */
function listItems(run: string, matcher: TopicMatcher): string[] {
  if (run.length <= LONG_SENTENCE) return [run];
  const items = run.split(/\n(?=[ \t]*(?:[-–•*]|[a-zæøå]\)|\d{1,2}[.)])\s)/u);
  if (items.length < 2) return [run];
  const leadIn = matcher.score(items[0] ?? '');
  return leadIn > 0 && leadIn >= Math.max(...items.slice(1).map((item) => matcher.score(item))) ? [run] : items;
}

/** Total length of the topic's stems a sentence shows: a longer (more specific) match weighs more. */
function matchedWeight(sentence: string, matcher: TopicMatcher): number {
  const terms = new Set(analyze(sentence));
  let weight = 0;
  for (const concept of matcher.concepts) {
    const member = concept.find((stems) => stems.every((stem) => terms.has(stem)));
    if (member) weight += Math.min(100, member.join('').length);
  }
  return weight;
}

/**
 * The hits a strategy's counts are made of: a budget line once, not once per year it gives an amount for (its
 * items share its place in the passage), and a passage's own tag only where none of its goals, lines or headings
 * is a hit already ("Chatbot på nettsida" over three years is one measure and one budget line, not three of each).
 */
function countedHits(hits: Hit[]): Hit[] {
  const withItems = new Set(hits.filter((hit) => hit.item !== 'passage' && hit.passageId !== null).map((hit) => hit.passageId));
  const key = (hit: Hit) => (hit.item === 'budget' ? `${hit.kind} budget ${hit.passageId} ${hit.offset}` : `${hit.kind} ${hit.item} ${hit.itemId ?? hit.passageId}`);
  const counted = hits.filter((hit) => hit.item !== 'passage' || !withItems.has(hit.passageId));
  return [...new Map(counted.map((hit) => [key(hit), hit] as const)).values()];
}
