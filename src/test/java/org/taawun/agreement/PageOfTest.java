package org.taawun.agreement;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging on when the count stopped at its limit. */
class PageOfTest {

	@Test
	void pagesOnWhileCountedMatchesRemain() {
		assertThat(new PageOf<>(items(25), 0, 25, 60, false).hasNext()).isTrue();
		assertThat(new PageOf<>(items(10), 2, 25, 60, false).hasNext()).isFalse();
	}

	@Test
	void pagesOnBeyondTheCountWhilePagesComeFull() {
		// page 40 of a list counted "more than 1,000": the count says nothing more
		assertThat(new PageOf<>(items(25), 40, 25, PageOf.COUNT_LIMIT, true).hasNext()).isTrue();
		assertThat(new PageOf<>(items(7), 52, 25, PageOf.COUNT_LIMIT, true).hasNext()).isFalse();
	}

	private static List<String> items(int count) {
		return Collections.nCopies(count, "x");
	}

}
