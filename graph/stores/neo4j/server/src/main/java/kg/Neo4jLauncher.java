// kg's Neo4j launcher: Neo4j Community embedded, a Bolt connector on 127.0.0.1, auth on, stopped cleanly on SIGTERM.
package kg;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.Version;

public final class Neo4jLauncher {
  private static final String USAGE =
      "usage: java kg.Neo4jLauncher --port PORT --data DIR [--page-cache-mb MB] (password in NEO4J_PASSWORD)";

  /** The command line: where Bolt listens, where the data lives, and the page cache in MB (0: Neo4j's own default). */
  record Options(int port, Path data, long pageCacheMb, String password) {}

  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args, System.getenv("NEO4J_PASSWORD"));
    } catch (IllegalArgumentException e) {
      fail(2, e.getMessage() + "\n" + USAGE);
      return;
    }
    DatabaseManagementService dbms;
    try {
      dbms = start(options);
    } catch (RuntimeException e) {
      if (causedBy(e, BindException.class) || mentions(e, "Address already in use")) {
        fail(3, "port " + options.port() + " on 127.0.0.1 is taken; stop what holds it or give another --port");
      }
      Path log = options.data().resolve("logs/debug.log");
      fail(1, "Neo4j did not start: " + rootMessage(e) + " (its log: " + log + ")");
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("neo4j stopped");
      stopped.countDown();
    }, "kg-neo4j-stop"));
    try {
      setPassword(dbms, options.password());
      awaitBolt(options.port());
    } catch (RuntimeException | IOException e) {
      fail(1, "Neo4j started but is not usable: " + rootMessage(e));
    }
    System.out.printf("neo4j: Neo4j %s Community, data %s, page cache %s, heap max %d MB%n", Version.getNeo4jVersion(),
        options.data(), options.pageCacheMb() > 0 ? options.pageCacheMb() + " MB" : "Neo4j's default",
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.println("neo4j ready bolt://127.0.0.1:" + options.port());
    System.out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Options parse(String[] args, String password) {
    Integer port = null;
    Path data = null;
    long pageCacheMb = 0;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> port = number(args[i], value, 1, 65535).intValue();
        case "--data" -> data = Path.of(require(args[i], value)).toAbsolutePath();
        case "--page-cache-mb" -> pageCacheMb = number(args[i], value, 0, 1 << 20);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
      i++;
    }
    if (port == null || data == null) throw new IllegalArgumentException("--port and --data are required");
    if (password == null || password.length() < 8) {
      throw new IllegalArgumentException("set NEO4J_PASSWORD to the password to use (8 characters or more)");
    }
    return new Options(port, data, pageCacheMb, password);
  }

  private static String require(String flag, String value) {
    if (value == null) throw new IllegalArgumentException(flag + " needs a value");
    return value;
  }

  private static Long number(String flag, String value, long min, long max) {
    try {
      long n = Long.parseLong(require(flag, value));
      if (n < min || n > max) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a whole number from " + min + " to " + max + ", got " + value);
    }
  }

  /** Bolt on 127.0.0.1 only, no HTTP; auth on. */
  private static DatabaseManagementService start(Options o) {
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(o.data())
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", o.port()))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true);
    if (o.pageCacheMb() > 0) builder.setConfig(GraphDatabaseSettings.pagecache_memory, o.pageCacheMb() << 20);
    return builder.build();
  }

  /**
   * The password from the environment, set on the built-in user through the system database (the embedded API runs
   * with full rights; no user exists to log in as yet). Neo4j refuses to set the password a user already has, which
   * is what a restart on the same data folder asks for.
   */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      if (!mentions(e, "Old password and new password cannot be the same")) throw e;
    }
  }

  /** Until a client can connect: Neo4j opens the connector as it starts, but only this says it accepts. */
  private static void awaitBolt(int port) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        return;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) throw e;
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
    return false;
  }

  private static boolean mentions(Throwable e, String text) {
    for (Throwable t = e; t != null; t = t.getCause()) if (String.valueOf(t.getMessage()).contains(text)) return true;
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) t = t.getCause();
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  private static void fail(int code, String message) {
    System.err.println("neo4j launcher: " + message);
    System.exit(code);
  }
}
