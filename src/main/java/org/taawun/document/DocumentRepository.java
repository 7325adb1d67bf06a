package org.taawun.document;

import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Issued documents and their bytes. Only inserts: an issued document never changes.
 */
@Repository
class DocumentRepository {

	private static final String COLUMNS = """
			id, agreement_id, kind, step, version, author, issued_at, fingerprint, file_sha256, filename,
			size_bytes""";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int nextVersion(long agreementId, DocumentKind kind) {
		return this.jdbc
			.sql("select coalesce(max(version), 0) + 1 from issued_document where agreement_id = ? and kind = ?")
			.params(agreementId, kind.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Holds the issuing of the agreement's documents to this transaction until it ends:
	 * the agreement's row is locked.
	 */
	void lockDocumentsOf(long agreementId) {
		this.jdbc.sql("select id from agreement where id = ? for update").param(agreementId).query().singleRow();
	}

	/** The document issued for the request, if it was. */
	Optional<IssuedDocument> forRequest(String request) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_document where request = ?")
			.param(request)
			.query(this::map)
			.optional();
	}

	long insert(IssuedDocument document, byte[] content, String request) {
		var key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into issued_document (agreement_id, kind, step, version, author, issued_at, fingerprint,
				    file_sha256, filename, size_bytes, content, request)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(document.agreementId(), document.kind().name(), document.step(), document.version(),
					document.author(), document.issuedAt().atOffset(ZoneOffset.UTC), document.fingerprint(),
					document.fileSha256(), document.filename(), document.sizeBytes(), content, request)
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<IssuedDocument> ofAgreement(long agreementId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from issued_document where agreement_id = ? order by issued_at, id")
			.param(agreementId)
			.query(this::map)
			.list();
	}

	Optional<IssuedDocument> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_document where id = ?")
			.param(id)
			.query(this::map)
			.optional();
	}

	/** The document whose printed fingerprint or whose file has that SHA-256. */
	Optional<IssuedDocument> bySha256(String sha256) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_document where fingerprint = ? or file_sha256 = ?")
			.params(sha256, sha256)
			.query(this::map)
			.optional();
	}

	Optional<IssuedDocument> byFileSha256(String sha256) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_document where file_sha256 = ?")
			.param(sha256)
			.query(this::map)
			.optional();
	}

	byte[] content(long id) {
		return this.jdbc.sql("select content from issued_document where id = ?").param(id).query(byte[].class).single();
	}

	private IssuedDocument map(ResultSet rs, int row) throws SQLException {
		DocumentKind kind = DocumentKind.valueOf(rs.getString("kind"));
		return new IssuedDocument(rs.getLong("id"), rs.getLong("agreement_id"), kind,
				numberOf(rs.getString("filename")), rs.getString("step"), rs.getInt("version"), rs.getString("author"),
				rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("fingerprint"),
				rs.getString("file_sha256"), rs.getString("filename"), rs.getInt("size_bytes"));
	}

	/** The filename is the document's number with its slashes made safe, and .pdf. */
	private static String numberOf(String filename) {
		return filename.substring(0, filename.length() - ".pdf".length()).replace('_', '/');
	}

}
