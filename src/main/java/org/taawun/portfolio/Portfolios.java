package org.taawun.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.taawun.agreement.HistoricAgreements;
import org.taawun.agreement.RecordedActivities;
import org.taawun.agreement.RecordedActivity;
import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.Networks;

/**
 * Brings in the portfolio an authority or a ministry already has: agreements at the state
 * they are in, with their visits and projects, projects outside any agreement, and
 * memberships of networks of cities. An import is checked whole first; then it is written
 * all at once or not at all, and importing the same files again changes nothing.
 */
@Service
public class Portfolios {

	private final PortfolioCheck check;

	private final HistoricAgreements historic;

	private final RecordedActivities activities;

	private final Networks networks;

	private final ImportLog log;

	private final LocalAuthorities authorities;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Portfolios(PortfolioCheck check, HistoricAgreements historic, RecordedActivities activities, Networks networks,
			ImportLog log, LocalAuthorities authorities, Clock clock, PlatformTransactionManager transactions) {
		this.check = check;
		this.historic = historic;
		this.activities = activities;
		this.networks = networks;
		this.log = log;
		this.authorities = authorities;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * What importing the files would do, writing nothing.
	 * @throws PortfolioRefusedException with every problem of the files, in the locale's
	 * language
	 * @throws AccessDeniedException unless the account may import for some authority
	 */
	public ImportReport dryRun(List<Upload> files, Account account, Locale locale) {
		Plan plan = this.check.plan(files, importer(account), locale);
		return new LineOutcomes(plan, this.historic).report(true, Map.of());
	}

	/**
	 * Imports the files, all or nothing.
	 * @param progress told how many of the lines are written, as they are
	 * @throws PortfolioRefusedException with every problem of the files, nothing written
	 * @throws AccessDeniedException unless the account may import for some authority
	 */
	public ImportReport run(List<Upload> files, Account account, Locale locale, Progress progress) {
		Importer importer = importer(account);
		return this.transaction.execute((status) -> {
			Plan plan = this.check.plan(files, importer, locale);
			progress.started(plan.size());
			LineOutcomes outcomes = new LineOutcomes(plan, this.historic);
			List<HistoricAgreements.BroughtIn> agreements = this.historic.bringIn(plan.agreements()
				.stream()
				.map((line) -> new HistoricAgreements.Incoming(line.record(), plan.earlierOf(line)))
				.toList(), account, progress::done);
			Map<String, HistoricAgreements.BroughtIn> brought = new HashMap<>();
			for (int i = 0; i < agreements.size(); i++) {
				brought.put(LineOutcomes.key(plan.agreements().get(i)), agreements.get(i));
			}
			int done = agreements.size();
			List<RecordedActivity> created = new ArrayList<>();
			for (EventSheet.Line line : plan.events()) {
				HistoricAgreements.BroughtIn in = (line.agreementKey() != null)
						? brought.get(line.activity().localAuthority() + "/" + line.agreementKey()) : null;
				RecordedActivity activity = outcomes.withAgreement(line, (in != null) ? in.agreement() : null);
				Optional<RecordedActivity> earlier = outcomes.earlierActivity(activity);
				if (earlier.isEmpty()) {
					created.add(activity);
				}
				else if (!earlier.get().withoutId().equals(activity)) {
					this.activities.update(activity, earlier.get());
				}
				progress.done(++done);
			}
			this.activities.recordAll(created);
			for (MembershipSheet.Line line : plan.memberships()) {
				if (outcomes.of(line) != ImportReport.Outcome.UNCHANGED) {
					this.networks.save(line.membership());
				}
				progress.done(++done);
			}
			ImportReport written = outcomes.report(false, brought);
			long id = this.log.record(written, account.userId(), this.clock.instant(), outcomes.authorities());
			return new ImportReport(id, false, written.fingerprint(), written.sheets());
		});
	}

	/**
	 * Whether the account imports for some authority: a secretariat for its own, the
	 * Algerian Ministry of the Interior for Algerian authorities, an administrator for
	 * all.
	 */
	public static boolean mayImport(Account account) {
		return Importer.mayImport(account);
	}

	/** The imports the account made or may see, newest first. */
	public List<PastImport> recent(Account account) {
		return this.log.recent(account, 20);
	}

	private Importer importer(Account account) {
		Importer importer = new Importer(account, LocalDate.now(this.clock), this.authorities::find);
		if (!mayImport(account)) {
			throw new AccessDeniedException(account.userId() + " imports for no authority");
		}
		return importer;
	}

	/** Told how far an import has gone. */
	public interface Progress {

		Progress NONE = new Progress() {
		};

		/** The import has this many lines to write. */
		default void started(int lines) {
		}

		/** This many lines are written. */
		default void done(int lines) {
		}

	}

}
