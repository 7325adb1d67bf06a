package org.taawun.document;

import java.util.Arrays;

import org.apache.fontbox.ttf.CmapLookup;

/**
 * The letters each glyph of a shaped word stands for, so that the PDF's text reads as
 * typed. HarfBuzz says which character starts each glyph's cluster: a glyph alone in its
 * cluster stands for all of it (a lam-alef for both letters); where a cluster has several
 * glyphs (a letter and its marks), a glyph that is the font's own glyph for one of the
 * cluster's characters takes that character, and the first other glyph takes the rest.
 */
final class ClusterTexts {

	private ClusterTexts() {
	}

	static String[] of(String word, int[] ids, int[] starts, CmapLookup letters) {
		int[] bounds = Arrays.stream(starts).distinct().sorted().toArray();
		String[] texts = new String[ids.length];
		Arrays.fill(texts, "");
		for (int k = 0; k < bounds.length; k++) {
			int start = bounds[k];
			String rest = cluster(word, starts, start);
			long glyphs = Arrays.stream(starts).filter((s) -> s == start).count();
			int first = -1;
			for (int i = ids.length - 1; i >= 0; i--) {
				if (starts[i] != start) {
					continue;
				}
				int own = (glyphs > 1) ? ownCharacter(rest, ids[i], letters) : -1;
				if (own >= 0) {
					texts[i] = rest.substring(own, own + 1);
					rest = rest.substring(0, own) + rest.substring(own + 1);
				}
				else if (first < 0) {
					first = i;
				}
			}
			if (first >= 0) {
				texts[first] = rest;
			}
		}
		return texts;
	}

	/** The letters of the cluster that starts at a character of the word. */
	static String cluster(String word, int[] starts, int start) {
		int end = word.length();
		for (int s : starts) {
			if (s > start && s < end) {
				end = s;
			}
		}
		return word.substring(start, end);
	}

	private static int ownCharacter(String cluster, int id, CmapLookup letters) {
		if (cluster.length() < 2) {
			return -1;
		}
		for (int i = 0; i < cluster.length(); i++) {
			if (letters.getGlyphId(cluster.charAt(i)) == id) {
				return i;
			}
		}
		return -1;
	}

}
