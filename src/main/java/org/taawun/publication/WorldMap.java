package org.taawun.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.ibm.icu.util.Region;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.taawun.party.WorldNames;

/**
 * The world map of the open register, drawn on the server as SVG from the Natural Earth
 * boundaries shipped with the application ({@code world/countries-110m.json}): no tile
 * server, so it works offline. Each country is a path, named by its ISO code; those with
 * partners are shaded by how many.
 */
@Component
class WorldMap {

	/** Longitude 1° in the drawing; the map runs from 85° north to 60° south. */
	private static final double SCALE = 960.0 / 360;

	private static final double NORTH = 85;

	private static final double SOUTH = -60;

	private final Map<String, String> outlines;

	WorldMap(ObjectMapper json) {
		try (InputStream file = WorldMap.class.getResourceAsStream("/world/countries-110m.json")) {
			this.outlines = outlines(json.readTree(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The world map's boundaries ship with the application", ex);
		}
	}

	/**
	 * The map as an SVG element: every country, those with partners shaded in five steps
	 * of their count, each with its name and count as a tooltip.
	 */
	String svg(Map<String, Long> partnersByCountry, Locale reader, String title) {
		long most = partnersByCountry.values().stream().mapToLong(Long::longValue).max().orElse(1);
		StringBuilder svg = new StringBuilder(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"world-map\" viewBox=\"0 0 960 "
						+ Math.round((NORTH - SOUTH) * SCALE) + "\" role=\"img\" aria-label=\""
						+ HtmlUtils.htmlEscape(title) + "\">");
		this.outlines.forEach((code, path) -> {
			long count = partnersByCountry.getOrDefault(code, 0L);
			String level = (count == 0) ? "" : " level-" + (1 + (int) Math.min(4, (count - 1) * 5 / most));
			svg.append("<path class=\"country")
				.append(level)
				.append("\" data-country=\"")
				.append(code)
				.append("\" d=\"")
				.append(path)
				.append("\">");
			if (count > 0) {
				svg.append("<title>")
					.append(HtmlUtils.htmlEscape(WorldNames.country(code, reader) + " : " + count))
					.append("</title>");
			}
			svg.append("</path>");
		});
		return svg.append("</svg>").toString();
	}

	private static Map<String, String> outlines(JsonNode topology) {
		JsonNode transform = topology.get("transform");
		double[] scale = { transform.get("scale").get(0).asDouble(), transform.get("scale").get(1).asDouble() };
		double[] translate = { transform.get("translate").get(0).asDouble(),
				transform.get("translate").get(1).asDouble() };
		List<List<double[]>> arcs = new ArrayList<>();
		for (JsonNode arc : topology.get("arcs")) {
			// delta-encoded quantized positions, back to longitude and latitude
			List<double[]> points = new ArrayList<>();
			long x = 0;
			long y = 0;
			for (JsonNode point : arc) {
				x += point.get(0).asLong();
				y += point.get(1).asLong();
				points.add(new double[] { x * scale[0] + translate[0], y * scale[1] + translate[1] });
			}
			arcs.add(points);
		}
		Map<String, String> outlines = new LinkedHashMap<>();
		for (JsonNode country : topology.at("/objects/countries/geometries")) {
			String code = alpha2(country.path("id").asText(""));
			// Antarctica has no municipalities to twin with, and would take a third of
			// the map
			if (code == null || "AQ".equals(code) || country.get("arcs") == null) {
				continue;
			}
			StringBuilder path = new StringBuilder();
			JsonNode polygons = "Polygon".equals(country.get("type").asText())
					? JsonNodeFactory.instance.arrayNode().add(country.get("arcs")) : country.get("arcs");
			for (JsonNode polygon : polygons) {
				for (JsonNode ring : polygon) {
					ring(path, ring, arcs);
				}
			}
			outlines.put(code, path.toString());
		}
		return outlines;
	}

	private static void ring(StringBuilder path, JsonNode ring, List<List<double[]>> arcs) {
		boolean first = true;
		double previous = Double.NaN;
		for (JsonNode index : ring) {
			int i = index.asInt();
			List<double[]> points = (i >= 0) ? arcs.get(i) : reversed(arcs.get(~i));
			// each arc after the first starts where the one before ended
			for (int p = first ? 0 : 1; p < points.size(); p++) {
				double[] point = points.get(p);
				// a ring that crosses the 180th meridian jumps across the map: lift the
				// pen
				boolean jump = Math.abs(point[0] - previous) > 180;
				previous = point[0];
				path.append((first && p == 0) || jump ? 'M' : 'L')
					.append(Math.round((point[0] + 180) * SCALE * 10) / 10.0)
					.append(',')
					.append(Math.round((NORTH - Math.max(SOUTH, point[1])) * SCALE * 10) / 10.0);
			}
			first = false;
		}
		path.append('Z');
	}

	private static List<double[]> reversed(List<double[]> points) {
		List<double[]> reversed = new ArrayList<>(points);
		Collections.reverse(reversed);
		return reversed;
	}

	/** The ISO alpha-2 code of a numeric one ("792" is TR), or null when it has none. */
	private static String alpha2(String numeric) {
		if (!numeric.matches("\\d{1,3}")) {
			return null;
		}
		try {
			return Region.getInstance(Integer.parseInt(numeric)).toString();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
