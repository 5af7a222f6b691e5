/** `newsgraph serve`: runs until SIGINT/SIGTERM, then stops the HTTP server, the driver and the embedded Neo4j. */
import type { Config } from "../config.js";
import { createLogger } from "../logger.js";
import { startServer } from "../main.js";
import { reportFatal } from "./fatal.js";

export async function runServeCommand(config: Config): Promise<number> {
  const logger = createLogger(config.logLevel);
  let server;
  try {
    server = await startServer(config, logger);
  } catch (cause) {
    return reportFatal(cause, logger);
  }
  process.stderr.write(`newsgraph: explorer at ${server.url} (Ctrl-C to stop)\n`);
  const running = server;
  await new Promise<void>((resolveStop) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        process.stderr.write(`newsgraph: ${signal} again, exiting now\n`);
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, "stopping");
      running.close().then(resolveStop, (cause: unknown) => {
        logger.error({ err: cause }, "error while stopping");
        resolveStop();
      });
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  logger.flush();
  return 0;
}
