package org.taawun.workflow.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.taawun.form.FormRule;
import org.taawun.law.TerminationNotice;

import static org.taawun.workflow.model.ActFields.NOTICE_GIVEN_ON;
import static org.taawun.workflow.model.ActFields.NOTICE_MONTHS;
import static org.taawun.workflow.model.ActFields.TERMINATION_EFFECTIVE_DATE;
import static org.taawun.workflow.model.ActFields.TERMINATION_GROUND;

/**
 * A denunciation takes effect once its notice has run ({@link TerminationNotice}): the
 * convention's period when its negotiation recorded one, else the settings'. An end by
 * mutual agreement or by the supervisor's instruction gives no notice.
 */
@Component
class TerminationNoticeRule implements FormRule {

	/** The ground of a termination that gives notice. */
	private static final String DENUNCIATION = "DENUNCIATION";

	private final TerminationNotice notice;

	TerminationNoticeRule(TerminationNotice notice) {
		this.notice = notice;
	}

	@Override
	public Set<String> forms() {
		return Set.of("record-termination");
	}

	@Override
	public List<Violation> check(Map<String, Object> values, Map<String, Object> variables) {
		if (!DENUNCIATION.equals(FormRule.valueOf(TERMINATION_GROUND, values, variables))) {
			return List.of();
		}
		Integer conventionMonths = (variables.get(NOTICE_MONTHS) instanceof Number months) ? months.intValue() : null;
		return this.notice
			.tooSoon(date(FormRule.valueOf(NOTICE_GIVEN_ON, values, variables)),
					date(FormRule.valueOf(TERMINATION_EFFECTIVE_DATE, values, variables)), conventionMonths)
			.map((earliest) -> List.of(new Violation(TERMINATION_EFFECTIVE_DATE, "form.notice-not-run", earliest,
					this.notice.months(conventionMonths))))
			.orElse(List.of());
	}

	/** The form's date: the day of a date-time as the form submits it. */
	private static LocalDate date(Object value) {
		String text = String.valueOf(value);
		return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
	}

}
