package org.taawun.document;

import java.util.List;

import org.taawun.agreement.LegalBasis;
import org.taawun.party.AuthorityKind;

/**
 * The texts a document cites, in Arabic and French, by the agreement's legal basis and
 * the kind of authority.
 */
final class LegalReferences {

	private LegalReferences() {
	}

	static List<Reference> of(LegalBasis basis, AuthorityKind kind) {
		return switch (basis) {
			case DZ_DECREE_17_329 -> List.of(
					(kind == AuthorityKind.WILAYA)
							? new Reference("القانون رقم 12-07 المؤرخ في 21 فيفري 2012 المتعلق بالولاية",
									"loi n° 12-07 du 21 février 2012 relative à la wilaya")
							: new Reference("القانون رقم 11-10 المؤرخ في 22 جوان 2011 المتعلق بالبلدية",
									"loi n° 11-10 du 22 juin 2011 relative à la commune"),
					new Reference("المرسوم التنفيذي رقم 17-329 المؤرخ في 15 نوفمبر 2017",
							"décret exécutif n° 17-329 du 15 novembre 2017"),
					new Reference("القرار المؤرخ في 27 أوت 2020 المحدد للاتفاقية النموذجية",
							"arrêté du 27 août 2020 fixant la convention type"));
			case TN_CODE_ART_40 -> List.of(new Reference(
					"القانون الأساسي عدد 29 لسنة 2018 المؤرخ في 9 ماي 2018 المتعلق بمجلة الجماعات المحلية، الفصل 40",
					"loi organique n° 2018-29 du 9 mai 2018 relative au code des collectivités locales, article 40"));
			case TN_BEFORE_2018 -> List.of(new Reference("القانون الأساسي للبلديات (الإجراء السابق لسنة 2018)",
					"loi organique des communes (procédure antérieure à 2018)"));
		};
	}

	/** A text, as cited in Arabic and in French. */
	record Reference(String ar, String fr) {
	}

}
