package org.taawun.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the joint committee planned for a year of an agreement in force, as it adopted it.
 *
 * @param adoptedOn the day the joint committee adopted it
 * @param budget what the year's plan costs, in {@code budgetCurrency}
 * @param budgetCurrency ISO 4217 code of the budget (DZD, TND, MAD, EUR…)
 * @param paidBy who pays what, as the committee wrote it ("Oran 60 %, Bordeaux 40 %")
 * @param activities what is planned, in words
 */
public record ActionPlan(@NotNull(message = "{plan.adopted-on.required}") LocalDate adoptedOn,
		@NotNull(message = "{plan.count.required}") @Min(value = 0, message = "{plan.count.invalid}") @Max(value = 999,
				message = "{plan.count.invalid}") Integer plannedVisits,
		@NotNull(message = "{plan.count.required}") @Min(value = 0, message = "{plan.count.invalid}") @Max(value = 999,
				message = "{plan.count.invalid}") Integer plannedProjects,
		@NotNull(message = "{plan.budget.required}") @DecimalMin(value = "0",
				message = "{plan.budget.invalid}") @Digits(integer = 12, fraction = 2,
						message = "{plan.budget.invalid}") BigDecimal budget,
		@NotNull(message = "{plan.currency.required}") @Pattern(regexp = "[A-Z]{3}",
				message = "{plan.currency.invalid}") String budgetCurrency,
		@NotBlank(message = "{plan.paid-by.required}") @Size(max = 300, message = "{text.too-long}") String paidBy,
		@Size(max = 4000, message = "{text.too-long}") String activities) {

	/** A year's plan of an agreement, as kept. */
	public record OfYear(long agreementId, int year, ActionPlan plan) {
	}

}
