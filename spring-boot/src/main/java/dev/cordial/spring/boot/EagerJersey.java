package dev.cordial.spring.boot;

import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Sets the Jersey servlet's load-on-startup to {@value #LOAD_ON_STARTUP} unless the application set
 * {@value #PROPERTY} itself (in any source Spring Boot binds, by any relaxed name). Spring Boot's
 * default, -1, initialises Jersey, and with it Cordial's checks, on the first request: a refused
 * application would start and answer 500. With a load-on-startup of 0 or more, Tomcat initialises
 * the servlet while the web server starts and Spring Boot fails the context on its exception.
 */
final class EagerJersey implements BeanPostProcessor, EnvironmentAware {

    static final String PROPERTY = "spring.jersey.servlet.load-on-startup";
    static final int LOAD_ON_STARTUP = 1;

    private boolean userSet;

    @Override
    public void setEnvironment(Environment environment) {
        userSet = Binder.get(environment).bind(PROPERTY, Integer.class).isBound();
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (!userSet && bean instanceof ServletRegistrationBean<?> registration
                && registration.getServlet() instanceof ServletContainer) {
            registration.setLoadOnStartup(LOAD_ON_STARTUP);
        }
        return bean;
    }
}
