package org.taawun.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.HistoricAgreements;
import org.taawun.agreement.RecordedActivity;
import org.taawun.party.NetworkMembership;

/**
 * What each line of a plan does: creates what it describes, updates it, or finds it as it
 * was; and the report that says so, sheet by sheet.
 */
final class LineOutcomes {

	private final Plan plan;

	private final HistoricAgreements historic;

	private final Map<String, RecordedActivity> earlierActivities = new HashMap<>();

	LineOutcomes(Plan plan, HistoricAgreements historic) {
		this.plan = plan;
		this.historic = historic;
		plan.activities().values().forEach((list) -> list.forEach((a) -> this.earlierActivities.put(key(a), a)));
	}

	RecordedActivity withAgreement(EventSheet.Line line, Agreement agreement) {
		RecordedActivity a = line.activity();
		return new RecordedActivity(null, (agreement != null) ? agreement.id() : null, a.localAuthority(),
				a.partnerName(), a.partnerKind(), a.kind(), a.title(), a.from(), a.to(), a.status(), a.fundedBy(),
				a.notes());
	}

	Optional<RecordedActivity> earlierActivity(RecordedActivity activity) {
		return Optional.ofNullable(this.earlierActivities.get(key(activity)));
	}

	ImportReport.Outcome of(MembershipSheet.Line line) {
		NetworkMembership membership = line.membership();
		return this.plan.heldMemberships()
			.getOrDefault(membership.localAuthority(), List.of())
			.stream()
			.filter((held) -> held.network().equals(membership.network()))
			.findFirst()
			.map((held) -> held.saysTheSameAs(membership) ? ImportReport.Outcome.UNCHANGED
					: ImportReport.Outcome.UPDATED)
			.orElse(ImportReport.Outcome.CREATED);
	}

	List<String> authorities() {
		Set<String> codes = new TreeSet<>();
		this.plan.agreements().forEach((line) -> codes.add(line.record().draft().localAuthority()));
		this.plan.events().forEach((line) -> codes.add(line.activity().localAuthority()));
		this.plan.memberships().forEach((line) -> codes.add(line.membership().localAuthority()));
		return List.copyOf(codes);
	}

	/**
	 * @param brought the agreements the import brought in, by authority and key; none for
	 * a dry run
	 */
	ImportReport report(boolean dryRun, Map<String, HistoricAgreements.BroughtIn> brought) {
		List<ImportReport.Line> agreements = new ArrayList<>();
		for (AgreementSheet.Line line : this.plan.agreements()) {
			HistoricAgreements.BroughtIn in = brought.get(key(line));
			Agreement earlier = this.plan.earlierOf(line);
			ImportReport.Outcome outcome = (in != null) ? outcome(in.outcome())
					: (earlier == null) ? ImportReport.Outcome.CREATED
							: this.historic.saysTheSame(line.record(), earlier) ? ImportReport.Outcome.UNCHANGED
									: ImportReport.Outcome.UPDATED;
			Agreement known = (in != null) ? in.agreement() : earlier;
			agreements.add(new ImportReport.Line(line.number(), line.record().key(), outcome,
					(known != null) ? known.reference() : null));
		}
		List<ImportReport.Line> events = new ArrayList<>();
		for (EventSheet.Line line : this.plan.events()) {
			Agreement agreement = (line.agreementKey() != null) ? this.plan.earlier()
				.getOrDefault(line.activity().localAuthority(), Map.of())
				.get(line.agreementKey()) : null;
			RecordedActivity activity = withAgreement(line, agreement);
			ImportReport.Outcome outcome = (line.agreementKey() != null && agreement == null)
					? ImportReport.Outcome.CREATED
					: earlierActivity(activity).map((earlier) -> earlier.withoutId().equals(activity)
							? ImportReport.Outcome.UNCHANGED : ImportReport.Outcome.UPDATED)
						.orElse(ImportReport.Outcome.CREATED);
			events.add(new ImportReport.Line(line.number(), line.activity().title(), outcome,
					(agreement != null) ? agreement.reference() : null));
		}
		List<ImportReport.Line> memberships = this.plan.memberships()
			.stream()
			.map((line) -> new ImportReport.Line(line.number(), line.membership().network(), of(line), null))
			.toList();
		return new ImportReport(null, dryRun, this.plan.fingerprint(), List.of(sheet(SheetKind.AGREEMENTS, agreements),
				sheet(SheetKind.EVENTS, events), sheet(SheetKind.MEMBERSHIPS, memberships)));
	}

	private static ImportReport.Sheet sheet(SheetKind kind, List<ImportReport.Line> lines) {
		return new ImportReport.Sheet(kind.sheetName(), count(lines, ImportReport.Outcome.CREATED),
				count(lines, ImportReport.Outcome.UPDATED), count(lines, ImportReport.Outcome.UNCHANGED), lines);
	}

	private static int count(List<ImportReport.Line> lines, ImportReport.Outcome outcome) {
		return (int) lines.stream().filter((line) -> line.outcome() == outcome).count();
	}

	private static ImportReport.Outcome outcome(HistoricAgreements.Outcome outcome) {
		return ImportReport.Outcome.valueOf(outcome.name());
	}

	private static String key(RecordedActivity a) {
		return a.agreementId() + "|" + a.localAuthority() + "|" + a.partnerName() + "|" + a.kind() + "|" + a.title()
				+ "|" + a.from();
	}

	/** An agreement line's authority and key, which together name its agreement. */
	static String key(AgreementSheet.Line line) {
		return line.record().draft().localAuthority() + "/" + line.record().key();
	}

}
