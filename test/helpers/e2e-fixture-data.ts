/**
 * A realistic dataset for developing and testing the explorer without the database: the gold
 * annotations of the five seed articles (shared/gold/seeds.json, hand-checked) plus the article texts,
 * turned into what the API serves (GraphPayload, EntityDetails, RelationDetails, ArticleView,
 * SearchBody, PathBody) with the project's own keys (graph-schema keys.ts).
 * Used by the fixture API (e2e-fixture-server.ts) and to write test/fixtures/graph-payload.json.
 */
import {
  RELATION_TYPES,
  entityKey,
  relationKey,
  type ArticleView,
  type EntityDetails,
  type EntityRef,
  type EntityType,
  type EvidenceView,
  type GraphPayload,
  type PathBody,
  type RelationDetails,
  type RelationStatus,
  type RelationType,
  type SearchBody,
} from "../../graph-schema/index.js";

export interface GoldArticle {
  file: string;
  language: "id" | "en";
  date: string | null;
  entities: { name: string; type: EntityType; aliases: string[] }[];
  relations: { type: RelationType; source: string; target: string; status: RelationStatus; date: string | null; evidence: string }[];
}

export interface FixtureDataset {
  payload: GraphPayload;
  entities: Map<string, EntityDetails>;
  relations: Map<string, RelationDetails>;
  articles: Map<string, ArticleView>;
}

/** Trigger words per relation type, as the extractor's lexicon would give them (Indonesian and English). */
const TRIGGERS: Record<RelationType, string[]> = {
  VISITED: ["mengunjungi", "kunjungan", "berangkat", "lawatan", "perjalanan", "menjamu", "tuan rumah", "visited", "visit"],
  MET_WITH: ["bertemu", "pertemuan", "menjamu", "pembicaraan", "didiskusikan", "met"],
  SUPPLIES_WEAPONS_TO: ["menyediakan", "pengiriman", "mengirimkan", "transfer", "memasok", "menjual", "memberikan", "senjata"],
  ACCUSES: ["menuduh", "dituduh", "tuduhan", "kritik", "dikutuk", "melontarkan", "accused"],
  DENIES: ["membantah", "menolak", "tidak masuk akal", "bersikeras", "dipolitisasi", "hak", "denied"],
  SIGNED_AGREEMENT_WITH: ["menandatangani", "tandatangani", "perjanjian"],
  ATTACKED: ["menembakkan", "serangan", "invasi", "menggunakan"],
  REPRESENTS: ["presiden", "menteri", "menlu", "pemimpin", "juru bicara", "wakil ketua", "mengepalai", "anggota parlemen", "pejabat"],
  COOPERATES_WITH: ["kerja sama", "hubungan", "memperkuat", "pertukaran", "meningkatkan", "latihan"],
};

const findTriggers = (type: RelationType, sentence: string) =>
  TRIGGERS[type].filter((word) => sentence.toLowerCase().includes(word.toLowerCase()));

const articleId = (file: string) => file.replace(/\.[a-z]+$/, "");

function articleMeta(text: string): { title: string; outlet: string | null } {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const title = lines.find((line) => !/^home\b/i.test(line)) ?? lines[0] ?? "Untitled";
  const outlet = /\b([A-Z][A-Za-z]+\.(?:com|co\.id|id))\b/.exec(text.slice(0, 600))?.[1] ?? null;
  return { title: title.slice(0, 160), outlet };
}

const minDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDate = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function buildFixtureDataset(gold: { articles: GoldArticle[] }, texts: ReadonlyMap<string, string>): FixtureDataset {
  const entities = new Map<string, { ref: EntityRef; aliases: Set<string>; articles: Set<string> }>();
  const relations = new Map<string, RelationDetails>();
  const articles = new Map<string, ArticleView>();

  for (const article of gold.articles) {
    const id = articleId(article.file);
    const text = texts.get(article.file) ?? "";
    const { title, outlet } = articleMeta(text);
    const ref = { id, title, outlet, url: `https://example.org/news/${id}`, date: article.date, language: article.language };
    const view: ArticleView = { ...ref, text, dateSource: article.date ? "text" : "none", contentHash: id, evidence: [] };
    articles.set(id, view);
    const byName = new Map<string, EntityRef>();
    for (const entity of article.entities) {
      const key = entityKey(entity.name);
      const known = entities.get(key) ?? { ref: { id: key, name: entity.name, entityType: entity.type }, aliases: new Set<string>(), articles: new Set<string>() };
      entity.aliases.filter((alias) => alias !== entity.name).forEach((alias) => known.aliases.add(alias));
      known.articles.add(id);
      entities.set(key, known);
      byName.set(entity.name, known.ref);
    }
    // Claims: an alleged relation, the ACCUSES edges against its subject and the DENIES edges by its parties.
    const claimOf = (source: string) => `${id}:claim:${entityKey(source)}`;
    const alleged = article.relations.filter((r) => r.status === "alleged");
    article.relations.forEach((relation, index) => {
      const source = byName.get(relation.source);
      const target = byName.get(relation.target);
      if (!source || !target) return;
      const key = relationKey(relation.type, source.id, target.id, relation.status);
      const symmetric = RELATION_TYPES[relation.type].symmetric;
      const [from, to] = symmetric && target.id < source.id ? [target, source] : [source, target];
      const claims = new Set<string>();
      for (const claim of alleged) {
        if (relation.status === "alleged" && claim === relation) claims.add(claimOf(claim.source));
        if (relation.type === "ACCUSES" && relation.target === claim.source) claims.add(claimOf(claim.source));
        if (relation.type === "DENIES" && (relation.source === claim.source || relation.source === claim.target)) claims.add(claimOf(claim.source));
      }
      const start = text.indexOf(relation.evidence);
      const evidence: EvidenceView = {
        id: `${id}:${index}`,
        relationId: key,
        articleId: id,
        type: relation.type,
        sourceId: from.id,
        targetId: to.id,
        status: relation.status,
        sentence: relation.evidence,
        start: Math.max(0, start),
        end: Math.max(0, start) + relation.evidence.length,
        triggers: findTriggers(relation.type, relation.evidence),
        language: article.language,
        eventDate: relation.date,
        reportDate: article.date,
        confidence: 0.9,
        extractorVersion: "gold",
        claimId: [...claims][0] ?? null,
        role: null,
        article: ref,
      };
      view.evidence.push(evidence);
      const existing = relations.get(key);
      const details: RelationDetails = existing ?? {
        id: key,
        relationType: relation.type,
        status: relation.status,
        source: from,
        target: to,
        eventDate: null,
        firstReported: null,
        lastReported: null,
        sourceCount: 0,
        outletCount: 0,
        evidenceCount: 0,
        articleIds: [],
        claimIds: [],
        deniedBy: [],
        allegedBy: [],
        allegers: [],
        deniers: [],
        confidence: 0.9,
        evidence: [],
      };
      details.evidence.push(evidence);
      details.eventDate = minDate(details.eventDate, relation.date);
      details.firstReported = minDate(details.firstReported, article.date);
      details.lastReported = maxDate(details.lastReported, article.date);
      if (!details.articleIds.includes(id)) details.articleIds.push(id);
      details.claimIds = [...new Set([...details.claimIds, ...claims])];
      details.sourceCount = details.articleIds.length;
      details.outletCount = details.articleIds.length;
      details.evidenceCount = details.evidence.length;
      relations.set(key, details);
    });
  }

  // Allegers and deniers of alleged relations, through shared claims.
  for (const details of relations.values()) {
    if (details.status !== "alleged") continue;
    for (const other of relations.values()) {
      if (!other.claimIds.some((claim) => details.claimIds.includes(claim))) continue;
      if (other.relationType === "ACCUSES" && !details.allegedBy.includes(other.source.id)) {
        details.allegedBy.push(other.source.id);
        details.allegers.push(other.source);
      }
      if (other.relationType === "DENIES" && !details.deniedBy.includes(other.source.id)) {
        details.deniedBy.push(other.source.id);
        details.deniers.push(other.source);
      }
    }
  }

  const connected = new Set([...relations.values()].flatMap((r) => [r.source.id, r.target.id]));
  const payload: GraphPayload = {
    attributes: {},
    options: { type: "mixed", multi: true, allowSelfLoops: false },
    nodes: [...entities.values()]
      .filter(({ ref }) => connected.has(ref.id))
      .map(({ ref, aliases, articles: seen }) => ({
        key: ref.id,
        attributes: { label: ref.name, entityType: ref.entityType, aliases: [...aliases].sort(), roles: [], mentionCount: seen.size },
      })),
    edges: [...relations.values()].map(({ source, target, relationType, evidence: _e, allegers: _a, deniers: _d, ...provenance }) => ({
      key: provenance.id,
      source: source.id,
      target: target.id,
      attributes: { ...provenance, relationType },
      ...(RELATION_TYPES[relationType].symmetric ? { undirected: true } : {}),
    })),
  };

  const entityDetails = new Map<string, EntityDetails>();
  for (const { ref, aliases, articles: seen } of entities.values()) {
    entityDetails.set(ref.id, {
      entity: { ...ref, aliases: [...aliases].sort(), roles: [], mentionCount: seen.size },
      relations: [...relations.values()].filter((r) => r.source.id === ref.id || r.target.id === ref.id),
    });
  }
  return { payload, entities: entityDetails, relations, articles };
}

const fold = (value: string) => value.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();

export function searchFixture(dataset: FixtureDataset, query: string, limit: number): SearchBody {
  const q = fold(query.trim());
  const results = [...dataset.entities.values()]
    .map(({ entity }) => {
      const names = [entity.name, ...entity.aliases];
      const score = (name: string) => (fold(name) === q ? 3 : fold(name).startsWith(q) ? 2 : fold(name).includes(q) ? 1 : 0);
      const matched = [...names].sort((a, b) => score(b) - score(a))[0];
      return matched && score(matched) > 0 ? { ...entity, matched, score: score(matched) } : null;
    })
    .filter((hit): hit is NonNullable<typeof hit> => hit !== null && q.length > 0)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ mentionCount: _m, roles: _r, ...hit }) => hit);
  return { query, results };
}

/** The subgraph within `depth` hops of an entity (what `/api/graph?around=&depth=` returns). */
export function aroundFixture(dataset: FixtureDataset, center: string, depth: number): GraphPayload {
  const keep = new Set([center]);
  for (let hop = 0; hop < depth; hop++) {
    for (const edge of dataset.payload.edges) {
      if (keep.has(edge.source) || keep.has(edge.target)) {
        keep.add(edge.source);
        keep.add(edge.target);
      }
    }
  }
  return {
    ...dataset.payload,
    nodes: dataset.payload.nodes.filter((node) => keep.has(node.key)),
    edges: dataset.payload.edges.filter((edge) => keep.has(edge.source) && keep.has(edge.target)),
  };
}

/** Breadth-first shortest path over relations in either direction. */
export function pathFixture(dataset: FixtureDataset, from: string, to: string, maxDepth: number): PathBody | null {
  const fromDetails = dataset.entities.get(from);
  const toDetails = dataset.entities.get(to);
  if (!fromDetails || !toDetails) return null;
  const previous = new Map<string, { node: string; relation: RelationDetails }>();
  const seen = new Set([from]);
  let frontier = [from];
  for (let depth = 0; depth < maxDepth && !seen.has(to); depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const relation of dataset.entities.get(node)?.relations ?? []) {
        const other = relation.source.id === node ? relation.target.id : relation.source.id;
        if (seen.has(other)) continue;
        seen.add(other);
        previous.set(other, { node, relation });
        next.push(other);
      }
    }
    frontier = next;
  }
  const ref = (d: EntityDetails): EntityRef => ({ id: d.entity.id, name: d.entity.name, entityType: d.entity.entityType });
  const empty: GraphPayload = { attributes: {}, options: { type: "mixed", multi: true, allowSelfLoops: false }, nodes: [], edges: [] };
  if (!seen.has(to)) return { from: ref(fromDetails), to: ref(toDetails), hops: null, graph: empty };
  const hops: PathBody["hops"] = [];
  for (let node = to; node !== from; ) {
    const step = previous.get(node);
    if (!step) break;
    const a = dataset.entities.get(step.node);
    const b = dataset.entities.get(node);
    if (a && b) hops.unshift({ from: ref(a), to: ref(b), relation: step.relation });
    node = step.node;
  }
  const nodes = new Set(hops.flatMap((hop) => [hop.from.id, hop.to.id]));
  const edges = new Set(hops.map((hop) => hop.relation.id));
  return {
    from: ref(fromDetails),
    to: ref(toDetails),
    hops,
    graph: { ...empty, nodes: dataset.payload.nodes.filter((n) => nodes.has(n.key)), edges: dataset.payload.edges.filter((e) => edges.has(e.key ?? "")) },
  };
}
