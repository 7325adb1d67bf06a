package org.taawun.portfolio;

/**
 * A file given to an import: an XLSX workbook, or a CSV file named after the sheet it
 * stands for ({@code agreements.csv}).
 */
public record Upload(String filename, byte[] content) {

	public Upload {
		filename = (filename != null) ? filename : "";
	}

}
