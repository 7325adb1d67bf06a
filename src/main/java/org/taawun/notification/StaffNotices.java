package org.taawun.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each person was told: one row per person and event, the mail written at once or
 * kept for the person's daily digest.
 */
@Repository
class StaffNotices {

	private final JdbcClient jdbc;

	StaffNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps what the person is told unless they were told of the event already.
	 * @return whether it is new
	 */
	boolean keep(String userId, Told told, Instant now, boolean mailedNow) {
		if (this.jdbc.sql("select count(*) from staff_notice where user_id = ? and event_key = ?")
			.params(userId, told.eventKey())
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into staff_notice (user_id, event_key, kind, title, reference, due, open_path, created_at,
				    mailed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(userId, told.eventKey(), told.kind().name(), told.title(), told.reference(),
					(told.due() != null) ? Timestamp.from(told.due()) : null, told.openPath(), Timestamp.from(now),
					mailedNow ? Timestamp.from(now) : null)
			.update();
		return true;
	}

	/** The people with notices waiting for their digest. */
	List<String> waitingFor() {
		return this.jdbc.sql("select distinct user_id from staff_notice where mailed_at is null order by user_id")
			.query(String.class)
			.list();
	}

	/** A person's notices waiting for their digest, oldest first. */
	List<Waiting> waiting(String userId) {
		return this.jdbc.sql("""
				select id, event_key, kind, title, reference, due, open_path from staff_notice
				where mailed_at is null and user_id = ? order by created_at, id""").param(userId).query((rs, row) -> {
			Timestamp due = rs.getTimestamp("due");
			return new Waiting(rs.getLong("id"),
					new Told(NoticeKind.valueOf(rs.getString("kind")), rs.getString("event_key"), rs.getString("title"),
							rs.getString("reference"), (due != null) ? due.toInstant() : null,
							rs.getString("open_path")));
		}).list();
	}

	void mailed(List<Long> ids, Instant at) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update staff_notice set mailed_at = :at where id in (:ids)")
				.param("at", Timestamp.from(at))
				.param("ids", ids)
				.update();
		}
	}

	/** A notice waiting for the digest. */
	record Waiting(long id, Told told) {
	}

	/**
	 * What one person is told, in their language.
	 *
	 * @param title what it is about: the task's name, or the agreement's title
	 * @param openPath the portal page that opens it
	 */
	record Told(NoticeKind kind, String eventKey, String title, String reference, Instant due, String openPath) {
	}

}
