package org.taawun.workflow.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

import org.taawun.agreement.CooperationField;
import org.taawun.lessons.Lessons;
import org.taawun.lessons.SharedLesson;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.AnnualEvaluation.Vars;

/**
 * The annual evaluation's report was written: when its author chose to share a lesson,
 * every authority's staff may now read it
 * ({@code ${lessonSharing.shareIfChosen(execution)}}). Public, because the engine's
 * expression language only calls public methods of public classes.
 */
@Component("lessonSharing")
public class LessonSharing {

	private final Lessons lessons;

	LessonSharing(Lessons lessons) {
		this.lessons = lessons;
	}

	public void shareIfChosen(DelegateExecution execution) {
		if (!Boolean.TRUE.equals(execution.getVariable(Vars.LESSON_SHARED))) {
			return;
		}
		// one lesson per evaluation: the process instance that asked for it
		this.lessons.share(new SharedLesson(execution.getProcessInstanceId(),
				(Long) execution.getVariable(AgreementLifecycle.Vars.AGREEMENT_ID),
				CooperationField.valueOf((String) execution.getVariable(Vars.LESSON_FIELD)),
				(Integer) execution.getVariable(Vars.EVALUATED_YEAR),
				(String) execution.getVariable(Vars.LESSON_WORKED),
				(String) execution.getVariable(Vars.LESSON_DID_NOT_WORK),
				(String) execution.getVariable(Vars.LESSON_CONTACT),
				Boolean.TRUE.equals(execution.getVariable(Vars.LESSON_PUBLISHED))));
	}

}
