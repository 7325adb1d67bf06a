package org.taawun.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean the database is out of reach, so that the caller is told to retry
 * ({@code 503}) rather than that something broke ({@code 500}).
 */
class DatabaseOutageTest {

	@Test
	void seesAnOutageInACommitCutOffWhoseRollbackFoundTheConnectionClosed() {
		TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));

		assertThat(DatabaseOutage.causedByAnUnreachableDatabase(rollbackFailed)).isTrue();
	}

	@Test
	void seesNoOutageInAnErrorOfTheStatementItself() {
		assertThat(DatabaseOutage
			.causedByAnUnreachableDatabase(new IllegalStateException(new SQLException("duplicate key value", "23505"))))
			.isFalse();
		assertThat(DatabaseOutage.causedByAnUnreachableDatabase(
				new TransactionSystemException("JDBC rollback failed", new SQLException("Deadlock"))))
			.isFalse();
	}

}
