package org.taawun.portfolio;

import java.util.List;

/** A portfolio that cannot be imported as it is: nothing of it was written. */
public class PortfolioRefusedException extends RuntimeException {

	private final transient List<ImportProblem> problems;

	PortfolioRefusedException(List<ImportProblem> problems) {
		super(problems.size() + " problems in the portfolio");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
