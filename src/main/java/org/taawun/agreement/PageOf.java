package org.taawun.agreement;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(this.items.stream().map(mapper).toList(), this.page, this.size, this.total);
	}

}
