package org.taawun.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs}, a contract the tests hold every answer
 * to. Each operation says its own successes and the refusals particular to it; what every
 * operation may answer is added here: 400 when it takes parameters or a body, 401 and 429
 * unless anyone may call it, 413 and 415 when it takes a body, 406, 500 and 503 always;
 * every error is a problem ({@code application/problem+json}). A field that no rule keeps
 * filled may be null, and says so.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	private static final String PROBLEM = "Problem";

	private static final String BASIC = "basic";

	private static final Map<String, String> COMMON_ERRORS = Map.of("400", "Invalid: a message per field under errors",
			"401", "No or wrong credentials", "406", "No answer in a format the request accepts", "413",
			"The body is too large", "415", "The body is not JSON", "429",
			"Too many refused passwords from this address; try again after Retry-After", "500",
			"Our fault, logged with a reference", "503", "The database is unreachable; try again after Retry-After");

	@Bean
	OpenAPI taawunApi() {
		return new OpenAPI()
			.info(new Info().title("Taawun API")
				.version("1")
				.description("Decentralized cooperation agreements: the register, tasks and documents. "
						+ "Errors are problems (RFC 9457) in the caller's language (Accept-Language: fr, ar)."))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	@Bean
	@SuppressWarnings("rawtypes")
	OpenApiCustomizer everyOperationsErrors() {
		return (api) -> {
			api.getComponents().addSchemas(PROBLEM, problem());
			api.getPaths().forEach((path, item) -> item.readOperations().forEach((operation) -> complete(operation)));
			Map<String, Schema> schemas = api.getComponents().getSchemas();
			schemas.values().forEach(ApiDescription::nullableUnlessRequired);
			schemas.values().forEach(ApiDescription::anyValueWhereJavaSaysObject);
			// the generator drops a record's list of its own kind: a form's group, like
			// the
			// form, holds fields
			Schema<?> field = schemas.get("FormField");
			if (field != null && field.getProperties() != null && !field.getProperties().containsKey("components")) {
				field.addProperty("components",
						new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FormField")).nullable(true));
			}
		};
	}

	/**
	 * A value declared as {@code Object} (the values a task holds, for one) may be a
	 * text, a number, a list: any JSON, not an object only.
	 */
	@SuppressWarnings("rawtypes")
	private static void anyValueWhereJavaSaysObject(Schema<?> schema) {
		if (schema.getAdditionalProperties() instanceof Schema values && isJavaObject(values)) {
			schema.setAdditionalProperties(new Schema<>());
		}
		if (schema.getProperties() != null) {
			schema.getProperties()
				.replaceAll((name, property) -> isJavaObject(property) ? new Schema<>().nullable(true) : property);
			schema.getProperties().values().forEach(ApiDescription::anyValueWhereJavaSaysObject);
		}
		if (schema.getItems() != null) {
			anyValueWhereJavaSaysObject(schema.getItems());
		}
	}

	private static boolean isJavaObject(Schema<?> schema) {
		return "object".equals(schema.getType()) && schema.get$ref() == null && schema.getProperties() == null
				&& schema.getAdditionalProperties() == null;
	}

	private static void complete(Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean takesParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean takesBody = operation.getRequestBody() != null;
		boolean forAnyone = operation.getSecurity() != null && operation.getSecurity().isEmpty();
		COMMON_ERRORS.forEach((status, description) -> {
			boolean applies = switch (status) {
				case "400" -> takesParameters || takesBody;
				case "401", "429" -> !forAnyone;
				case "413", "415" -> takesBody;
				default -> true;
			};
			if (applies && !responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description));
			}
		});
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(
						new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
			else if (response.getContent() != null && response.getContent().containsKey("*/*")) {
				MediaType json = response.getContent().remove("*/*");
				response.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, json);
			}
		});
	}

	@SuppressWarnings("rawtypes")
	private static void nullableUnlessRequired(Schema<?> schema) {
		if (schema.getProperties() == null) {
			return;
		}
		List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
		schema.getProperties().forEach((name, property) -> {
			if (!required.contains(name)) {
				((Schema) property).setNullable(true);
			}
		});
	}

	private static Schema<?> problem() {
		Schema<?> violation = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.addProperty("sheet", new StringSchema().description("An imported portfolio's sheet"))
			.addProperty("line", new IntegerSchema().description("Its line, as the spreadsheet numbers it"))
			.addProperty("column", new StringSchema().description("Its column, as the format names it"));
		return new ObjectSchema().description("A problem (RFC 9457), in the caller's language")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().nullable(true))
			.addProperty("errors", new ArraySchema().items(violation).description("One message per refused field"))
			.addProperty("reference", new StringSchema().description("What we logged an unexpected failure under"))
			.required(List.of("title", "status"));
	}

}
