package org.taawun.workflow.notices;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskLabels} and {@link TaskNotices} on every user task of every model as it
 * is parsed: no model can leave a task out, and the models stay about the law.
 */
@Component
class NoticesPlugin extends AbstractProcessEnginePlugin {

	private final TaskNotices notices;

	private final TaskLabels labels;

	NoticesPlugin(TaskNotices notices, TaskLabels labels) {
		this.notices = notices;
		this.labels = labels;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					userTask.getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NoticesPlugin.this.labels);
					userTask.getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NoticesPlugin.this.notices);
					userTask.getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, NoticesPlugin.this.notices);
				}
			}
		});
	}

}
