package org.taawun.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.Agreements;
import org.taawun.agreement.Register;
import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.portfolio.Memberships;
import org.taawun.task.TaskItem;
import org.taawun.task.Tasks;

/**
 * A reviewer's dashboard: the files waiting for them by authority, the register counted
 * by state, country and field, and the memberships of networks of cities.
 */
@Controller
class DashboardPage {

	private final Agreements agreements;

	private final Register register;

	private final Tasks tasks;

	private final LocalAuthorities authorities;

	private final PortalView view;

	private final Memberships memberships;

	DashboardPage(Agreements agreements, Register register, Tasks tasks, LocalAuthorities authorities, PortalView view,
			Memberships memberships) {
		this.memberships = memberships;
		this.agreements = agreements;
		this.register = register;
		this.tasks = tasks;
		this.authorities = authorities;
		this.view = view;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal Account account, Model model) {
		List<TaskItem> mine = this.tasks.of(account);
		Map<String, Agreement> files = this.agreements
			.byReferences(mine.stream().map(TaskItem::reference).distinct().toList());
		// a ministry's 200 tasks may come from as many authorities: their names read at
		// once
		Map<String, LocalAuthority> named = this.authorities
			.named(files.values().stream().map(Agreement::localAuthority).distinct().toList());
		Map<String, Waiting> waiting = new TreeMap<>();
		for (TaskItem task : mine) {
			Agreement file = files.get(task.reference());
			if (file != null) {
				waiting.computeIfAbsent(file.localAuthority(), (code) -> new Waiting(code, named.get(code)))
					.add(task, this.view.overdue(task.due()));
			}
		}
		model.addAttribute("waiting", waiting.values());
		model.addAttribute("files", files);
		model.addAttribute("stats", this.register.statistics(account));
		model.addAttribute("networks", this.memberships.seenBy(account));
		List<TaskItem> escalated = this.tasks.escalatedFor(account);
		model.addAttribute("escalated", escalated);
		model.addAttribute("escalatedFiles",
				this.agreements.byReferences(escalated.stream().map(TaskItem::reference).distinct().toList()));
		model.addAttribute("page", "dashboard");
		return "portal/dashboard";
	}

	/**
	 * The reviews waiting at one authority's files: how many, how many late, and the most
	 * urgent few, the rest being a link away in My tasks.
	 */
	static final class Waiting {

		/**
		 * The tasks an authority's row lists; a ministry may have 200 at one authority.
		 */
		static final int SHOWN = 5;

		private final String code;

		private final LocalAuthority authority;

		private final List<TaskItem> tasks = new ArrayList<>();

		private int overdue;

		Waiting(String code, LocalAuthority authority) {
			this.code = code;
			this.authority = authority;
		}

		void add(TaskItem task, boolean late) {
			this.tasks.add(task);
			this.overdue += late ? 1 : 0;
		}

		public String getCode() {
			return this.code;
		}

		public LocalAuthority getAuthority() {
			return this.authority;
		}

		public int getCount() {
			return this.tasks.size();
		}

		/** The most urgent of the authority's tasks, as many as a row lists. */
		public List<TaskItem> getFirst() {
			return this.tasks.subList(0, Math.min(SHOWN, this.tasks.size()));
		}

		public int getOverdue() {
			return this.overdue;
		}

	}

}
