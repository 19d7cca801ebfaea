// Tiny embedded Neo4j (community) with a Bolt connector, for local development and tests.
// Started by scripts/engines; compiled with plain javac against the classpath that
// engines/neo4j/pom.xml resolves.  Usage:
//   java [jvm flags] -cp classes:<deps> ChainkgNeo4j <home-dir> <host> <bolt-port> [pagecache-MiB]
// Prints "CHAINKG_NEO4J_READY <version> bolt://host:port" once the default database is up,
// then runs until SIGTERM/SIGINT, when it shuts the database down cleanly.
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

public final class ChainkgNeo4j {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ChainkgNeo4j <home-dir> <host> <bolt-port> [pagecache-MiB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        long pageCacheMiB = args.length > 3 ? Long.parseLong(args[3]) : 64;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(host))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.routing_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                // Stop in ~2 s instead of ~10-20 s (Bolt waits 5 s for connections, then 5 s for
                // its thread pool; open transactions get 10 s). Internal settings: fine for a local
                // development/test server.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("CHAINKG_NEO4J_STOPPING");
            System.out.flush();
            int status = 0;
            try {
                dbms.shutdown();  // checkpoints and closes the stores
                System.out.println("CHAINKG_NEO4J_STOPPED");
            } catch (Throwable t) {
                t.printStackTrace();
                status = 1;
            } finally {
                stopped.countDown();
                System.out.flush();
                // The database is closed; don't wait seconds for lingering thread pools.
                Runtime.getRuntime().halt(status);
            }
        }, "chainkg-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        while (!db.isAvailable(1000)) {
            System.out.println("waiting for database " + db.databaseName());
        }
        System.out.println("CHAINKG_NEO4J_READY " + Version.getNeo4jVersion() + " bolt://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }
}
