package org.taawun.notification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partners' acts received on paper, kept as scanned; a row is never updated. */
@Repository
class PartnerActs {

	private static final String COLUMNS = """
			id, agreement_id, accepted_on, means, filename, media_type, size_bytes, file_sha256, recorded_by,
			recorded_at""";

	private final JdbcClient jdbc;

	PartnerActs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PartnerAct keep(PartnerAct act, byte[] content) {
		this.jdbc.sql("""
				insert into partner_act (agreement_id, accepted_on, means, filename, media_type, size_bytes,
				    file_sha256, content, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(act.agreementId(), Date.valueOf(act.acceptedOn()), act.means().name(), act.filename(),
					act.mediaType(), act.sizeBytes(), act.fileSha256(), content, act.recordedBy(),
					Timestamp.from(act.recordedAt()))
			.update();
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from partner_act where agreement_id = ? order by id desc fetch first 1 rows only")
			.param(act.agreementId())
			.query(PartnerActs::map)
			.single();
	}

	List<PartnerAct> of(long agreementId) {
		return this.jdbc.sql("select " + COLUMNS + " from partner_act where agreement_id = ? order by id")
			.param(agreementId)
			.query(PartnerActs::map)
			.list();
	}

	Optional<byte[]> content(long agreementId, long actId) {
		return this.jdbc.sql("select content from partner_act where agreement_id = ? and id = ?")
			.params(agreementId, actId)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	private static PartnerAct map(ResultSet rs, int row) throws SQLException {
		return new PartnerAct(rs.getLong("id"), rs.getLong("agreement_id"), rs.getDate("accepted_on").toLocalDate(),
				PaperMeans.valueOf(rs.getString("means")), rs.getString("filename"), rs.getString("media_type"),
				rs.getInt("size_bytes"), rs.getString("file_sha256"), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant());
	}

}
