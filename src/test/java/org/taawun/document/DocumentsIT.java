package org.taawun.document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.taawun.agreement.Decision;
import org.taawun.agreement.Decisions;
import org.taawun.party.BilingualName;
import org.taawun.support.PostgresIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issued documents on PostgreSQL: listed and downloaded by those who may see the
 * agreement, read back, immutable across re-issues, and verifiable by anyone by the
 * fingerprint printed on them or by the SHA-256 of the file.
 */
@PostgresIntegrationTest
class DocumentsIT {

	@Autowired
	private TestRestTemplate rest;

	@Autowired
	private Documents documents;

	@Autowired
	private Decisions decisions;

	@Test
	void issuesAnInitiativeNoteThatReadsBackInArabicFrenchAndTurkish() {
		long id = draft("sec.gafsa", "TN", "gafsa", "Selçuklu Belediyesi", "Konya", "TR");
		IssuedDocument note = this.documents.issue(id, DocumentKind.INITIATIVE_NOTE, "test", "sec.gafsa",
				ActFacts.none(), UUID.randomUUID().toString());

		ResponseEntity<byte[]> download = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/documents/{id}", byte[].class, note.id());

		assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(note.filename());
		PdfReader pdf = new PdfReader(download.getBody());
		String text = pdf.text();
		assertThat(text).contains("مذكرة المبادرة", "Note d’initiative", "بلدية قفصة", "Municipalité de Gafsa",
				"اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو", "Selçuklu Belediyesi", "Konya", "تركيا", "Turquie",
				"الفصل", "article 40", note.number());
		assertThat(text.replaceAll("\\s", "")).contains(note.fingerprint());

		readsAsAPrintedDocument(pdf, "document");
		assertThat(pdf.inkOnFirstPage()).isGreaterThan(0.005);
		assertThat(Documents.sha256(download.getBody())).isEqualTo(note.fileSha256());
	}

	@Test
	void printsTheAlgerianDecreeAsWrittenInsideArabic() {
		long id = draft("sec.oran", "DZ", "oran", "Ville de Bordeaux", "Bordeaux", "FR");
		IssuedDocument note = this.documents.issue(id, DocumentKind.INITIATIVE_NOTE, "test", "sec.oran",
				ActFacts.none(), UUID.randomUUID().toString());
		PdfReader pdf = new PdfReader(
				this.documents.pdf(note.id(), org.taawun.identity.Account.system()).orElseThrow().content());

		List<String> decreeLines = pdf.lines()
			.stream()
			.filter((line) -> PdfReader.printed(line, "0123456789").contains("329") && line.stream()
				.anyMatch((glyph) -> glyph.getUnicode().matches("[\\u0600-\\u06FF\\uFE70-\\uFEFF]")))
			.map((line) -> PdfReader.printed(line, "0123456789-"))
			.toList();
		assertThat(decreeLines).isNotEmpty().allSatisfy((digits) -> {
			assertThat(digits).contains("17-329");
			assertThat(digits).doesNotContain("329-17");
		});
	}

	@Test
	void verifiesADocumentForAnyoneByItsPrintedFingerprintOrItsFile() {
		long id = draft("sec.gafsa", "TN", "gafsa", "Ville de Nancy", "Nancy", "FR");
		IssuedDocument note = this.documents.issue(id, DocumentKind.INITIATIVE_NOTE, "test", "sec.gafsa",
				ActFacts.none(), UUID.randomUUID().toString());

		JsonNode byFingerprint = this.rest.getForObject("/api/documents/verify/{sha}", JsonNode.class,
				note.fingerprint());
		JsonNode byFile = this.rest.getForObject("/api/documents/verify/{sha}", JsonNode.class,
				note.fileSha256().toUpperCase());

		assertThat(byFingerprint.get("number").asText()).isEqualTo(note.number());
		assertThat(byFile.get("agreement").asText()).isEqualTo(note.number().substring(0, note.number().indexOf('/')));
		assertThat(this.rest.getForEntity("/api/documents/verify/{sha}", String.class, "0".repeat(64)).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.rest.getForEntity("/api/documents/verify/{sha}", String.class, "not-a-fingerprint")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		// the file itself, sent by anyone: its bytes are the ones issued, or they are not
		byte[] issued = pdf(note).bytes();
		ResponseEntity<JsonNode> asIssued = upload(issued);
		assertThat(asIssued.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(asIssued.getBody().get("number").asText()).isEqualTo(note.number());
		byte[] altered = issued.clone();
		int inside = new String(issued, StandardCharsets.ISO_8859_1).indexOf("/Title");
		altered[inside + 1] = (byte) 'X';
		ResponseEntity<JsonNode> changed = upload(altered);
		assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(changed.getHeaders().getContentType()).hasToString("application/problem+json");
		assertThat(Archival.sealedBy(issued)).isNotNull();
		assertThat(Archival.sealedBy(altered)).as("a reader sees the change").isNull();
		// and so does an independent reader, poppler's
		assertThat(Archival.pdfsig(issued)).contains("Signature is Valid", "ETSI.CAdES.detached", "Taawun");
		assertThat(Archival.pdfsig(altered)).doesNotContain("Signature is Valid");
		assertThat(this.rest.postForEntity("/api/documents/verify", multipart(null), JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	private ResponseEntity<JsonNode> upload(byte[] pdf) {
		return this.rest.postForEntity("/api/documents/verify", multipart(pdf), JsonNode.class);
	}

	private static HttpEntity<MultiValueMap<String, Object>> multipart(byte[] pdf) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("note", "PDF reçu par courriel");
		if (pdf != null) {
			form.add("file", new ByteArrayResource(pdf) {
				@Override
				public String getFilename() {
					return "reçu.pdf";
				}
			});
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(form, headers);
	}

	@Test
	void keepsEveryVersionUnchangedAndShowsThemOnlyToThoseWhoSeeTheAgreement() {
		long id = draft("sec.gafsa", "TN", "gafsa", "Ville de Grenoble", "Grenoble", "FR");
		IssuedDocument first = this.documents.issue(id, DocumentKind.INITIATIVE_NOTE, "test", "sec.gafsa",
				ActFacts.none(), UUID.randomUUID().toString());
		byte[] firstBytes = this.documents.pdf(first.id(), org.taawun.identity.Account.system())
			.orElseThrow()
			.content();

		IssuedDocument second = this.documents.issue(id, DocumentKind.INITIATIVE_NOTE, "test", "sec.gafsa",
				ActFacts.none(), UUID.randomUUID().toString());

		assertThat(second.version()).isEqualTo(2);
		assertThat(second.number()).endsWith("/NI-2");
		assertThat(this.documents.pdf(first.id(), org.taawun.identity.Account.system()).orElseThrow().content())
			.isEqualTo(firstBytes);
		JsonNode listed = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/agreements/{id}/documents", JsonNode.class, id);
		assertThat(listed.findValuesAsText("version")).containsExactly("1", "2");
		assertThat(this.rest.withBasicAuth("sec.sfax", "demo")
			.getForEntity("/api/documents/{id}", String.class, first.id())
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.rest.withBasicAuth("sec.sfax", "demo")
			.getForEntity("/api/agreements/{id}/documents", String.class, id)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void setsTheConventionsSixteenClausesInArabicBesideTurkishAndWatermarksTheDraft() {
		long id = draft("sec.gafsa", "TN", "gafsa", "Selçuklu Belediyesi", "Konya", "TR", "tr");
		ActFacts negotiated = negotiated();

		IssuedDocument draft = this.documents.issue(id, DocumentKind.CONVENTION_DRAFT, "test", "sec.gafsa", negotiated,
				UUID.randomUUID().toString());
		IssuedDocument signed = this.documents.issue(id, DocumentKind.CONVENTION, "test", "sec.gafsa", negotiated,
				UUID.randomUUID().toString());

		PdfReader draftPdf = pdf(draft);
		String text = draftPdf.text();
		for (int article = 1; article <= 16; article++) {
			assertThat(text).contains("Madde " + article + " —").contains("المادة");
		}
		assertThat(text).contains("Taraflar", "Selçuklu Belediyesi", "Arapça ve Türkçe", "الأطراف", "التوقيعات",
				"بلدية قفصة", "PROJET");
		// the Turkish side wholly in Turkish: fields, the authority and its governorate,
		// the
		// legal references, the deliberation's date
		// (left of the middle, and not the draft's watermark)
		String turkish = draftPdf.printedLeftToRight((p) -> p.x() < draftPdf.pageWidth() / 2 && p.size() < 20);
		String clauses = turkish.substring(turkish.indexOf("Madde 1 —"));
		assertThat(clauses)
			.contains("Kültür ve miras", "Turizm", "Gafsa Belediyesi", "Gafsa Valiliği", "Mahalli İdareler Kanununa",
					"16 Mart 2026 tarihli meclis kararı", "Gafsa Belediyesi adına")
			.doesNotContain("Culture et patrimoine", "Municipalité", "Gouvernorat", "loi organique", "2026-03-16");
		articlesFaceEachOther(draftPdf);
		// and an English side, for an Algerian commune
		long english = draft("sec.oran", "DZ", "oran", "City of Leeds", "Leeds", "GB", "en");
		PdfReader englishPdf = pdf(this.documents.issue(english, DocumentKind.CONVENTION_DRAFT, "test", "sec.oran",
				negotiated, UUID.randomUUID().toString()));
		String englishSide = englishPdf.printedLeftToRight((p) -> p.x() < englishPdf.pageWidth() / 2 && p.size() < 20);
		assertThat(englishSide.substring(englishSide.indexOf("Article 1 —")))
			.contains("Municipality of Oran", "Wilaya of Oran", "Executive Decree No. 17-329", "16 March 2026",
					"United Kingdom", "For Municipality of Oran")
			.doesNotContain("Commune d", "décret", "loi n°", "Royaume-Uni", "2026-03-16");
		// five years as each side counts them
		assertThat(draftPdf.flowingText()).contains("5 yıl", "süreyle", "سنوات");
		assertThat(draftPdf.pages()).isBetween(2, 8);
		readsAsAPrintedDocument(draftPdf, "draft convention");
		assertThat(draft.sizeBytes()).isLessThan(150_000);
		assertThat(pdf(signed).text()).doesNotContain("PROJET").contains("Madde 16");
		assertThat(signed.number()).endsWith("/CV-1");
	}

	@Test
	void statesTheVoteInTheDeliberationExtractAndAddressesEachReferralLetter() {
		long id = draft("sec.oran", "DZ", "oran", "Ville de Bordeaux", "Bordeaux", "FR");
		ActFacts deliberation = ActFacts.none()
			.withDeliberation(new ActFacts.Deliberation("07/2026", LocalDate.of(2026, 4, 6), 33, 27, 2, 4, true));

		PdfReader extractPdf = pdf(this.documents.issue(id, DocumentKind.DELIBERATION_EXTRACT, "Task_CountVotes",
				"sec.oran", deliberation, UUID.randomUUID().toString()));
		readsAsAPrintedDocument(extractPdf, "deliberation extract");
		String extract = extractPdf.flowingText();
		PdfReader toWaliPdf = pdf(this.documents.issue(id, DocumentKind.REFERRAL_LETTER, "Task_DepositWithWali",
				"sec.oran", deliberation.withAddressee(Addressee.WALI), UUID.randomUUID().toString()));
		readsAsAPrintedDocument(toWaliPdf, "referral letter");
		String toWali = toWaliPdf.flowingText();
		// the wali forwards the file with an opinion: the letter to the Ministry states
		// it
		this.decisions.record(id,
				new Decision(UUID.randomUUID().toString(), "Task_ReviewAtWilaya", Instant.now(), "wali.oran",
						"UNFAVOURABLE", new BilingualName("غير موافق", "Défavorable"),
						"لا يتضمن البرنامج مشروعا محددا"));
		String toMinistry = pdf(this.documents.issue(id, DocumentKind.REFERRAL_LETTER, "Task_ReviewAtWilaya",
				"wali.oran", deliberation.withAddressee(Addressee.MINISTRY_OF_INTERIOR), UUID.randomUUID().toString()))
			.flowingText();

		// PDFBox extracts a line that mixes both columns as one bidi line: its numbers
		// move, not the print
		assertThat(extract).contains("مستخرج مداولة", "Extrait de délibération", "07/2026", "6 avril",
				"Le conseil approuve le projet et autorise la signature.", "يصادق المجلس على المشروع");
		assertThat(toWali).contains("إلى السيد والي", "ولاية وهران", "ثمانية أيام");
		// what the letter encloses, and who signs it
		assertThat(toWali).contains("المرفقات", "مستخرج مداولة", "مشروع اتفاقية", "رئيس المجلس الشعبي البلدي");
		assertThat(toMinistry).contains("ديوان الوالي", "الوالي", "رأي الوالي المعلل")
			.doesNotContain("رئيس المجلس الشعبي البلدي");
		assertThat(extract).contains("بناء على", "المرسوم التنفيذي رقم", "المادة الأولى", "Article 1er", "Vu :");
		assertThat(toMinistry).contains("وزير الداخلية").doesNotContain("إلى السيد والي", "الشؤون الخارجية");
		assertThat(toMinistry).contains("الآراء والقرارات الصادرة في الملف", "غير موافق",
				"لا يتضمن البرنامج مشروعا محددا");
		assertThat(toWali).doesNotContain("غير موافق", "من رئيس");

		// a Tunisian municipality's letter says who writes it, then to whom
		long tunisian = draft("sec.gafsa", "TN", "gafsa", "Ville de Nancy", "Nancy", "FR");
		String toForeignAffairs = pdf(this.documents.issue(tunisian, DocumentKind.REFERRAL_LETTER,
				"Task_ReferToForeignAffairs", "sec.gafsa",
				deliberation.withAddressee(Addressee.MINISTRY_OF_FOREIGN_AFFAIRS), UUID.randomUUID().toString()))
			.flowingText();
		assertThat(toForeignAffairs).contains("من رئيس بلدية قفصة", "إلى السيد وزير الشؤون الخارجية");
	}

	@Test
	void headsAMoroccanCommunesActsWithTheKingdomItsRegionAndProvinceAndTheGovernorsWithHisOffice() {
		long id = draft("sec.sefrou", "MA", "sefrou", "Ville de Narbonne", "Narbonne", "FR");
		ActFacts deliberation = ActFacts.none()
			.withDeliberation(new ActFacts.Deliberation("03/2026", LocalDate.of(2026, 3, 2), 29, 24, 1, 4, true));

		PdfReader extractPdf = pdf(this.documents.issue(id, DocumentKind.DELIBERATION_EXTRACT, "Task_CountVotes",
				"sec.sefrou", deliberation, UUID.randomUUID().toString()));
		readsAsAPrintedDocument(extractPdf, "Moroccan deliberation extract");
		String extract = extractPdf.flowingText();
		PdfReader toGovernorPdf = pdf(this.documents.issue(id, DocumentKind.REFERRAL_LETTER, "Task_SendToGovernor",
				"sec.sefrou", deliberation.withAddressee(Addressee.GOVERNOR), UUID.randomUUID().toString()));
		readsAsAPrintedDocument(toGovernorPdf, "letter to the governor");
		String toGovernor = toGovernorPdf.flowingText();
		ActFacts decided = deliberation.withDecision(new ActFacts.Decision(LocalDate.of(2026, 3, 16), null));
		String visa = pdf(this.documents.issue(id, DocumentKind.APPROVAL_DECISION, "EndEvent_ApprovedByVisa",
				"gov.sefrou", decided.withAddressee(Addressee.GOVERNOR), UUID.randomUUID().toString()))
			.flowingText();
		String approval = pdf(this.documents.issue(id, DocumentKind.APPROVAL_DECISION, "EndEvent_ApprovedByMinistry",
				"dgct.ma", decided.withAddressee(Addressee.MINISTRY_OF_INTERIOR), UUID.randomUUID().toString()))
			.flowingText();

		assertThat(extract).contains("المملكة المغربية", "Royaume du Maroc", "وزارة الداخلية", "جهة فاس مكناس",
				"Région Fès-Meknès", "إقليم صفرو", "Province de Sefrou", "جماعة صفرو", "Commune de Sefrou");
		assertThat(extract).contains("113.14", "113-14", "رئيس المجلس الجماعي", "Le Président du conseil communal")
			.doesNotContain("République", "17-329", "المجلس الشعبي");
		assertThat(toGovernor).contains("إلى السيد عامل إقليم صفرو", "قصد التأشير", "المرفقات", "مستخرج مداولة");
		assertThat(visa).contains("ديوان العامل", "Cabinet du gouverneur", "العامل", "Le Gouverneur",
				"Province de Sefrou");
		assertThat(approval)
			.contains("المديرية العامة للجماعات الترابية", "Direction générale des collectivités territoriales",
					"الرباط", "Rabat")
			.doesNotContain("ديوان العامل");
	}

	@Test
	void issuesEveryShortActInBothLanguagesWithTheFactsItsStepRecorded() {
		long id = draft("sec.oran", "DZ", "oran", "Ville de Bordeaux", "Bordeaux", "FR");
		ActFacts none = ActFacts.none();
		Map<DocumentKind, ActFacts> acts = new EnumMap<>(Map.of(DocumentKind.APPROVAL_DECISION,
				none.withDecision(new ActFacts.Decision(LocalDate.of(2026, 5, 4), null)), DocumentKind.REFUSAL_DECISION,
				none.withDecision(new ActFacts.Decision(null, "Intérêt public non démontré")),
				DocumentKind.SIGNING_RECORD,
				none.withSignature(new ActFacts.Signature(LocalDate.of(2026, 6, 1), "Oran", "Le maire"))
					.withTerm(new ActFacts.Term(LocalDate.of(2026, 6, 1), LocalDate.of(2031, 6, 1), null, null)),
				DocumentKind.MISSION_ORDER,
				none.withVisit(new ActFacts.Visit("OM-2026-07", "Formation", LocalDate.of(2026, 6, 10),
						LocalDate.of(2026, 6, 14), List.of(new DelegationMember("Deux élus", "")), null)),
				DocumentKind.MISSION_REPORT,
				none.withVisit(new ActFacts.Visit(null, "Formation", null, LocalDate.of(2026, 6, 14), List.of(),
						"Visite utile")),
				DocumentKind.DONATION_EXTRACT, none.withProject(new ActFacts.Project("Bibliothèque", "21/2026")),
				DocumentKind.EVALUATION_REPORT,
				none.withEvaluation(new ActFacts.Evaluation("Deux visites", "Un chantier",
						new ActFacts.Consultation(LocalDate.of(2026, 5, 12),
								List.of("Association Sefrou Développement", "Association des parents d’élèves"),
								"Un jardin partagé près de la médiathèque", "Le jardin partagé, inscrit au plan 2027"),
						new ActFacts.PlannedAndDone(2026, 3, 2, 1, 1, 0, "120 000,00 EUR",
								"Commune 60 %, partenaire 40 %"))),
				DocumentKind.AMENDMENT_LETTER,
				none.withAmendment(new ActFacts.AmendmentText("Ajout de l’eau", LocalDate.of(2027, 1, 10))),
				DocumentKind.RENEWAL_LETTER,
				none.withTerm(new ActFacts.Term(null, LocalDate.of(2034, 6, 1), null, null)),
				DocumentKind.TERMINATION_NOTICE, none.withTermination(new ActFacts.Termination("Accord mutuel",
						LocalDate.of(2028, 1, 1), LocalDate.of(2027, 10, 1), 3))));
		acts.put(DocumentKind.WITHDRAWAL_NOTICE, none);
		Map<DocumentKind, String> aFact = new EnumMap<>(Map.of(DocumentKind.APPROVAL_DECISION, "approuve",
				DocumentKind.REFUSAL_DECISION, "Intérêt public non démontré", DocumentKind.SIGNING_RECORD, "Le maire",
				DocumentKind.MISSION_ORDER, "Deux élus", DocumentKind.MISSION_REPORT, "Visite utile",
				DocumentKind.DONATION_EXTRACT, "Bibliothèque", DocumentKind.EVALUATION_REPORT, "Un chantier",
				DocumentKind.AMENDMENT_LETTER, "Ajout de l’eau", DocumentKind.RENEWAL_LETTER, "juin 2034",
				DocumentKind.TERMINATION_NOTICE, "Accord mutuel"));
		aFact.put(DocumentKind.WITHDRAWAL_NOTICE, "retire");

		acts.forEach((kind, facts) -> {
			PdfReader pdf = pdf(
					this.documents.issue(id, kind, "test", "sec.oran", facts, UUID.randomUUID().toString()));
			String text = pdf.flowingText();
			assertThat(text).as(kind.name()).contains(aFact.get(kind), "بلدية وهران");
			if (kind == DocumentKind.EVALUATION_REPORT) {
				// the consultation of associations held for the evaluation (PDFBox reads
				// a
				// line that wraps beside the other column out of order: words, not lines)
				assertThat(text).contains("Consultation de la société civile", "mai 2026", "استشارة المجتمع المدني",
						"ماي", "Association des parents d’élèves", "Association Sefrou Développement",
						"Un jardin partagé près de la", "inscrit au");
				// what the year's plan planned beside what was done
				assertThat(text).contains("Plan d’action de l’année 2026", "Visites et délégations", "120 000,00 EUR",
						"Commune 60", "partenaire 40", "خطة عمل سنة", "الزيارات والوفود");
			}
			// made at a place and a date, signed by a title, with room for the stamp
			boolean decision = kind == DocumentKind.APPROVAL_DECISION || kind == DocumentKind.REFUSAL_DECISION;
			assertThat(text).as(kind.name())
				.contains(decision ? "حرر في الجزائر بتاريخ" : "حرر في وهران بتاريخ",
						decision ? "Alger, le" : "Oran, le", "الختم / الإمضاء");
			if (decision) {
				// the Ministry decides, on its own letterhead, not the commune
				assertThat(text).as(kind.name())
					.contains("وزارة الداخلية والجماعات المحلية والتهيئة العمرانية",
							"عن وزير الداخلية والجماعات المحلية والتهيئة العمرانية وبتفويض منه", "الجزائر")
					.doesNotContain("السلطة المختصة", "رئيس المجلس الشعبي البلدي");
			}
			else {
				assertThat(text).as(kind.name())
					.contains("Commune d'Oran", "وزارة الداخلية والجماعات المحلية والتهيئة العمرانية", "ولاية وهران",
							"رئيس المجلس الشعبي البلدي", "Le Président de l’Assemblée populaire communale");
			}
			readsAsAPrintedDocument(pdf, kind.name());
		});

	}

	@Test
	void namesEachMemberOfTheDelegationWithTheirCapacityOnTheMissionOrder() {
		long id = draft("sec.oran", "DZ", "oran", "Ville de Bordeaux", "Bordeaux", "FR");
		ActFacts facts = ActFacts.none()
			.withVisit(new ActFacts.Visit("OM-2026-08", "Formation", LocalDate.of(2026, 6, 10),
					LocalDate.of(2026, 6, 14), List.of(new DelegationMember("محمد بن علي", "رئيس المجلس الشعبي البلدي"),
							new DelegationMember("Amina Kaci", "Élue chargée de la culture")),
					null));

		PdfReader pdf = pdf(this.documents.issue(id, DocumentKind.MISSION_ORDER, "test", "sec.oran", facts,
				UUID.randomUUID().toString()));

		assertThat(pdf.flowingText()).contains("OM-2026-08", "Amina Kaci", "Élue chargée de la culture", "محمد بن علي",
				"رئيس المجلس الشعبي البلدي");
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
	}

	@Test
	void printsTheRegisterOfAnAuthorityForThoseWhoSeeItsFiles() {
		long id = draft("sec.gafsa", "TN", "gafsa", "Selçuklu Belediyesi", "Konya", "TR", "tr");
		String reference = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForObject("/api/agreements/{id}", JsonNode.class, id)
			.get("reference")
			.asText();

		ResponseEntity<byte[]> register = this.rest.withBasicAuth("sec.gafsa", "demo")
			.getForEntity("/api/authorities/gafsa/register", byte[].class);

		assertThat(register.getStatusCode()).isEqualTo(HttpStatus.OK);
		PdfReader pdf = new PdfReader(register.getBody());
		String text = pdf.flowingText();
		assertThat(text).contains("كشف الاتفاقيات", "Registre des conventions", "بلدية قفصة");
		// the agreements signed, with their visits and projects and what became of them
		String signed = between(text, "Conventions signées", "Projets non signés");
		assertThat(signed)
			.contains("GAFSA-2013-001", "Jumelage entre Gafsa et Selçuklu", "Selçuklu Belediyesi", "6 juin 2013",
					"Visite de la délégation de Gafsa à Selçuklu (6 octobre 2013) — Réalisé", "Délégation reçue",
					"(4 novembre 2013) — Réalisé", "Projet : Équipements de nettoyage — Non réalisé")
			.doesNotContain(reference, "Gafsa – Nancy");
		// the drafts not signed: the one referred in 2015 and the one just drafted
		String drafts = between(text, "Projets non signés", "Réseaux et organisations");
		assertThat(drafts).contains("GAFSA-2015-001", "Convention de coopération Gafsa – Nancy", "2015", reference,
				"Vérification");
		// its networks, and its work with organisations outside any agreement
		String networks = text.substring(text.indexOf("Réseaux et organisations"));
		assertThat(networks).contains("Réseau des communes vertes", "GIZ – Coopération allemande au développement",
				"Espace citoyen (2014)", "Plan communal de gestion des déchets (2014)", "GIZ, ville de Fribourg-en-",
				"Prévu");
		// a table read right to left: Arabic cells in every column, the first at the
		// right
		assertThat(pdf.fontsNotEmbedded()).isEmpty();
		isArchival(register.getBody(), "the register");
		assertThat(Collections.max(pdf.arabicLineEnds())).isGreaterThan(0.85);
		assertThat(this.rest.withBasicAuth("sec.oran", "demo")
			.getForEntity("/api/authorities/gafsa/register", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void printsALongRegisterRightToLeftWithItsHeaderOnEveryPageAndItsTotals() {
		for (int i = 1; i <= 40; i++) {
			draft("sec.sfax", "TN", "sfax", "Ville partenaire " + i, "Lyon", "FR");
		}

		PdfReader pdf = new PdfReader(this.rest.withBasicAuth("sec.sfax", "demo")
			.getForObject("/api/authorities/sfax/register", byte[].class));

		assertThat(pdf.pages()).isGreaterThanOrEqualTo(3);
		for (int page = 1; page <= pdf.pages(); page++) {
			int onPage = page;
			String line = pdf.printedLeftToRight((p) -> p.page() == onPage);
			if (line.contains("Ville partenaire")) {
				// the drafts' header on every page their table runs over, its first
				// column
				// at the right
				assertThat(line).as("page %d", page).contains("Transmission", "Référence");
				assertThat(line.indexOf("Transmission")).as("page %d", page).isLessThan(line.indexOf("Référence"));
			}
		}
		assertThat(pdf.printedLeftToRight((p) -> true)).containsPattern("Total : [4-9]\\d projets");
		assertThat(pdf.text()).contains("المجموع");
		isArchival(pdf.bytes(), "a register of many pages");
	}

	/**
	 * PDF/A-2u and PDF/UA-1 by veraPDF, and a structure qpdf finds clean.
	 */
	static void isArchival(byte[] pdf, String what) {
		assertThat(Archival.broken(pdf, PDFAFlavour.PDFA_2_U)).as("%s: PDF/A-2u rules broken", what).isEmpty();
		assertThat(Archival.broken(pdf, PDFAFlavour.PDFUA_1)).as("%s: PDF/UA-1 rules broken", what).isEmpty();
		assertThat(Archival.qpdfCheck(pdf)).as("%s: qpdf --check", what).isEmpty();
	}

	/**
	 * Every font embedded, ink on the first page, and Arabic set to the right: no line
	 * ends its Arabic in the left half of the page, and the widest reaches the right
	 * margin.
	 */
	private static void readsAsAPrintedDocument(PdfReader pdf, String what) {
		isArchival(pdf.bytes(), what);
		assertThat(Archival.sealedBy(pdf.bytes())).as("%s: sealed by the installation", what)
			.isNotNull()
			.extracting((certificate) -> certificate.getSubject().toString())
			.asString()
			.contains("Taawun");
		assertThat(pdf.fontsNotEmbedded()).as("%s: fonts not embedded", what).isEmpty();
		assertThat(pdf.inkOnFirstPage()).as("%s: ink on the first page", what).isGreaterThan(0.001);
		List<Double> arabicEnds = pdf.arabicLineEnds();
		assertThat(arabicEnds).as("%s: where lines end their Arabic", what).isNotEmpty().allMatch((end) -> end > 0.5);
		assertThat(Collections.max(arabicEnds)).as("%s: the right margin", what).isGreaterThan(0.85);
	}

	private PdfReader pdf(IssuedDocument document) {

		return new PdfReader(
				this.documents.pdf(document.id(), org.taawun.identity.Account.system()).orElseThrow().content());
	}

	private long draft(String user, String jurisdiction, String authority, String partner, String city,
			String country) {
		return draft(user, jurisdiction, authority, partner, city, country, "fr");
	}

	private long draft(String user, String jurisdiction, String authority, String partner, String city, String country,
			String language) {

		Map<String, Object> body = Map
			.of("jurisdiction", jurisdiction, "localAuthority", authority, "instrument", "TWINNING", "titleAr",
					authority.equals("gafsa") ? "اتفاقية توأمة بين بلدية قفصة وبلدية سلجوقلو" : "اتفاقية توأمة",
					"titleFr", "Jumelage avec " + city, "partner", Map.of("name", partner, "city", city, "country",
							country, "email", "contact@example.org", "language", language),
					"fields", List.of("CULTURE", "TOURISM"));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<JsonNode> created = this.rest.withBasicAuth(user, "demo")
			.postForEntity("/api/agreements", new HttpEntity<>(body, headers), JsonNode.class);
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return created.getBody().get("id").asLong();
	}

	/**
	 * A convention negotiated for five years, renewed tacitly, approved by deliberation
	 * 12/2026.
	 */
	static ActFacts negotiated() {
		return ActFacts.none()
			.withDeliberation(
					new ActFacts.Deliberation("12/2026", LocalDate.of(2026, 3, 16), null, null, null, null, null))
			.withTerm(new ActFacts.Term(null, null, 5, "TACIT"));
	}

	/**
	 * Each article's Turkish heading and its Arabic heading start the same row: the
	 * Arabic heading's number sits in the right-hand column, level with "Madde N".
	 */
	private static void articlesFaceEachOther(PdfReader pdf) {
		List<PdfReader.Printed> printed = pdf.printed();
		float middle = pdf.pageWidth() / 2;
		StringBuilder flow = new StringBuilder();
		List<PdfReader.Printed> byCharacter = new ArrayList<>();
		for (PdfReader.Printed p : printed) {
			flow.append(p.text());
			p.text().chars().forEach((c) -> byCharacter.add(p));
		}
		for (int article = 1; article <= 16; article++) {
			int at = flow.indexOf("Madde " + article + " —");
			assertThat(at).as("Madde %d", article).isNotNegative();
			PdfReader.Printed turkish = byCharacter.get(at);
			String facing = printed.stream()
				.filter((p) -> p.page() == turkish.page() && p.x() > middle && Math.abs(p.y() - turkish.y()) < 8)
				.sorted(Comparator.comparingDouble(PdfReader.Printed::x))
				.map(PdfReader.Printed::text)
				.filter((c) -> Character.isDigit(c.charAt(0)))
				.collect(Collectors.joining());
			assertThat(facing).as("the Arabic heading facing Madde %d", article).isEqualTo(String.valueOf(article));
		}
	}

	/** The text between two headings, each found once. */
	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to);
		assertThat(start).as("%s in the text", from).isNotNegative();
		assertThat(end).as("%s after %s", to, from).isGreaterThan(start);
		return text.substring(start, end);
	}

}
