package org.taawun.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the models the build copied from {@code bpmn/} and {@code forms/} onto the
 * classpath. The folders are flat: a resource is named by its folder and file name.
 */
final class ModelFolders {

	private static final List<String> PATTERNS = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.form");

	private ModelFolders() {
	}

	/**
	 * The models under the given classpath root ({@code ""} for the application's own),
	 * by name.
	 */
	static List<ModelResource> read(String root) {
		var resolver = new PathMatchingResourcePatternResolver();
		Map<String, ModelResource> byName = new TreeMap<>();
		try {
			for (String pattern : PATTERNS) {
				String folder = pattern.substring(0, pattern.indexOf('/'));
				for (Resource resource : resolver.getResources("classpath*:" + root + pattern)) {
					String name = folder + "/" + resource.getFilename();
					if (byName.put(name, new ModelResource(name, bytes(resource))) != null) {
						throw new IllegalStateException("Two models are named " + name + " on the classpath");
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the models", ex);
		}
		return new ArrayList<>(byName.values());
	}

	private static byte[] bytes(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			return in.readAllBytes();
		}
	}

}
