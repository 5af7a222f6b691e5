/** The process logger: JSON lines (pino) to stderr, so stdout stays clean for CLI output like `extract --json`. */
import { pino, type Logger } from "pino";

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "newsgraph" } }, pino.destination(2));
}
