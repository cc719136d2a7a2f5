package partnerportal.testing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's routes as Spring's handler mappings know them, so that a test sweeping every
 * route covers a new one without being edited.
 */
public final class Routes {

    private Routes() {}

    /** Each route pattern with the methods it answers; a mapping that names none answers GET. */
    public static Map<String, Set<RequestMethod>> of(RequestMappingHandlerMapping mappings) {
        Map<String, Set<RequestMethod>> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String route : info.getPatternValues()) {
                routes.computeIfAbsent(route, any -> EnumSet.noneOf(RequestMethod.class))
                        .addAll(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods);
            }
        });
        return routes;
    }
}
