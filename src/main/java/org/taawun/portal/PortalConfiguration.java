package org.taawun.portal;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Every page can switch language with {@code ?lang=ar} or {@code ?lang=fr}; the choice is
 * remembered.
 */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration implements WebMvcConfigurer {

	/** The fonts our PDFs embed draw Arabic on screen too, whatever the device has. */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/portal/fonts/**")
			.addResourceLocations("classpath:/fonts/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(30)));
	}

	/**
	 * The pages whose language switch ({@code ?lang=ar}) sets the portal's language:
	 * every page of the portal; the API, the partners' pages and the engine's webapps
	 * answer in the language each request asks for.
	 */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName("lang");
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch)
			.addPathPatterns("/", "/login", "/tasks/**", "/agreements", "/agreements/**", "/dashboard", "/imports",
					"/imports/**", "/authorities/**", "/networks", "/lessons", "/campaigns", "/campaigns/**",
					"/agreements.csv", "/agreements.xlsx", "/account", "/public");
	}

}
