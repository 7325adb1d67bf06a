package org.taawun.workflow.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.taawun.form.FormViolation;
import org.taawun.workflow.model.AgreementLifecycle.Vars;

/**
 * The variables that say whose file a process is about ({@link Vars#WHOSE_FILE}) are set
 * when the process starts, to the register's values for its business key, and never
 * change afterwards: not through a completion, the variables of a task, an execution or a
 * process instance, a modification, a message or a signal, by anyone, administrators
 * included. Every change the engine is about to write is in the command's entity cache,
 * whatever route made it; this looks there when the command ends, before anything is
 * written, and refuses the whole command if one of them changed.
 */
final class WhoseFileGuard implements CommandContextListener {

	private final FileVariables register;

	private final MessageSource messages;

	WhoseFileGuard(FileVariables register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@Override
	public void onCommandContextClose(CommandContext context) {
		if (!context.getSessions().containsKey(DbEntityManager.class)) {
			return;
		}
		DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
		Map<String, Optional<Map<String, Object>>> registerValues = new HashMap<>();
		for (VariableInstanceEntity variable : cache.getEntitiesByType(VariableInstanceEntity.class)) {
			if (Vars.WHOSE_FILE.contains(variable.getName()) && !allowed(variable, cache, registerValues)) {
				String message = this.messages.getMessage("engine.whose-file-changed",
						new Object[] { variable.getName() }, LocaleContextHolder.getLocale());
				throw new RefusedVariablesException(List.of(new FormViolation(variable.getName(), message)), message);
			}
		}
	}

	private boolean allowed(VariableInstanceEntity variable, DbEntityCache cache,
			Map<String, Optional<Map<String, Object>>> registerValues) {
		CachedDbEntity written = cache.getCachedEntity(variable);
		return switch (written.getEntityState()) {
			case TRANSIENT -> {
				CachedDbEntity instance = cache.getCachedEntity(ExecutionEntity.class, variable.getProcessInstanceId());
				yield instance != null && instance.getEntityState() == DbEntityState.TRANSIENT
						&& isTheRegisters(variable, (ExecutionEntity) instance.getEntity(), registerValues);
			}
			case DELETED_TRANSIENT, DELETED_PERSISTENT, DELETED_MERGED -> removedWithItsProcess(variable, cache);
			case PERSISTENT -> !written.isDirty();
			case MERGED -> false;
		};
	}

	/**
	 * A process that ends, or a scope of it, takes its variables with it, without a word
	 * in their history. A variable removed on its own is recorded there, with its process
	 * instance: that removal is refused unless the instance itself starts or ends in the
	 * command.
	 */
	private static boolean removedWithItsProcess(VariableInstanceEntity variable, DbEntityCache cache) {
		HistoricVariableInstanceEntity history = cache.get(HistoricVariableInstanceEntity.class, variable.getId());
		if (history == null) {
			return true;
		}
		CachedDbEntity instance = cache.getCachedEntity(ExecutionEntity.class, history.getProcessInstanceId());
		return instance != null && instance.getEntityState() != DbEntityState.PERSISTENT
				&& instance.getEntityState() != DbEntityState.MERGED;
	}

	/**
	 * A process started by another keeps the values it was handed; one started on its own
	 * takes those of the agreement its business key names, where the register holds them
	 * (whether an amendment is under way is the process's own fact).
	 */
	private boolean isTheRegisters(VariableInstanceEntity variable, ExecutionEntity instance,
			Map<String, Optional<Map<String, Object>>> registerValues) {
		if (instance.getSuperExecutionId() != null) {
			return true;
		}
		Optional<Map<String, Object>> expected = registerValues.computeIfAbsent(instance.getId(),
				(id) -> this.register.ofReference(instance.getBusinessKey()));
		if (matches(expected, variable)) {
			return true;
		}
		// read again, in case what was kept of the reference belonged to a draft rolled
		// back
		this.register.forget(instance.getBusinessKey());
		expected = this.register.ofReference(instance.getBusinessKey());
		registerValues.put(instance.getId(), expected);
		return matches(expected, variable);
	}

	private static boolean matches(Optional<Map<String, Object>> expected, VariableInstanceEntity variable) {
		return expected.isPresent() && (!expected.get().containsKey(variable.getName())
				|| Objects.equals(expected.get().get(variable.getName()), variable.getValue()));
	}

	@Override
	public void onCommandFailed(CommandContext context, Throwable failure) {
		// nothing was written
	}

}
