package org.taawun.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.taawun.identity.Account;
import org.taawun.portfolio.PortfolioExample;
import org.taawun.portfolio.PortfolioRefusedException;
import org.taawun.portfolio.Portfolios;
import org.taawun.portfolio.Upload;

/**
 * Importing a portfolio in the portal: the files checked first, their problems shown line
 * by line, then imported, with the progress of a large file; the example to start from;
 * the imports made. Files checked are kept for the session, so that importing them needs
 * no second upload.
 */
@Controller
class ImportPages {

	/** The files last checked in the session, which "import" takes when none is sent. */
	private static final String CHECKED = "portfolio.checked";

	private final Portfolios portfolios;

	private final ImportRuns runs;

	ImportPages(Portfolios portfolios, ImportRuns runs) {
		this.portfolios = portfolios;
		this.runs = runs;
	}

	@GetMapping("/imports")
	String imports(@AuthenticationPrincipal Account account, HttpSession session, Model model) {
		return page(account, session, model);
	}

	/**
	 * Checks the files (a dry run), or imports them: the files sent, or those checked
	 * last.
	 */
	@PostMapping("/imports")
	String importFiles(@RequestParam(name = "file", required = false) List<MultipartFile> file,
			@RequestParam(defaultValue = "check") String action, @AuthenticationPrincipal Account account,
			HttpSession session, HttpServletResponse response, Locale locale, Model model) {
		List<Upload> uploads = uploads(file);
		if (uploads.isEmpty()) {
			uploads = checked(session);
		}
		if (uploads.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("noFile", true);
			return page(account, session, model);
		}
		if ("import".equals(action)) {
			session.removeAttribute(CHECKED);
			return "redirect:/imports/runs/" + this.runs.start(uploads, account, locale);
		}
		session.setAttribute(CHECKED, uploads);
		try {
			model.addAttribute("report", this.portfolios.dryRun(uploads, account, locale));
		}
		catch (PortfolioRefusedException ex) {
			session.removeAttribute(CHECKED);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("problems", ex.problems());
		}
		return page(account, session, model);
	}

	/** An import under way, or its outcome; the page reloads itself while it runs. */
	@GetMapping("/imports/runs/{id}")
	String run(@PathVariable String id, @AuthenticationPrincipal Account account, Model model) {
		ImportRuns.Run run = this.runs.of(id, account).orElseThrow(PageNotFoundException::new);
		model.addAttribute("run", run);
		model.addAttribute("page", "imports");
		return "portal/import-run";
	}

	@GetMapping("/imports/template.xlsx")
	ResponseEntity<byte[]> template() {
		return Downloads.of(PortfolioExample.workbook(),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "taawun-portfolio.xlsx");
	}

	@GetMapping("/imports/template/{sheet:agreements|events|memberships}.csv")
	ResponseEntity<byte[]> templateSheet(@PathVariable String sheet) {
		return Downloads.of(PortfolioExample.csv(sheet), "text/csv;charset=UTF-8", sheet + ".csv");
	}

	private String page(Account account, HttpSession session, Model model) {
		model.addAttribute("recent", this.portfolios.recent(account));
		model.addAttribute("checked", checked(session).stream().map(Upload::filename).toList());
		model.addAttribute("page", "imports");
		return "portal/imports";
	}

	@SuppressWarnings("unchecked")
	private static List<Upload> checked(HttpSession session) {
		Object checked = session.getAttribute(CHECKED);
		return (checked instanceof List<?> files) ? (List<Upload>) files : List.of();
	}

	private static List<Upload> uploads(List<MultipartFile> parts) {
		if (parts == null) {
			return List.of();
		}
		return parts.stream().filter((part) -> !part.isEmpty()).map((part) -> {
			try {
				return new Upload(part.getOriginalFilename(), part.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

}
