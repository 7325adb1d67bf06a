package org.taawun.portal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.taawun.identity.Account;
import org.taawun.portfolio.Portfolios;
import org.taawun.task.Tasks;

/** What every page's header shows: who is signed in, and the page's own address. */
@ControllerAdvice(basePackageClasses = PageHeader.class)
class PageHeader {

	private final Tasks tasks;

	PageHeader(Tasks tasks) {
		this.tasks = tasks;
	}

	/** How many tasks wait for the person, shown next to My tasks on every page. */
	@ModelAttribute("openTasks")
	Long openTasks(@AuthenticationPrincipal Account account) {
		return (account != null) ? this.tasks.countOf(account) : null;
	}

	@ModelAttribute("me")
	Account me(@AuthenticationPrincipal Account account) {
		return account;
	}

	/** Whether the header offers a new agreement: to a municipal secretariat only. */
	@ModelAttribute("mayDraft")
	boolean mayDraft(@AuthenticationPrincipal Account account) {
		return account != null && !DraftPages.draftingFor(account).isEmpty();
	}

	/** Whether the header offers to import a portfolio. */
	@ModelAttribute("mayImport")
	boolean mayImport(@AuthenticationPrincipal Account account) {
		return account != null && Portfolios.mayImport(account);
	}

	/**
	 * Whether the header offers the evaluation campaigns: to whoever keeps or reads a
	 * country's inventory.
	 */
	@ModelAttribute("mayFollowCampaigns")
	boolean mayFollowCampaigns(@AuthenticationPrincipal Account account) {
		return account != null && !account.inventoryCountries().isEmpty();
	}

	/** The page's own address, which the language switch links to. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
