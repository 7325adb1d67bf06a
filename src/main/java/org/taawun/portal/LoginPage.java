package org.taawun.portal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks what it posts against the directory. */
@Controller
class LoginPage {

	@GetMapping("/login")
	String login() {
		return "portal/login";
	}

}
