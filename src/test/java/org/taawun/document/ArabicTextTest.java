package org.taawun.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArabicTextTest {

	private final ArabicText ar = new ArabicText();

	@Test
	void isolatesNumbersDatesAndLatinNamesInsideArabic() {
		assertThat(this.ar.text("المرسوم التنفيذي رقم 17-329 المؤرخ في 15/11/2017"))
			.isEqualTo("المرسوم التنفيذي رقم <span dir=\"ltr\" class=\"ltr\">17-329</span> المؤرخ في "
					+ "<span dir=\"ltr\" class=\"ltr\">15/11/2017</span>");
		assertThat(this.ar.text("الشريك Communauté urbaine de Dunkerque،"))
			.contains("<span dir=\"ltr\" class=\"ltr\">Communauté urbaine de Dunkerque</span>،");
	}

	@Test
	void keepsALatinNameWithADashOrABracketInOneRun() {
		assertThat(this.ar.text("مشروع GIZ – Coopération allemande في قفصة: Espace citoyen (2014)"))
			.isEqualTo("مشروع <span dir=\"ltr\" class=\"ltr\">GIZ – Coopération allemande</span> في قفصة: "
					+ "<span dir=\"ltr\" class=\"ltr\">Espace citoyen (2014)</span>");
	}

	@Test
	void isolatesABracketOnlyWithItsPair() {
		assertThat(this.ar.text("مديرية (DRI) بالوزارة"))
			.isEqualTo("مديرية <span dir=\"ltr\" class=\"ltr\">(DRI)</span> بالوزارة");
		assertThat(this.ar.text("(Métropole de Lyon) Ville de Villeurbanne"))
			.isEqualTo("<span dir=\"ltr\" class=\"ltr\">(Métropole de Lyon) Ville de Villeurbanne</span>");
		assertThat(this.ar.text("المادة 1 (الهدف)"))
			.isEqualTo("المادة <span dir=\"ltr\" class=\"ltr\">1</span> (الهدف)");
		assertThat(this.ar.text("(بلدية Lyon) Ville")).isEqualTo(
				"(بلدية <span dir=\"ltr\" class=\"ltr\">Lyon</span>) <span dir=\"ltr\" class=\"ltr\">Ville</span>");
	}

	@Test
	void leavesTheSentencesFullStopOutsideTheNumber() {
		assertThat(this.ar.text("شروط المرسوم التنفيذي رقم 17-329."))
			.isEqualTo("شروط المرسوم التنفيذي رقم <span dir=\"ltr\" class=\"ltr\">17-329</span>.");
		assertThat(this.ar.isolates("رقم 17-329، و (DRI).")).isEqualTo("رقم \u206817-329\u2069، و \u2068(DRI)\u2069.");
	}

	@Test
	void escapesMarkupBeforeIsolating() {
		assertThat(this.ar.text("<script>alert('x')</script> & 40")).doesNotContain("<script>")
			.contains("&lt;", "&amp;", "<span dir=\"ltr\" class=\"ltr\">40</span>");
	}

}
