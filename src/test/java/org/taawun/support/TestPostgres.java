package org.taawun.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries Maven
 * Central ships (no Docker, nothing installed) and stopped when the JVM ends.
 */
public final class TestPostgres {

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "stop-test-postgres"));
		}
		return server;
	}

	/** The JDBC URL of a database of the test server. */
	public static String url(String database) {
		return server().getJdbcUrl("postgres", database);
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is ending; the server's folder is temporary either way
		}
	}

}
