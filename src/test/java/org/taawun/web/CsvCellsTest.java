package org.taawun.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	@Test
	void quotesCellsWithSeparatorsQuotesOrLineBreaks() {
		assertThat(CsvCells.quoted("Gafsa")).isEqualTo("Gafsa");
		assertThat(CsvCells.quoted("Jumelage, culture")).isEqualTo("\"Jumelage, culture\"");
		assertThat(CsvCells.quoted("dit \"Selçuklu\"")).isEqualTo("\"dit \"\"Selçuklu\"\"\"");
		assertThat(CsvCells.quoted("ligne\nsuivante")).isEqualTo("\"ligne\nsuivante\"");
	}

	@Test
	void neverLetsASpreadsheetRunACellAsAFormula() {
		assertThat(CsvCells.quoted("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
		assertThat(CsvCells.quoted("+33 1 23")).isEqualTo("'+33 1 23");
		assertThat(CsvCells.quoted("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

}
