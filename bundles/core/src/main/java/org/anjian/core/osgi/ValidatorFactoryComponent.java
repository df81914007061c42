package org.anjian.core.osgi;

import javax.validation.ClockProvider;
import javax.validation.ConstraintValidatorFactory;
import javax.validation.MessageInterpolator;
import javax.validation.ParameterNameProvider;
import javax.validation.TraversableResolver;
import javax.validation.Validator;
import javax.validation.ValidatorContext;
import javax.validation.ValidatorFactory;
import org.anjian.core.validation.Constraints;
import org.osgi.service.component.annotations.Component;

/** The platform's Bean Validation factory as a service: the REST layer validates requests with it. */
@Component(service = ValidatorFactory.class, property = "anjian.validation=platform")
public class ValidatorFactoryComponent implements ValidatorFactory {
    private final ValidatorFactory factory = Constraints.factory();

    @Override public Validator getValidator() { return factory.getValidator(); }
    @Override public ValidatorContext usingContext() { return factory.usingContext(); }
    @Override public MessageInterpolator getMessageInterpolator() { return factory.getMessageInterpolator(); }
    @Override public TraversableResolver getTraversableResolver() { return factory.getTraversableResolver(); }
    @Override public ConstraintValidatorFactory getConstraintValidatorFactory() { return factory.getConstraintValidatorFactory(); }
    @Override public ParameterNameProvider getParameterNameProvider() { return factory.getParameterNameProvider(); }
    @Override public ClockProvider getClockProvider() { return factory.getClockProvider(); }
    @Override public <T> T unwrap(Class<T> type) { return factory.unwrap(type); }

    /** Never closed: the factory lives as long as the bundle. */
    @Override public void close() { }
}
