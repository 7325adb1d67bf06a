package org.taawun.demo;

import java.util.List;

import org.taawun.party.AuthorityKind;
import org.taawun.party.BilingualName;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;
import org.taawun.party.LocalAuthority.Province;

/**
 * Two Tunisian municipalities and two Algerian communes of lifecycle.md §7.
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
					"cooperation@apc-annaba.example.dz"));

	private DemoAuthorities() {
	}

}
