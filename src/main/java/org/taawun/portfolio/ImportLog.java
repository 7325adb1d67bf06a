package org.taawun.portfolio;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import org.taawun.identity.Account;

/** Keeps each import: who, when, which files, for which authorities, and what it did. */
@Repository
class ImportLog {

	private final JdbcClient jdbc;

	ImportLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long record(ImportReport report, String importer, Instant at, List<String> authorities) {
		var key = new GeneratedKeyHolder();
		List<Object> counts = new ArrayList<>(
				List.of(importer, at.atOffset(ZoneOffset.UTC), report.fingerprint(), String.join(",", authorities)));
		for (ImportReport.Sheet sheet : report.sheets()) {
			counts.addAll(List.of(sheet.created(), sheet.updated(), sheet.unchanged()));
		}
		this.jdbc.sql("""
				insert into portfolio_import (imported_by, imported_at, fingerprint, authorities,
				    agreements_created, agreements_updated, agreements_unchanged,
				    activities_created, activities_updated, activities_unchanged,
				    memberships_created, memberships_updated, memberships_unchanged)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(counts).update(key, "id");
		return key.getKey().longValue();
	}

	/**
	 * The latest imports the account made, or that touched authorities whose files it
	 * sees (all of them for an administrator).
	 */
	List<PastImport> recent(Account account, int max) {
		return this.jdbc.sql("""
				select id, imported_by, imported_at, fingerprint, authorities, agreements_created,
				    agreements_updated, agreements_unchanged, activities_created, activities_updated,
				    activities_unchanged, memberships_created, memberships_updated, memberships_unchanged
				from portfolio_import order by imported_at desc, id desc fetch first 500 rows only""")
			.query((rs, row) -> new PastImport(rs.getLong("id"), rs.getString("imported_by"),
					rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getString("fingerprint"),
					List.of(rs.getString("authorities").split(",")),
					List.of(new PastImport.Counts(rs.getInt("agreements_created"), rs.getInt("agreements_updated"),
							rs.getInt("agreements_unchanged")),
							new PastImport.Counts(rs.getInt("activities_created"), rs.getInt("activities_updated"),
									rs.getInt("activities_unchanged")),
							new PastImport.Counts(rs.getInt("memberships_created"), rs.getInt("memberships_updated"),
									rs.getInt("memberships_unchanged")))))
			.list()
			.stream()
			.filter((entry) -> account.isAdmin() || entry.importedBy().equals(account.userId())
					|| entry.authorities().stream().anyMatch(account.authorities()::contains))
			.limit(max)
			.toList();
	}

}
