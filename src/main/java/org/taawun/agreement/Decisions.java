package org.taawun.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.party.BilingualName;

/**
 * The opinions and decisions given on agreements' files, kept as they were given: each
 * later reviewer reads every earlier one, and the timeline says what each step decided.
 */
@Service
public class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a decision given on the agreement's file, in the caller's transaction. */
	@Transactional
	public void record(long agreementId, Decision decision) {
		this.jdbc.sql("""
				insert into agreement_decision (agreement_id, task_id, step, decided_at, actor, answer, answer_ar,
				    answer_fr, reasons)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(agreementId, decision.taskId(), decision.step(), decision.at().atOffset(ZoneOffset.UTC),
					decision.actor(), decision.answer(), decision.label().ar(), decision.label().fr(),
					decision.reasons())
			.update();
	}

	/** The decisions given on the agreement's file, oldest first. */
	@Transactional(readOnly = true)
	public List<Decision> of(long agreementId) {
		return this.jdbc.sql("select * from agreement_decision where agreement_id = ? order by decided_at, id")
			.param(agreementId)
			.query(this::map)
			.list();
	}

	/** The decisions that answered those tasks, by task id. */
	@Transactional(readOnly = true)
	public Map<String, Decision> answering(Collection<String> taskIds) {
		if (taskIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select * from agreement_decision where task_id in (:tasks)")
			.param("tasks", taskIds)
			.query(this::map)
			.stream()
			.collect(Collectors.toMap(Decision::taskId, Function.identity()));
	}

	private Decision map(ResultSet rs, int row) throws SQLException {
		return new Decision(rs.getString("task_id"), rs.getString("step"), AgreementRows.instant(rs, "decided_at"),
				rs.getString("actor"), rs.getString("answer"),
				new BilingualName(rs.getString("answer_ar"), rs.getString("answer_fr")), rs.getString("reasons"));
	}

}
