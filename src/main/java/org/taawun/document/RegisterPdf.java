package org.taawun.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.taawun.agreement.Agreement;
import org.taawun.agreement.AgreementState;
import org.taawun.agreement.RecordedActivities;
import org.taawun.agreement.RecordedActivity;
import org.taawun.agreement.Register;
import org.taawun.identity.Account;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.party.Networks;

/**
 * The register (كشف) of an authority, as municipalities keep it: Arabic first, French
 * beside it; its agreements with their visits and projects and what became of them, its
 * drafts not signed (those referred among them), and its networks and its work with
 * organisations outside any agreement. Made on demand; not an issued document.
 */
@Service
public class RegisterPdf {

	/** The states of an agreement its parties signed: the register's first section. */
	private static final Set<AgreementState> SIGNED = EnumSet.of(AgreementState.SIGNED, AgreementState.IN_FORCE,
			AgreementState.SUSPENDED, AgreementState.RENEWED, AgreementState.EXPIRED, AgreementState.TERMINATED);

	private final Register register;

	private final LocalAuthorities authorities;

	private final RecordedActivities activities;

	private final Networks networks;

	private final ITemplateEngine templates;

	private final PdfRenderer renderer;

	private final DocumentModels models;

	private final Clock clock;

	RegisterPdf(Register register, LocalAuthorities authorities, RecordedActivities activities, Networks networks,
			ITemplateEngine templates, PdfRenderer renderer, DocumentModels models, Clock clock) {
		this.register = register;
		this.authorities = authorities;
		this.activities = activities;
		this.networks = networks;
		this.templates = templates;
		this.renderer = renderer;
		this.models = models;
		this.clock = clock;
	}

	/** The register of the authority, made now; empty when the viewer may not see it. */
	@Transactional(readOnly = true)
	public Optional<byte[]> of(String authorityCode, Account viewer) {
		return this.register.registerOf(authorityCode, viewer).map((agreements) -> {
			LocalAuthority authority = this.authorities.find(authorityCode).orElseThrow();
			LocalDate today = LocalDate.now(this.clock);
			Context model = this.models.letterhead(authority, "document.REGISTER",
					"REG-" + authorityCode.toUpperCase(Locale.ROOT) + "-" + today, today);
			model.setVariable("fingerprint", "");
			Map<Long, List<RecordedActivity>> byAgreement = this.activities.ofAuthority(authorityCode)
				.stream()
				.filter((activity) -> activity.agreementId() != null)
				.collect(Collectors.groupingBy(RecordedActivity::agreementId));
			model.setVariable("rows", rows(agreements, byAgreement, true));
			model.setVariable("drafts", rows(agreements, byAgreement, false));
			model.setVariable("memberships", this.networks.of(authorityCode));
			model.setVariable("outside",
					this.activities.outsideAgreements(authorityCode, viewer)
						.stream()
						.map(this.models::activityRow)
						.toList());
			return this.renderer.render(this.templates.process("documents/register", model));
		});
	}

	private List<Row> rows(List<Agreement> agreements, Map<Long, List<RecordedActivity>> activities, boolean signed) {
		return agreements.stream()
			.filter((agreement) -> SIGNED.contains(agreement.state()) == signed)
			.map((agreement) -> this.models.registerRow(agreement, activities.getOrDefault(agreement.id(), List.of())))
			.toList();
	}

	/** A line of the register, with the names it shows in both languages. */
	public record Row(Agreement agreement, String countryAr, String countryFr, String instrumentAr, String instrumentFr,
			String stateAr, String stateFr, String partnerKindAr, String partnerKindFr, List<ActivityRow> activities) {
	}

	/** A visit, project or donation in the register, with what became of it. */
	public record ActivityRow(RecordedActivity activity, String kindAr, String kindFr, String statusAr, String statusFr,
			String fromAr, String fromFr) {
	}

}
