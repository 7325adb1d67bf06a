package org.taawun.workflow.deployment;

import java.util.Arrays;

/**
 * A model file as it is deployed: its stable name ({@code bpmn/approval-dz.bpmn}) and its
 * bytes.
 */
record ModelResource(String name, byte[] content) {

	boolean isProcess() {
		return this.name.endsWith(".bpmn");
	}

	boolean isForm() {
		return this.name.endsWith(".form");
	}

	boolean sameContentAs(byte[] other) {
		return Arrays.equals(this.content, other);
	}

}
