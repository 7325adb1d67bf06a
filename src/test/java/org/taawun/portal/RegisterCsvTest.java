package org.taawun.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterCsvTest {

	@Test
	void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
		assertThat(RegisterCsv.quoted("Gafsa")).isEqualTo("Gafsa");
		assertThat(RegisterCsv.quoted("Jumelage, culture")).isEqualTo("\"Jumelage, culture\"");
		assertThat(RegisterCsv.quoted("dit \"Selçuklu\"")).isEqualTo("\"dit \"\"Selçuklu\"\"\"");
		assertThat(RegisterCsv.quoted("ligne\nsuivante")).isEqualTo("\"ligne\nsuivante\"");
	}

	@Test
	void neverLetsASpreadsheetRunACellAsAFormula() {
		assertThat(RegisterCsv.quoted("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
		assertThat(RegisterCsv.quoted("+33 1 23")).isEqualTo("'+33 1 23");
		assertThat(RegisterCsv.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

}
