package org.taawun.demo;

import java.util.List;

import org.taawun.party.AuthorityKind;
import org.taawun.party.BilingualName;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;
import org.taawun.party.LocalAuthority.Province;

/**
 * Two Tunisian municipalities and two Algerian communes of lifecycle.md §7, the Algerian
 * authorities whose memberships of networks of cities the Ministry of the Interior lists,
 * and a Moroccan commune (Sefrou) and prefecture (Rabat).
 */
final class DemoAuthorities {

	static final List<LocalAuthority> ALL = List.of(
			new LocalAuthority("gafsa", Jurisdiction.TN, AuthorityKind.MUNICIPALITY,
					new BilingualName("بلدية قفصة", "Municipalité de Gafsa"),
					new Province("gafsa", new BilingualName("ولاية قفصة", "Gouvernorat de Gafsa")),
					"cooperation@commune-gafsa.example.tn"),
			new LocalAuthority("sfax", Jurisdiction.TN, AuthorityKind.MUNICIPALITY,
					new BilingualName("بلدية صفاقس", "Municipalité de Sfax"),
					new Province("sfax", new BilingualName("ولاية صفاقس", "Gouvernorat de Sfax")),
					"cooperation@commune-sfax.example.tn"),
			new LocalAuthority("oran", Jurisdiction.DZ, AuthorityKind.COMMUNE,
					new BilingualName("بلدية وهران", "Commune d'Oran"),
					new Province("oran", new BilingualName("ولاية وهران", "Wilaya d'Oran")),
					"cooperation@apc-oran.example.dz"),
			new LocalAuthority("annaba", Jurisdiction.DZ, AuthorityKind.COMMUNE,
					new BilingualName("بلدية عنابة", "Commune d'Annaba"),
					new Province("annaba", new BilingualName("ولاية عنابة", "Wilaya d'Annaba")),
					"cooperation@apc-annaba.example.dz"),
			new LocalAuthority("alger-centre", Jurisdiction.DZ, AuthorityKind.COMMUNE,
					new BilingualName("بلدية الجزائر الوسطى", "Commune d'Alger-Centre"),
					new Province("alger", new BilingualName("ولاية الجزائر", "Wilaya d'Alger")),
					"cooperation@apc-alger-centre.example.dz"),
			new LocalAuthority("wilaya-alger", Jurisdiction.DZ, AuthorityKind.WILAYA,
					new BilingualName("ولاية الجزائر", "Wilaya d'Alger"),
					new Province("alger", new BilingualName("ولاية الجزائر", "Wilaya d'Alger")),
					"cooperation@wilaya-alger.example.dz"),
			new LocalAuthority("adrar", Jurisdiction.DZ, AuthorityKind.COMMUNE,
					new BilingualName("بلدية أدرار", "Commune d'Adrar"),
					new Province("adrar", new BilingualName("ولاية أدرار", "Wilaya d'Adrar")),
					"cooperation@apc-adrar.example.dz"),
			new LocalAuthority("ain-madhi", Jurisdiction.DZ, AuthorityKind.COMMUNE,
					new BilingualName("بلدية عين ماضي", "Commune d'Aïn Madhi"),
					new Province("laghouat", new BilingualName("ولاية الأغواط", "Wilaya de Laghouat")),
					"cooperation@apc-ain-madhi.example.dz"),
			new LocalAuthority("sefrou", Jurisdiction.MA, AuthorityKind.COMMUNE,
					new BilingualName("جماعة صفرو", "Commune de Sefrou"),
					new Province("sefrou", new BilingualName("إقليم صفرو", "Province de Sefrou")),
					"cooperation@commune-sefrou.example.ma", new BilingualName("جهة فاس مكناس", "Région Fès-Meknès")),
			new LocalAuthority("rabat", Jurisdiction.MA, AuthorityKind.PREFECTURE_OR_PROVINCE,
					new BilingualName("عمالة الرباط", "Préfecture de Rabat"),
					new Province("rabat", new BilingualName("عمالة الرباط", "Préfecture de Rabat")),
					"cooperation@prefecture-rabat.example.ma",
					new BilingualName("جهة الرباط سلا القنيطرة", "Région Rabat-Salé-Kénitra")));

	private DemoAuthorities() {
	}

}
