package org.taawun.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a client address that keeps failing to sign in is slowed down.
 *
 * @param addressFailures the failures within the window an address may make before it
 * waits
 * @param addressWindow how long failures are counted together
 * @param addressFirstWait the first wait, doubled at each further failure
 * @param addressLongestWait the longest wait
 */
@ConfigurationProperties("taawun.sign-in")
record SignInSettings(int addressFailures, Duration addressWindow, Duration addressFirstWait,
		Duration addressLongestWait) {
}
