package org.anjian.core.validation;

import java.util.List;
import javax.validation.Validation;
import javax.validation.Validator;
import javax.validation.ValidatorFactory;
import org.anjian.api.common.ValidationException;
import org.anjian.api.validation.Violations;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The platform's Bean Validation: Hibernate Validator bootstrapped without the service loader (which does not
 * see across bundles) and without EL (messages are {@link Violations}'). One factory for the platform's
 * services and, as an OSGi service, for the REST layer.
 */
public final class Constraints {
    private static final ValidatorFactory FACTORY = build();

    private Constraints() {
    }

    public static ValidatorFactory factory() {
        return FACTORY;
    }

    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /** The value itself, if it keeps its declared constraints; otherwise the first violation as a 400. */
    public static <T> T check(T value) {
        if (value == null) {
            return null;
        }
        java.util.Optional<ValidationException> first = Violations.first(FACTORY.getValidator().validate(value));
        if (first.isPresent()) {
            throw first.get();
        }
        return value;
    }

    private static ValidatorFactory build() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HibernateValidator.class.getClassLoader());
        try {
            return Validation.byProvider(HibernateValidator.class)
                    .providerResolver(() -> List.of(new HibernateValidator()))
                    .configure()
                    .ignoreXmlConfiguration()
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .buildValidatorFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
