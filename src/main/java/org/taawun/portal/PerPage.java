package org.taawun.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Names a page shows on many rows (a colleague, an authority), looked up once while the
 * page is drawn: a ministry's list of 200 tasks asks the database once per name, not once
 * per row.
 */
final class PerPage {

	private static final String NAMES = PerPage.class.getName() + ".names";

	private PerPage() {
	}

	@SuppressWarnings("unchecked")
	static String name(String key, Supplier<String> lookup) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return lookup.get();
		}
		Map<String, String> names = (Map<String, String>) request.getAttribute(NAMES, RequestAttributes.SCOPE_REQUEST);
		if (names == null) {
			names = new HashMap<>();
			request.setAttribute(NAMES, names, RequestAttributes.SCOPE_REQUEST);
		}
		return names.computeIfAbsent(key, (missing) -> lookup.get());
	}

}
