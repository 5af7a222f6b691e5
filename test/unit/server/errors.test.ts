import { Neo4jError } from "neo4j-driver";
import { z } from "zod";

import { HttpError, toErrorResponse } from "../../../server/http/errors.js";

describe("mapping failures to JSON error responses", () => {
  it("should keep an HttpError's status and kind", () => {
    expect(toErrorResponse(new HttpError(404, "not-found", "Entity x was not found."))).toEqual({
      status: 404,
      body: { error: { kind: "not-found", message: "Entity x was not found." } },
    });
  });

  it("should turn validation errors into 400 naming the field", () => {
    const parsed = z.object({ depth: z.number().max(3) }).safeParse({ depth: 9 });
    if (parsed.success) throw new Error("fixture should fail");

    const { status, body } = toErrorResponse(parsed.error);

    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^Invalid depth/);
  });

  it.each([
    [{ type: "entity.too.large", limit: 1024 }, 413],
    [{ type: "entity.parse.failed" }, 400],
    [{ type: "encoding.unsupported" }, 415],
  ])("should map body-parser error %j to %i", (error, status) => {
    expect(toErrorResponse(error).status).toBe(status);
  });

  it("should answer 503 when Neo4j is unavailable and 500 without details otherwise", () => {
    const unavailable = new Neo4jError("Could not perform discovery", "ServiceUnavailable", "", "");

    expect(toErrorResponse(unavailable)).toMatchObject({ status: 503, body: { error: { kind: "neo4j-unavailable" } } });
    expect(toErrorResponse(new Error("secret internals"))).toEqual({
      status: 500,
      body: { error: { kind: "internal", message: "Internal server error. The server log has the details." } },
    });
  });
});
