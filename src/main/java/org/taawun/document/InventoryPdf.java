package org.taawun.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementQuery;
import org.taawun.agreement.PageOf;
import org.taawun.agreement.Register;
import org.taawun.agreement.RegisterStatistics;
import org.taawun.identity.Account;
import org.taawun.party.BilingualName;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;

/**
 * A country's national inventory of agreements as its ministry prints it: on the
 * ministry's letterhead, Arabic first and French beside it, the filters it was drawn
 * with, the counts by wilaya or governorate, partner country, field, instrument, state
 * and year of signature, and the agreements themselves. Made on demand; not an issued
 * document.
 */
@Service
public class InventoryPdf {

	/**
	 * The agreements an inventory lists one by one; beyond, it counts them and the
	 * spreadsheet lists them all.
	 */
	public static final int LISTED = 1000;

	private final Register register;

	private final LocalAuthorities authorities;

	private final Issuers issuers;

	private final DocumentModels models;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final Clock clock;

	InventoryPdf(Register register, LocalAuthorities authorities, Issuers issuers, DocumentModels models,
			ITemplateEngine templates, PdfRenderer renderer, Clock clock) {
		this.register = register;
		this.authorities = authorities;
		this.issuers = issuers;
		this.models = models;
		this.templates = templates;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * The inventory of the query's country as filtered, made now; empty when the query
	 * names no country whose inventory the viewer reads.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> of(AgreementQuery query, Account viewer) {
		Jurisdiction country = query.jurisdiction();
		if (country == null || !viewer.inventoryCountries().contains(country)) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		Context model = this.models.letterhead(this.issuers.inventoryKeeper(country), country, "document.INVENTORY",
				"INV-" + country + "-" + today, today);
		model.setVariable("fingerprint", "");
		Optional<RegisterStatistics> statistics = this.register.statistics(query, viewer);
		RegisterStatistics counted = statistics.orElseGet(RegisterStatistics::none);
		PageOf<Agreement> listed = this.register.search(query.first(LISTED), viewer);
		Map<String, LocalAuthority.Province> provinces = this.authorities.provinces(List.of(country));
		long total = statistics.isPresent() ? counted.total() : listed.total();
		model.setVariable("total", total);
		model.setVariable("totalMore", statistics.isEmpty() && listed.more());
		model.setVariable("criteria", criteria(query, provinces));
		model.setVariable("counted", statistics.isPresent());
		model.setVariable("counts", List.of(
				counts("inventory.by-province." + country, counted.byProvince(),
						(code) -> provinces.containsKey(code) ? provinces.get(code).name()
								: new BilingualName(code, code)),
				counts("inventory.by-country", counted.byCountry(), DocumentModels::country),
				counts("inventory.by-field", counted.byField(), (field) -> this.models.bilingual("field." + field)),
				counts("inventory.by-instrument", counted.byInstrument(),
						(it) -> this.models.bilingual("instrument." + it)),
				counts("inventory.by-state", counted.byState(), (state) -> this.models.bilingual("state." + state)),
				counts("inventory.by-year", counted.byYear(), (year) -> new BilingualName("" + year, "" + year))));
		Map<String, LocalAuthority> named = this.authorities
			.named(listed.items().stream().map(Agreement::localAuthority).distinct().toList());
		model.setVariable("lines",
				listed.items()
					.stream()
					.map((agreement) -> new Line(this.models.registerRow(agreement, List.of()),
							named.get(agreement.localAuthority())))
					.toList());
		model.setVariable("more", total > LISTED || listed.more());
		model.setVariable("listed", LISTED);
		return Optional.of(this.renderer.render(this.templates.process("documents/inventory", model)));
	}

	/** The filters the inventory was drawn with, named in both languages. */
	private List<Criterion> criteria(AgreementQuery query, Map<String, LocalAuthority.Province> provinces) {
		List<Criterion> criteria = new ArrayList<>();
		if (query.province() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.province"),
					provinces.containsKey(query.province()) ? provinces.get(query.province()).name()
							: new BilingualName(query.province(), query.province())));
		}
		if (query.localAuthority() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.authority"),
					this.authorities.find(query.localAuthority())
						.map(LocalAuthority::name)
						.orElse(new BilingualName(query.localAuthority(), query.localAuthority()))));
		}
		if (query.country() != null) {
			criteria
				.add(new Criterion(this.models.bilingual("register.country"), DocumentModels.country(query.country())));
		}
		if (query.field() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.field"),
					this.models.bilingual("field." + query.field())));
		}
		if (query.instrument() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.instrument"),
					this.models.bilingual("instrument." + query.instrument())));
		}
		if (query.state() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.state"),
					this.models.bilingual("state." + query.state())));
		}
		if (query.year() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.year"),
					new BilingualName("" + query.year(), "" + query.year())));
		}
		if (query.text() != null) {
			criteria.add(new Criterion(this.models.bilingual("register.text"),
					new BilingualName(query.text(), query.text())));
		}
		return criteria;
	}

	private <K> Counts counts(String titleKey, Map<K, Long> counts, Function<K, BilingualName> naming) {
		return new Counts(this.models.bilingual(titleKey),
				counts.entrySet()
					.stream()
					.map((entry) -> new Count(naming.apply(entry.getKey()), entry.getValue()))
					.toList());
	}

	/** A filter and the value it was drawn with. */
	public record Criterion(BilingualName filter, BilingualName value) {
	}

	/** The counts by one filter, from the largest down (years from the latest). */
	public record Counts(BilingualName title, List<Count> counts) {
	}

	/** How many agreements have one value of a filter. */
	public record Count(BilingualName name, long count) {
	}

	/** An agreement of the inventory, with its authority. */
	public record Line(RegisterPdf.Row row, LocalAuthority authority) {
	}

}
