/**
 * Example Cypher queries shipped with the app: one click in the explorer's console, listed in the
 * README, each tested against the seeded graph. They answer the analysts' standing questions.
 */
import { RELATION_TYPE_NAMES } from "./relations.js";

const RELATIONS = RELATION_TYPE_NAMES.join("|");

export interface ExampleQuery {
  id: string;
  title: string;
  query: string;
  params: Record<string, string | number | string[]>;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: "visits",
    title: "Who visited North Korea, Russia or Iran, when, with evidence",
    query: `MATCH (visitor:Entity)-[r:VISITED]->(place:Entity)
WHERE place.id IN $places
MATCH (v:Evidence {relationId: r.id})
RETURN visitor.name AS visitor, place.name AS place, r.status AS status, r.eventDate AS date,
       r.sourceCount AS sources, collect(DISTINCT v.sentence) AS evidence
ORDER BY place, date, visitor`,
    params: { places: ["north-korea", "russia", "iran"] },
  },
  {
    id: "weapons-accusations",
    title: "Who accuses whom of supplying weapons to Russia, and who denies it",
    query: `MATCH (accused:Entity)-[s:SUPPLIES_WEAPONS_TO {status: 'alleged'}]->(:Entity {id: $recipient})
MATCH (accuser:Entity)-[a:ACCUSES]->(accused)
WHERE any(claim IN a.claimIds WHERE claim IN s.claimIds)
OPTIONAL MATCH (denier:Entity)-[d:DENIES]->()
WHERE any(claim IN d.claimIds WHERE claim IN s.claimIds)
RETURN accuser.name AS accuser, accused.name AS accused, collect(DISTINCT denier.name) AS deniedBy,
       s.sourceCount AS sources
ORDER BY accused, accuser`,
    params: { recipient: "russia" },
  },
  {
    id: "north-korea-alleged-supplies",
    title: "Everything North Korea is alleged to supply, to whom, alleged by whom",
    query: `MATCH (supplier:Entity {id: $supplier})-[s:SUPPLIES_WEAPONS_TO]->(recipient:Entity)
WHERE s.status IN ['alleged', 'denied']
MATCH (v:Evidence {relationId: s.id})
OPTIONAL MATCH (alleger:Entity) WHERE alleger.id IN s.allegedBy
RETURN recipient.name AS recipient, s.status AS status, collect(DISTINCT alleger.name) AS allegedBy,
       s.sourceCount AS sources, collect(DISTINCT v.sentence) AS evidence
ORDER BY sources DESC, recipient`,
    params: { supplier: "north-korea" },
  },
  {
    id: "kim-jong-un",
    title: "All relations of Kim Jong Un with evidence and dates",
    query: `MATCH (k:Entity {id: $person})-[r:${RELATIONS}]-(other:Entity)
MATCH (v:Evidence {relationId: r.id})
RETURN type(r) AS relation, startNode(r) = k AS outgoing, other.name AS other, r.status AS status,
       r.eventDate AS eventDate, r.firstReported AS firstReported, collect(DISTINCT v.sentence) AS evidence
ORDER BY relation, other`,
    params: { person: "kim-jong-un" },
  },
  {
    id: "hamas-russia-chain",
    title: "The shortest chain linking Hamas and Russia",
    query: `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:${RELATIONS}*..6]-(b))
RETURN p, [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS relations`,
    params: { from: "hamas", to: "russia" },
  },
  {
    id: "iran-two-hops",
    title: "The two-hop network around Iran",
    query: `MATCH p = (:Entity {id: $centre})-[:${RELATIONS}*1..2]-(:Entity)
RETURN p
LIMIT 500`,
    params: { centre: "iran" },
  },
  {
    id: "relations-per-month",
    title: "Relations per month (event date), by type",
    query: `MATCH (:Entity)-[r:${RELATIONS}]->(:Entity)
WHERE r.eventDate IS NOT NULL AND size(r.eventDate) >= 7
RETURN left(r.eventDate, 7) AS month, type(r) AS relation, count(*) AS relations
ORDER BY month, relation`,
    params: {},
  },
];
