import type { EvidenceView } from "../../../graph-schema/index.js";
import { evidenceToShow } from "../../../client/ui/evidence-count.js";

const statements = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `ev-${i}` }) as EvidenceView);

describe("how many statements a relation card lists", () => {
  it("should count the statements an entity's answer left out (evidenceCount), not only those loaded", () => {
    const { shown, total, more } = evidenceToShow({ evidence: statements(3), evidenceCount: 883 }, 3);

    expect(shown).toHaveLength(3);
    expect([total, more]).toEqual([883, 880]);
  });

  it("should list all loaded statements when there is no cap, and none more", () => {
    expect(evidenceToShow({ evidence: statements(2), evidenceCount: 2 }, undefined)).toMatchObject({ total: 2, more: 0 });
  });

  it("should trust the statements it holds when the count is behind them", () => {
    expect(evidenceToShow({ evidence: statements(5), evidenceCount: 1 }, 2)).toMatchObject({ total: 5, more: 3 });
  });
});
