package org.taawun.workflow.rules;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import org.taawun.workflow.security.EnginePasswordPolicy;
import org.taawun.workflow.security.OwnProfileGrant;

/**
 * The rules the engine itself enforces, whoever calls it and however (our API, the
 * portal, the Tasklist, the engine REST API, a job): what a person sends to a task is
 * held against its form ({@link TaskSubmissions}), the variables that say whose file a
 * process is about never change after its start ({@link WhoseFileGuard}), a new password
 * passes the password rules ({@link EnginePasswordPolicy}) and a user does not change
 * their own profile ({@link OwnProfileGrant}). A refusal reaches the caller as the 400 it
 * is ({@link RefusalUnwrapper}).
 */
@Component
class EngineRulesPlugin extends AbstractProcessEnginePlugin {

	/**
	 * The checks the engine runs before a command writes to a task: completing,
	 * submitting its form, resolving, claiming, throwing an error or escalation from it,
	 * and setting or removing its variables.
	 */
	private static final Set<String> BEFORE_TASK_WRITES = Set.of("checkTaskWork", "checkUpdateTaskVariable");

	private static final List<String> TASK_EVENTS = List.of(TaskListener.EVENTNAME_COMPLETE,
			TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_DELETE);

	private final TaskSubmissions submissions;

	private final WhoseFileGuard whoseFile;

	// the register is read through the engine's services, which exist only once this
	// plugin has run
	EngineRulesPlugin(TaskSubmissions submissions, @Lazy FileVariables register, MessageSource messages) {
		this.submissions = submissions;
		this.whoseFile = new WhoseFileGuard(register, messages);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnablePasswordPolicy(true);
		configuration.setPasswordPolicy(new EnginePasswordPolicy());
		configuration.setResourceAuthorizationProvider(new OwnProfileGrant());
		add(configuration::getCustomPreCommandInterceptorsTxRequired,
				configuration::setCustomPreCommandInterceptorsTxRequired, new RefusalUnwrapper());
		for (var interceptors : List.of(
				new Chain(configuration::getCustomPostCommandInterceptorsTxRequired,
						configuration::setCustomPostCommandInterceptorsTxRequired),
				new Chain(configuration::getCustomPostCommandInterceptorsTxRequiresNew,
						configuration::setCustomPostCommandInterceptorsTxRequiresNew))) {
			add(interceptors.get(), interceptors.set(), new GuardEveryCommand());
		}
		add(configuration::getCustomSessionFactories, configuration::setCustomSessionFactories,
				(SessionFactory) new TaskSubmissions.BeforeFactory());
		add(configuration::getCustomPostBPMNParseListeners, configuration::setCustomPostBPMNParseListeners,
				(BpmnParseListener) new AbstractBpmnParseListener() {
					@Override
					public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
						if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
							checkSubmissions(userTask.getTaskDefinition(),
									element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef"));
						}
					}
				});
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if (!configuration.getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_DELETE, null)) {
			// the guard learns from the history of a removed variable where it was
			throw new IllegalStateException("Taawun keeps the history of variables: set camunda.bpm.history-level "
					+ "to audit or full, not " + configuration.getHistoryLevel().getName());
		}
		configuration.getCommandCheckers().add(checker(this.submissions::before));
	}

	private void checkSubmissions(TaskDefinition task, String formRef) {
		SubmissionCheck check = new SubmissionCheck(formRef, this.submissions);
		TASK_EVENTS.forEach((event) -> task.addBuiltInTaskListener(event, check));
	}

	/**
	 * A command checker that notes a task before the commands that write to it, and
	 * checks nothing else (the engine's own checkers decide who may act). A proxy spares
	 * the interface's eighty-odd other methods.
	 */
	private static CommandChecker checker(Consumer<TaskEntity> beforeTaskWrites) {
		return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
				new Class<?>[] { CommandChecker.class }, (proxy, method, arguments) -> switch (method.getName()) {
					case "equals" -> proxy == arguments[0];
					case "hashCode" -> System.identityHashCode(proxy);
					case "toString" -> "checks of what a person sends to a task";
					default -> {
						if (BEFORE_TASK_WRITES.contains(method.getName()) && arguments[0] instanceof TaskEntity task) {
							beforeTaskWrites.accept(task);
						}
						yield null;
					}
				});
	}

	private static <T> void add(Supplier<List<T>> list, Consumer<List<T>> set, T element) {
		if (list.get() == null) {
			set.accept(new ArrayList<>());
		}
		list.get().add(element);
	}

	private record Chain(Supplier<List<CommandInterceptor>> get, Consumer<List<CommandInterceptor>> set) {
	}

	/** Looks at what each command is about to write, when it ends. */
	private final class GuardEveryCommand extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			Context.getCommandContext().registerCommandContextListener(EngineRulesPlugin.this.whoseFile);
			return this.next.execute(command);
		}

	}

}
