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

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.task.FormDrafts;

/**
 * Puts {@link TaskLabels}, {@link TaskNotices} and the forgetting of saved forms on every
 * user task of every model as it is parsed: no model can leave a task out, and the models
 * stay about the law.
 */
@Component
class NoticesPlugin extends AbstractProcessEnginePlugin {

	private final TaskNotices notices;

	private final TaskLabels labels;

	private final TaskListener draftsForgotten;

	NoticesPlugin(TaskNotices notices, TaskLabels labels, @Lazy FormDrafts drafts) {
		this.notices = notices;
		this.labels = labels;
		// a saved form goes with its task, whichever route completes or ends it
		this.draftsForgotten = (task) -> drafts.forget(task.getId());
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
					userTask.getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, NoticesPlugin.this.draftsForgotten);
					userTask.getTaskDefinition()
						.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, NoticesPlugin.this.draftsForgotten);
				}
			}
		});
	}

}
