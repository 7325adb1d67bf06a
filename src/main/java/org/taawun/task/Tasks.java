package org.taawun.task;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.document.DocumentKind;
import org.taawun.document.Documents;
import org.taawun.document.IssuedDocument;
import org.taawun.form.FormSchema;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;

/**
 * A user's work: the tasks offered to them, claiming, and completing with a valid
 * submission. A user only ever sees and acts on tasks of their own groups.
 */
@Service
public class Tasks {

	/**
	 * A ministry may have thousands of files waiting: a list shows the most urgent ones,
	 * which is what a person works on.
	 */
	public static final int LIST_LIMIT = 200;

	private final TaskWork work;

	private final Agreements agreements;

	private final Documents documents;

	private final FormDrafts drafts;

	Tasks(TaskWork work, Agreements agreements, Documents documents, FormDrafts drafts) {
		this.drafts = drafts;
		this.work = work;
		this.agreements = agreements;
		this.documents = documents;
	}

	/**
	 * The tasks assigned to the account and those offered to its groups, most urgent
	 * first: the {@link #LIST_LIMIT} most urgent of them.
	 */
	public List<TaskItem> of(Account account) {
		return this.work.offeredTo(account.userId(), account.groups(), LIST_LIMIT);
	}

	/**
	 * The account's tasks and those of its groups, colleagues' included, so a team sees
	 * who holds what: the {@link #LIST_LIMIT} most urgent of them.
	 */
	public List<TaskItem> ofTeam(Account account) {
		return this.work.ofTeam(account.userId(), account.groups(), LIST_LIMIT);
	}

	/**
	 * How many tasks are open to the account: its own and those offered to its groups.
	 */
	public long countOf(Account account) {
		return this.work.countOfferedTo(account.userId(), account.groups());
	}

	/**
	 * The escalated tasks the account acts on or answers for (a head's unit, an
	 * executive's staff), the longest overdue first.
	 */
	public List<TaskItem> escalatedFor(Account account) {
		Set<String> groups = new HashSet<>(account.groups());
		groups.addAll(account.overseen());
		return this.work.escalatedIn(groups, LIST_LIMIT);
	}

	/** The task with its form and the documents to read, if the account may act on it. */
	public OpenTask open(String taskId, Account account) {
		TaskItem task = visible(taskId, account);
		return new OpenTask(task, this.work.form(taskId), this.work.variables(taskId), documentsToRead(task, account));
	}

	public void claim(String taskId, Account account) {
		TaskItem task = visible(taskId, account);
		if (task.assignee() != null && !task.assignee().equals(account.userId())) {
			throw new TaskTakenException(taskId);
		}
		this.work.claim(taskId, account.userId());
	}

	public void unclaim(String taskId, Account account) {
		TaskItem task = visible(taskId, account);
		if (task.assignee() != null && !task.assignee().equals(account.userId())) {
			throw new TaskTakenException(taskId);
		}
		this.work.unclaim(taskId);
	}

	/**
	 * Completes the task with the submitted values once its form accepts them; nothing
	 * changes otherwise. The engine holds the values against the form, whoever completes
	 * the task and by whatever route, and answers in the language of the request.
	 * @return where the agreement went, and its tasks now open to the account
	 * @throws InvalidSubmissionException with a message per refused field
	 */
	public Completed complete(String taskId, Map<String, Object> values, Account account) {
		return complete(visible(taskId, account), values, account);
	}

	/**
	 * Completes the task with the values its form makes of what was posted (the portal's
	 * text fields, typed by the form).
	 * @see #complete(String, Map, Account)
	 */
	public Completed complete(String taskId, Function<FormSchema, Map<String, Object>> posted, Account account) {
		TaskItem task = visible(taskId, account);
		return complete(task, posted.apply(this.work.form(taskId)), account);
	}

	private Completed complete(TaskItem task, Map<String, Object> values, Account account) {
		if (task.assignee() != null && !task.assignee().equals(account.userId())) {
			throw new TaskTakenException(task.id());
		}
		this.work.complete(task, account.userId(), values);
		Agreement agreement = this.agreements.byReference(task.reference()).orElseThrow();
		return new Completed(task.reference(), agreement.id(), agreement.state(), task,
				this.work.openIn(task.reference(), account.userId(), account.groups()));
	}

	/**
	 * Keeps the form as typed, to finish later, for the person the task is open to and no
	 * colleague holds.
	 */
	public void saveDraft(String taskId, Account account, Map<String, String[]> typed) {
		TaskItem task = visible(taskId, account);
		if (task.assignee() != null && !task.assignee().equals(account.userId())) {
			throw new TaskTakenException(taskId);
		}
		this.drafts.save(taskId, account.userId(), typed);
	}

	/** The form the person saved for the task, if any. */
	public Optional<FormDrafts.FormDraft> draftOf(String taskId, Account account) {
		return this.drafts.of(visible(taskId, account).id(), account.userId());
	}

	/** Who completed the task, once it is done. */
	public Optional<String> completedBy(String taskId) {
		return this.work.completedBy(taskId);
	}

	/** The legal day, by the engine's clock. */
	public LocalDate today() {
		return this.work.today();
	}

	private TaskItem visible(String taskId, Account account) {
		return this.work.find(taskId)
			.filter((task) -> account.isAdmin() || task.isOpenTo(account.userId(), account.groups()))
			.orElseThrow(() -> this.work.finishedAndWasOpenTo(taskId, account.userId(), account.groups())
					? new TaskTakenException(taskId) : new TaskNotFoundException(taskId));
	}

	private List<DocumentToRead> documentsToRead(TaskItem task, Account account) {
		List<String> kinds = this.work.documentsToRead(task.id());
		if (kinds.isEmpty()) {
			return List.of();
		}
		Map<DocumentKind, IssuedDocument> latest = this.agreements.byReference(task.reference())
			.map((agreement) -> this.documents.latestOf(agreement.id(), account))
			.orElse(Map.of());
		return kinds.stream()
			.map(DocumentKind::valueOf)
			.map((kind) -> DocumentToRead.of(kind, latest.get(kind)))
			.toList();
	}

	/**
	 * A task with the form to fill in, what the process already holds, and the documents
	 * its performer reads.
	 */
	public record OpenTask(TaskItem task, FormSchema form, Map<String, Object> variables,
			List<DocumentToRead> documents) {
	}

}
