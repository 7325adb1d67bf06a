package org.taawun.task;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Task forms saved to be finished later, one per task and person, on the server: another
 * device, another day, the same fields as typed. A draft goes when its task is done or
 * ends, whatever route ends it.
 */
@Component
public class FormDrafts {

	private static final TypeReference<Map<String, String[]>> TYPED = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	FormDrafts(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	void save(String taskId, String userId, Map<String, String[]> typed) {
		Instant now = this.clock.instant();
		this.jdbc.sql("delete from form_draft where task_id = ? and user_id = ?").params(taskId, userId).update();
		this.jdbc.sql("insert into form_draft (task_id, user_id, typed, saved_at) values (?, ?, ?, ?)")
			.params(taskId, userId, write(typed), now.atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<FormDraft> of(String taskId, String userId) {
		return this.jdbc.sql("select typed, saved_at from form_draft where task_id = ? and user_id = ?")
			.params(taskId, userId)
			.query((rs, row) -> new FormDraft(read(rs.getString("typed")),
					rs.getObject("saved_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Forgets every draft of the task: it is done, or ended with its process. */
	public void forget(String taskId) {
		this.jdbc.sql("delete from form_draft where task_id = ?").param(taskId).update();
	}

	private String write(Map<String, String[]> typed) {
		try {
			return this.json.writeValueAsString(typed);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A form's fields as text cannot fail to write", ex);
		}
	}

	private Map<String, String[]> read(String typed) {
		try {
			return this.json.readValue(typed, TYPED);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A draft this class wrote cannot fail to read", ex);
		}
	}

	/** A form as saved, and when. */
	public record FormDraft(Map<String, String[]> typed, Instant savedAt) {
	}

}
