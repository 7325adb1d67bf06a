package org.taawun.agreement;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param total how many match, counted up to {@link #COUNT_LIMIT}
 * @param more whether more than {@link #COUNT_LIMIT} match: a list says "more than 1,000"
 * rather than counting a million rows, and pages on while pages come full
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean more) {

	/** Beyond this many matches a count stops: counting them all is what costs. */
	public static final int COUNT_LIMIT = 1000;

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total, this.more);
	}

	/** Whether a page follows this one. */
	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total || (this.more && this.items.size() == this.size);
	}

}
