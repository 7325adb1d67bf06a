package org.taawun.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends to the database, the engine's and ours
 * alike: every statement prepared, created or called on a connection of the application's
 * data source. Added to the benchmark's application by hand, like {@link PlaceholderPdf}.
 */
class StatementCounter {

	static final AtomicLong STATEMENTS = new AtomicLong();

	/** The statements sent by the current thread. */
	private static final ThreadLocal<long[]> MINE = ThreadLocal.withInitial(() -> new long[1]);

	/** How many statements the current thread has sent so far. */
	static long mine() {
		return MINE.get()[0];
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource) ? counting(dataSource) : bean;
			}
		};
	}

	private static DataSource counting(DataSource target) {
		return (DataSource) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
					Object result = invoke(target, method, arguments);
					return (result instanceof Connection connection) ? counting(connection) : result;
				});
	}

	private static Connection counting(Connection target) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("createStatement")
							|| name.equals("prepareCall")) {
						STATEMENTS.incrementAndGet();
						MINE.get()[0]++;
					}
					return invoke(target, method, arguments);
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

}
