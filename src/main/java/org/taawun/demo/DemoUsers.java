package org.taawun.demo;

import java.util.List;

import org.taawun.identity.Role;

/**
 * The demo logins the README lists. A secretary also keeps the council's register, as in
 * a small municipality.
 */
final class DemoUsers {

	static final String FIRST = "sec.gafsa";

	static final List<DemoUser> ALL = List.of(secretary(FIRST, "gafsa", "Amel", "Ben Salah"),
			secretary("sec.sfax", "sfax", "Hichem", "Trabelsi"), secretary("sec.oran", "oran", "Nadia", "Benali"),
			secretary("sec.annaba", "annaba", "Karim", "Boudiaf"),
			secretary("sec.sefrou", "sefrou", "Salma", "Bennani"),
			secretary("sec.rabat", "rabat", "Youssef", "El Alami"),
			new DemoUser("exec.gafsa", "Président", "Gafsa", List.of(Role.EXECUTIVE.group("gafsa"))),
			new DemoUser("exec.oran", "P/APC", "Oran", List.of(Role.EXECUTIVE.group("oran"))),
			new DemoUser("wali.oran", "Cabinet du wali", "Oran", List.of(Role.WALI_OFFICE.group("oran"))),
			new DemoUser("exec.sefrou", "Président du conseil communal", "Sefrou",
					List.of(Role.EXECUTIVE.group("sefrou"))),
			new DemoUser("exec.rabat", "Président du conseil préfectoral", "Rabat",
					List.of(Role.EXECUTIVE.group("rabat"))),
			new DemoUser("gov.sefrou", "Cabinet du gouverneur", "Sefrou",
					List.of(Role.GOVERNOR_OFFICE.group("sefrou"))),
			new DemoUser("gov.rabat", "Cabinet du gouverneur", "Rabat", List.of(Role.GOVERNOR_OFFICE.group("rabat"))),
			new DemoUser("dgct.ma", "Direction générale des collectivités territoriales", "Rabat",
					List.of(Role.MINISTRY_INTERIOR_MA.group())),
			new DemoUser("miclat", "MICLAT", "Alger", List.of(Role.MINISTRY_INTERIOR.group())),
			new DemoUser("head.miclat", "Directeur de la coopération", "MICLAT",
					List.of(Role.MINISTRY_INTERIOR.group(), Role.HEAD_OF_UNIT.group(Role.MINISTRY_INTERIOR.group()))),
			new DemoUser("mae.dz", "MAE", "Alger", List.of(Role.FOREIGN_AFFAIRS_DZ.group())),
			new DemoUser("pm.dz", "Services du Premier ministre", "Alger", List.of(Role.PRIME_MINISTER_OFFICE.group())),
			new DemoUser("mfa.tn", "Direction des relations extérieures", "Tunis",
					List.of(Role.FOREIGN_AFFAIRS_TN.group())),
			new DemoUser("mal.tn", "Direction générale des collectivités locales", "Tunis",
					List.of(Role.LOCAL_AFFAIRS_TN.group())),
			new DemoUser("admin", "Admin", "Taawun", List.of(Role.ADMIN.group())));

	private DemoUsers() {
	}

	private static DemoUser secretary(String id, String authority, String firstName, String lastName) {
		return new DemoUser(id, firstName, lastName,
				List.of(Role.SECRETARIAT.group(authority), Role.COUNCIL_SECRETARIAT.group(authority)));
	}

	record DemoUser(String id, String firstName, String lastName, List<String> groups) {
	}

}
