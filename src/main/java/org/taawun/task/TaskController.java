package org.taawun.task;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.taawun.identity.Account;

/**
 * A user's tasks over HTTP: list them, open one with its form, claim, unclaim, complete.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskController {

	private final Tasks tasks;

	TaskController(Tasks tasks) {
		this.tasks = tasks;
	}

	/**
	 * My tasks and those of my groups, the most urgent first; at most
	 * {@link Tasks#LIST_LIMIT}, a ministry with more finds the rest through the register.
	 */
	@GetMapping
	@Operation(summary = "My tasks and those of my groups, the most urgent first")
	@ApiResponse(responseCode = "200", description = "At most 200 of them", useReturnTypeSchema = true)
	List<TaskItem> mine(@AuthenticationPrincipal Account account) {
		return this.tasks.of(account);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A task with its form, its values and the documents to read")
	@ApiResponse(responseCode = "200", description = "The task", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such open task for the caller")
	@ApiResponse(responseCode = "409", description = "Someone else completed it meanwhile")
	Tasks.OpenTask open(@PathVariable String id, @AuthenticationPrincipal Account account) {
		return this.tasks.open(id, account);
	}

	@PostMapping("/{id}/claim")
	@Operation(summary = "Takes the task")
	@ApiResponse(responseCode = "204", description = "Taken")
	@ApiResponse(responseCode = "404", description = "No such open task for the caller")
	@ApiResponse(responseCode = "409", description = "Someone else holds or completed it")
	ResponseEntity<Void> claim(@PathVariable String id, @AuthenticationPrincipal Account account) {
		this.tasks.claim(id, account);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unclaim")
	@Operation(summary = "Gives the task back to its groups")
	@ApiResponse(responseCode = "204", description = "Given back")
	@ApiResponse(responseCode = "404", description = "No such open task for the caller")
	@ApiResponse(responseCode = "409", description = "Someone else holds or completed it")
	ResponseEntity<Void> unclaim(@PathVariable String id, @AuthenticationPrincipal Account account) {
		this.tasks.unclaim(id, account);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Completes the task and tells where the agreement went next: its state and open
	 * tasks.
	 */
	@PostMapping("/{id}/complete")
	@Operation(summary = "Completes the task with its form's values")
	@ApiResponse(responseCode = "200", description = "Done: where the agreement went", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such open task for the caller")
	@ApiResponse(responseCode = "409", description = "Someone else holds or completed it")
	Completed complete(@PathVariable String id, @RequestBody Map<String, Object> values,
			@AuthenticationPrincipal Account account) {
		return this.tasks.complete(id, values, account);
	}

}
