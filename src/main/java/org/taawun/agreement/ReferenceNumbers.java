package org.taawun.agreement;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers agreements per authority and year, as a municipality numbers its acts:
 * {@code GAFSA-2026-007}.
 */
@Component
class ReferenceNumbers {

	private final JdbcClient jdbc;

	ReferenceNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next reference of the authority for the year; call inside the drafting
	 * transaction.
	 */
	String next(String authority, int year) {
		// locking the authority's row serialises its drafts, so two never take the same
		// number
		this.jdbc.sql("select code from local_authority where code = ? for update")
			.param(authority)
			.query()
			.singleRow();
		int updated = this.jdbc.sql(
				"update reference_counter set last_number = last_number + 1 where local_authority = ? and counter_year = ?")
			.params(authority, year)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into reference_counter (local_authority, counter_year, last_number) values (?, ?, 1)")
				.params(authority, year)
				.update();
		}
		int number = this.jdbc
			.sql("select last_number from reference_counter where local_authority = ? and counter_year = ?")
			.params(authority, year)
			.query(Integer.class)
			.single();
		return "%s-%d-%03d".formatted(authority.toUpperCase(Locale.ROOT), year, number);
	}

}
