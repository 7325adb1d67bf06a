package org.taawun.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.taawun.support.TestPostgres;

/**
 * The packaged jar as a user starts it: time until it answers healthy, and its resident
 * memory then, on the embedded default (H2) and on PostgreSQL.
 */
final class Footprint {

	private Footprint() {
	}

	static void measure(Results results) throws Exception {
		Path jar;
		try (var files = Files.list(Path.of("target"))) {
			jar = files.filter((file) -> file.getFileName().toString().matches("taawun-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar under target/"));
		}
		Path data = Files.createTempDirectory("taawun-footprint");
		List<Double> h2Start = new ArrayList<>();
		List<Double> h2Rss = new ArrayList<>();
		List<Double> pgStart = new ArrayList<>();
		List<Double> pgRss = new ArrayList<>();
		for (int run = 0; run < PlatformBenchmark.RUNS; run++) {
			double[] h2 = start(jar, Map.of(), "--spring.datasource.url=jdbc:h2:file:" + data.resolve("taawun"));
			h2Start.add(h2[0]);
			h2Rss.add(h2[1]);
			double[] pg = start(jar,
					Map.of("DB_URL", TestPostgres.url("postgres"), "DB_USER", "postgres", "DB_PASSWORD", "postgres",
							"ADMIN_USER", "admin", "ADMIN_PASSWORD", "Un-banc-sous-le-figuier-2026"),
					"--spring.profiles.active=postgres");
			pgStart.add(pg[0]);
			pgRss.add(pg[1]);
		}
		results.add("footprint", "start-up to healthy, packaged jar, embedded default (H2, demo data)",
				Results.median(h2Start), "s", "", h2Start);
		results.add("footprint", "resident memory once healthy, embedded default", Results.median(h2Rss), "MiB", "",
				h2Rss);
		results.add("footprint", "start-up to healthy, packaged jar, PostgreSQL (the benchmark's database)",
				Results.median(pgStart), "s", "", pgStart);
		results.add("footprint", "resident memory once healthy, PostgreSQL", Results.median(pgRss), "MiB", "", pgRss);
	}

	/** Starts the jar, waits for its health check, reads its memory, stops it. */
	private static double[] start(Path jar, Map<String, String> environment, String... arguments) throws Exception {
		int port = PlatformBenchmark.freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
						"--server.port=" + port, "--logging.level.root=WARN"));
		command.addAll(List.of(arguments));
		// the benchmark writes its results there only at its end: a fresh clone has no
		// such folder yet
		Files.createDirectories(Path.of("target", "bench"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "bench", "footprint.log").toFile());
		builder.environment().putAll(environment);
		long start = System.nanoTime();
		Process process = builder.start();
		try {
			HttpClient client = HttpClient.newHttpClient();
			HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
				.build();
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("The jar stopped: see target/bench/footprint.log");
				}
				try {
					if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						break;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				Thread.sleep(50);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return new double[] { seconds, residentMiB(process.pid()) };
		}
		finally {
			process.destroy();
			process.waitFor();
		}
	}

	private static double residentMiB(long pid) throws IOException {
		return Files.readAllLines(Path.of("/proc/" + pid + "/status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.mapToDouble((line) -> Double.parseDouble(line.replaceAll("\\D+", "")) / 1024)
			.findFirst()
			.orElse(0);
	}

}
