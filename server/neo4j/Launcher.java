/*
 * Starts Neo4j Community in-process for newsgraph: Bolt on the configured loopback address, settings
 * from the neo4j.conf that server/neo4j/embedded.ts writes, and a clean shutdown on SIGINT/SIGTERM
 * (JVM shutdown hook) or when the parent Node process goes away (stdin closes).
 *
 * Usage: java -cp '<lib>/*:<classes>' Launcher <home-dir> <neo4j.conf>
 * Prints one line "NEWSGRAPH_NEO4J_READY <version>" on stdout once the default database is available.
 */
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.internal.Version;

public final class Launcher {
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Launcher <home-dir> <neo4j.conf>");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        Path conf = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            STOPPED.countDown();
        }, "newsgraph-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        while (!db.isAvailable(1000)) {
            System.err.println("newsgraph: waiting for the database to become available");
        }
        System.out.println("NEWSGRAPH_NEO4J_READY " + Version.getNeo4jVersion());
        System.out.flush();

        watchParent();
        STOPPED.await();
    }

    /** The parent holds our stdin open; EOF means it died without stopping us, so stop ourselves. */
    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() != -1) {
                    // ignore input; we only wait for end of stream
                }
            } catch (IOException ignored) {
                // stream broken: same as closed
            }
            System.exit(0);
        }, "newsgraph-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
