package org.taawun.portal;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses that keep the register's filters: an export of what it shows, or the list
 * narrowed by one more filter.
 */
public record RegisterLinks(Map<String, String> filters) {

	/** The filters a link carries: every filter with a value, not the page. */
	public RegisterLinks {
		Map<String, String> kept = new TreeMap<>();
		filters.forEach((name, value) -> {
			if (!name.equals("page") && value != null && !value.isBlank()) {
				kept.put(name, value);
			}
		});
		filters = Map.copyOf(kept);
	}

	/** The path with the filters, for an export. */
	public String to(String path) {
		return with(path, Map.of());
	}

	/** The path with the filters, one of them set to the value. */
	public String to(String path, String name, Object value) {
		return with(path, Map.of(name, String.valueOf(value)));
	}

	/** The register narrowed to one value of a filter, the others kept. */
	public String narrowed(String name, Object value) {
		return to("/agreements", name, value);
	}

	private String with(String path, Map<String, String> more) {
		Map<String, String> all = new TreeMap<>(this.filters);
		all.putAll(more);
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		all.forEach(uri::queryParam);
		return uri.encode().build().toUriString();
	}

}
