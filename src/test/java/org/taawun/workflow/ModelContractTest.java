package org.taawun.workflow;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import org.taawun.agreement.AgreementState;
import org.taawun.document.DocumentKind;
import org.taawun.form.FormField;
import org.taawun.form.FormSchema;
import org.taawun.identity.Role;
import org.taawun.law.Deadline;
import org.taawun.workflow.adapters.DocumentsToRead;
import org.taawun.workflow.model.AgreementLifecycle;
import org.taawun.workflow.model.Amendment;
import org.taawun.workflow.model.AnnualEvaluation;
import org.taawun.workflow.model.ApprovalDz;
import org.taawun.workflow.model.ApprovalTn;
import org.taawun.workflow.model.IssueDocument;
import org.taawun.workflow.model.ProjectOrDonation;
import org.taawun.workflow.model.UndeliverableMail;
import org.taawun.workflow.model.VisitOrDelegation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models, the forms and the Java names agree: every name a class of this package
 * declares is in its model, every form reference names a form, every bean, deadline and
 * state an expression names exists, every candidate group is a role, and every choice a
 * gateway tests is a choice of a form.
 */
@ProcessTest
class ModelContractTest {

	private static final Pattern BEAN_CALL = Pattern.compile("\\$\\{(\\w+)\\.(\\w+)\\(");

	private static final Pattern DEADLINE = Pattern.compile("deadlines\\.\\w+\\([^)]*'([A-Z_]+)'\\)");

	private static final Pattern STATE = Pattern.compile("register\\.enter\\(execution, '([A-Z_]+)'\\)");

	private static final Pattern CHOICE = Pattern.compile("(\\w+) == '([A-Z0-9_]+)'");

	private static final Set<String> JAVA_ONLY = Set.of(AgreementLifecycle.Vars.AGREEMENT_ID,
			IssueDocument.Vars.DOCUMENT_KIND, IssueDocument.Vars.DOCUMENT_STEP, IssueDocument.Vars.ADDRESSEE,
			UndeliverableMail.Vars.OUTBOX_MESSAGE_ID);

	private static final Map<String, BpmnModelInstance> models = new HashMap<>();

	private static final Map<String, FormSchema> forms = new HashMap<>();

	private static final Map<String, String> sources = new HashMap<>();

	@Autowired
	private ApplicationContext context;

	@BeforeAll
	static void readTheFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.toList()) {
				BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
				Process process = model.getModelElementsByType(Process.class).iterator().next();
				models.put(process.getId(), model);
				sources.put(process.getId(), Files.readString(file));
			}
		}
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.toList()) {
				FormSchema form = FormSchema.parse(Files.readAllBytes(file));
				assertThat(file.getFileName().toString()).as("a form file is named after its id")
					.isEqualTo(form.id() + ".form");
				forms.put(form.id(), form);
			}
		}
	}

	@Test
	void findsEveryNameOfTheJavaClassesInTheirModel() throws ReflectiveOperationException {
		for (Class<?> names : List.of(AgreementLifecycle.class, ApprovalDz.class, ApprovalTn.class,
				VisitOrDelegation.class, ProjectOrDonation.class, AnnualEvaluation.class, Amendment.class,
				IssueDocument.class, UndeliverableMail.class)) {
			String key = (String) names.getField("KEY").get(null);
			BpmnModelInstance model = models.get(key);
			assertThat(model).as("a model with process id %s", key).isNotNull();
			for (Class<?> tasks : nested(names, "Tasks")) {
				for (String id : constants(tasks)) {
					assertThat((BaseElement) model.getModelElementById(id)).as("%s in %s", id, key).isNotNull();
				}
			}
			for (Class<?> messages : nested(names, "Messages")) {
				Set<String> declared = new HashSet<>();
				model.getModelElementsByType(Message.class).forEach((m) -> declared.add(m.getName()));
				assertThat(declared).containsAll(constants(messages));
			}
			for (Class<?> vars : nested(names, "Vars")) {
				for (String variable : constants(vars)) {
					// the few variables only Java reads: the link to the register, a
					// request
					assertThat(allSources().contains(variable) || formKeys().contains(variable)
							|| JAVA_ONLY.contains(variable))
						.as("variable %s is used by a model or a form", variable)

						.isTrue();
				}
			}
		}
	}

	@Test
	void namesEveryTimerAndReceiveTaskAFileWaitsOnInArabicAndFrench() throws IOException {
		for (String bundle : List.of("i18n/portal.properties", "i18n/portal_ar.properties")) {
			Properties names = new Properties();
			try (var in = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
					StandardCharsets.UTF_8)) {
				names.load(in);
			}
			for (BpmnModelInstance model : models.values()) {
				model.getModelElementsByType(TimerEventDefinition.class)
					.forEach((timer) -> assertThat(names)
						.as("%s names %s", bundle, ((BaseElement) timer.getParentElement()).getId())
						.containsKey("waiting." + ((BaseElement) timer.getParentElement()).getId()));
				model.getModelElementsByType(ReceiveTask.class)
					.forEach((task) -> assertThat(names).as("%s names %s", bundle, task.getId())
						.containsKey("waiting." + task.getId()));
			}
		}
	}

	@Test
	void givesEveryUserTaskADueDateOrSaysInItsModelWhyItHasNone() {
		for (BpmnModelInstance model : models.values()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				if (task.getCamundaDueDate() == null) {
					assertThat(task.getDocumentations()).as("why %s has no due date", task.getId())
						.anyMatch((documentation) -> documentation.getTextContent().contains("No due date: "));
				}
				else {
					assertThat(task.getCamundaDueDate()).as("due date of %s", task.getId()).startsWith("${deadlines.");
				}
			}
		}
	}

	@Test
	void givesEveryUserTaskAFormOfFormsAndAGroupThatIsARole() {
		for (BpmnModelInstance model : models.values()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(forms).as("form of %s", task.getId()).containsKey(task.getCamundaFormRef());
				assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
				String group = task.getCamundaCandidateGroups()
					.replace("${authority}", "gafsa")
					.replace("${province}", "gafsa");
				if (group.equals("${signatory}")) {
					// each signatory in turn, as the settings say: the groups are roles
					// (LegalRulesTest)
					assertThat(task.getLoopCharacteristics()).as("signatories of %s", task.getId())
						.isInstanceOf(MultiInstanceLoopCharacteristics.class);
					assertThat(
							((MultiInstanceLoopCharacteristics) task.getLoopCharacteristics()).getCamundaCollection())
						.isEqualTo("${rules.signatories(authority, authorityKind, province)}");
					continue;
				}
				if (group.equals("${rules.donationApprovers(jurisdiction, province)}")) {
					// the supervisor of the jurisdiction, a role (LegalRulesTest)
					continue;
				}
				assertThat(Role.parse(group)).as("candidate group of %s", task.getId()).isPresent();
			}
		}
	}

	@Test
	void namesEveryProcessAndUserTaskInArabicAndFrenchForThePortal() throws IOException {
		for (String bundle : List.of("i18n/portal.properties", "i18n/portal_ar.properties")) {
			Properties names = new Properties();
			try (var in = new InputStreamReader(new ClassPathResource(bundle).getInputStream(),
					StandardCharsets.UTF_8)) {
				names.load(in);
			}
			for (BpmnModelInstance model : models.values()) {
				for (Process process : model.getModelElementsByType(Process.class)) {
					assertThat(names).as("%s names process %s", bundle, process.getId())
						.containsKey("processname." + process.getId());
				}
				for (UserTask task : model.getModelElementsByType(UserTask.class)) {
					assertThat(names).as("%s names task %s", bundle, task.getId())
						.containsKey("taskname." + task.getId());
				}
			}
		}
	}

	@Test
	void namesOnlyDocumentKindsAsTheDocumentsATaskReads() {

		Set<String> kinds = new HashSet<>();
		for (DocumentKind kind : DocumentKind.values()) {
			kinds.add(kind.name());
		}
		int named = 0;
		for (BpmnModelInstance model : models.values()) {
			for (CamundaProperty property : model.getModelElementsByType(CamundaProperty.class)) {
				if (DocumentsToRead.PROPERTY.equals(property.getCamundaName())) {
					assertThat(kinds).containsAll(List.of(property.getCamundaValue().trim().split("\\s+")));
					named++;
				}
			}
		}
		assertThat(named).as("user tasks that name documents to read").isGreaterThan(20);
	}

	@Test
	void runsNoScript() {
		for (Map.Entry<String, String> source : sources.entrySet()) {
			assertThat(source.getValue()).as(source.getKey())
				.doesNotContain("scriptTask", "camunda:script", "scriptFormat", "camunda:resource=");
		}
	}

	@Test
	void setsAHistoryTimeToLiveOfTenYearsOnEveryProcess() {
		for (BpmnModelInstance model : models.values()) {
			Process process = model.getModelElementsByType(Process.class).iterator().next();
			assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isEqualTo("P3650D");
		}
	}

	@Test
	void namesOnlyBeansMethodsDeadlinesAndStatesThatExist() {
		for (String source : sources.values()) {
			Matcher call = BEAN_CALL.matcher(source);
			while (call.find()) {
				String bean = call.group(1);
				if (!bean.equals("execution")) {
					assertThat(this.context.containsBean(bean)).as("bean %s", bean).isTrue();
					assertThat(Stream.of(this.context.getType(bean).getMethods()).map((m) -> m.getName()))
						.as("%s.%s", bean, call.group(2))
						.contains(call.group(2));
				}
			}
			Matcher delegate = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"").matcher(source);
			while (delegate.find()) {
				assertThat(this.context.containsBean(delegate.group(1))).as("delegate %s", delegate.group(1)).isTrue();
			}
			Matcher document = Pattern.compile("documentRequests\\.request\\(execution, '(\\w+)'\\)").matcher(source);
			while (document.find()) {
				assertThat(DocumentKind.valueOf(document.group(1))).isNotNull();
			}
			Matcher deadline = DEADLINE.matcher(source);
			while (deadline.find()) {
				assertThat(Deadline.valueOf(deadline.group(1))).isNotNull();
			}
			Matcher state = STATE.matcher(source);
			while (state.find()) {
				assertThat(AgreementState.valueOf(state.group(1))).isNotNull();
			}
		}
	}

	@Test
	void testsOnlyChoicesThatAFormOffers() {
		Map<String, Set<String>> choices = new HashMap<>();
		forms.values()
			.stream()
			.flatMap((form) -> form.fields().stream())
			.filter((field) -> !field.options().isEmpty())
			.forEach((field) -> field.options()
				.forEach((o) -> choices.computeIfAbsent(field.key(), (k) -> new HashSet<>()).add(o.value())));
		choices.computeIfAbsent(AgreementLifecycle.Vars.APPROVAL_OUTCOME, (k) -> new HashSet<>())
			.addAll(Set.of("APPROVED", "REFUSED", "COUNCIL_REJECTED"));
		choices.put(AgreementLifecycle.Vars.JURISDICTION, Set.of("DZ", "TN"));
		choices.put(AgreementLifecycle.Vars.AUTHORITY_KIND, Set.of("COMMUNE", "WILAYA"));
		choices.put(AgreementLifecycle.Vars.LEGAL_BASIS, Set.of("TN_BEFORE_2018"));
		choices.put(ProjectOrDonation.Vars.KIND, Set.of("PROJECT", "DONATION"));
		for (String source : sources.values()) {
			Matcher choice = CHOICE.matcher(source);
			while (choice.find()) {
				assertThat(choices.get(choice.group(1))).as("choices of %s", choice.group(1)).contains(choice.group(2));
			}
		}
	}

	private static List<Class<?>> nested(Class<?> names, String simpleName) {
		return Stream.of(names.getDeclaredClasses()).filter((c) -> c.getSimpleName().equals(simpleName)).toList();
	}

	private static List<String> constants(Class<?> holder) throws IllegalAccessException {
		List<String> values = new ArrayList<>();
		for (Field field : holder.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				values.add((String) field.get(null));
			}
		}
		return values;
	}

	private static String allSources() {
		return String.join("\n", sources.values());
	}

	private static Set<String> formKeys() {
		Set<String> keys = new HashSet<>();
		forms.values().forEach((form) -> form.fields().stream().map(FormField::key).forEach(keys::add));
		return keys;
	}

}
