package org.taawun.party;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The networks of cities and local authorities Maghreb authorities belong to, known by
 * their code; a membership may also name a network not listed here.
 */
public enum CityNetwork {

	MEDCITIES(new BilingualName("شبكة المدن المتوسطية (ميدسيتيز)", "MedCités")),
	UCLG(new BilingualName("منظمة المدن والحكومات المحلية المتحدة", "Cités et gouvernements locaux unis (CGLU)")),
	OICC(new BilingualName("منظمة العواصم والمدن الإسلامية", "Organisation des capitales et villes islamiques")),
	IOCV(new BilingualName("المرصد الدولي لمدن العيش معًا", "Observatoire international des villes du vivre-ensemble")),
	UNESCO_GNLC(new BilingualName("الشبكة العالمية لمدن التعلّم التابعة لليونسكو",
			"Réseau mondial UNESCO des villes apprenantes")),
	ARLEM(new BilingualName("الجمعية الإقليمية والمحلية الأورومتوسطية",
			"Assemblée régionale et locale euro-méditerranéenne (ARLEM)"));

	private final BilingualName names;

	CityNetwork(BilingualName names) {
		this.names = names;
	}

	public BilingualName names() {
		return this.names;
	}

	/** The known network with that code, in any case. */
	public static Optional<CityNetwork> ofCode(String code) {
		String wanted = code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
		return Arrays.stream(values()).filter((network) -> network.name().equals(wanted)).findFirst();
	}

	/**
	 * How a membership's network reads: a known network's names, or the name it was given
	 * in both languages.
	 */
	public static BilingualName nameOf(String network) {
		return ofCode(network).map(CityNetwork::names).orElse(new BilingualName(network, network));
	}

}
