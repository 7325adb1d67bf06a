package org.taawun.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;

/**
 * Brings in the agreements an authority or a ministry already had: each enters the
 * register at the state it is in, numbered in the year of its first act, and its
 * lifecycle goes on from there. Nothing of what happened before is done again: no
 * document issued, no mail sent, no deadline that passed fires.
 */
@Service
public class HistoricAgreements {

	/** Keys looked up at once. */
	private static final int KEYS_PER_QUERY = 1_000;

	/**
	 * Lifecycles started in one engine command: the engine writes what they create in
	 * batches when the command ends, instead of a few round trips per agreement.
	 */
	private static final int STARTED_AT_ONCE = 500;

	private final HistoricRecords records;

	private final AgreementRepository repository;

	private final ReferenceNumbers references;

	private final AgreementProcess process;

	private final Clock clock;

	private final Agreements agreements;

	HistoricAgreements(HistoricRecords records, AgreementRepository repository, ReferenceNumbers references,
			AgreementProcess process, Clock clock, Agreements agreements) {
		this.agreements = agreements;
		this.records = records;
		this.repository = repository;
		this.references = references;
		this.process = process;
		this.clock = clock;
	}

	/** The agreements of the authority brought in earlier under those keys, by key. */
	@Transactional(readOnly = true)
	public Map<String, Agreement> byKeys(String authority, Collection<String> keys) {
		Map<String, Agreement> found = new HashMap<>();
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			found
				.putAll(this.records.byKeys(authority, all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))));
		}
		return found;
	}

	/**
	 * The authorities whose agreements earlier imports brought in under those keys, by
	 * key.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<String>> authoritiesByKey(Collection<String> keys) {
		Map<String, List<String>> found = new HashMap<>();
		List<String> all = new ArrayList<>(keys);
		for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
			found.putAll(this.records.authoritiesByKey(all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY))));
		}
		return found;
	}

	/**
	 * Whether the record gives the state the agreement was brought in at: an import of
	 * the same line, whatever happened to the agreement since in Taawun.
	 */
	@Transactional(readOnly = true)
	public boolean givesTheStateBroughtIn(HistoricAgreement record, Agreement earlier) {
		return record.enteredState() == this.records.provenance(earlier.id()).importedState();
	}

	/** Where an agreement the viewer may see came from, and what its record says. */
	@Transactional(readOnly = true)
	public Optional<Provenance> provenance(long id, Account viewer) {
		return this.agreements.visible(id, viewer).map((agreement) -> this.records.provenance(id));
	}

	/** Whether the register already says what the record says of the agreement. */
	@Transactional(readOnly = true)
	public boolean saysTheSame(HistoricAgreement record, Agreement earlier) {
		return sameAs(record, earlier);
	}

	/**
	 * Brings the records in, or updates the agreements earlier imports brought in under
	 * their keys; new agreements' lifecycles start a few hundred at a time, so that the
	 * engine writes them in batches. The importer's right to do so, and that each
	 * record's state is the one its agreement is in, are the importer's to check first.
	 * @param broughtSoFar told how many of the records are in, as they are
	 * @return what bringing each record in did, in the records' order
	 */
	@Transactional
	public List<BroughtIn> bringIn(List<Incoming> incoming, Account importer, IntConsumer broughtSoFar) {
		List<BroughtIn> brought = new ArrayList<>(incoming.size());
		for (int from = 0; from < incoming.size(); from += STARTED_AT_ONCE) {
			brought.addAll(round(incoming.subList(from, Math.min(incoming.size(), from + STARTED_AT_ONCE)), importer));
			broughtSoFar.accept(brought.size());
		}
		return brought;
	}

	private List<BroughtIn> round(List<Incoming> incoming, Account importer) {
		Instant now = this.clock.instant();
		BroughtIn[] brought = new BroughtIn[incoming.size()];
		Map<String, Integer> created = new HashMap<>();
		for (int i = 0; i < brought.length; i++) {
			Incoming in = incoming.get(i);
			if (in.earlier() != null) {
				brought[i] = again(in.record(), in.earlier(), importer, now);
			}
			else {
				created.put(create(in.record(), importer, now), i);
			}
		}
		Map<Agreement, HistoricAgreement> arrived = new LinkedHashMap<>();
		for (AgreementRepository.Versioned row : this.repository.findByReferences(created.keySet())) {
			int i = created.get(row.agreement().reference());
			brought[i] = new BroughtIn(row.agreement(), Outcome.CREATED);
			arrived.put(row.agreement(), incoming.get(i).record());
		}
		this.repository.attachProcesses(this.process.resume(arrived));
		return List.of(brought);
	}

	private BroughtIn again(HistoricAgreement record, Agreement earlier, Account importer, Instant now) {
		if (sameAs(record, earlier)) {
			return new BroughtIn(earlier, Outcome.UNCHANGED);
		}
		this.records.update(earlier.id(), record, now);
		this.repository.recordEvent(earlier.id(), now, importer.userId(), TimelineEntry.Kind.IMPORTED_AGAIN,
				earlier.state().name());
		return new BroughtIn(this.repository.find(earlier.id()).orElseThrow().agreement(), Outcome.UPDATED);
	}

	/** Writes the new agreement's row; its reference. */
	private String create(HistoricAgreement record, Account importer, Instant now) {
		LocalDate firstAct = record.dates().firstAct();
		int year = (firstAct != null) ? firstAct.getYear() : now.atZone(this.clock.getZone()).getYear();
		String reference = this.references.next(record.draft().localAuthority(), year);
		long id = this.records.insert(reference, record, importer.userId(), now);
		this.repository.recordEvent(id, now, importer.userId(), TimelineEntry.Kind.IMPORTED,
				record.enteredState().name());
		// a ministry that brings in its inventory holds the files it brought in
		importer.reviewerGroups().forEach((group) -> this.repository.recordReferral(id, group, now));
		return reference;
	}

	/** Whether the register already says what the record says. */
	private boolean sameAs(HistoricAgreement record, Agreement agreement) {
		DraftAgreement draft = record.draft();
		HistoricAgreement.Dates dates = record.dates();
		Agreement.KeyDates known = agreement.dates();
		Provenance provenance = this.records.provenance(agreement.id());
		return draft.instrument() == agreement.instrument() && draft.titleAr().equals(agreement.titles().ar())
				&& draft.titleFr().equals(agreement.titles().fr()) && draft.partner().equals(agreement.partner())
				&& draft.fields().equals(agreement.fields()) && Objects.equals(dates.referral(), known.referral())
				&& Objects.equals(dates.deliberation(), known.deliberation())
				&& Objects.equals(dates.approval(), known.approval())
				&& Objects.equals(dates.signature(), known.signature())
				&& Objects.equals(dates.entryIntoForce(), known.entryIntoForce())
				&& Objects.equals(dates.end(), known.end()) && record.renewal() == provenance.renewal()
				&& Objects.equals(record.notes(), provenance.notes());
	}

	/** What bringing a record in did. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * A record to bring in.
	 *
	 * @param earlier the agreement an earlier import brought in under the record's key,
	 * or null
	 */
	public record Incoming(HistoricAgreement record, Agreement earlier) {
	}

	/** The agreement a record brought in, and what it did to it. */
	public record BroughtIn(Agreement agreement, Outcome outcome) {
	}

}
