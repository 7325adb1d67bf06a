package org.taawun.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Times the prepared statements the application runs while a page is measured, by page
 * and statement, to say where a page's time goes ({@code -Dbench.statements=true}; the
 * figures of such a run are not reported). Added to the benchmark's application by hand.
 */
class StatementTimer {

	static final boolean ON = Boolean.getBoolean("bench.statements");

	/** The page being measured; null when nothing is timed. */
	static volatile String page;

	private static final Map<String, Timing> TIMINGS = new ConcurrentHashMap<>();

	@Bean
	static BeanPostProcessor timingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? timing(dataSource) : bean;
			}
		};
	}

	/** The statements of the page that took the most time, with their count and mean. */
	static void print(String of, int statements) {
		TIMINGS.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(of + " | "))
			.sorted(Comparator.comparingLong((Map.Entry<String, Timing> entry) -> entry.getValue().nanos.sum())
				.reversed())
			.limit(statements)
			.forEach((entry) -> System.out.printf("[statements] %8.1f ms total %6d runs %7.2f ms each  %s%n",
					entry.getValue().nanos.sum() / 1e6, entry.getValue().runs.sum(),
					entry.getValue().nanos.sum() / 1e6 / entry.getValue().runs.sum(),
					entry.getKey().replaceAll("\\s+", " ")));
	}

	private static DataSource timing(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementTimer.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
					Object result = invoke(target, method, arguments);
					return (result instanceof Connection connection) ? timing(connection) : result;
				});
	}

	private static Connection timing(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementTimer.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					Object result = invoke(target, method, arguments);
					if (result instanceof PreparedStatement statement && method.getName().equals("prepareStatement")) {
						return timing(statement, (String) arguments[0]);
					}
					return result;
				});
	}

	private static PreparedStatement timing(PreparedStatement target, String sql) {
		return (PreparedStatement) Proxy.newProxyInstance(StatementTimer.class.getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, (proxy, method, arguments) -> {
					String measured = page;
					if (measured == null || !method.getName().startsWith("execute")) {
						return invoke(target, method, arguments);
					}
					long start = System.nanoTime();
					try {
						return invoke(target, method, arguments);
					}
					finally {
						Timing timing = TIMINGS.computeIfAbsent(
								measured + " | " + sql.substring(0, Math.min(sql.length(), 400)),
								(key) -> new Timing());
						timing.nanos.add(System.nanoTime() - start);
						timing.runs.increment();
					}
				});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static final class Timing {

		final LongAdder nanos = new LongAdder();

		final LongAdder runs = new LongAdder();

	}

}
