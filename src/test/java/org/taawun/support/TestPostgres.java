package org.taawun.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test run, started from the binaries Maven
 * Central ships (no Docker, nothing installed) and stopped when the JVM ends, after the
 * applications that use it: Spring closes its cached test contexts in a shutdown hook of
 * its own, and an engine whose database vanished under it would wait for connections.
 */
public final class TestPostgres {

	private static final Duration CLOSING_WAIT = Duration.ofSeconds(20);

	/** One party per application context still running on the server. */
	private static final Phaser openContexts = new Phaser(1);

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				// our own hook stops it, once the applications are closed
				server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
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

	/** An application started on the server; {@link #closed()} when it stops. */
	static void opened() {
		openContexts.register();
	}

	static void closed() {
		openContexts.arriveAndDeregister();
	}

	private static synchronized void stop() {
		try {
			openContexts.awaitAdvanceInterruptibly(openContexts.arrive(), CLOSING_WAIT.toMillis(),
					TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException | TimeoutException ex) {
			// stop the server anyway: the JVM is ending
		}
		try {
			server.close();
		}
		catch (IOException ex) {
			// the JVM is ending; the server's folder is temporary either way
		}
	}

}
