package org.taawun.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.SearchText;
import org.taawun.task.TaskItem;

/**
 * What My tasks shows of the tasks open to a person: the words sought in the reference,
 * either title or the partner's name, one step of a process, one authority, what is
 * overdue or due this week, in the order asked (the most urgent first by default).
 *
 * @param q words, compared as the register compares them ({@link SearchText})
 * @param step a task's id in its model
 * @param authority an authority's code
 * @param due {@code overdue} or {@code week}
 * @param sort {@code due}, {@code reference} or {@code created}; otherwise the most
 * urgent first
 * @param page which page of {@link #PAGE_SIZE} tasks to show, the first being 0
 */
record TaskList(String q, String step, String authority, String due, String sort, int page) {

	/**
	 * The tasks a page shows: a ministry's list of 200 reads as four pages, the most
	 * urgent first.
	 */
	static final int PAGE_SIZE = 50;

	private static final Duration WEEK = Duration.ofDays(7);

	static TaskList of(Map<String, String> params) {
		return new TaskList(blankless(params.get("q")), blankless(params.get("step")),
				blankless(params.get("authority")), blankless(params.get("due")), blankless(params.get("sort")),
				page(params.get("page")));
	}

	/**
	 * The page of the tasks found that this list shows; the last one when it asks past
	 * it.
	 */
	List<TaskItem> pageOf(List<TaskItem> found) {
		int from = shownPage(found.size()) * PAGE_SIZE;
		return found.subList(from, Math.min(found.size(), from + PAGE_SIZE));
	}

	/** How many pages the tasks found take. */
	static int pages(int found) {
		return lastPage(found) + 1;
	}

	/** The page shown of the tasks found, the first being 0. */
	int shownPage(int found) {
		return Math.min(this.page, lastPage(found));
	}

	private static int lastPage(int found) {
		return Math.max(0, (found - 1) / PAGE_SIZE);
	}

	private static int page(String typed) {
		try {
			return (typed == null) ? 0 : Math.max(0, Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** The tasks that match, in the order asked. */
	List<TaskItem> apply(List<TaskItem> tasks, Map<String, Agreement> agreements, Instant now) {
		Predicate<TaskItem> kept = (task) -> true;
		if (this.q != null) {
			kept = kept.and((task) -> words(task, agreements.get(task.reference())).contains(SearchText.fold(this.q)));
		}
		if (this.step != null) {
			kept = kept.and((task) -> this.step.equals(task.key()));
		}
		if (this.authority != null) {
			kept = kept.and((task) -> agreements.containsKey(task.reference())
					&& this.authority.equals(agreements.get(task.reference()).localAuthority()));
		}
		if ("overdue".equals(this.due)) {
			kept = kept.and((task) -> task.due() != null && task.due().isBefore(now));
		}
		else if ("week".equals(this.due)) {
			kept = kept
				.and((task) -> task.due() != null && !task.due().isBefore(now) && task.due().isBefore(now.plus(WEEK)));
		}
		List<TaskItem> found = tasks.stream().filter(kept).toList();
		return (order() == null) ? found : found.stream().sorted(order()).toList();
	}

	/** Whether anything narrows the list, so an empty one says so. */
	public boolean narrows() {
		return this.q != null || this.step != null || this.authority != null || this.due != null;
	}

	private Comparator<TaskItem> order() {
		if (this.sort == null) {
			return null;
		}
		return switch (this.sort) {
			case "due" -> Comparator.comparing(TaskItem::due, Comparator.nullsLast(Comparator.naturalOrder()));
			case "reference" -> Comparator.comparing(TaskItem::reference);
			case "created" -> Comparator.comparing(TaskItem::created).reversed();
			default -> null;
		};
	}

	private static String words(TaskItem task, Agreement agreement) {
		String text = (agreement == null) ? task.reference() : String.join(" ", task.reference(),
				agreement.titles().fr(), agreement.titles().ar(), agreement.partner().name());
		return SearchText.fold(text);
	}

	private static String blankless(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
