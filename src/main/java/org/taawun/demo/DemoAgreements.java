package org.taawun.demo;

import java.util.List;
import java.util.Set;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.DraftAgreement;
import org.taawun.agreement.Instrument;
import org.taawun.party.ForeignPartner;
import org.taawun.party.Jurisdiction;

/**
 * Agreements drawn from the public record (lifecycle.md §7).
 */
final class DemoAgreements {

	static final List<DraftAgreement> ALL = List.of(
			new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.TWINNING,
					"اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو", "Jumelage entre Gafsa et Selçuklu",
					new ForeignPartner("Selçuklu Belediyesi", "Konya", "TR", "dis.iliskiler@selcuklu.bel.tr", "tr"),
					Set.of(CooperationField.CULTURE, CooperationField.ECONOMY)),
			new DraftAgreement(Jurisdiction.TN, "gafsa", Instrument.COOPERATION_CONVENTION,
					"اتفاقية تعاون بين بلدية قفصة ومدينة نانسي", "Convention de coopération Gafsa – Nancy",
					new ForeignPartner("Ville de Nancy", "Nancy", "FR", "relations.internationales@nancy.fr", "fr"),
					Set.of(CooperationField.CULTURE, CooperationField.EDUCATION)),
			new DraftAgreement(Jurisdiction.TN, "sfax", Instrument.COOPERATION_CONVENTION,
					"اتفاقية تعاون بين بلدية صفاقس ومدينة غرونوبل", "Convention de coopération Sfax – Grenoble",
					new ForeignPartner("Ville de Grenoble", "Grenoble", "FR", "international@grenoble.fr", "fr"),
					Set.of(CooperationField.URBAN_PLANNING, CooperationField.ENVIRONMENT)),
			new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.TWINNING,
					"اتفاقية توأمة بين بلدية وهران ومدينة بوردو", "Jumelage entre Oran et Bordeaux",
					new ForeignPartner("Ville de Bordeaux", "Bordeaux", "FR", "relations.internationales@bordeaux.fr",
							"fr"),
					Set.of(CooperationField.CULTURE, CooperationField.ADMINISTRATIVE_MODERNISATION)),
			new DraftAgreement(Jurisdiction.DZ, "oran", Instrument.TWINNING,
					"اتفاقية توأمة بين بلدية وهران وبلدية سوسة", "Jumelage entre Oran et Sousse",
					new ForeignPartner("Municipalité de Sousse", "Sousse", "TN", "cooperation@commune-sousse.tn", "ar"),
					Set.of(CooperationField.TOURISM, CooperationField.CULTURE)),
			new DraftAgreement(Jurisdiction.DZ, "annaba", Instrument.COOPERATION_CONVENTION,
					"اتفاقية تعاون بين بلدية عنابة والتجمع الحضري لدنكيرك",
					"Convention de coopération Annaba – Communauté urbaine de Dunkerque",
					new ForeignPartner("Communauté urbaine de Dunkerque", "Dunkerque", "FR", "international@cud.fr",
							"fr"),
					Set.of(CooperationField.ECONOMY, CooperationField.ENVIRONMENT, CooperationField.WATER)));

	private DemoAgreements() {
	}

}
