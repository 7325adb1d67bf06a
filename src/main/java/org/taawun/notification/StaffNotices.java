package org.taawun.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each person was told about their tasks: one row per person and event, the mail
 * written at once or kept for the person's daily digest.
 */
@Repository
class StaffNotices {

	private final JdbcClient jdbc;

	StaffNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the notice for the person unless they were told of the event already.
	 * @return whether it is new
	 */
	boolean keep(String userId, TaskNotice notice, String taskName, Instant now, boolean mailedNow) {
		if (this.jdbc.sql("select count(*) from staff_notice where user_id = ? and event_key = ?")
			.params(userId, notice.eventKey())
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into staff_notice (user_id, event_key, kind, task_id, task_key, task_name, reference, due,
				    created_at, mailed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(userId, notice.eventKey(), notice.kind().name(), notice.taskId(), notice.taskKey(), taskName,
					notice.reference(), (notice.due() != null) ? Timestamp.from(notice.due()) : null,
					Timestamp.from(now), mailedNow ? Timestamp.from(now) : null)
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
				select id, kind, task_id, task_key, task_name, reference, due from staff_notice
				where mailed_at is null and user_id = ? order by created_at, id""").param(userId).query((rs, row) -> {
			Timestamp due = rs.getTimestamp("due");
			return new Waiting(rs.getLong("id"), TaskNotice.Kind.valueOf(rs.getString("kind")), rs.getString("task_id"),
					rs.getString("task_key"), rs.getString("task_name"), rs.getString("reference"),
					(due != null) ? due.toInstant() : null);
		}).list();
	}

	void mailed(List<Long> ids, Instant at) {
		for (long id : ids) {
			this.jdbc.sql("update staff_notice set mailed_at = ? where id = ?").params(Timestamp.from(at), id).update();
		}
	}

	/** A notice waiting for the digest, with the task's name as it was kept. */
	record Waiting(long id, TaskNotice.Kind kind, String taskId, String taskKey, String taskName, String reference,
			Instant due) {
	}

}
