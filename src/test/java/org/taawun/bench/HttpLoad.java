package org.taawun.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API under concurrent load on loopback, from a Java client in the same machine,
 * and the portal's pages one at a time, warm.
 */
final class HttpLoad {

	static final int CLIENTS = 8;

	static final Duration EACH = Duration.ofSeconds(10);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private HttpLoad() {
	}

	static void measure(Results results, String port, String engine) throws Exception {
		String base = "http://localhost:" + port;
		String basic = "Basic " + Base64.getEncoder().encodeToString("sec.oran:demo".getBytes(StandardCharsets.UTF_8));
		String reviewer = "Basic " + Base64.getEncoder().encodeToString("mfa.tn:demo".getBytes(StandardCharsets.UTF_8));
		load(results, "GET /api/agreements?size=20 as sec.oran", base + "/api/agreements?size=20", basic);
		load(results, "GET /api/tasks as sec.oran", base + "/api/tasks", basic);
		load(results, "GET /api/tasks as mfa.tn (a ministry)", base + "/api/tasks", reviewer);
		load(results,
				"GET /engine-rest/task?candidateGroup=foreign-affairs-tn&maxResults=50 as mfa.tn "
						+ "(engine authorization checks on)",
				base + "/engine-rest/engine/" + engine + "/task?candidateGroup=foreign-affairs-tn&maxResults=50",
				reviewer);
		portalPages(results, base, "sec.oran");
		portalPages(results, base, "mfa.tn");
		// the ministry keeping Algeria's inventory: its register counts the whole country
		portalPages(results, base, "miclat");
	}

	private static void load(Results results, String what, String url, String authorization) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build();
		for (int i = 0; i < 50; i++) {
			check(client.send(request, HttpResponse.BodyHandlers.discarding()), what);
		}
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong failures = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long start = System.nanoTime();
		long end = start + EACH.toNanos();
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				while (System.nanoTime() < end) {
					long sent = System.nanoTime();
					try {
						HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() != 200) {
							failures.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failures.incrementAndGet();
					}
					latencies.add((System.nanoTime() - sent) / 1e6);
				}
				return null;
			}));
		}
		for (Future<?> future : clients) {
			future.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - start) / 1e9;
		double[] millis = latencies.stream().mapToDouble(Double::doubleValue).toArray();
		results.add("http", what + ", " + CLIENTS + " clients: throughput", millis.length / seconds, "req/s");
		results.add("http", what + ": p50", Results.percentile(millis, 50), "ms");
		results.add("http", what + ": p99", Results.percentile(millis, 99), "ms");
		if (failures.get() > 0) {
			results.note(what + ": " + failures.get() + " requests failed");
		}
	}

	/** Each portal page as one user opens it, warm: median of 30. */
	private static void portalPages(Results results, String base, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(login);
		token.find();
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		String home = client
			.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher task = Pattern.compile("href=\"(/tasks/[^\"]+)\"").matcher(home);
		List<String> pages = new ArrayList<>(List.of("/", "/agreements", "/agreements?q=jumelage&state=IN_FORCE",
				"/dashboard", "/agreements/new", "/?lang=ar", "/?q=jumelage&due=week&sort=due", "/account",
				"/agreements?q=selcuklu", "/agreements?jurisdiction=DZ&wilaya=bp8&instrument=TWINNING"));
		if (task.find()) {
			pages.add(task.group(1));
		}
		String register = client
			.send(HttpRequest.newBuilder(URI.create(base + "/agreements")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher agreement = Pattern.compile("href=\"(/agreements/\\d+)\"").matcher(register);
		if (agreement.find()) {
			pages.add(agreement.group(1));
		}
		for (String page : pages) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).build();
			List<Double> millis = new ArrayList<>();
			StatementTimer.page = StatementTimer.ON ? user + " " + page : null;
			for (int i = 0; i < 40; i++) {
				long start = System.nanoTime();
				HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
				if (i >= 10) {
					millis.add((System.nanoTime() - start) / 1e6);
				}
				check(response, page);
			}
			if (StatementTimer.ON) {
				StatementTimer.page = null;
				System.out.println("[statements] " + user + " " + page + " (40 requests):");
				StatementTimer.print(user + " " + page, 12);
			}
			results.add("portal", "page " + page + " as " + user + ", median of 30 (warm)", Results.median(millis),
					"ms", "", List.of());
			results.add("portal", "page " + page + " as " + user + ", p95 of 30 (warm)",
					Results.percentile(millis.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 95), "ms",
					"≤ 100 ms", List.of());
		}
	}

	private static void check(HttpResponse<?> response, String what) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + " answered " + response.statusCode());
		}
	}

}
