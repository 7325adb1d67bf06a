package org.taawun.portfolio;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.HistoricAgreements;
import org.taawun.agreement.RecordedActivities;
import org.taawun.law.LegalDates;
import org.taawun.party.Networks;

/**
 * Reads a portfolio and checks every line of it, against the other lines and against what
 * earlier imports brought in; says every problem at once, in the user's language.
 */
@Component
class PortfolioCheck {

	private final HistoricAgreements historic;

	private final RecordedActivities activities;

	private final Networks networks;

	private final MessageSource messages;

	PortfolioCheck(HistoricAgreements historic, RecordedActivities activities, Networks networks,
			MessageSource messages) {
		this.historic = historic;
		this.activities = activities;
		this.networks = networks;
		this.messages = messages;
	}

	/**
	 * The plan of the import.
	 * @throws PortfolioRefusedException with every problem found, in the locale's
	 * language
	 */
	Plan plan(List<Upload> files, Importer importer, Locale locale) {
		Problems problems = new Problems();
		var tables = Spreadsheets.read(files, problems);
		tables.values().removeIf((table) -> !Headers.check(table, problems));
		List<AgreementSheet.Line> agreements = tables.containsKey(SheetKind.AGREEMENTS)
				? AgreementSheet.read(tables.get(SheetKind.AGREEMENTS), importer, problems) : List.of();
		Map<String, Map<String, Agreement>> earlier = earlier(agreements, problems);
		List<EventSheet.Line> events = tables.containsKey(SheetKind.EVENTS)
				? EventSheet.read(tables.get(SheetKind.EVENTS), importer, keys(agreements, importer), problems)
				: List.of();
		List<MembershipSheet.Line> memberships = tables.containsKey(SheetKind.MEMBERSHIPS)
				? MembershipSheet.read(tables.get(SheetKind.MEMBERSHIPS), importer, problems) : List.of();
		if (!problems.isEmpty()) {
			throw new PortfolioRefusedException(localised(problems, locale));
		}
		Set<String> authorities = new HashSet<>();
		events.forEach((line) -> authorities.add(line.activity().localAuthority()));
		var activities = authorities.stream().collect(Collectors.toMap((code) -> code, this.activities::ofAuthority));
		var held = this.networks
			.ofAuthorities(memberships.stream().map((line) -> line.membership().localAuthority()).toList());
		return new Plan(fingerprint(files), agreements, earlier, events, activities, memberships, held);
	}

	/**
	 * The agreements brought in before under the keys of the file; a line that changes
	 * the state an agreement was brought in at is a problem: the agreement lives in
	 * Taawun now, where its state moves through its tasks.
	 */
	private Map<String, Map<String, Agreement>> earlier(List<AgreementSheet.Line> lines, Problems problems) {
		Map<String, List<AgreementSheet.Line>> byAuthority = lines.stream()
			.collect(Collectors.groupingBy((line) -> line.record().draft().localAuthority()));
		Map<String, Map<String, Agreement>> earlier = new HashMap<>();
		byAuthority.forEach((authority, ofAuthority) -> {
			Map<String, Agreement> found = this.historic.byKeys(authority,
					ofAuthority.stream().map((line) -> line.record().key()).toList());
			earlier.put(authority, found);
			for (AgreementSheet.Line line : ofAuthority) {
				Agreement agreement = found.get(line.record().key());
				if (agreement != null && !this.historic.givesTheStateBroughtIn(line.record(), agreement)) {
					problems.add(SheetKind.AGREEMENTS, line.number(), "state", "import.state-changed",
							line.record().key(), agreement.reference(), agreement.state().name());
				}
			}
		});
		return earlier;
	}

	/**
	 * Where an event's agreement key leads: the file's agreements, then earlier imports.
	 */
	private EventSheet.AgreementKeys keys(List<AgreementSheet.Line> agreements, Importer importer) {
		Map<String, Set<String>> inFile = new HashMap<>();
		agreements.forEach((line) -> inFile.computeIfAbsent(line.record().key(), (key) -> new LinkedHashSet<>())
			.add(line.record().draft().localAuthority()));
		Map<String, List<String>> before = new HashMap<>();
		return (key) -> {
			Set<String> authorities = new LinkedHashSet<>(inFile.getOrDefault(key, Set.of()));
			if (authorities.isEmpty()) {
				authorities.addAll(before.computeIfAbsent(key,
						(wanted) -> this.historic.authoritiesByKey(List.of(wanted)).getOrDefault(wanted, List.of())));
			}
			return authorities.stream()
				.filter((code) -> importer.authority(code).map(importer::mayImportFor).orElse(false))
				.toList();
		};
	}

	private List<ImportProblem> localised(Problems problems, Locale locale) {
		List<ImportProblem> localised = new ArrayList<>();
		for (Problems.Problem problem : problems.all()) {
			Object[] arguments = Arrays.stream(problem.arguments())
				.map((argument) -> (argument instanceof LocalDate date) ? LegalDates.format(date, locale) : argument)
				.toArray();
			localised.add(new ImportProblem(problem.sheet(), problem.line(), problem.column(),
					this.messages.getMessage(problem.key(), arguments, problem.key(), locale)));
		}
		return localised;
	}

	static String fingerprint(List<Upload> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((file) -> digest.update(file.content()));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
