package org.taawun.workflow.adapters;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.taawun.law.DeadlineSettings;

/**
 * The application's one clock is the engine's: timers, due dates, the register,
 * documents, mail and pages all read the same time, in the legal zone, and a test that
 * moves the engine's clock ({@link ClockUtil}) moves them all.
 */
@Configuration(proxyBeanMethods = false)
class EngineClock {

	@Bean
	Clock clock(DeadlineSettings settings) {
		return new EnginesTime(settings.zone());
	}

	private static final class EnginesTime extends Clock {

		private final ZoneId zone;

		EnginesTime(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new EnginesTime(zone);
		}

		@Override
		public Instant instant() {
			return ClockUtil.getCurrentTime().toInstant();
		}

	}

}
