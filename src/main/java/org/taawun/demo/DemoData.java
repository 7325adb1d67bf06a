package org.taawun.demo;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.taawun.agreement.HistoricAgreements;
import org.taawun.identity.Account;
import org.taawun.identity.Directory;
import org.taawun.identity.Role;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.portfolio.ImportReport;
import org.taawun.portfolio.PortfolioExample;
import org.taawun.portfolio.Portfolios;
import org.taawun.task.Tasks;

/**
 * Loads the demo installation once: its authorities and users, the example portfolio
 * imported as an administrator would import it, and a few of its live files carried on by
 * their users. On a later start it finds its users and leaves everything as the previous
 * run left it. All passwords are {@code demo}.
 */
@Component
@ConditionalOnProperty(name = "taawun.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Directory directory;

	private final LocalAuthorities authorities;

	private final Tasks tasks;

	private final Portfolios portfolios;

	private final HistoricAgreements historic;

	private final ObjectMapper json;

	DemoData(Directory directory, LocalAuthorities authorities, Tasks tasks, Portfolios portfolios,
			HistoricAgreements historic, ObjectMapper json) {
		this.directory = directory;
		this.portfolios = portfolios;
		this.historic = historic;
		this.authorities = authorities;
		this.tasks = tasks;
		this.json = json;
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
		ImportReport report = this.portfolios.run(PortfolioExample.files(),
				Account.of("admin", this.directory.groupsOf("admin")), Locale.FRENCH, Portfolios.Progress.NONE);
		DemoSteps steps = new DemoSteps(this.tasks, this.directory, this.tasks.today());
		for (DemoJourneys.Journey journey : DemoJourneys.read(this.json)) {
			String reference = this.historic.byKeys(journey.authority(), List.of(journey.key()))
				.get(journey.key())
				.reference();
			journey.steps().forEach((step) -> steps.take(reference, step));
		}
		log.info("Demo data loaded: {} authorities, {} users, the example portfolio ({} lines) (password '{}')",
				DemoAuthorities.ALL.size(), DemoUsers.ALL.size(), report.lines(), PASSWORD);
	}

	private void createGroups() {
		for (LocalAuthority authority : DemoAuthorities.ALL) {
			for (Role role : List.of(Role.SECRETARIAT, Role.EXECUTIVE, Role.COUNCIL_SECRETARIAT)) {
				this.directory.ensureGroup(role.group(authority.code()), role.name() + " " + authority.name().fr());
			}
			Role.provincialSupervisor(authority.jurisdiction())
				.ifPresent((office) -> this.directory.ensureGroup(office.group(authority.province().code()),
						authority.province().name().fr()));
		}
		for (Role role : Role.ministries()) {
			this.directory.ensureGroup(role.group(), role.name());
			this.directory.ensureGroup(Role.HEAD_OF_UNIT.group(role.group()),
					Role.HEAD_OF_UNIT.name() + " " + role.name());
		}
	}

	private void createUser(DemoUsers.DemoUser user) {
		this.directory.createDemoUser(user.id(), user.firstName(), user.lastName(), user.id() + "@demo.taawun.org",
				PASSWORD);
		user.groups().forEach((group) -> this.directory.ensureMembership(user.id(), group));
	}

}
