package org.anjian.rest.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.validation.ParameterNameProvider;
import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

/**
 * Names resource-method parameters as the client sees them: a query, path or header parameter by its name, the
 * request entity {@value #BODY}, a bean of parameters {@value #PARAMS} (its fields carry their own names).
 */
public final class ApiParameterNames implements ParameterNameProvider {
    public static final String BODY = "body";
    public static final String PARAMS = "params";
    static final String CONTEXT = "context";

    @Override
    public List<String> getParameterNames(Constructor<?> constructor) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < constructor.getParameterCount(); i++) {
            names.add("arg" + i);
        }
        return names;
    }

    @Override
    public List<String> getParameterNames(Method method) {
        List<String> names = new ArrayList<>();
        for (Annotation[] annotations : method.getParameterAnnotations()) {
            names.add(nameOf(annotations));
        }
        return names;
    }

    static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
            if (a instanceof BeanParam) {
                return PARAMS;
            }
            if (a instanceof Context) {
                return CONTEXT;
            }
        }
        return BODY;
    }
}
