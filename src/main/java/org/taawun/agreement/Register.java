package org.taawun.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;

/**
 * The register as lists: the agreements a viewer may see, searched and counted, and the
 * register (كشف) of an authority.
 */
// named apart from the models' ${register...}, the steps the processes record
@Service("agreementRegister")
public class Register {

	private final RegisterQueries queries;

	private final LocalAuthorities authorities;

	private final Visibilities visibilities;

	private final RegisterCounts counts;

	Register(RegisterQueries queries, RegisterCounts counts, LocalAuthorities authorities, Visibilities visibilities) {
		this.queries = queries;
		this.counts = counts;
		this.authorities = authorities;
		this.visibilities = visibilities;
	}

	/** The agreements the viewer may see that match the query. */

	@Transactional(readOnly = true)
	public PageOf<Agreement> search(AgreementQuery query, Account viewer) {
		Visibility visibility = Visibility.of(viewer);
		if (visibility.isEmpty()) {
			return new PageOf<>(List.of(), query.page(), query.size(), 0, false);
		}
		return this.queries.search(query, visibility);
	}

	/** The agreements the viewer may see, counted by each filter. */
	@Transactional(readOnly = true)
	public RegisterStatistics statistics(Account viewer) {
		return statistics(AgreementQuery.all(0, 1), viewer).orElseGet(RegisterStatistics::none);
	}

	/**
	 * The agreements the viewer may see that match the query (its page aside), counted by
	 * each filter; none when words found in more than {@link PageOf#COUNT_LIMIT} of a
	 * country's agreements would make that a long count.
	 */
	@Transactional(readOnly = true)
	public Optional<RegisterStatistics> statistics(AgreementQuery query, Account viewer) {
		Visibility visibility = Visibility.of(viewer);
		return visibility.isEmpty() ? Optional.of(RegisterStatistics.none())
				: this.counts.statistics(query, visibility);
	}

	/**
	 * Every agreement of an authority, oldest first: its register, for those who may see
	 * the authority's files; empty when the viewer may not.
	 */
	@Transactional(readOnly = true)
	public Optional<List<Agreement>> registerOf(String authorityCode, Account viewer) {
		return this.authorities.find(authorityCode).flatMap((authority) -> {
			if (this.visibilities.maySee(viewer, authority)) {
				return Optional.of(this.queries.ofAuthority(authorityCode));
			}
			// a ministry's register of the authority: the files referred to it
			List<Agreement> referred = this.queries.ofAuthorityReferredTo(authorityCode, viewer.reviewerGroups());
			return referred.isEmpty() ? Optional.empty() : Optional.of(referred);
		});
	}

}
