package vn.doithoai.common.http;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The HTTP methods an address answers to, for the Allow header of a 405 (RFC 9110 requires it; Quarkus REST gives
 * none). Read once from the resources' own @Path and method annotations, so it cannot drift from them.
 */
@ApplicationScoped
public class AllowedMethods {

    /** A method on a path template; {@code literal} counts the template's own characters, as JAX-RS ranks templates. */
    private record Route(Pattern path, String method, int literal, int parameters) {

        boolean sameTemplate(Route other) {
            return path.pattern().equals(other.path.pattern());
        }

        /** JAX-RS prefers the template with more literal characters, then the one with more parameters. */
        int compareSpecificity(Route other) {
            return literal != other.literal ? Integer.compare(literal, other.literal) : Integer.compare(parameters, other.parameters);
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?}");

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /**
     * The methods declared for {@code path}, with HEAD wherever GET is (JAX-RS answers it); empty when none. Like
     * JAX-RS, only the most specific template that matches counts: /org-units/tree is not /org-units/{code}.
     */
    public Set<String> of(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        List<Route> matching = routes().stream().filter(r -> r.path().matcher(normalised).matches()).toList();
        Route best = matching.stream().max(Route::compareSpecificity).orElse(null);
        Set<String> methods = new TreeSet<>();
        for (Route route : matching) {
            if (route.sameTemplate(best)) {
                methods.add(route.method());
                if (route.method().equals(HttpMethod.GET)) {
                    methods.add(HttpMethod.HEAD);
                }
            }
        }
        return methods;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = read();
            routes = known;
        }
        return known;
    }

    private List<Route> read() {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = join(root.value(), sub == null ? "" : sub.value());
                    String literal = PARAMETER.matcher(template).replaceAll("");
                    int parameters = (int) PARAMETER.matcher(template).results().count();
                    found.add(new Route(pattern(template), verb, literal.length(), parameters));
                }
            }
        }
        return List.copyOf(found);
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** "/api/v1/plans/{id}" → a pattern where each parameter stands for one segment (or its own expression). */
    static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).strip() + ")");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
