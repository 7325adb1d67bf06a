package org.taawun.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.taawun.law.LegalDates;
import org.taawun.party.BilingualName;

/**
 * A country's evaluation campaign of a year as its ministry prints it, Arabic first and
 * French beside it: the agreements active, the reports written, the visits, projects and
 * donations of the year, the planned budgets by partner country and by field, and how
 * each authority reported. Made on demand; not an issued document.
 */
@Service
public class CampaignResultPdf {

	private final Issuers issuers;

	private final DocumentModels models;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final Clock clock;

	CampaignResultPdf(Issuers issuers, DocumentModels models, ITemplateEngine templates, PdfRenderer renderer,
			Clock clock) {
		this.issuers = issuers;
		this.models = models;
		this.templates = templates;
		this.renderer = renderer;
		this.clock = clock;
	}

	/** The campaign's result, made now. */
	public byte[] of(CampaignResult result) {
		LocalDate today = LocalDate.now(this.clock);
		Context model = this.models.letterhead(this.issuers.inventoryKeeper(result.country()), result.country(),
				"document.CAMPAIGN_RESULT", "EVA-" + result.country() + "-" + result.year(), today);
		model.setVariable("fingerprint", "");
		model.setVariable("result", result);
		model.setVariable("dueAr", this.models.arabic(result.due(), result.country()));
		model.setVariable("dueFr", LegalDates.french(result.due()));
		model.setVariable("byCountry", sums(result.byPartnerCountry(), DocumentModels::country));
		model.setVariable("byField", sums(result.byField(), (field) -> this.models.bilingual("field." + field)));
		return this.renderer.render(this.templates.process("documents/campaign-result", model));
	}

	private List<Sum> sums(List<CampaignResult.Money> money, Function<String, BilingualName> naming) {
		return money.stream()
			.map((sum) -> new Sum(naming.apply(sum.key()), written(sum.amount(), sum.currency())))
			.toList();
	}

	/**
	 * A sum of money as documents write it, in either language: French digit groups, two
	 * decimals, its currency's code ("80 000,00 MAD").
	 */
	public static String written(BigDecimal amount, String currency) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
		symbols.setGroupingSeparator(' ');
		return new DecimalFormat("#,##0.00", symbols).format(amount) + " " + currency;
	}

	/** A sum of money named in both languages, written with its currency. */
	public record Sum(BilingualName name, String amount) {
	}

}
