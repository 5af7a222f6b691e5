import express, { type Express } from "express";
import request from "supertest";

import { createReadCache, type ReadCache } from "../../../server/http/read-cache.js";

/** A tiny app whose GET /items/:id answers from a counter, behind the cache; the token is ours to change. */
function appWithCache(options: { maxBytes?: number; slowMs?: number; tokenMs?: number; padding?: number; tokenMaxAgeMs?: number } = {}) {
  let token: string | null = "t1";
  let computed = 0;
  let tokenReads = 0;
  const cache: ReadCache = createReadCache({
    readToken: async () => {
      tokenReads += 1;
      if (options.tokenMs) await new Promise((r) => setTimeout(r, options.tokenMs));
      return token;
    },
    ...(options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {}),
    // Every request reads the token unless a test is about reusing it.
    tokenMaxAgeMs: options.tokenMaxAgeMs ?? 0,
  });
  const app: Express = express();
  app.use("/items", cache.middleware);
  app.get("/items/missing", (_req, res) => {
    computed += 1;
    res.status(404).json({ error: "missing" });
  });
  app.get("/items/down", (_req, res) => {
    computed += 1;
    res.status(503).json({ error: "database unavailable" });
  });
  app.get("/items/:id", async (req, res) => {
    computed += 1;
    if (options.slowMs) await new Promise((r) => setTimeout(r, options.slowMs));
    res.set("Content-Disposition", 'attachment; filename="x.json"').json({ id: req.params.id, computed, padding: "x".repeat(options.padding ?? 100) });
  });
  app.post("/items/:id", (_req, res) => {
    computed += 1;
    res.json({ posted: true });
  });
  return {
    app,
    cache,
    setToken: (next: string | null) => (token = next),
    computed: () => computed,
    tokenReads: () => tokenReads,
  };
}

describe("the read cache", () => {
  it("should answer a repeated GET from memory with the same body and headers", async () => {
    const t = appWithCache();

    const first = await request(t.app).get("/items/a?x=1");
    const second = await request(t.app).get("/items/a?x=1");

    expect(first.headers["x-cache"]).toBe("miss");
    expect(second.headers["x-cache"]).toBe("hit");
    expect(second.body).toEqual(first.body);
    expect(second.headers["content-type"]).toMatch(/application\/json/);
    expect(second.headers["content-disposition"]).toBe('attachment; filename="x.json"');
    expect(t.computed()).toBe(1);
  });

  it("should keep different URLs apart", async () => {
    const t = appWithCache();

    await request(t.app).get("/items/a?x=1");
    const other = await request(t.app).get("/items/a?x=2");

    expect(other.headers["x-cache"]).toBe("miss");
    expect(t.computed()).toBe(2);
  });

  it("when the graph-state token changes (a write anywhere), then the next GET is computed again", async () => {
    const t = appWithCache();
    await request(t.app).get("/items/a");

    t.setToken("t2");
    const after = await request(t.app).get("/items/a");

    expect(after.headers["x-cache"]).toBe("miss");
    expect(after.body.computed).toBe(2);
  });

  it("should reuse a token read for tokenMaxAgeMs, then read it again", async () => {
    const t = appWithCache({ tokenMaxAgeMs: 300 });
    await request(t.app).get("/items/a");

    t.setToken("t2");
    const within = await request(t.app).get("/items/a");
    await new Promise((r) => setTimeout(r, 350));
    const after = await request(t.app).get("/items/a");

    expect(within.headers["x-cache"]).toBe("hit");
    expect(after.headers["x-cache"]).toBe("miss");
    expect(t.tokenReads()).toBe(2);
  });

  it("when this process writes (invalidate), then nothing cached is served even with the same token", async () => {
    const t = appWithCache();
    await request(t.app).get("/items/a");

    t.cache.invalidate();
    const after = await request(t.app).get("/items/a");

    expect(after.headers["x-cache"]).toBe("miss");
    expect(t.computed()).toBe(2);
  });

  it("should compute once for concurrent requests of the same URL", async () => {
    const t = appWithCache({ slowMs: 50, tokenMs: 20 });

    const answers = await Promise.all(Array.from({ length: 10 }, () => request(t.app).get("/items/b")));

    expect(answers.every((a) => a.status === 200 && a.body.id === "b")).toBe(true);
    expect(t.computed()).toBe(1);
    expect(t.tokenReads()).toBeLessThan(10);
  });

  it("should keep a 404 (it follows from the graph), but not a server error or a non-GET answer", async () => {
    const t = appWithCache();

    await request(t.app).get("/items/missing");
    const missing = await request(t.app).get("/items/missing");
    await request(t.app).get("/items/down");
    const down = await request(t.app).get("/items/down");
    await request(t.app).post("/items/a");
    await request(t.app).post("/items/a");

    expect([missing.status, missing.headers["x-cache"]]).toEqual([404, "hit"]);
    expect(missing.body).toEqual({ error: "missing" });
    expect([down.status, down.headers["x-cache"]]).toEqual([503, "miss"]);
    expect(t.computed()).toBe(5);
  });

  it("should drop the least recently used entries beyond its memory budget", async () => {
    const t = appWithCache({ maxBytes: 300 });

    await request(t.app).get("/items/a");
    await request(t.app).get("/items/b");
    await request(t.app).get("/items/c");

    expect(t.cache.stats().bytes).toBeLessThanOrEqual(300);
    expect((await request(t.app).get("/items/c")).headers["x-cache"]).toBe("hit");
    expect((await request(t.app).get("/items/a")).headers["x-cache"]).toBe("miss");
  });

  it("when the token cannot be read (Neo4j down), then the route answers by itself", async () => {
    const cache = createReadCache({ readToken: () => Promise.reject(new Error("unreachable")) });
    const app = express();
    app.use(cache.middleware);
    app.get("/x", (_req, res) => res.status(503).json({ error: "down" }));

    const res = await request(app).get("/x");

    expect(res.status).toBe(503);
  });

  it("when a client accepts gzip, then a large hit is sent gzipped and decodes to the same body", async () => {
    const t = appWithCache({ padding: 50_000 });
    const first = await request(t.app).get("/items/big").set("Accept-Encoding", "identity");

    const zipped = await request(t.app).get("/items/big").set("Accept-Encoding", "gzip, deflate");
    const plain = await request(t.app).get("/items/big").set("Accept-Encoding", "identity");

    expect(zipped.headers["x-cache"]).toBe("hit");
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(zipped.headers["content-length"])).toBeLessThan(50_000 / 10);
    expect(zipped.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(zipped.body).toEqual(first.body);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toEqual(first.body);
  });

  it("when a client accepts Brotli and gzip (as browsers do), then a large hit is sent in Brotli, smaller than gzip", async () => {
    const t = appWithCache({ padding: 50_000 });
    const first = await request(t.app).get("/items/big").set("Accept-Encoding", "identity");
    // supertest decodes both encodings; the sizes on the wire are in Content-Length.
    const br = await request(t.app).get("/items/big").set("Accept-Encoding", "gzip, deflate, br, zstd");
    const gz = await request(t.app).get("/items/big").set("Accept-Encoding", "gzip, deflate");

    expect(br.headers["x-cache"]).toBe("hit");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body).toEqual(first.body);
    expect(Number(br.headers["content-length"])).toBeLessThan(Number(gz.headers["content-length"]));
  });

  it("when a browser revalidates a hit with its ETag, then it gets 304 without the body", async () => {
    const t = appWithCache({ padding: 50_000 });
    const first = await request(t.app).get("/items/big");

    const again = await request(t.app).get("/items/big").set("If-None-Match", String(first.headers["etag"]));

    expect(first.headers["etag"]).toMatch(/^W\/"/);
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
  });

  it("should send small hits uncompressed even to gzip clients", async () => {
    const t = appWithCache();
    await request(t.app).get("/items/a");

    const hit = await request(t.app).get("/items/a").set("Accept-Encoding", "gzip");

    expect(hit.headers["x-cache"]).toBe("hit");
    expect(hit.headers["content-encoding"]).toBeUndefined();
  });
});
