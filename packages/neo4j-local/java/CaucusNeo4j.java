import java.nio.file.Path;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j as an embedded DBMS with the Bolt connector, configured by a neo4j.conf that the
 * Node launcher writes. Args: DATA_DIR CONF_FILE [--exit-on-stdin-eof].
 * With --exit-on-stdin-eof the DBMS shuts down when its parent's pipe closes, so a killed
 * parent never leaves an orphan JVM holding the store lock.
 */
public final class CaucusNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CaucusNeo4j DATA_DIR CONF_FILE [--exit-on-stdin-eof]");
      System.exit(2);
    }
    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
          .loadPropertiesFromFile(Path.of(args[1]))
          .build();
    } catch (Throwable t) {
      System.err.println("CAUCUS-FAILED " + t);
      t.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("CAUCUS-STOPPING");
      dbms.shutdown();
      System.out.println("CAUCUS-STOPPED");
    }));
    System.out.println("CAUCUS-READY");
    System.out.flush();
    if (args.length > 2 && args[2].equals("--exit-on-stdin-eof")) {
      while (System.in.read() != -1) {
        // Drain until the parent goes away.
      }
      System.exit(0);
    }
    Thread.currentThread().join();
  }
}
