package org.taawun.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementQuery;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.Register;
import org.taawun.agreement.CooperationField;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.PageOf;
import org.taawun.document.Documents;
import org.taawun.document.InventoryPdf;
import org.taawun.document.PdfDownload;
import org.taawun.document.RegisterPdf;
import org.taawun.identity.Account;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;

/**
 * The register: search it, export what it shows as CSV, print an authority's register,
 * and download the documents of the files one may see.
 */
@Controller
class RegisterPages {

	static final int PAGE_SIZE = 25;

	/** The years one may filter on: independence to well beyond any renewal. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2200;

	private final Register register;

	private final Documents documents;

	private final RegisterPdf registers;

	private final MessageSource messages;

	private final PortalView view;

	private final InventoryPdf inventories;

	private final LocalAuthorities authorities;

	RegisterPages(Register register, Documents documents, RegisterPdf registers, MessageSource messages,
			PortalView view, InventoryPdf inventories, LocalAuthorities authorities) {
		this.inventories = inventories;
		this.authorities = authorities;
		this.messages = messages;
		this.view = view;
		this.register = register;
		this.documents = documents;
		this.registers = registers;
	}

	@GetMapping("/agreements")
	String register(@RequestParam Map<String, String> filters, @AuthenticationPrincipal Account account, Model model) {
		AgreementQuery query = query(filters, PAGE_SIZE);
		PageOf<Agreement> found = this.register.search(query, account);
		model.addAttribute("found", found);
		model.addAttribute("pages", Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("countLimit", PageOf.COUNT_LIMIT);
		model.addAttribute("filters", filters);
		model.addAttribute("states", AgreementState.values());
		model.addAttribute("fieldChoices", CooperationField.values());
		model.addAttribute("jurisdictions", Jurisdiction.values());
		model.addAttribute("ownAuthorities", account.authorities().stream().sorted().toList());
		model.addAttribute("instruments", Instrument.values());
		model.addAttribute("links", new RegisterLinks(filters));
		Set<Jurisdiction> inventories = account.inventoryCountries();
		model.addAttribute("inventories", inventories.stream().sorted().toList());
		model.addAttribute("provinces", this.authorities.provinces(inventories));
		if (!inventories.isEmpty()) {
			model.addAttribute("counted", this.register.statistics(query, account).orElse(null));
			model.addAttribute("inventory", true);
		}
		model.addAttribute("page", "register");
		return "portal/register";
	}

	/**
	 * A country's national inventory as filtered, on its ministry's letterhead, for those
	 * who keep it.
	 */
	@GetMapping("/agreements.pdf")
	ResponseEntity<byte[]> inventoryPdf(@RequestParam Map<String, String> filters,
			@AuthenticationPrincipal Account account) {
		AgreementQuery query = query(filters, PAGE_SIZE);
		return PdfDownload.of("inventory-" + query.jurisdiction() + ".pdf",
				this.inventories.of(query, account).orElseThrow(() -> new PageNotFoundException()));
	}

	/**
	 * The register as filtered, every page of it, for a spreadsheet: UTF-8 with a byte
	 * order mark, so Arabic titles open as Arabic.
	 */
	@GetMapping("/agreements.csv")
	ResponseEntity<byte[]> csv(@RequestParam Map<String, String> filters, @AuthenticationPrincipal Account account,
			Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		RegisterCsv sheet = new RegisterCsv(this.messages, locale, this.view::authority);
		sheet.header(csv);
		everyPage(filters, account).forEach((agreement) -> sheet.row(csv, agreement));
		return download(csv.toString().getBytes(StandardCharsets.UTF_8), sheet.filename("csv"),
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	/** The register as filtered, as an XLSX workbook. */
	@GetMapping("/agreements.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam Map<String, String> filters, @AuthenticationPrincipal Account account,
			Locale locale) {
		RegisterCsv sheet = new RegisterCsv(this.messages, locale, this.view::authority);
		return download(sheet.workbook(everyPage(filters, account)), sheet.filename("xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private List<Agreement> everyPage(Map<String, String> filters, Account account) {
		List<Agreement> all = new ArrayList<>();
		AgreementQuery query = query(filters, 500).page(0);
		PageOf<Agreement> page;
		do {
			page = this.register.search(query, account);
			all.addAll(page.items());
			query = query.page(query.page() + 1);
		}
		while (page.hasNext());
		return all;
	}

	private static ResponseEntity<byte[]> download(byte[] content, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal Account account) {
		Documents.Pdf pdf = this.documents.pdf(id, account).orElseThrow(() -> new PageNotFoundException());
		return PdfDownload.of(pdf.document().filename(), pdf.content());
	}

	@GetMapping("/authorities/{code}/register.pdf")
	ResponseEntity<byte[]> registerPdf(@PathVariable String code, @AuthenticationPrincipal Account account) {
		return PdfDownload.of("register-" + code + ".pdf",
				this.registers.of(code, account).orElseThrow(() -> new PageNotFoundException()));
	}

	private static AgreementQuery query(Map<String, String> filters, int size) {
		int page = 0;
		try {
			page = Math.min(AgreementQuery.LAST_PAGE, Math.max(0, Integer.parseInt(filters.getOrDefault("page", "0"))));
		}
		catch (NumberFormatException ex) {
			// a page number that is not one shows the first page
		}
		return new AgreementQuery(DraftForm.parse(AgreementState.class, filters.get("state")),
				blankToNull(filters.get("authority")), blankToNull(filters.get("wilaya")),
				blankToNull(filters.get("country")), DraftForm.parse(Jurisdiction.class, filters.get("jurisdiction")),
				DraftForm.parse(CooperationField.class, filters.get("field")),
				DraftForm.parse(Instrument.class, filters.get("instrument")), year(filters.get("year")),
				truncated(filters.get("q")), page, size);
	}

	/** The year asked for; none when what was asked is not a year of the register. */
	private static Integer year(String text) {
		try {
			int year = Integer.parseInt(String.valueOf(text).strip());
			return (year >= FIRST_YEAR && year <= LAST_YEAR) ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** What a search box sent, cut at the 200 characters any search reads. */
	static String truncated(String text) {
		return (text == null) ? null : text.substring(0, Math.min(text.length(), 200));
	}

}
