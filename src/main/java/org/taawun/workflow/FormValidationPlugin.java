package org.taawun.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.form.FormValidator;

/**
 * Gives every user task that has a form the {@link SubmittedFormCheck}, so that no way of
 * completing a task skips the server-side validation of its form.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

	private final DeployedForms forms;

	private final FormValidator validator;

	private final DeadlineCalendar calendar;

	private final MessageSource messages;

	// the engine's services that DeployedForms needs exist only once this plugin has run
	FormValidationPlugin(@Lazy DeployedForms forms, FormValidator validator, DeadlineCalendar calendar,
			MessageSource messages) {
		this.forms = forms;
		this.validator = validator;
		this.calendar = calendar;
		this.messages = messages;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
		if (interceptors == null) {
			interceptors = new ArrayList<>();
			configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
		}
		interceptors.add(new InvalidSubmissionUnwrapper());
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
		if (listeners == null) {
			listeners = new ArrayList<>();
			configuration.setCustomPostBPMNParseListeners(listeners);
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
				if (formRef != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					userTask.getTaskDefinition()
						.addTaskListener(TaskListener.EVENTNAME_COMPLETE,
								new SubmittedFormCheck(formRef, FormValidationPlugin.this.forms,
										FormValidationPlugin.this.validator, FormValidationPlugin.this.calendar,
										FormValidationPlugin.this.messages));
				}
			}
		});
	}

}
