package org.taawun.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Holds every answer of our API that a test receives to the API's own description
 * ({@code /v3/api-docs} of the application answering): its status must be one the
 * operation documents and its body must match the schema documented for it. An answer
 * where no operation matched (an unknown address, a method the address does not take)
 * must be a problem. A mismatch fails the test that received the answer. What was checked
 * is written to {@code target/api-contract.txt} when the tests end.
 */
@Component
public class ApiContract implements RestTemplateCustomizer {

	private static final Logger log = LoggerFactory.getLogger(ApiContract.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final AtomicInteger answers = new AtomicInteger();

	private static final Set<String> operationsSeen = new ConcurrentSkipListSet<>();

	private static final Set<String> operationsDescribed = new ConcurrentSkipListSet<>();

	private static final Map<String, Description> descriptions = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(ApiContract::summarise));
	}

	@Override
	public void customize(RestTemplate restTemplate) {
		restTemplate.getInterceptors().add(this::check);
	}

	/** How many answers were held to the description so far. */
	public static int answersChecked() {
		return answers.get();
	}

	/** The operations (method and path) some test received an answer of. */
	public static Set<String> operationsSeen() {
		return Set.copyOf(operationsSeen);
	}

	private ClientHttpResponse check(HttpRequest request, byte[] requestBody, ClientHttpRequestExecution execution)
			throws IOException {
		ClientHttpResponse response = execution.execute(request, requestBody);
		URI uri = request.getURI();
		if (!uri.getPath().startsWith("/api/")) {
			return response;
		}
		byte[] body = response.getBody().readAllBytes();
		Description description = descriptions.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
				Description::read);
		String method = request.getMethod().name();
		String operation = description.operation(method, uri.getPath());
		List<String> problems = (operation != null)
				? description.check(uri.getPath(), method, response.getStatusCode(), response.getHeaders(), body)
				: problemOnly(response.getHeaders(), body);
		answers.incrementAndGet();
		if (operation != null) {
			operationsSeen.add(operation);
		}
		if (!problems.isEmpty()) {
			throw new AssertionError(
					"%s %s answered %d, which its description does not allow: %s%n%s".formatted(method, uri.getPath(),
							response.getStatusCode().value(), problems, new String(body, StandardCharsets.UTF_8)));
		}
		return new Buffered(response, body);
	}

	/** Where no operation matched, the answer is still a problem. */
	private static List<String> problemOnly(HttpHeaders headers, byte[] body) {
		if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(headers.getContentType())) {
			return List.of("not application/problem+json but " + headers.getContentType());
		}
		try {
			JsonNode problem = JSON.readTree(body);
			return problem.hasNonNull("title") && problem.hasNonNull("status") ? List.of()
					: List.of("a problem without title or status");
		}
		catch (IOException ex) {
			return List.of("a body that is not JSON");
		}
	}

	private static void summarise() {
		List<String> lines = new ArrayList<>();
		lines.add("Answers of the API held to its description: " + answers.get());
		lines.add("Operations answered: %d of the %d described".formatted(operationsSeen.size(),
				operationsDescribed.size()));
		operationsDescribed.stream()
			.filter((operation) -> !operationsSeen.contains(operation))
			.forEach((operation) -> lines.add("  never answered: " + operation));
		try {
			Files.createDirectories(Path.of("target"));
			Files.write(Path.of("target", "api-contract.txt"), lines);
		}
		catch (IOException ex) {
			log.warn("Could not write the API contract summary", ex);
		}
	}

	/** The API description of one running application. */
	private record Description(OpenApiInteractionValidator validator, Map<String, Pattern> paths) {

		static Description read(String base) {
			try {
				String spec = HttpClient.newHttpClient()
					.send(java.net.http.HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
							HttpResponse.BodyHandlers.ofString())
					.body();
				Map<String, Pattern> paths = new ConcurrentHashMap<>();
				for (Iterator<Map.Entry<String, JsonNode>> it = JSON.readTree(spec).path("paths").fields(); it
					.hasNext();) {
					Map.Entry<String, JsonNode> path = it.next();
					path.getValue()
						.fieldNames()
						.forEachRemaining(
								(method) -> operationsDescribed.add(method.toUpperCase() + " " + path.getKey()));
					paths.put(path.getKey(), Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")));
				}
				return new Description(OpenApiInteractionValidator.createForInlineApiSpecification(spec).build(),
						paths);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/**
		 * The operation the request reached, as {@code GET /api/agreements/{id}}, if any.
		 */
		String operation(String method, String path) {
			return this.paths.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().matcher(path).matches())
				.map((entry) -> method + " " + entry.getKey())
				.filter(operationsDescribed::contains)
				.findFirst()
				.orElse(null);
		}

		List<String> check(String path, String method, HttpStatusCode status, HttpHeaders headers, byte[] body) {
			SimpleResponse.Builder response = SimpleResponse.Builder.status(status.value());
			headers.forEach(response::withHeader);
			if (body.length > 0) {
				response.withBody(body);
			}
			ValidationReport report = this.validator.validateResponse(path, Request.Method.valueOf(method),
					response.build());
			return report.getMessages()
				.stream()
				.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
				.map((message) -> message.getKey() + ": " + message.getMessage())
				.toList();
		}

	}

	/** The answer, read once to be checked, for the test to read again. */
	private record Buffered(ClientHttpResponse response, byte[] body) implements ClientHttpResponse {

		@Override
		public InputStream getBody() {
			return new ByteArrayInputStream(this.body);
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.response.getHeaders();
		}

		@Override
		public HttpStatusCode getStatusCode() throws IOException {
			return this.response.getStatusCode();
		}

		@Override
		public String getStatusText() throws IOException {
			return this.response.getStatusText();
		}

		@Override
		public void close() {
			this.response.close();
		}

	}

}
