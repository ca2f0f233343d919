package io.eksplanner.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a query parameter the operation does not declare, so that a misspelt {@code failOn} or {@code dryrun}
 * fails a pipeline instead of being ignored. The names an operation takes are read once from its handler method:
 * its {@code @RequestParam}s, and {@code page}, {@code size} and {@code sort} where it takes a {@link Pageable}.
 * Only the query string is checked, never form fields, and only the planner's own controllers.
 */
class KnownParameters implements HandlerInterceptor {

    private static final String OWN_CONTROLLERS = "io.eksplanner.";

    private final Map<Method, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith(OWN_CONTROLLERS)
                || request.getQueryString() == null) {
            return true;
        }
        var names = known.computeIfAbsent(method.getMethod(), ignored -> declared(method));
        var unknown = new ArrayList<String>();
        for (String name : queryNames(request.getQueryString())) {
            if (!names.contains(name) && !unknown.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownParameter(unknown, List.copyOf(names));
        }
        return true;
    }

    private static Set<String> declared(HandlerMethod method) {
        var names = new LinkedHashSet<String>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                var given = requestParam.name().isEmpty() ? requestParam.value() : requestParam.name();
                names.add(given.isEmpty() ? parameter.getParameterName() : given);
            }
        }
        return names;
    }

    private static List<String> queryNames(String query) {
        var names = new ArrayList<String>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var name = equals < 0 ? pair : pair.substring(0, equals);
            names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
        }
        return names;
    }
}
