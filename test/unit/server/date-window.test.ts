import { spanEnd, spanStart } from "../../../server/db/date-window.js";

describe("partial-date spans", () => {
  it.each([
    ["2024", "2024-01-01", "2024-99-99"],
    ["2024-06", "2024-06-01", "2024-06-99"],
    ["2024-06-13", "2024-06-13", "2024-06-13"],
  ])("%s should span %s to %s", (date, start, end) => {
    expect(spanStart(date)).toBe(start);
    expect(spanEnd(date)).toBe(end);
  });

  it("should make a month overlap a window that starts mid-month", () => {
    expect(spanEnd("2024-06") >= spanStart("2024-06-15")).toBe(true);
    expect(spanEnd("2024-05") >= spanStart("2024-06-15")).toBe(false);
  });
});
