package org.taawun.workflow.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * The engine REST API answers only to users of the directory, over HTTP Basic: the engine
 * then knows who calls and records it. What the engine measures of itself (metrics) is
 * for administrators only, as its telemetry already is.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestAuthentication {

	private static final int AUTHENTICATION = 10;

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AUTHENTICATION);
		return registration;
	}

	@Bean
	FilterRegistrationBean<Filter> engineMetricsForAdministrators(IdentityService identity) {
		Filter administratorsOnly = (request, response, chain) -> {
			Authentication caller = identity.getCurrentAuthentication();
			if (caller != null && caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
				chain.doFilter(request, response);
				return;
			}
			refuse((HttpServletRequest) request, (HttpServletResponse) response);
		};
		var registration = new FilterRegistrationBean<>(administratorsOnly);
		registration.setName("engine-metrics-for-administrators");
		registration.addUrlPatterns("/engine-rest/metrics", "/engine-rest/metrics/*");
		// after the authentication, which tells who calls
		registration.setOrder(AUTHENTICATION + 1);
		return registration;
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
					+ "\"detail\":\"The engine's metrics are for administrators.\"}");
	}

}
