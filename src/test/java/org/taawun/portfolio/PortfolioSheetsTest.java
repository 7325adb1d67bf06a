package org.taawun.portfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import org.taawun.agreement.AgreementState;
import org.taawun.agreement.HistoricAgreement;
import org.taawun.agreement.LegalBasis;
import org.taawun.identity.Account;
import org.taawun.identity.Role;
import org.taawun.party.AuthorityKind;
import org.taawun.party.BilingualName;
import org.taawun.party.Jurisdiction;
import org.taawun.party.LocalAuthority;
import org.taawun.party.PartnerKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a portfolio: the example in CSV and in XLSX, headings in French and Arabic, and
 * every kind of bad line, each a problem where it is.
 */
class PortfolioSheetsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	private static final Map<String, LocalAuthority> AUTHORITIES = List
		.of(authority("gafsa", Jurisdiction.TN), authority("sfax", Jurisdiction.TN), authority("oran", Jurisdiction.DZ),
				authority("annaba", Jurisdiction.DZ), authority("alger-centre", Jurisdiction.DZ),
				authority("wilaya-alger", Jurisdiction.DZ), authority("adrar", Jurisdiction.DZ),
				authority("ain-madhi", Jurisdiction.DZ), authority("rabat", Jurisdiction.MA))
		.stream()
		.collect(Collectors.toMap(LocalAuthority::code, Function.identity()));

	private static final Account ADMIN = Account.of("admin", Set.of(Role.ADMIN.group()));

	@Test
	void readsTheExampleAsCsvFiles() {
		Read read = read(PortfolioExample.files(), ADMIN);

		assertThat(read.problems().all()).isEmpty();
		assertThat(read.agreements()).hasSize(12);
		assertThat(read.events()).hasSize(8);
		assertThat(read.memberships()).hasSize(9);
		HistoricAgreement selcuklu = agreement(read, "GAF-SEL-2013");
		assertThat(selcuklu.state()).isEqualTo(AgreementState.IN_FORCE);
		assertThat(selcuklu.dates().signature()).isEqualTo(LocalDate.of(2013, 6, 6));
		assertThat(selcuklu.dates().end()).isNull();
		assertThat(selcuklu.draft().basis()).isEqualTo(LegalBasis.TN_BEFORE_2018);
		assertThat(agreement(read, "GAF-FRE-2026").draft().basis()).isEqualTo(LegalBasis.TN_CODE_ART_40);
		assertThat(agreement(read, "SFX-GRE-2026").enteredState()).isEqualTo(AgreementState.VETTING);
		EventSheet.Line giz = read.events()
			.stream()
			.filter((line) -> line.agreementKey() == null)
			.findFirst()
			.orElseThrow();
		assertThat(giz.activity().partnerKind()).isEqualTo(PartnerKind.ORGANISATION);
		assertThat(giz.activity().localAuthority()).isEqualTo("gafsa");
		assertThat(read.memberships().stream().map((line) -> line.membership().network())).contains("MEDCITIES",
				"Réseau des communes vertes");
	}

	@Test
	void readsTheExampleWorkbookAsItsCsvFiles() {
		Read csv = read(PortfolioExample.files(), ADMIN);
		Read xlsx = read(List.of(new Upload("taawun-portfolio.xlsx", PortfolioExample.workbook())), ADMIN);

		assertThat(xlsx.problems().all()).isEmpty();
		assertThat(xlsx.agreements()).isEqualTo(csv.agreements());
		assertThat(xlsx.events()).isEqualTo(csv.events());
		assertThat(xlsx.memberships()).isEqualTo(csv.memberships());
	}

	@Test
	void rollsATacitlyRenewedTermForwardToTheOneRunningToday() {
		HistoricAgreement strasbourg = agreement(read(PortfolioExample.files(), ADMIN), "ORN-STR-2020");

		assertThat(strasbourg.dates().entryIntoForce()).isEqualTo(LocalDate.of(2020, 6, 15));
		assertThat(strasbourg.dates().end()).isAfter(TODAY);
		assertThat(strasbourg.dates().termStart()).isBeforeOrEqualTo(TODAY).isAfter(LocalDate.of(2023, 6, 1));
	}

	@Test
	void takesSemicolonsAByteOrderMarkAndHeadingsInFrenchAndArabic() {
		String csv = "\uFEFFclé;pays;البلدية;type;العنوان;titre;partenaire;ville;pays du partenaire;état;signé le\n"
				+ "K1;TN;gafsa;TWINNING;توأمة;Jumelage;Ville de Nancy;Nancy;fr;in_force;06/06/2013\n";
		Read read = read(List.of(upload("accords.csv", csv)), ADMIN);

		assertThat(read.problems().all()).isEmpty();
		HistoricAgreement record = read.agreements().get(0).record();
		assertThat(record.draft().partner().country()).isEqualTo("FR");
		assertThat(record.draft().partner().language()).isEqualTo("fr");
		assertThat(record.dates().signature()).isEqualTo(LocalDate.of(2013, 6, 6));
	}

	@Test
	void saysEveryBadLineWhereItIs() {
		String csv = String.join("\n", header(), "A1,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,EN_VIGUEUR,,,,,,,,,",
				"A2,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,APPROVED,,2020-05-01,,2020-04-01,2019-01-01,,,,",
				"A3,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,SIGNED,,,,,2020-01-01,2020-01-01,,,",
				"A4,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,IN_FORCE,,,,,2015-01-01,2015-01-01,2020-01-01,EXPRESS,",
				"A5,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,NEGOTIATION,,,,,,,,,",
				"A5,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,NEGOTIATION,,,,,,,,,",
				"A6,DZ,oran,TWINNING,أ,A,GIZ,Bonn,DE,ORGANISATION,,,,NEGOTIATION,,,,,,,,,",
				"A7,TN,nowhere,TWINNING,أ,A,P,C,XX,,not-an-address,,,NEGOTIATION,,,,,,,,,",
				"A8,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,EXPIRED,,,,,2015-01-01,2015-01-01,,,",
				"A9,TN,gafsa,TWINNING,=HYPERLINK(\"x\"),A,P,C,FR,,,,,NEGOTIATION,,,,,,,,,");
		Read read = read(List.of(upload("agreements.csv", csv)), ADMIN);

		assertThat(where(read)).contains("2 state import.unknown-code", "3 signedOn import.before",
				"4 state import.signed-but-in-force", "5 endsOn import.in-force-but-ended",
				"7 key import.duplicate-key", "8 partnerKind import.organisation-not-allowed",
				"9 localAuthority import.unknown-authority", "9 partnerCountry import.country",
				"9 partnerEmail import.email", "10 endsOn import.expired-needs-end", "11 titleAr import.formula");
		assertThat(read.agreements()).extracting((line) -> line.record().key()).containsExactly("A5");
	}

	@Test
	void asksAMoroccanMembershipForTheCouncilsDeliberationToJoinAndNoOther() {
		String csv = String.join("\n", "localAuthority,network,since,deliberationReference,deliberationDate",
				"rabat,MEDCITIES,2019-02-01,,", "rabat,UCLG,2019-01-01,07/2019,2019-02-05",
				"rabat,OICC,2019-03-01,08/2019,2019-02-26", "oran,UCLG,2019-01-01,,");
		Read read = read(List.of(upload("memberships.csv", csv)), ADMIN);

		assertThat(where(read)).containsExactlyInAnyOrder("2 deliberationReference membership.deliberation.required",
				"2 deliberationDate membership.deliberation.required", "3 since membership.since.before-deliberation");
		assertThat(read.memberships())
			.extracting((line) -> line.membership().localAuthority() + " " + line.membership().network() + " "
					+ line.membership().deliberationReference())
			.containsExactly("rabat OICC 08/2019", "oran UCLG null");
	}

	@Test
	void refusesAnotherAuthoritysFilesAndImpossibleEvents() {
		Account sfaxSecretary = Account.of("sec.sfax", Set.of(Role.SECRETARIAT.group("sfax")));
		String agreements = String.join("\n", header(), "S1,TN,sfax,TWINNING,أ,A,P,C,FR,,,,,NEGOTIATION,,,,,,,,,",
				"G1,TN,gafsa,TWINNING,أ,A,P,C,FR,,,,,NEGOTIATION,,,,,,,,,");
		String events = String.join("\n", "agreementKey,localAuthority,partnerName,kind,title,from,to,status",
				"S1,,,VISIT_OUTGOING,Visite,2020-05-10,2020-05-01,DONE", "S1,,,PROJECT,Projet,2030-01-01,,DONE",
				"NOPE,sfax,,PROJECT,Projet,,,PLANNED", ",sfax,,PROJECT,Sans partenaire,,,PLANNED");
		Read read = read(List.of(upload("agreements.csv", agreements), upload("events.csv", events)), sfaxSecretary);

		assertThat(where(read)).contains("3 localAuthority import.not-yours", "2 to import.ends-before",
				"3 status import.done-in-future", "4 agreementKey import.unknown-agreement",
				"5 partnerName import.partner-outside-agreement");
	}

	@Test
	void refusesWhatIsNotASpreadsheet() {
		assertThat(fileProblems(new Upload("agreements.csv", "%PDF-1.7\u0000binary".getBytes(StandardCharsets.UTF_8))))
			.containsExactly("import.not-a-spreadsheet");
		assertThat(fileProblems(new Upload("old.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
				(byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 })))
			.containsExactly("import.old-excel");
		assertThat(fileProblems(
				new Upload("agreements.csv", "clé,état\nK,ÉTAT".getBytes(Charset.forName("windows-1252")))))
			.containsExactly("import.not-utf8");
		assertThat(fileProblems(upload("portfolio.csv", "key\nK"))).containsExactly("import.unknown-file");
		assertThat(fileProblems(upload("agreements.csv", "key,colour\nK,blue"))).contains("import.unknown-column",
				"import.missing-column");
	}

	@Test
	void refusesAFormulaInAWorkbook() throws IOException {
		var out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("memberships");
		sheet.value(0, 0, "localAuthority");
		sheet.value(0, 1, "network");
		sheet.value(0, 2, "seats");
		sheet.value(1, 0, "oran");
		sheet.value(1, 1, "MEDCITIES");
		sheet.formula(1, 2, "1+1");
		workbook.finish();

		Read read = read(List.of(new Upload("networks.xlsx", out.toByteArray())), ADMIN);

		assertThat(where(read)).containsExactly("2 seats import.formula");
	}

	private static List<String> fileProblems(Upload file) {
		Problems problems = new Problems();
		var tables = Spreadsheets.read(List.of(file), problems);
		tables.values().forEach((table) -> Headers.check(table, problems));
		return problems.all().stream().map(Problems.Problem::key).toList();
	}

	private static List<String> where(Read read) {
		return read.problems()
			.all()
			.stream()
			.map((problem) -> problem.line() + " " + problem.column() + " " + problem.key())
			.toList();
	}

	private static HistoricAgreement agreement(Read read, String key) {
		return read.agreements()
			.stream()
			.map(AgreementSheet.Line::record)
			.filter((record) -> record.key().equals(key))
			.findFirst()
			.orElseThrow();
	}

	private static String header() {
		return String.join(",", Headers.of(SheetKind.AGREEMENTS));
	}

	private static Upload upload(String name, String text) {
		return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
	}

	/** The sheets read as an import reads them, keys of events found in the file. */
	private static Read read(List<Upload> files, Account account) {
		Problems problems = new Problems();
		Importer importer = new Importer(account, TODAY, (code) -> Optional.ofNullable(AUTHORITIES.get(code)));
		var tables = Spreadsheets.read(files, problems);
		tables.values().removeIf((table) -> !Headers.check(table, problems));
		List<AgreementSheet.Line> agreements = tables.containsKey(SheetKind.AGREEMENTS)
				? AgreementSheet.read(tables.get(SheetKind.AGREEMENTS), importer, problems) : List.of();
		EventSheet.AgreementKeys keys = (key) -> agreements.stream()
			.filter((line) -> line.record().key().equals(key))
			.map((line) -> line.record().draft().localAuthority())
			.toList();
		List<EventSheet.Line> events = tables.containsKey(SheetKind.EVENTS)
				? EventSheet.read(tables.get(SheetKind.EVENTS), importer, keys, problems) : List.of();
		List<MembershipSheet.Line> memberships = tables.containsKey(SheetKind.MEMBERSHIPS)
				? MembershipSheet.read(tables.get(SheetKind.MEMBERSHIPS), importer, problems) : List.of();
		return new Read(agreements, events, memberships, problems);
	}

	private record Read(List<AgreementSheet.Line> agreements, List<EventSheet.Line> events,
			List<MembershipSheet.Line> memberships, Problems problems) {
	}

	private static LocalAuthority authority(String code, Jurisdiction jurisdiction) {
		BilingualName name = new BilingualName("بلدية " + code, "Commune de " + code);
		return new LocalAuthority(code, jurisdiction,
				(jurisdiction == Jurisdiction.TN) ? AuthorityKind.MUNICIPALITY : AuthorityKind.COMMUNE, name,
				new LocalAuthority.Province(code, name), code + "@example.org");
	}

}
