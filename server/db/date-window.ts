/**
 * Time windows over partial dates ("2024", "2024-06", "2024-06-13"). A partial date covers a span:
 * "2024-06" runs from 2024-06-01 to the end of June. Padding the start with "-01-01" and the end with
 * "-99-99" makes overlap a plain string comparison, in TypeScript and in Cypher alike.
 */
export function spanStart(date: string): string {
  return (date + "-01-01").slice(0, 10);
}

export function spanEnd(date: string): string {
  return (date + "-99-99").slice(0, 10);
}

/** Cypher predicate: relation `r` overlaps [$fromStart, $toEnd] on the chosen clock. */
export function windowPredicate(clock: "event" | "report", hasFrom: boolean, hasTo: boolean): string {
  const [first, last] = clock === "event" ? ["r.eventDate", "r.eventDate"] : ["r.firstReported", "r.lastReported"];
  const parts: string[] = [];
  if (hasFrom) parts.push(`${last} IS NOT NULL AND left(${last} + '-99-99', 10) >= $fromStart`);
  if (hasTo) parts.push(`${first} IS NOT NULL AND left(${first} + '-01-01', 10) <= $toEnd`);
  return parts.length ? parts.join(" AND ") : "true";
}
