package org.taawun.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import org.taawun.agreement.PublicAgreement;
import org.taawun.agreement.PublicRegister;
import org.taawun.party.LocalAuthorities;
import org.taawun.party.LocalAuthority;
import org.taawun.web.CsvCells;

/**
 * The open register as open data, CSV and JSON, with the columns its schema documents
 * ({@code /public/agreements.schema.json}): read once per change of the register, each
 * format written when first asked, and served from memory until the next change.
 */
@Component
class OpenData {

	/** The columns, in order: the schema's properties and the CSV's header. */
	private static final List<Column> COLUMN_VALUES = List.of(
			new Column("reference", (row) -> row.agreement().reference()),
			new Column("authority_country", (row) -> row.agreement().jurisdiction()),
			new Column("authority_code", (row) -> row.agreement().authority()),
			new Column("authority_name_ar", (row) -> row.authority((authority) -> authority.name().ar())),
			new Column("authority_name_fr", (row) -> row.authority((authority) -> authority.name().fr())),
			new Column("authority_kind", (row) -> row.authority((authority) -> authority.kind().name())),
			new Column("province_name_ar", (row) -> row.authority((authority) -> authority.province().name().ar())),
			new Column("province_name_fr", (row) -> row.authority((authority) -> authority.province().name().fr())),
			new Column("partner_name", (row) -> row.agreement().partnerName()),
			new Column("partner_city", (row) -> row.agreement().partnerCity()),
			new Column("partner_country", (row) -> row.agreement().partnerCountry()),
			new Column("partner_kind", (row) -> row.agreement().partnerKind()),
			new Column("instrument", (row) -> row.agreement().instrument()),
			new Column("fields", (row) -> row.agreement().fields()),
			new Column("title_ar", (row) -> row.agreement().titleAr()),
			new Column("title_fr", (row) -> row.agreement().titleFr()),
			new Column("state", (row) -> row.agreement().state()),
			new Column("in_force", (row) -> row.agreement().inForce()),
			new Column("signed_on", (row) -> iso(row.agreement().signature())),
			new Column("in_force_from", (row) -> iso(row.agreement().entryIntoForce())),
			new Column("ends_on", (row) -> iso(row.agreement().end())));

	static final List<String> COLUMNS = COLUMN_VALUES.stream().map(Column::name).toList();

	private final PublicRegister register;

	private final LocalAuthorities authorities;

	private final ObjectMapper json;

	private volatile Export latest;

	OpenData(PublicRegister register, LocalAuthorities authorities, ObjectMapper json) {
		this.register = register;
		this.authorities = authorities;
		this.json = json;
		this.latest = new Export("", List::of, json);
	}

	/** The export of the register as it is now: the one in memory unless it changed. */
	Export now() {
		String version = this.register.version();
		Export export = this.latest;
		if (!export.version().equals(version)) {
			export = next(version);
		}
		return export;
	}

	private synchronized Export next(String version) {
		if (!this.latest.version().equals(version)) {
			this.latest = new Export(version, this::rows, this.json);
		}
		return this.latest;
	}

	private List<Row> rows() {
		List<PublicAgreement> agreements = this.register.all();
		// one query for the authorities, not one per agreement
		Map<String, LocalAuthority> named = this.authorities
			.named(agreements.stream().map(PublicAgreement::authority).collect(Collectors.toSet()));
		return agreements.stream().map((agreement) -> new Row(agreement, named.get(agreement.authority()))).toList();
	}

	private static byte[] csv(List<Row> rows) {
		StringBuilder csv = new StringBuilder(256 * (rows.size() + 1)).append('\uFEFF')
			.append(String.join(",", COLUMNS))
			.append("\r\n");
		for (Row row : rows) {
			for (int i = 0; i < COLUMN_VALUES.size(); i++) {
				csv.append((i == 0) ? "" : ",").append(cell(COLUMN_VALUES.get(i).value().apply(row)));
			}
			csv.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] json(List<Row> rows, ObjectMapper json) {
		ByteArrayOutputStream body = new ByteArrayOutputStream(320 * (rows.size() + 1));
		try (JsonGenerator out = json.createGenerator(body)) {
			out.writeStartObject();
			out.writeArrayFieldStart("agreements");
			for (Row row : rows) {
				out.writeStartObject();
				for (Column column : COLUMN_VALUES) {
					out.writeFieldName(column.name());
					write(out, column.value().apply(row));
				}
				out.writeEndObject();
			}
			out.writeEndArray();
			out.writeNumberField("count", rows.size());
			out.writeEndObject();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory cannot fail", ex);
		}
		return body.toByteArray();
	}

	private static void write(JsonGenerator out, Object value) throws IOException {
		if (value == null) {
			out.writeNull();
		}
		else if (value instanceof Boolean yes) {
			out.writeBoolean(yes);
		}
		else if (value instanceof List<?> list) {
			out.writeStartArray();
			for (Object item : list) {
				out.writeString(String.valueOf(item));
			}
			out.writeEndArray();
		}
		else {
			out.writeString(value.toString());
		}
	}

	private static String iso(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

	private static String cell(Object value) {
		return CsvCells.quoted((value == null) ? "" : (value instanceof List<?> list)
				? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : value.toString());
	}

	/** An agreement of the open register with its authority, when registered. */
	private record Row(PublicAgreement agreement, LocalAuthority authority) {

		Object authority(Function<LocalAuthority, Object> value) {
			return (this.authority != null) ? value.apply(this.authority) : null;
		}

	}

	private record Column(String name, Function<Row, Object> value) {
	}

	/**
	 * The register as exported at one version: read when a format is first asked, each
	 * format written once from the same rows.
	 */
	static final class Export {

		private final String version;

		private final Supplier<List<Row>> reading;

		private final ObjectMapper json;

		private List<Row> rows;

		private byte[] csv;

		private byte[] jsonBody;

		private Export(String version, Supplier<List<Row>> reading, ObjectMapper json) {
			this.version = version;
			this.reading = reading;
			this.json = json;
		}

		String version() {
			return this.version;
		}

		/** A validator for HTTP caches: the same until the register changes. */
		String etag() {
			return "\"" + Integer.toHexString(this.version.hashCode()) + "\"";
		}

		synchronized byte[] csv() {
			if (this.csv == null) {
				this.csv = OpenData.csv(rows());
			}
			return this.csv;
		}

		synchronized byte[] json() {
			if (this.jsonBody == null) {
				this.jsonBody = OpenData.json(rows(), this.json);
			}
			return this.jsonBody;
		}

		private List<Row> rows() {
			if (this.rows == null) {
				this.rows = this.reading.get();
			}
			return this.rows;
		}

	}

}
