package vn.doithoai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.junit.jupiter.api.Test;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.plan.PlanResource;

/**
 * Every date a client can send is held to the supported years (1990–2100): each date, month or moment in a request
 * body carries {@link SupportedDate} and is reached through {@code @Valid}; no query, path or header parameter is a date
 * type (those arrive as text and go through SupportedDates' parsers, which name the parameter). A new request field
 * that forgets it fails here, before a 2101 reaches the database.
 */
class SupportedDateFieldsTest {

    @Test
    void everyDateInARequestIsCheckedAgainstTheSupportedYears() throws Exception {
        Set<String> problems = new TreeSet<>();
        Set<String> checkedFields = new TreeSet<>();
        List<Class<?>> resources = resources();
        assertTrue(resources.size() > 20, "found only " + resources.size() + " resources");
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    String where = resource.getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")";
                    if (isDate(parameter.getType())) {
                        problems.add(where + ": a date parameter; take it as text and parse it with SupportedDates");
                    }
                    if (isBody(parameter)) {
                        checkBody(parameter.getAnnotatedType(), parameter.isAnnotationPresent(Valid.class), where, problems,
                                checkedFields, new HashSet<>());
                    }
                }
            }
        }
        assertEquals(Set.of(), problems);
        // The check reaches the fields it is about (and so would notice a new one).
        assertTrue(checkedFields.containsAll(Set.of("PlanDraft.sessionAt", "PlanDraft.issueDate", "PlanDraft.plannedMonth",
                "RulingRequest.dueDate", "EscalationReplyRequest.repliedOn", "InvitationBatchRequest.issuedOn",
                "Create.day", "Schedule.sessionAt", "DeadlinePreview.sessionDate")), checkedFields.toString());
    }

    private static void checkBody(AnnotatedType type, boolean valid, String where, Set<String> problems, Set<String> checkedFields,
            Set<Class<?>> seen) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                checkBody(argument, valid || argument.isAnnotationPresent(Valid.class), where, problems, checkedFields, seen);
            }
            return;
        }
        if (!(type.getType() instanceof Class<?> type0) || !type0.isRecord() || !type0.getName().startsWith("vn.doithoai.")
                || !seen.add(type0)) {
            return;
        }
        for (RecordComponent component : type0.getRecordComponents()) {
            String field = type0.getSimpleName() + "." + component.getName();
            AnnotatedType componentType = component.getAnnotatedType();
            if (isDate(component.getType())) {
                checkedFields.add(field);
                if (!valid) {
                    problems.add(where + ": " + field + " is not validated (no @Valid on the way to it)");
                }
                if (!has(component, SupportedDate.class)) {
                    problems.add(where + ": " + field + " has no @SupportedDate");
                }
            }
            if (componentType instanceof AnnotatedParameterizedType parameterized) {
                for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                    if (argument.getType() instanceof Class<?> c && isDate(c) && !argument.isAnnotationPresent(SupportedDate.class)) {
                        problems.add(where + ": the dates in " + field + " have no @SupportedDate");
                    }
                }
            }
            checkBody(componentType, valid && has(component, Valid.class), where, problems, checkedFields, seen);
        }
    }

    private static boolean has(RecordComponent component, Class<? extends Annotation> annotation) {
        return component.isAnnotationPresent(annotation) || component.getAnnotatedType().isAnnotationPresent(annotation)
                || component.getAccessor().isAnnotationPresent(annotation);
    }

    private static boolean isDate(Class<?> type) {
        return TemporalAccessor.class.isAssignableFrom(type);
    }

    private static boolean isEndpoint(Method method) {
        return Stream.of(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean isBody(Parameter parameter) {
        return Stream.of(PathParam.class, QueryParam.class, HeaderParam.class, BeanParam.class, CookieParam.class, FormParam.class,
                MatrixParam.class, Context.class).noneMatch(parameter::isAnnotationPresent)
                && (parameter.getType().getName().startsWith("vn.doithoai.") || java.util.Collection.class.isAssignableFrom(parameter.getType()));
    }

    /** The classes under vn.doithoai with @Path, read from the compiled application. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(PlanResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(root.resolve("vn/doithoai"))) {
            classFiles = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList();
        }
        for (Path file : classFiles) {
            String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, SupportedDateFieldsTest.class.getClassLoader());
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                found.add(type);
            }
        }
        return found;
    }
}
