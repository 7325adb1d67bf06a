package org.taawun.portal;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.Decisions;
import org.taawun.form.FormField;
import org.taawun.form.FormViolation;
import org.taawun.form.InvalidSubmissionException;
import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.task.Completed;
import org.taawun.task.FormDrafts;
import org.taawun.task.TaskItem;
import org.taawun.task.Tasks;

/**
 * My tasks, and a task with its form: claim, give back, complete.
 */
@Controller
class TaskPages {

	private final Tasks tasks;

	private final Agreements agreements;

	private final MessageSource messages;

	private final PortalView view;

	private final Decisions decisions;

	private final KeptForms kept;

	private final Clock clock;

	private final LocalAuthorities authorities;

	TaskPages(Tasks tasks, Agreements agreements, MessageSource messages, PortalView view, Decisions decisions,
			KeptForms kept, Clock clock, LocalAuthorities authorities) {
		this.clock = clock;
		this.authorities = authorities;
		this.kept = kept;
		this.decisions = decisions;
		this.tasks = tasks;
		this.agreements = agreements;
		this.messages = messages;
		this.view = view;
	}

	@GetMapping("/")
	String myTasks(@RequestParam Map<String, String> params, @AuthenticationPrincipal Account account, Model model) {
		List<TaskItem> mine = this.tasks.ofTeam(account);
		Map<String, Agreement> files = this.agreements
			.byReferences(mine.stream().map(TaskItem::reference).distinct().toList());
		TaskList list = TaskList.of(params);
		List<TaskItem> found = list.apply(mine, files, this.clock.instant());
		model.addAttribute("tasks", list.pageOf(found));
		model.addAttribute("found", found.size());
		model.addAttribute("pages", TaskList.pages(found.size()));
		model.addAttribute("shownPage", list.shownPage(found.size()));
		model.addAttribute("links", new RegisterLinks(params));
		model.addAttribute("list", list);
		model.addAttribute("agreements", files);
		// names read once for the page, not once a row: a ministry lists 200 tasks
		Map<String, String> authorityNames = new HashMap<>();
		this.authorities.named(files.values().stream().map(Agreement::localAuthority).distinct().toList())
			.forEach((code, authority) -> authorityNames.put(code, this.view.name(authority.name())));
		model.addAttribute("authorityNames", authorityNames);
		// the choices the filters offer: the steps and authorities of the person's tasks
		model.addAttribute("steps",
				choices(mine.stream(), TaskItem::key, (task) -> this.view.taskName(task.key(), task.name())));
		model.addAttribute("authorities", choices(files.values().stream(), Agreement::localAuthority,
				(agreement) -> authorityNames.getOrDefault(agreement.localAuthority(), agreement.localAuthority())));
		model.addAttribute("page", "tasks");
		return "portal/tasks";
	}

	private static <T> Map<String, String> choices(Stream<T> items, Function<T, String> code,
			Function<T, String> name) {
		Map<String, String> choices = new TreeMap<>();
		items.forEach((item) -> choices.putIfAbsent(code.apply(item), name.apply(item)));
		return choices.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(@PathVariable String id, @AuthenticationPrincipal Account account, Locale locale,
			RedirectAttributes redirect) {
		this.tasks.claim(id, account);
		redirect.addFlashAttribute("notice", this.messages.getMessage("tasks.claimed", null, locale));
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(@PathVariable String id, @AuthenticationPrincipal Account account, Locale locale,
			RedirectAttributes redirect) {
		this.tasks.unclaim(id, account);
		redirect.addFlashAttribute("notice", this.messages.getMessage("tasks.unclaimed", null, locale));
		return "redirect:/";
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable String id, @AuthenticationPrincipal Account account, HttpServletRequest request,
			Locale locale, Model model) {
		Tasks.OpenTask open = this.tasks.open(id, account);
		Optional<Map<String, String[]>> typed = this.kept.takeFor(request);
		if (typed.isPresent()) {
			// the form as the person left it when their session ended
			model.addAttribute("notice", this.messages.getMessage("form.kept", null, locale));
			return taskPage(open, account, FormInput.echo(open.form(), typed.get()), Map.of(), model);
		}
		Optional<FormDrafts.FormDraft> draft = (open.task().assignee() == null
				|| open.task().assignee().equals(account.userId())) ? this.tasks.draftOf(id, account)
						: Optional.empty();
		if (draft.isPresent()) {
			// just saved or just taken, the page says so; else, which draft it shows
			if (!model.containsAttribute("notice")) {
				model.addAttribute("notice",
						model.containsAttribute("saved") ? model.getAttribute("saved")
								: this.messages.getMessage("task.draft.restored",
										new Object[] { this.view.dateTime(draft.get().savedAt()) }, locale));
			}
			return taskPage(open, account, FormInput.echo(open.form(), draft.get().typed()), Map.of(), model);
		}
		Map<String, Object> shown = new HashMap<>();
		// what the process already holds under a field's key: a file sent back shows it
		open.form()
			.fields()
			.stream()
			.filter(FormField::isInput)
			.filter((field) -> open.variables().get(field.key()) != null)
			.forEach((field) -> shown.put(field.key(), open.variables().get(field.key())));
		return taskPage(open, account, shown, Map.of(), model);
	}

	/** Keeps the form as typed, to finish it later, on this device or another. */
	@PostMapping("/tasks/{id}/draft")
	String saveDraft(@PathVariable String id, HttpServletRequest request, @AuthenticationPrincipal Account account,
			Locale locale, RedirectAttributes redirect) {
		Map<String, String[]> typed = new HashMap<>(request.getParameterMap());
		typed.remove("_csrf");
		this.tasks.saveDraft(id, account, typed);
		redirect.addFlashAttribute("saved", this.messages.getMessage("task.draft.saved",
				new Object[] { this.view.dateTime(this.clock.instant()) }, locale));
		return "redirect:/tasks/" + id;
	}

	@PostMapping("/tasks/{id}")
	String complete(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal Account account, Locale locale, Model model, RedirectAttributes redirect) {
		Map<String, String[]> posted = request.getParameterMap();
		Completed completed;
		try {
			completed = this.tasks.complete(id, (form) -> FormInput.values(form, posted), account);
		}
		catch (InvalidSubmissionException ex) {
			// the page again, with what was typed and a message next to each refused
			// field
			Tasks.OpenTask open = this.tasks.open(id, account);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			Map<String, String> errors = ex.violations()
				.stream()
				.collect(Collectors.toMap(FormViolation::field, FormViolation::message, (a, b) -> a + " " + b));
			return taskPage(open, account, FormInput.echo(open.form(), posted), errors, model);
		}
		String state = this.messages.getMessage("state." + completed.state(), null, locale);
		redirect.addFlashAttribute("notice", this.messages.getMessage("task.done",
				new Object[] { this.view.taskName(completed.done().key(), completed.done().name()), state }, locale));
		redirect.addFlashAttribute("nextTasks", completed.nextTasksForYou());
		return "redirect:/agreements/" + completed.agreementId();
	}

	private String taskPage(Tasks.OpenTask open, Account account, Map<String, Object> values,
			Map<String, String> errors, Model model) {
		model.addAttribute("open", open);
		Agreement agreement = this.agreements.byReference(open.task().reference()).orElseThrow();
		model.addAttribute("agreement", agreement);
		// every opinion and decision already given on the file, for the one who gives the
		// next
		model.addAttribute("decisions", this.decisions.of(agreement.id()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		String holder = open.task().assignee();
		model.addAttribute("mine", account.userId().equals(holder));
		// a colleague holds it: read it, nothing to fill that would be refused on sending
		model.addAttribute("heldBy",
				(holder != null && !holder.equals(account.userId())) ? this.view.personName(holder) : null);
		model.addAttribute("page", "tasks");
		return "portal/task";
	}

}
