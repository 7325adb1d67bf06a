package org.taawun.law;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * A denunciation takes effect once its notice has run: the period the convention gives
 * when it gives one, else the period of the settings (three months by the model
 * convention) [A].
 */
@Service
public class TerminationNotice {

	private final DeadlineSettings settings;

	TerminationNotice(DeadlineSettings settings) {
		this.settings = settings;
	}

	/**
	 * The notice, in months.
	 * @param conventionMonths what the convention gives, or null when it says nothing
	 */
	public long months(Integer conventionMonths) {
		return (conventionMonths != null) ? conventionMonths
				: this.settings.period(Deadline.TERMINATION_NOTICE).toTotalMonths();
	}

	/**
	 * The first day a denunciation notified that day may take effect, when the day chosen
	 * comes before it; empty when the notice has run by then.
	 */
	public Optional<LocalDate> tooSoon(LocalDate noticeGivenOn, LocalDate effective, Integer conventionMonths) {
		LocalDate earliest = noticeGivenOn.plusMonths(months(conventionMonths));
		return effective.isBefore(earliest) ? Optional.of(earliest) : Optional.empty();
	}

}
