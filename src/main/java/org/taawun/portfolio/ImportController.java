package org.taawun.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.taawun.identity.Account;

/**
 * Imports over HTTP: a portfolio checked (dry run) or brought in, the imports made, and
 * the example to start from.
 */
@RestController
@RequestMapping("/api/imports")
class ImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Portfolios portfolios;

	private final MessageSource messages;

	ImportController(Portfolios portfolios, MessageSource messages) {
		this.portfolios = portfolios;
		this.messages = messages;
	}

	/**
	 * Checks a portfolio and, unless it is a dry run, brings it in, all or nothing. The
	 * files come in parts named {@code file}: one XLSX workbook, or up to three CSV files
	 * named after their sheets.
	 */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Imports a portfolio (agreements, events, memberships), or checks it with dryRun=true")
	@ApiResponse(responseCode = "200", description = "Dry run: what each line would do", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "201", description = "Imported: what each line did", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "403", description = "The caller imports for no authority")
	ResponseEntity<ImportReport> importPortfolio(
			@Parameter(
					description = "The XLSX workbook, or the CSV files") @RequestPart("file") List<MultipartFile> file,
			@Parameter(description = "Check only, write nothing") @RequestParam(defaultValue = "false") boolean dryRun,
			@AuthenticationPrincipal Account account, Locale locale) {
		List<Upload> uploads = file.stream().map(ImportController::upload).toList();
		if (dryRun) {
			return ResponseEntity.ok(this.portfolios.dryRun(uploads, account, locale));
		}
		ImportReport report = this.portfolios.run(uploads, account, locale, Portfolios.Progress.NONE);
		return ResponseEntity.created(URI.create("/api/imports/" + report.importId())).body(report);
	}

	@GetMapping
	@Operation(summary = "The latest imports the caller made or whose authorities it sees")
	@ApiResponse(responseCode = "200", description = "Newest first", useReturnTypeSchema = true)
	List<PastImport> recent(@AuthenticationPrincipal Account account) {
		return this.portfolios.recent(account);
	}

	@GetMapping(value = "/template", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	@Operation(summary = "The example portfolio as an XLSX workbook, to start from")
	@ApiResponse(responseCode = "200", description = "The workbook")
	ResponseEntity<byte[]> template() {
		return download(PortfolioExample.workbook(), XLSX, "taawun-portfolio.xlsx");
	}

	@GetMapping(value = "/template/{sheet}.csv", produces = "text/csv")
	@Operation(summary = "A sheet of the example portfolio as CSV (agreements, events or memberships)")
	@ApiResponse(responseCode = "200", description = "The CSV file, UTF-8")
	@ApiResponse(responseCode = "404", description = "No such sheet")
	ResponseEntity<byte[]> templateSheet(@PathVariable String sheet) {
		return SheetKind.named(sheet)
			.map((kind) -> download(PortfolioExample.csv(kind.sheetName()),
					new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), kind.sheetName() + ".csv"))
			.orElse(ResponseEntity.notFound().build());
	}

	/** Every problem of the portfolio, where it is, and nothing written. */
	@ExceptionHandler(PortfolioRefusedException.class)
	ResponseEntity<ProblemDetail> refused(PortfolioRefusedException ex, Locale locale) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("import.refused", new Object[] { ex.problems().size() }, locale));
		body.setTitle(this.messages.getMessage("problem.invalid.title", null, locale));
		List<Map<String, Object>> errors = new ArrayList<>();
		for (ImportProblem problem : ex.problems()) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("field", field(problem));
			error.put("sheet", problem.sheet());
			error.put("line", problem.line());
			error.put("column", problem.column());
			error.put("message", problem.message());
			errors.add(error);
		}
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** Where a problem is, as a path: {@code agreements[3].signedOn}, or {@code file}. */
	private static String field(ImportProblem problem) {
		if (problem.sheet().isEmpty()) {
			return "file";
		}
		return problem.sheet() + "[" + problem.line() + "]"
				+ (problem.column().isEmpty() ? "" : "." + problem.column());
	}

	private static Upload upload(MultipartFile part) {
		try {
			return new Upload(part.getOriginalFilename(), part.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
