package org.taawun.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.agreement.LegalBasis;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * Agreements drawn from the public record (lifecycle.md §7), each left waiting at a
 * different step of its jurisdiction, so that every demo user finds work.
 */
final class DemoAgreements {

	static final List<DemoAgreement> ALL = List.of(
			// waits for the foreign relations directorate's review of the final text
			// (mfa.tn)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.TWINNING,
							"اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو", "Jumelage entre Gafsa et Selçuklu",
							new ForeignPartner("Selçuklu Belediyesi", "Konya", "TR", "dis.iliskiler@selcuklu.bel.tr",
									"tr"),
							Set.of(CooperationField.CULTURE, CooperationField.ECONOMY)),
					(steps) -> steps.eligible("sec.gafsa")
						.negotiated("sec.gafsa", "TACIT")
						.then("mfa.tn", "Task_ConsultForeignAffairs",
								Map.of("consultedOn", steps.day(0), "foreignAffairsComments",
										"Pas d’objection de principe."))
						.then("sec.gafsa", "Task_ReferFinalText",
								Map.of("referralDate", steps.day(0), "referralNumber", "2026/118"))),
			// a historic file under the procedure before 2018, held by the directorate
			// (mfa.tn)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.COOPERATION_CONVENTION,
							"اتفاقية تعاون بين بلدية قفصة ومدينة نانسي", "Convention de coopération Gafsa – Nancy",
							new ForeignPartner("Ville de Nancy", "Nancy", "FR", "relations.internationales@nancy.fr",
									"fr"),
							Set.of(CooperationField.CULTURE, CooperationField.EDUCATION), LegalBasis.TN_BEFORE_2018),
					(steps) -> steps.eligible("sec.gafsa")
						.negotiated("sec.gafsa", "EXPRESS")
						.deliberated("sec.gafsa", "Task_RecordEarlierDeliberation")),
			// a new draft to check (sec.sfax)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.TN, "sfax", Instrument.COOPERATION_CONVENTION,
							"اتفاقية تعاون بين بلدية صفاقس ومدينة غرونوبل", "Convention de coopération Sfax – Grenoble",
							new ForeignPartner("Ville de Grenoble", "Grenoble", "FR", "international@grenoble.fr",
									"fr"),
							Set.of(CooperationField.URBAN_PLANNING, CooperationField.ENVIRONMENT)),
					(steps) -> {
					}),
			// at the Ministry of the Interior (miclat)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.TWINNING,
							"اتفاقية توأمة بين بلدية وهران ومدينة بوردو", "Jumelage entre Oran et Bordeaux",
							new ForeignPartner("Ville de Bordeaux", "Bordeaux", "FR",
									"relations.internationales@bordeaux.fr", "fr"),
							Set.of(CooperationField.CULTURE, CooperationField.ADMINISTRATIVE_MODERNISATION)),
					(steps) -> steps.eligible("sec.oran")
						.negotiated("sec.oran", "EXPRESS")
						.deliberated("sec.oran", "Task_RecordDeliberation")
						.forwardedToTheMinistry("sec.oran", "wali.oran")),
			// deliberated, to be deposited with the wali within 8 days (sec.oran)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.TWINNING,
							"اتفاقية توأمة بين بلدية وهران وبلدية سوسة", "Jumelage entre Oran et Sousse",
							new ForeignPartner("Municipalité de Sousse", "Sousse", "TN",
									"cooperation@commune-sousse.tn", "ar"),
							Set.of(CooperationField.TOURISM, CooperationField.CULTURE)),
					(steps) -> steps.eligible("sec.oran")
						.negotiated("sec.oran", "EXPRESS")
						.deliberated("sec.oran", "Task_RecordDeliberation")),
			// signed and entering into force (the engine moves it on at once)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.DECLARATION_OF_INTENT,
							"إعلان نوايا بين بلدية وهران ومدينة ستراسبورغ", "Déclaration d’intention Oran – Strasbourg",
							new ForeignPartner("Ville de Strasbourg", "Strasbourg", "FR", "international@strasbourg.eu",
									"fr"),
							Set.of(CooperationField.CULTURE, CooperationField.YOUTH_AND_SPORT)),
					(steps) -> steps.eligible("sec.oran")
						.negotiated("sec.oran", "TACIT")
						.deliberated("sec.oran", "Task_RecordDeliberation")
						.forwardedToTheMinistry("sec.oran", "wali.oran")
						.then("miclat", "Task_ReviewAtMinistry", Map.of("ministryDecision", "REFER_TO_PRIME_MINISTER"))
						.then("pm.dz", "Task_GrantPriorApproval",
								Map.of("primeMinisterDecision", "APPROVE", "decisionDate", steps.day(0)))
						.partnerAcceptedTheFinalText()
						.then("exec.oran", "Task_SignAgreement",

								Map.of("signatureDate", steps.day(0), "signingPlace", "Oran", "partnerSignatory",
										"La maire de Strasbourg", "entryIntoForceDate", steps.day(0), "endDate",
										steps.day(3 * 365)))),
			// in negotiation (sec.annaba)
			new DemoAgreement(
					new DraftAgreement(Jurisdiction.DZ, "annaba", Instrument.COOPERATION_CONVENTION,
							"اتفاقية تعاون بين بلدية عنابة والتجمع الحضري لدنكيرك",
							"Convention de coopération Annaba – Communauté urbaine de Dunkerque",
							new ForeignPartner("Communauté urbaine de Dunkerque", "Dunkerque", "FR",
									"international@cud.fr", "fr"),
							Set.of(CooperationField.ECONOMY, CooperationField.ENVIRONMENT, CooperationField.WATER)),
					(steps) -> steps.eligible("sec.annaba")));

	private DemoAgreements() {
	}

	/** A draft and how far its users carry it. */
	record DemoAgreement(DraftAgreement draft, Consumer<DemoSteps> journey) {
	}

}
