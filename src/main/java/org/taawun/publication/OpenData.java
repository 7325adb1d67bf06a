package org.taawun.publication;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import org.taawun.agreement.PublicAgreement;
import org.taawun.agreement.PublicRegister;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.web.CsvCells;

/**
 * The open register as open data, CSV and JSON, with the columns its schema documents
 * ({@code /public/agreements.schema.json}): built once per change of the register and
 * served from memory until the next change.
 */
@Component
class OpenData {

	/** The columns, in order: the schema's properties and the CSV's header. */
	static final List<String> COLUMNS = List.of("reference", "authority_country", "authority_code", "authority_name_ar",
			"authority_name_fr", "authority_kind", "province_name_ar", "province_name_fr", "partner_name",
			"partner_city", "partner_country", "partner_kind", "instrument", "fields", "title_ar", "title_fr", "state",
			"in_force", "signed_on", "in_force_from", "ends_on");

	private final PublicRegister register;

	private final LocalAuthorities authorities;

	private final ObjectMapper json;

	private volatile Export latest = new Export("", new byte[0], new byte[0]);

	OpenData(PublicRegister register, LocalAuthorities authorities, ObjectMapper json) {
		this.register = register;
		this.authorities = authorities;
		this.json = json;
	}

	/** The export of the register as it is now: the one in memory unless it changed. */
	Export now() {
		String version = this.register.version();
		Export export = this.latest;
		if (!export.version().equals(version)) {
			export = build(version);
			this.latest = export;
		}
		return export;
	}

	private synchronized Export build(String version) {
		if (this.latest.version().equals(version)) {
			return this.latest;
		}
		List<PublicAgreement> agreements = this.register.all();
		// one query for the authorities, not one per agreement
		Map<String, LocalAuthority> named = this.authorities
			.named(agreements.stream().map(PublicAgreement::authority).collect(Collectors.toSet()));
		List<Map<String, Object>> records = new ArrayList<>(agreements.size());
		agreements.forEach((agreement) -> records.add(record(agreement, named.get(agreement.authority()))));
		StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", COLUMNS)).append("\r\n");
		for (Map<String, Object> record : records) {
			csv.append(COLUMNS.stream().map((column) -> cell(record.get(column))).collect(Collectors.joining(",")))
				.append("\r\n");
		}
		try {
			byte[] body = this.json.writeValueAsBytes(Map.of("agreements", records, "count", records.size()));
			return new Export(version, csv.toString().getBytes(StandardCharsets.UTF_8), body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Plain values cannot fail to write as JSON", ex);
		}
	}

	private static Map<String, Object> record(PublicAgreement agreement, LocalAuthority authority) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("reference", agreement.reference());
		record.put("authority_country", agreement.jurisdiction());
		record.put("authority_code", agreement.authority());
		record.put("authority_name_ar", (authority != null) ? authority.name().ar() : null);
		record.put("authority_name_fr", (authority != null) ? authority.name().fr() : null);
		record.put("authority_kind", (authority != null) ? authority.kind().name() : null);
		record.put("province_name_ar", (authority != null) ? authority.province().name().ar() : null);
		record.put("province_name_fr", (authority != null) ? authority.province().name().fr() : null);
		record.put("partner_name", agreement.partnerName());
		record.put("partner_city", agreement.partnerCity());
		record.put("partner_country", agreement.partnerCountry());
		record.put("partner_kind", agreement.partnerKind());
		record.put("instrument", agreement.instrument());
		record.put("fields", agreement.fields());
		record.put("title_ar", agreement.titleAr());
		record.put("title_fr", agreement.titleFr());
		record.put("state", agreement.state());
		record.put("in_force", agreement.inForce());
		record.put("signed_on", iso(agreement.signature()));
		record.put("in_force_from", iso(agreement.entryIntoForce()));
		record.put("ends_on", iso(agreement.end()));
		return record;
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String cell(Object value) {
		return CsvCells.quoted((value == null) ? "" : (value instanceof List<?> list)
				? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : value.toString());
	}

	/** The register as exported at one version. */
	record Export(String version, byte[] csv, byte[] json) {

		/** A validator for HTTP caches: the same until the register changes. */
		String etag() {
			return "\"" + Integer.toHexString(this.version.hashCode()) + "\"";
		}

	}

}
