package org.taawun.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member of a delegation, as the mission order names them.
 *
 * @param office the member's capacity (the president of the communal people's assembly,
 * an elected member, the secretary general)
 */
public record DelegationMember(String fullName, String office) {

	/**
	 * The members a step recorded: the entries of the mission order's list, or, for a
	 * visit whose order was issued with the earlier form, the one text that named them.
	 */
	static List<DelegationMember> of(Object recorded) {
		if (recorded instanceof Collection<?> entries) {
			return entries.stream()
				.filter(Map.class::isInstance)
				.map((entry) -> (Map<?, ?>) entry)
				.map((entry) -> new DelegationMember(text(entry.get("fullName")), text(entry.get("office"))))
				.toList();
		}
		return (recorded instanceof String text && !text.isBlank()) ? List.of(new DelegationMember(text, ""))
				: List.of();
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}

}
