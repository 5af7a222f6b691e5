import type { AddressInfo } from "node:net";
import type { Server } from "node:http";

import express from "express";

import { keepWarm, type KeepWarm } from "../../../server/http/keep-warm.js";
import { BROWSER_ACCEPT_ENCODING } from "../../../server/http/read-cache.js";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("keeping the explorer's graph warm", () => {
  let server: Server;
  let baseUrl: string;
  let requests: { path: string; encoding: string | undefined }[];
  let token: string | null;
  let warm: KeepWarm | null = null;

  beforeEach(async () => {
    requests = [];
    token = "t1";
    const app = express();
    app.get("/api/graph", (req, res) => {
      requests.push({ path: req.path, encoding: req.headers["accept-encoding"] });
      res.json({ ok: true });
    });
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    warm?.stop();
    await new Promise((r) => server.close(r));
  });

  const start = () =>
    (warm = keepWarm({ baseUrl, paths: ["/api/graph"], readToken: async () => token, intervalMs: 40 }));

  it("should request the paths once at start, as a browser would (Brotli or gzip), and not again while nothing changes", async () => {
    await start().settled();
    await wait(150);

    expect(requests).toEqual([{ path: "/api/graph", encoding: BROWSER_ACCEPT_ENCODING }]);
  });

  it("when the graph changes and then stays unchanged for an interval, then it warms again", async () => {
    await start().settled();

    token = "t2";
    await wait(150);

    expect(requests).toHaveLength(2);
  });

  it("while the graph keeps changing (an import renewing the token every batch), then it waits for it to settle", async () => {
    let batches = 0;
    let importing = true;
    warm = keepWarm({ baseUrl, paths: ["/api/graph"], readToken: async () => (importing ? `batch-${(batches += 1)}` : "done"), intervalMs: 30 });
    await warm.settled();

    await wait(200);
    const whileImporting = requests.length;
    importing = false;
    await wait(200);

    expect(batches).toBeGreaterThan(3);
    expect(whileImporting).toBe(1);
    expect(requests).toHaveLength(2);
  });
});
