package org.taawun.agreement;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a search compares words, and the embedded database comparing them the same way. */
class SearchTextTest {

	@Test
	void foldsAccentsVowelsHamzaSeatsAndTatweel() {
		assertThat(SearchText.fold("Selçuklu Belediyesi")).isEqualTo("selcuklu belediyesi");
		assertThat(SearchText.fold("İZMİR Şişli Iğdır")).isEqualTo("izmir sisli igdir");
		assertThat(SearchText.fold("Saint-Étienne")).isEqualTo("saint-etienne");
		assertThat(SearchText.fold("إسلاميّة")).isEqualTo(SearchText.fold("اسلاميه"));
		assertThat(SearchText.fold("تَوْأَمَة")).isEqualTo("توامه");
		assertThat(SearchText.fold("مؤسسة ـ بلدية")).isEqualTo("موسسه  بلديه");
		assertThat(SearchText.fold("مستشفى")).isEqualTo("مستشفي");
		assertThat(SearchText.contains("Jumelage Gafsa – Selçuklu", " selcuklu ")).isTrue();
		assertThat(SearchText.contains("Jumelage Gafsa – Selçuklu", "Konya")).isFalse();
	}

	@Test
	void theEmbeddedDatabaseFoldsThroughTheSameMethod() throws Exception {
		String migration = new ClassPathResource("db/vendor/h2/V16__search_fold.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:fold");
				Statement statement = connection.createStatement()) {
			statement.execute(migration);
			ResultSet folded = statement.executeQuery("select search_fold('Ville de Sétif – تَوْأَمَة')");
			folded.next();
			assertThat(folded.getString(1)).isEqualTo("ville de setif – توامه");
			// the register's search within visible rows: a subquery kept apart, then the
			// words
			ResultSet found = statement.executeQuery("select count(*) from (select * from (values ('Selçuklu'), "
					+ "('Konya')) t(x) offset 0 rows) a where search_fold(a.x) like '%selcuklu%' escape '\\'");
			found.next();
			assertThat(found.getInt(1)).isEqualTo(1);
		}
	}

}
