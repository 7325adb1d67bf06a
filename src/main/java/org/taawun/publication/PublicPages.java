package org.taawun.publication;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.PublicRegister;
import org.taawun.lessons.Lessons;
import org.taawun.party.Jurisdiction;

/**
 * The open register, for anyone without an account: the agreements in force and those
 * that ended, filtered and searched, a map of partners by country, and the open data.
 * Read-only: nothing here changes anything.
 */
@Controller
class PublicPages {

	private static final int PAGE_SIZE = 25;

	/** The latest lessons the page shows of those authorities published. */
	private static final int LESSONS = 10;

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final PublicRegister register;

	private final OpenData openData;

	private final WorldMap map;

	private final MessageSource messages;

	private final Lessons lessons;

	PublicPages(PublicRegister register, OpenData openData, WorldMap map, MessageSource messages, Lessons lessons) {
		this.lessons = lessons;
		this.register = register;
		this.openData = openData;
		this.map = map;
		this.messages = messages;
	}

	@GetMapping("/public")
	String register(@RequestParam Map<String, String> params, Locale locale, Model model) {
		PublicRegister.Filters filters = new PublicRegister.Filters(code(params.get("country"), 2),
				code(params.get("jurisdiction"), 2), code(params.get("field"), 40), ended(params.get("state")),
				text(params.get("q")));
		int page = page(params.get("page"));
		model.addAttribute("filters", filters);
		model.addAttribute("state", params.getOrDefault("state", ""));
		model.addAttribute("found", this.register.search(filters, page, PAGE_SIZE));
		Map<String, Long> byCountry = this.register.byCountry();
		model.addAttribute("byCountry", byCountry);
		model.addAttribute("map",
				this.map.svg(byCountry, locale, this.messages.getMessage("public.map.title", null, locale)));
		model.addAttribute("fieldChoices", CooperationField.values());
		model.addAttribute("jurisdictions", Jurisdiction.values());
		model.addAttribute("lessons", this.lessons.published(LESSONS));
		return "public/register";
	}

	@GetMapping("/public/agreements.csv")
	ResponseEntity<byte[]> csv(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seen) {
		OpenData.Export export = this.openData.now();
		return cached(export, seen).contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"agreements.csv\"")
			.body(export.csv());
	}

	@GetMapping("/public/agreements.json")
	ResponseEntity<byte[]> json(@RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String seen) {
		OpenData.Export export = this.openData.now();
		return cached(export, seen).contentType(MediaType.APPLICATION_JSON).body(export.json());
	}

	@GetMapping("/public/agreements.schema.json")
	ResponseEntity<byte[]> schema() throws java.io.IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("application/schema+json"))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(1)).cachePublic())
			.body(new ClassPathResource("publication/agreements.schema.json").getContentAsByteArray());
	}

	/** The export, or 304 when the client holds this version already. */
	private static ResponseEntity.BodyBuilder cached(OpenData.Export export, String seen) {
		if (export.etag().equals(seen)) {
			return ResponseEntity.status(304).eTag(export.etag());
		}
		return ResponseEntity.ok().eTag(export.etag()).cacheControl(CacheControl.noCache().cachePublic());
	}

	/** A code as codes are written (letters, digits, underscores), else no filter. */
	private static String code(String value, int length) {
		return (value != null && value.matches("[A-Za-z0-9_]{1," + length + "}")) ? value.toUpperCase(Locale.ROOT)
				: null;
	}

	private static Boolean ended(String state) {
		return "ended".equals(state) ? Boolean.TRUE : "in-force".equals(state) ? Boolean.FALSE : null;
	}

	private static String text(String words) {
		return (words == null || words.isBlank()) ? null
				: words.strip().substring(0, Math.min(200, words.strip().length()));
	}

	private static int page(String page) {
		return (page != null && page.matches("\\d{1,4}")) ? Integer.parseInt(page) : 0;
	}

}
