package org.taawun.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.taawun.agreement.AgreementSteps;
import org.taawun.agreement.Agreements;
import org.taawun.identity.Account;
import org.taawun.identity.Directory;
import org.taawun.identity.Role;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.task.Tasks;

/**
 * Loads the demo installation once: on a later start it finds its users and leaves
 * everything as the previous run left it. All passwords are {@code demo}.
 */
@Component
@ConditionalOnProperty(name = "taawun.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Directory directory;

	private final LocalAuthorities authorities;

	private final Agreements agreements;

	private final AgreementSteps steps;

	private final Tasks tasks;

	DemoData(Directory directory, LocalAuthorities authorities, Agreements agreements, AgreementSteps steps,
			Tasks tasks) {
		this.directory = directory;
		this.authorities = authorities;
		this.agreements = agreements;
		this.steps = steps;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.hasUser(DemoUsers.FIRST)) {
			log.info("Demo data already loaded");
			return;
		}
		DemoAuthorities.ALL.forEach(this.authorities::register);
		this.directory.ensureAdministrators();
		createGroups();
		DemoUsers.ALL.forEach(this::createUser);
		LocalDate today = this.tasks.today();
		for (DemoAgreements.DemoAgreement demo : DemoAgreements.ALL) {
			var agreement = this.agreements.draft(demo.draft(), secretary(demo.draft().localAuthority()));
			demo.journey()
				.accept(new DemoSteps(this.tasks, this.agreements, this.steps, this.directory, agreement.reference(),
						today));
		}
		log.info("Demo data loaded: {} authorities, {} users, {} agreements (password '{}')",
				DemoAuthorities.ALL.size(), DemoUsers.ALL.size(), DemoAgreements.ALL.size(), PASSWORD);
	}

	private void createGroups() {
		for (LocalAuthority authority : DemoAuthorities.ALL) {
			for (Role role : List.of(Role.SECRETARIAT, Role.EXECUTIVE, Role.COUNCIL_SECRETARIAT)) {
				this.directory.ensureGroup(role.group(authority.code()), role.name() + " " + authority.name().fr());
			}
			if (authority.jurisdiction() == Jurisdiction.DZ) {
				this.directory.ensureGroup(Role.WALI_OFFICE.group(authority.province().code()),
						authority.province().name().fr());
			}
		}
		for (Role role : List.of(Role.MINISTRY_INTERIOR, Role.FOREIGN_AFFAIRS_DZ, Role.PRIME_MINISTER_OFFICE,
				Role.FOREIGN_AFFAIRS_TN)) {
			this.directory.ensureGroup(role.group(), role.name());
		}
	}

	private void createUser(DemoUsers.DemoUser user) {
		this.directory.createDemoUser(user.id(), user.firstName(), user.lastName(), user.id() + "@demo.taawun.org",
				PASSWORD);
		user.groups().forEach((group) -> this.directory.ensureMembership(user.id(), group));
	}

	private Account secretary(String authority) {
		String userId = "sec." + authority;
		return Account.of(userId, this.directory.groupsOf(userId));
	}

}
