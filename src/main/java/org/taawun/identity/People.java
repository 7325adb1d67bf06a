package org.taawun.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff as mail reaches them: name and address from the directory, language and
 * digest as each person chose them on their account page.
 */
@Service
public class People {

	private final Directory directory;

	private final JdbcClient jdbc;

	People(Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	public Optional<StaffMember> member(String userId) {
		return this.directory.person(userId).map((person) -> {
			Setting setting = this.jdbc.sql("select language, daily_digest from account_setting where user_id = ?")
				.param(userId)
				.query((rs, row) -> new Setting(rs.getString("language"), rs.getBoolean("daily_digest")))
				.optional()
				.orElse(Setting.DEFAULT);
			return new StaffMember(person.userId(), person.displayName(), person.email(), setting.language(),
					setting.dailyDigest());
		});
	}

	/** The members of the groups, each once. */
	public List<StaffMember> membersOf(Collection<String> groupIds) {
		Set<String> ids = new LinkedHashSet<>();
		groupIds.forEach((group) -> ids.addAll(this.directory.membersOf(group)));
		return ids.stream().flatMap((id) -> member(id).stream()).toList();
	}

	/** Keeps what a person chose for their mail: address, language, digest. */
	@Transactional
	public void update(String userId, String email, String language, boolean dailyDigest) {
		if (!StaffMember.LANGUAGES.contains(language)) {
			throw new IllegalArgumentException("Staff read French or Arabic, not " + language);
		}
		this.directory.changeEmail(userId, email);
		if (this.jdbc.sql("update account_setting set language = ?, daily_digest = ? where user_id = ?")
			.params(language, dailyDigest, userId)
			.update() == 0) {
			this.jdbc.sql("insert into account_setting (user_id, language, daily_digest) values (?, ?, ?)")
				.params(userId, language, dailyDigest)
				.update();
		}
	}

	private record Setting(String language, boolean dailyDigest) {

		static final Setting DEFAULT = new Setting(StaffMember.LANGUAGES.get(0), false);

	}

}
