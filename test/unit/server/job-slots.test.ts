import { createJobSlots } from "../../../server/http/job-slots.js";

/** A job that finishes when the test says so. */
function gate<T>(value: T): { job: () => Promise<T>; open: () => void; started: () => boolean } {
  let open = () => undefined as void;
  let started = false;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    job: async () => {
      started = true;
      await opened;
      return value;
    },
    open: () => open(),
    started: () => started,
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("job slots", () => {
  it("should run at most `concurrency` jobs at once and start a waiting one when a slot frees", async () => {
    const slots = createJobSlots({ concurrency: 2, queue: 2 });
    const [a, b, c] = [gate("a"), gate("b"), gate("c")];

    const runs = [slots.run(a.job), slots.run(b.job), slots.run(c.job)];
    await tick();
    expect([a.started(), b.started(), c.started()]).toEqual([true, true, false]);
    expect(slots.stats()).toEqual({ running: 2, waiting: 1 });

    a.open();
    await tick();
    expect(c.started()).toBe(true);
    b.open();
    c.open();
    expect(await Promise.all(runs)).toEqual([
      { kind: "done", value: "a" },
      { kind: "done", value: "b" },
      { kind: "done", value: "c" },
    ]);
  });

  it("should refuse a job at once when every slot is taken and the line is full", async () => {
    const slots = createJobSlots({ concurrency: 1, queue: 1 });
    const [running, waiting, refused] = [gate(1), gate(2), gate(3)];

    const first = slots.run(running.job);
    const second = slots.run(waiting.job);
    await tick();
    const third = await slots.run(refused.job);

    expect(third).toEqual({ kind: "busy" });
    expect(refused.started()).toBe(false);
    running.open();
    waiting.open();
    expect(await first).toEqual({ kind: "done", value: 1 });
    expect(await second).toEqual({ kind: "done", value: 2 });
    // the line is free again
    const later = gate(4);
    const fourth = slots.run(later.job);
    later.open();
    expect(await fourth).toEqual({ kind: "done", value: 4 });
  });

  it("should free the slot of a job that fails", async () => {
    const slots = createJobSlots({ concurrency: 1, queue: 0 });
    await expect(slots.run(async () => Promise.reject(new Error("Neo4j went away")))).rejects.toThrow("Neo4j went away");
    expect(await slots.run(async () => "next")).toEqual({ kind: "done", value: "next" });
  });
});
