package org.taawun.portal;

import org.camunda.bpm.engine.ManagementService;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.taawun.support.DueJobs;

/**
 * The demo's agreement in force at Oran, whose secretary is {@code sec.oran}.
 */
record AgreementInForce(long id, String reference) {

	static AgreementInForce atOran(JdbcClient jdbc, ManagementService management) {
		// the demo's signed agreement enters into force by a job
		DueJobs.run(management);
		long id = jdbc.sql("select min(id) from agreement where local_authority = 'oran' and state = 'IN_FORCE'")
			.query(Long.class)
			.single();
		return new AgreementInForce(id,
				jdbc.sql("select reference from agreement where id = ?").param(id).query(String.class).single());
	}

}
