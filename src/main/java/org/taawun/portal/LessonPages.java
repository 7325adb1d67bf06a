package org.taawun.portal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.taawun.agreement.CooperationField;
import org.taawun.agreement.PeerSearch;
import org.taawun.lessons.LessonQuery;
import org.taawun.lessons.Lessons;

/**
 * Municipalities learning from each other: the lessons shared from annual evaluations,
 * searched by field, partner country and words, and who else already works with a partner
 * or an organisation — each with its secretariat's address to ask. For every signed-in
 * member of staff.
 */
@Controller
class LessonPages {

	private final Lessons lessons;

	private final PeerSearch peers;

	private final MessageSource messages;

	LessonPages(Lessons lessons, PeerSearch peers, MessageSource messages) {
		this.lessons = lessons;
		this.peers = peers;
		this.messages = messages;
	}

	@GetMapping("/lessons")
	String lessons(@RequestParam Map<String, String> asked, Locale locale, Model model) {
		model.addAttribute("mail", new MailLinks(this.messages, locale));
		String words = RegisterPages.truncated(asked.get("q"));
		model.addAttribute("asked", asked);
		model.addAttribute("found",
				this.lessons.search(new LessonQuery(DraftForm.parse(CooperationField.class, asked.get("field")),
						asked.get("country"), words)));
		String partner = RegisterPages.truncated(asked.get("with"));
		if (partner != null && !partner.isBlank()) {
			model.addAttribute("peers", this.peers.workingWith(partner));
		}
		model.addAttribute("fieldChoices", CooperationField.values());
		model.addAttribute("lessonLimit", Lessons.LIMIT);
		model.addAttribute("peerLimit", PeerSearch.LIMIT);
		model.addAttribute("page", "lessons");
		return "portal/lessons";
	}

}
