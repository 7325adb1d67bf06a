package org.taawun.portfolio;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of each sheet, named as the format names them or by a French or Arabic
 * heading as ministries and municipalities write them; headings are compared without
 * case, accents, spaces or punctuation ({@code Titre (AR)} is {@code titrear}).
 */
final class Headers {

	private static final Map<SheetKind, Map<String, List<String>>> COLUMNS = Map.of(SheetKind.AGREEMENTS, columns("key",
			List.of("clé", "identifiant", "المعرف"), "jurisdiction", List.of("juridiction", "pays", "البلد"),
			"localAuthority", List.of("collectivité", "commune", "municipalité", "الجماعة", "البلدية"), "instrument",
			List.of("type", "nature de l’acte", "نوع الاتفاقية"), "titleAr",
			List.of("titre en arabe", "titre (ar)", "العنوان", "العنوان بالعربية"), "titleFr",
			List.of("titre", "titre en français", "titre (fr)", "العنوان بالفرنسية"), "partnerName",
			List.of("partenaire", "الشريك"), "partnerCity", List.of("ville du partenaire", "ville", "مدينة الشريك"),
			"partnerCountry", List.of("pays du partenaire", "بلد الشريك"), "partnerKind",
			List.of("nature du partenaire", "صفة الشريك"), "partnerEmail",
			List.of("courriel", "e-mail", "email", "البريد الإلكتروني"), "partnerLanguage",
			List.of("langue", "langue du partenaire", "لغة الشريك"), "fields",
			List.of("domaines", "المجالات", "مجالات التعاون"), "state", List.of("état", "statut", "الوضعية"),
			"legalBasis", List.of("base légale", "السند القانوني"), "referredOn",
			List.of("transmis le", "date de transmission", "تاريخ الإحالة"), "deliberationOn",
			List.of("délibéré le", "date de délibération", "تاريخ المداولة"), "approvedOn",
			List.of("approuvé le", "date d’approbation", "تاريخ الموافقة"), "signedOn",
			List.of("signé le", "date de signature", "تاريخ الإمضاء", "تاريخ التوقيع"), "inForceFrom",
			List.of("en vigueur le", "entrée en vigueur", "تاريخ الدخول حيز التنفيذ"), "endsOn",
			List.of("fin le", "date de fin", "échéance", "تاريخ الانتهاء"), "renewal",
			List.of("renouvellement", "التجديد"), "notes", List.of("observations", "remarques", "ملاحظات")),
			SheetKind.EVENTS,
			columns("agreementKey", List.of("accord", "clé de l’accord", "معرف الاتفاقية"), "localAuthority",
					List.of("collectivité", "commune", "municipalité", "الجماعة", "البلدية"), "partnerName",
					List.of("partenaire", "الشريك"), "partnerKind", List.of("nature du partenaire", "صفة الشريك"),
					"kind", List.of("nature", "type", "النوع"), "title",
					List.of("intitulé", "objet", "titre", "الموضوع", "العنوان"), "from",
					List.of("du", "début", "date de début", "من"), "to", List.of("au", "fin", "date de fin", "إلى"),
					"status", List.of("statut", "état", "المآل", "الحالة"), "fundedBy",
					List.of("financement", "financé par", "التمويل"), "notes",
					List.of("observations", "remarques", "ملاحظات")),
			SheetKind.MEMBERSHIPS,
			columns("localAuthority", List.of("collectivité", "commune", "municipalité", "الجماعة", "البلدية"),
					"network", List.of("réseau", "الشبكة"), "since", List.of("depuis", "membre depuis", "منذ"), "role",
					List.of("rôle", "الصفة"), "seats", List.of("sièges", "المقاعد"), "notes",
					List.of("observations", "remarques", "ملاحظات"), "deliberationReference",
					List.of("délibération", "numéro de la délibération", "رقم المداولة", "المداولة"),
					"deliberationDate", List.of("date de la délibération", "تاريخ المداولة")));

	/** The columns a sheet cannot do without. */
	private static final Map<SheetKind, List<String>> REQUIRED = Map.of(SheetKind.AGREEMENTS,
			List.of("key", "jurisdiction", "localAuthority", "instrument", "titleAr", "titleFr", "partnerName",
					"partnerCity", "partnerCountry", "state"),
			SheetKind.EVENTS, List.of("kind", "title", "status"), SheetKind.MEMBERSHIPS,
			List.of("localAuthority", "network"));

	private Headers() {
	}

	/**
	 * Whether the table's header names each column once, only columns of its sheet, and
	 * all those it cannot do without; what is wrong is noted on line 1.
	 */
	static boolean check(Table table, Problems problems) {
		SheetKind sheet = table.sheet();
		int headerLine = table.headerLine();
		boolean complete = true;
		Map<String, String> seen = new HashMap<>();
		for (String heading : table.header()) {
			if (heading.isBlank()) {
				continue;
			}
			Optional<String> column = column(sheet, heading);
			if (column.isEmpty()) {
				problems.add(sheet, headerLine, heading, "import.unknown-column", heading,
						String.join(", ", of(sheet)));
			}
			else if (seen.putIfAbsent(column.get(), heading) != null) {
				problems.add(sheet, headerLine, column.get(), "import.column-twice", heading, seen.get(column.get()));
				complete = false;
			}
		}
		for (String required : REQUIRED.get(sheet)) {
			if (!seen.containsKey(required)) {
				problems.add(sheet, headerLine, required, "import.missing-column", required);
				complete = false;
			}
		}
		return complete;
	}

	/** The columns of the sheet, as the format names them, in the template's order. */
	static List<String> of(SheetKind sheet) {
		return List.copyOf(COLUMNS.get(sheet).keySet());
	}

	/** The column a heading names in that sheet. */
	static Optional<String> column(SheetKind sheet, String heading) {
		String wanted = normalised(heading);
		return COLUMNS.get(sheet)
			.entrySet()
			.stream()
			.filter((column) -> normalised(column.getKey()).equals(wanted)
					|| column.getValue().stream().map(Headers::normalised).anyMatch(wanted::equals))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * A heading or a name as it is compared: lower case, without accents, Arabic
	 * diacritics, spaces or punctuation.
	 */
	static String normalised(String text) {
		String decomposed = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD);
		return decomposed.replaceAll("[\\p{M}\\p{P}\\p{Z}\\p{S}\\p{Cf}]", "").toLowerCase(Locale.ROOT);
	}

	private static Map<String, List<String>> columns(Object... namesAndAliases) {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		for (int i = 0; i < namesAndAliases.length; i += 2) {
			@SuppressWarnings("unchecked")
			List<String> aliases = (List<String>) namesAndAliases[i + 1];
			columns.put((String) namesAndAliases[i], aliases);
		}
		return columns;
	}

	/** Where each column of the sheet sits in a header, by column name. */
	static Map<String, Integer> positions(SheetKind sheet, List<String> header) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			int index = i;
			column(sheet, header.get(i)).ifPresent((column) -> positions.putIfAbsent(column, index));
		}
		return positions;
	}

}
