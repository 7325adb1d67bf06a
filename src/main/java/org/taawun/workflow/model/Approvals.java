package org.taawun.workflow.model;

import java.util.Map;

import org.taawun.party.Jurisdiction;

/**
 * The approval process each jurisdiction's law requires, called by the lifecycle and by
 * an amendment: the one place that maps a country to its process.
 */
public final class Approvals {

	private static final Map<Jurisdiction, String> PROCESSES = Map.of(Jurisdiction.DZ, ApprovalDz.KEY, Jurisdiction.TN,
			ApprovalTn.KEY, Jurisdiction.MA, ApprovalMa.KEY);

	/** The key of the approval process of the jurisdiction. */
	public static String processOf(Jurisdiction jurisdiction) {
		String key = PROCESSES.get(jurisdiction);
		if (key == null) {
			throw new IllegalStateException("No approval process is modelled for " + jurisdiction);
		}
		return key;
	}

	private Approvals() {
	}

}
