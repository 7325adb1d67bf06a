package org.taawun.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every refused password, for the administrator: who was tried, from which address,
 * through which door, when. Kept ninety days.
 */
@Service
public class SignInFailures {

	private static final Duration KEPT = Duration.ofDays(90);

	private static final int LISTED = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	SignInFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a refused password, and forgets those older than ninety days. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(String username, String clientAddress, String door) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into sign_in_failure (attempted_at, username, client_address, door)
				values (:at, :username, :address, :door)""")
			.param("at", now)
			.param("username", truncated(username, 200))
			.param("address", truncated(clientAddress, 64))
			.param("door", door)
			.update();
		this.jdbc.sql("delete from sign_in_failure where attempted_at < :limit")
			.param("limit", now.minus(KEPT))
			.update();
	}

	/** The most recent refused passwords, newest first. */
	public List<Failure> recent() {
		return this.jdbc.sql("""
				select attempted_at, username, client_address, door from sign_in_failure
				order by attempted_at desc, id desc
				fetch first :listed rows only""")
			.param("listed", LISTED)
			.query((rs, row) -> new Failure(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	private static String truncated(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/** A refused password. */
	public record Failure(Instant at, String username, String clientAddress, String door) {
	}

}
