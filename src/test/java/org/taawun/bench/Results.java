package org.taawun.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The benchmark's figures, written as a table for people ({@code results.md}) and as JSON
 * for machines ({@code results.json}), with the machine they were measured on.
 */
final class Results {

	private final List<Row> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final Instant started = Instant.now();

	/**
	 * One figure.
	 *
	 * @param section what is measured (lifecycle, scale, http, footprint)
	 * @param value the median over the runs, or the percentile the metric names
	 * @param runs every run's value, for medians
	 */
	record Row(String section, String metric, double value, String unit, String target, List<Double> runs) {
	}

	void add(String section, String metric, double value, String unit, String target, List<Double> runs) {
		this.rows.add(new Row(section, metric, value, unit, target, List.copyOf(runs)));
		System.out.printf(Locale.ROOT, "[bench] %-10s %-70s %12.2f %s%n", section, metric, value, unit);
	}

	void add(String section, String metric, double value, String unit) {
		add(section, metric, value, unit, "", List.of());
	}

	void note(String note) {
		this.notes.add(note);
		System.out.println("[bench] " + note);
	}

	static double median(List<Double> values) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** The p-th percentile (0 to 100) of the values, nearest rank. */
	static double percentile(double[] values, double p) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static Map<String, Object> machine() {
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cpus", Runtime.getRuntime().availableProcessors());
		machine.put("cpuModel", cpuModel());
		machine.put("memoryGiB",
				Math.round(((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
					.getTotalMemorySize() / (1024.0 * 1024 * 1024)));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
		return machine;
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((line) -> line.startsWith("model name"))
				.map((line) -> line.substring(line.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	void write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("started", this.started.toString());
		json.put("finished", Instant.now().toString());
		json.put("machine", machine());
		json.put("results", this.rows);
		json.put("notes", this.notes);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.writeValue(folder.resolve("results.json").toFile(), json);

		StringBuilder md = new StringBuilder("# Taawun benchmark\n\n");
		md.append("Run ").append(this.started).append(" – ").append(Instant.now()).append(" on ");
		machine().forEach((key, value) -> md.append(key).append(": ").append(value).append("; "));
		md.append("\n\n| Section | Metric | Value | Unit | Target | Runs |\n|---|---|---:|---|---|---|\n");
		for (Row row : this.rows) {
			md.append("| ")
				.append(row.section())
				.append(" | ")
				.append(row.metric())
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.2f", row.value()))
				.append(" | ")
				.append(row.unit())
				.append(" | ")
				.append(row.target())
				.append(" | ")
				.append(row.runs()
					.stream()
					.map((v) -> String.format(Locale.ROOT, "%.2f", v))
					.reduce((a, b) -> a + ", " + b)
					.orElse(""))
				.append(" |\n");
		}
		if (!this.notes.isEmpty()) {
			md.append("\n");
			this.notes.forEach((note) -> md.append("- ").append(note).append("\n"));
		}
		Files.writeString(folder.resolve("results.md"), md);
	}

}
