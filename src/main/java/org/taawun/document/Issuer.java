package org.taawun.document;

import java.util.List;

/**
 * The authority that makes an act, as its letterhead and its signature block state it.
 *
 * @param hierarchyAr the letterhead's lines, from the ministry down to the issuing body
 * @param signatoryAr the signatory's name, when the settings give it; otherwise the
 * signature block leaves the line to be signed by hand
 */
public record Issuer(List<String> hierarchyAr, List<String> hierarchyFr, String titleAr, String titleFr,
		String signatoryAr, String signatoryFr, String placeAr, String placeFr) {

	/** The body that issues, the letterhead's last line. */
	public String nameAr() {
		return this.hierarchyAr.get(this.hierarchyAr.size() - 1);
	}

	public String nameFr() {
		return this.hierarchyFr.get(this.hierarchyFr.size() - 1);
	}

}
