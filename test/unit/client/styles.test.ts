import { ENTITY_TYPES, RELATION_TYPES } from "../../../graph-schema/index.js";
import {
  STATUS_STYLES,
  edgeThickness,
  entityColor,
  mixColors,
  relationColor,
  scaleSize,
  statusColor,
  withAlpha,
} from "../../../client/render/styles.js";

describe("styles", () => {
  it("should take entity and relation colours from graph-schema", () => {
    expect(entityColor("Person")).toBe(ENTITY_TYPES.Person.color);
    expect(relationColor("DENIES")).toBe(RELATION_TYPES.DENIES.color);
    expect(entityColor("Spaceship")).toMatch(/^#/);
  });

  it("should mix colours linearly and add alpha", () => {
    expect(mixColors("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mixColors("#1f77b4", "#1f77b4", 0.3)).toBe("#1f77b4");
    expect(withAlpha("#ff0000", 0.5)).toBe("rgba(255,0,0,0.5)");
    expect(withAlpha("#ff0000", 1)).toBe("#ff0000");
  });

  it("should draw reported relations solid and every other status dashed", () => {
    expect(STATUS_STYLES.reported.dash).toBeNull();
    for (const status of ["alleged", "contested", "denied", "planned"] as const) expect(STATUS_STYLES[status].dash).not.toBeNull();
    expect(statusColor("VISITED", "reported")).toBe(RELATION_TYPES.VISITED.color);
  });

  it("should make denied relations visibly different from alleged ones", () => {
    expect(STATUS_STYLES.denied.dash).not.toEqual(STATUS_STYLES.alleged.dash);
    expect(statusColor("SUPPLIES_WEAPONS_TO", "denied")).not.toBe(statusColor("SUPPLIES_WEAPONS_TO", "alleged"));
  });

  it("should grow edge thickness with independent sources", () => {
    expect(edgeThickness(1)).toBeLessThan(edgeThickness(2));
    expect(edgeThickness(2)).toBeLessThan(edgeThickness(8));
    expect(edgeThickness(1000)).toBeLessThanOrEqual(5);
  });

  it("should scale sizes by square root within the range", () => {
    const range = { min: 2, max: 10 };
    expect(scaleSize(0, 100, range)).toBe(2);
    expect(scaleSize(25, 100, range)).toBe(6);
    expect(scaleSize(100, 100, range)).toBe(10);
    expect(scaleSize(5, 0, range)).toBe(2);
  });
});
