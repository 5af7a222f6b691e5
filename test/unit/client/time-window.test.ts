import {
  addMonths,
  firstPlaybackFrame,
  inTimeWindow,
  monthRange,
  monthsOf,
  nextPlaybackFrame,
  relationInterval,
  timeDomain,
  formatPartialDate,
} from "../../../client/state/time-window.js";
import { DEFAULT_TIME, type TimeWindow } from "../../../client/state/app-state.js";

const relation = (eventDate: string | null, firstReported: string | null, lastReported: string | null = firstReported) => ({
  eventDate,
  firstReported,
  lastReported,
});
const window = (patch: Partial<TimeWindow>): TimeWindow => ({ ...DEFAULT_TIME, ...patch });

describe("time window", () => {
  it("should cover every month of a year-only date and one month of a full date", () => {
    expect(monthsOf("2024")).toEqual(["2024-01", "2024-12"]);
    expect(monthsOf("2024-06")).toEqual(["2024-06", "2024-06"]);
    expect(monthsOf("2024-06-13")).toEqual(["2024-06", "2024-06"]);
  });

  it("should read the event clock from eventDate and the report clock from first to last report", () => {
    const r = relation("2023-07", "2024-02-01", "2024-09-14");
    expect(relationInterval(r, "event")).toEqual(["2023-07", "2023-07"]);
    expect(relationInterval(r, "report")).toEqual(["2024-02", "2024-09"]);
    expect(relationInterval(relation(null, null), "report")).toBeNull();
  });

  it("should keep a relation whose interval overlaps the window and drop one outside it", () => {
    const shoiguVisit = relation("2023-07", "2024-02-01");
    expect(inTimeWindow(shoiguVisit, window({ from: "2023-01", to: "2023-12" }))).toBe(true);
    expect(inTimeWindow(shoiguVisit, window({ from: "2024-01", to: "2024-12" }))).toBe(false);
    expect(inTimeWindow(shoiguVisit, window({ clock: "report", from: "2024-01", to: "2024-03" }))).toBe(true);
    expect(inTimeWindow(relation("2024", null), window({ from: "2024-06", to: "2024-06" }))).toBe(true);
  });

  it("when the window is open, then every relation passes, dated or not", () => {
    expect(inTimeWindow(relation(null, null), DEFAULT_TIME)).toBe(true);
  });

  it("should keep or drop undated relations as asked while a window is set", () => {
    expect(inTimeWindow(relation(null, "2024-01"), window({ to: "2024-03", keepUndated: true }))).toBe(true);
    expect(inTimeWindow(relation(null, "2024-01"), window({ to: "2024-03", keepUndated: false }))).toBe(false);
  });

  it("should find the domain of a clock over many relations", () => {
    const relations = [relation("2019-08", "2024-04-27"), relation(null, "2024-01-21"), relation("2024-09", "2024-09-14")];
    expect(timeDomain(relations, "event")).toEqual(["2019-08", "2024-09"]);
    expect(timeDomain(relations, "report")).toEqual(["2024-01", "2024-09"]);
    expect(timeDomain([relation(null, null)], "event")).toBeNull();
  });

  it("should count months across year boundaries", () => {
    expect(addMonths("2023-12", 1)).toBe("2024-01");
    expect(addMonths("2024-01", -1)).toBe("2023-12");
    expect(monthRange("2023-11", "2024-02")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(monthRange("2024-02", "2024-01")).toEqual([]);
  });

  it("should play month by month on the report clock and stop at the end of the domain", () => {
    const domain = ["2024-01", "2024-03"] as const;
    const first = firstPlaybackFrame(DEFAULT_TIME, domain);
    expect(first).toMatchObject({ clock: "report", from: "2024-01", to: "2024-01" });
    const second = nextPlaybackFrame(first, domain);
    expect(second).toMatchObject({ from: "2024-01", to: "2024-02" });
    const third = second && nextPlaybackFrame(second, domain);
    expect(third).toMatchObject({ to: "2024-03" });
    expect(third && nextPlaybackFrame(third, domain)).toBeNull();
  });

  it("when playing, then a claim appears in the month it is first reported", () => {
    const claim = relation(null, "2024-02-01", "2024-09-14");
    expect(inTimeWindow(claim, window({ clock: "report", from: "2024-01", to: "2024-01" }))).toBe(false);
    expect(inTimeWindow(claim, window({ clock: "report", from: "2024-01", to: "2024-02" }))).toBe(true);
  });

  it("should format partial dates for people", () => {
    expect(formatPartialDate("2024")).toBe("2024");
    expect(formatPartialDate("2024-06")).toBe("Jun 2024");
    expect(formatPartialDate("2024-06-03")).toBe("3 Jun 2024");
    expect(formatPartialDate(null)).toBe("undated");
  });
});
