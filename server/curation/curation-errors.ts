/** What a curation can fail on; routes map these to 404 / 409 / 400. */
export type CurationError =
  | { kind: "not-found"; message: string }
  | { kind: "conflict"; message: string; currentVersion: number }
  | { kind: "invalid"; message: string };

export class CurationFailure extends Error {
  constructor(readonly error: CurationError) {
    super(error.message);
    this.name = "CurationFailure";
  }
}

export const notFoundError = (what: string): CurationFailure => new CurationFailure({ kind: "not-found", message: `${what} was not found.` });
export const invalidError = (message: string): CurationFailure => new CurationFailure({ kind: "invalid", message });

/** Optimistic concurrency: the caller saw `expected`; someone else changed it since. */
export function assertVersion(what: string, current: number, expected: number | undefined): void {
  if (expected !== undefined && expected !== current) {
    throw new CurationFailure({
      kind: "conflict",
      message: `${what} was changed by someone else (version ${current}, you edited version ${expected}). Reload and try again.`,
      currentVersion: current,
    });
  }
}
