package org.taawun.notification;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the staff are told of their tasks ({@code taawun.staff-mail.*}).
 *
 * @param reminderBefore a task is recalled to whoever must act this long before it is due
 * @param digestAt the hour, on the installation's clock, the daily digests are written
 */
@ConfigurationProperties("taawun.staff-mail")
public record StaffMailSettings(@DefaultValue("P3D") Duration reminderBefore,
		@DefaultValue("07:00") LocalTime digestAt) {
}
