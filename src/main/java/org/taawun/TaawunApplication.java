package org.taawun;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TaawunApplication {

	public static void main(String[] args) {
		SpringApplication.run(TaawunApplication.class, args);
	}

	/**
	 * The time the register writes; tests replace it to move through the legal calendar.
	 */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
