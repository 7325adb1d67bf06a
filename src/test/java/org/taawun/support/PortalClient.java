package org.taawun.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser without a browser: signs in to the portal, keeps its session cookie, and
 * posts forms with the token of the page they are on.
 */
public final class PortalClient {

	public static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private PortalClient(int port) {
		this.port = port;
	}

	/** A browser that has not signed in. */
	public static PortalClient anonymous(int port) {
		return new PortalClient(port);
	}

	/** A client signed in as the demo user. */
	public static PortalClient signedIn(int port, String user) throws IOException, InterruptedException {
		PortalClient portal = new PortalClient(port);
		String token = portal.token("/login");
		HttpResponse<String> signedIn = portal.send(HttpRequest.newBuilder(portal.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
			.build());
		assertThat(signedIn.headers().firstValue("Location"))
			.as("%s signing in, answered %d: %s", user, signedIn.statusCode(), signedIn.body())
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return portal;
	}

	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request.build());
	}

	/** A download: its bytes as sent. */
	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The token of the forms of a page. */
	public String token(String page) throws IOException, InterruptedException {
		HttpResponse<String> answer = get(page);
		Matcher token = CSRF.matcher(answer.body());
		assertThat(token.find())
			.as("a form token on %s, which answered %d: %s", page, answer.statusCode(), answer.body())
			.isTrue();
		return token.group(1);
	}

	/**
	 * Posts files and fields as a form with {@code enctype="multipart/form-data"} of the
	 * page would, with the page's token.
	 * @param parts name, filename (null for a plain field) and content, in threes
	 */
	public HttpResponse<String> postMultipart(String page, String action, Object... parts)
			throws IOException, InterruptedException {
		String boundary = "----taawun" + UUID.randomUUID();
		List<byte[]> body = new ArrayList<>();
		List<Object> all = new ArrayList<>(Arrays.asList(parts));
		all.addAll(Arrays.asList("_csrf", null, token(page)));
		for (int i = 0; i < all.size(); i += 3) {
			String disposition = "form-data; name=\"" + all.get(i) + "\""
					+ ((all.get(i + 1) != null) ? "; filename=\"" + all.get(i + 1) + "\"" : "");
			body.add(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			Object content = all.get(i + 2);
			body.add((content instanceof byte[] bytes) ? bytes : content.toString().getBytes(StandardCharsets.UTF_8));
			body.add("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(body))
			.build());
	}

	/**
	 * Posts a form of the page as a browser would, with the page's token.
	 * @param fields name and value, in pairs
	 */
	public HttpResponse<String> postForm(String page, String action, String... fields)
			throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(token(page), StandardCharsets.UTF_8));
		for (int i = 0; i < fields.length; i += 2) {
			body.append('&')
				.append(fields[i])
				.append('=')
				.append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build());
	}

	/**
	 * The session ends on the server's side, as after its timeout: the browser still
	 * sends the cookie of a session the server no longer knows.
	 */
	public void sessionEnds() {
		HttpCookie gone = new HttpCookie("JSESSIONID", "0000SESSIONTIMEDOUT0000");
		gone.setPath("/");
		gone.setVersion(0);
		this.cookies.getCookieStore().removeAll();
		this.cookies.getCookieStore().add(uri("/"), gone);
	}

	public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
