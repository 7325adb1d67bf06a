package org.taawun.portal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.taawun.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role a task may wait for has a name in the portal's two languages.
 */
class RoleNamesTest {

	@ParameterizedTest
	@EnumSource(Role.class)
	void namesEveryRoleInArabicAndFrench(Role role) {
		ResourceBundle.Control noFallback = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
		ResourceBundle french = ResourceBundle.getBundle("i18n/portal", Locale.ROOT, noFallback);
		ResourceBundle arabic = ResourceBundle.getBundle("i18n/portal", Locale.forLanguageTag("ar"), noFallback);

		assertThat(french.getString("role." + role.name())).isNotBlank();
		assertThat(arabic.getString("role." + role.name())).isNotBlank()
			.isNotEqualTo(french.getString("role." + role.name()));
	}

}
