package org.taawun.evaluation;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.taawun.identity.Account;

/** An agreement's yearly action plans over HTTP. */
@RestController
@RequestMapping("/api/agreements/{id}/action-plans")
@Validated
class ActionPlanController {

	private final ActionPlans plans;

	ActionPlanController(ActionPlans plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "The agreement's action plans, latest year first")
	@ApiResponse(responseCode = "200", description = "Its plans", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No such agreement the caller may see")
	List<ActionPlan.OfYear> list(@PathVariable long id, @AuthenticationPrincipal Account viewer) {
		return this.plans.of(id, viewer);
	}

	@PutMapping("/{year}")
	@Operation(summary = "Keeps the year's plan as the joint committee adopted it, replacing the one before")
	@ApiResponse(responseCode = "204", description = "Kept")
	@ApiResponse(responseCode = "403", description = "Not the authority's secretariat")
	@ApiResponse(responseCode = "409", description = "The agreement is neither in force nor suspended")
	ResponseEntity<Void> keep(@PathVariable long id,
			@PathVariable @Min(value = 2000, message = "{year.invalid}") @Max(value = 2200,
					message = "{year.invalid}") int year,
			@Valid @RequestBody ActionPlan plan, @AuthenticationPrincipal Account keeper) {
		this.plans.keep(id, year, plan, keeper);
		return ResponseEntity.noContent().build();
	}

}
