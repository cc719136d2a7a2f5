package com.partnerportal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who the client is, behind the reverse proxies the operator names (ASVS 13.2, 16.2):
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are read only on connections from
 * {@code portal.trusted-proxies}, and only as far back as the chain of trusted proxies goes. From
 * anywhere else they change nothing, so nobody can pick their own throttle key or audit address.
 * {@code X-Forwarded-Host} is never read: absolute links come from {@code PORTAL_BASE_URL}, and
 * redirects are relative.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientAddress extends OncePerRequestFilter {

    private static final String CONNECTION = ClientAddress.class.getName() + ".connection";

    private final List<IpAddressMatcher> trustedProxies;

    ClientAddress(PortalProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream()
                .filter(network -> !network.isBlank())
                .map(network -> new IpAddressMatcher(network.strip()))
                .toList();
    }

    /** The address of the connection itself, whoever it says it forwards for. */
    public static String connectionOf(HttpServletRequest request) {
        return request.getAttribute(CONNECTION) instanceof String connection ? connection : request.getRemoteAddr();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String connection = request.getRemoteAddr();
        request.setAttribute(CONNECTION, connection);
        if (!trusted(connection)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> client = forwardedClient(Collections.list(request.getHeaders("X-Forwarded-For")));
        String proto = request.getHeader("X-Forwarded-Proto");
        boolean https = proto == null
                ? request.isSecure()
                : "https".equals(proto.strip().toLowerCase(Locale.ROOT));
        chain.doFilter(new Forwarded(request, client.orElse(connection), https), response);
    }

    /**
     * The right-most address of the chain that is not a trusted proxy: each proxy appends the
     * address it was connected from, so everything left of that one was written by the client and
     * proves nothing. A chain that is not a list of IP literals is ignored whole.
     */
    Optional<String> forwardedClient(List<String> headers) {
        List<String> chain = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                Optional<String> address = literal(hop.strip());
                if (address.isEmpty()) {
                    return Optional.empty();
                }
                chain.add(address.get());
            }
        }
        for (int hop = chain.size() - 1; hop >= 0; hop--) {
            if (hop == 0 || !trusted(chain.get(hop))) {
                return Optional.of(chain.get(hop));
            }
        }
        return Optional.empty();
    }

    private boolean trusted(String address) {
        return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    /** An IPv4 or IPv6 literal, never a name to look up. */
    private static Optional<String> literal(String hop) {
        if (hop.isEmpty()
                || hop.length() > 45
                || !hop.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.ofLiteral(hop).getHostAddress());
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static final class Forwarded extends HttpServletRequestWrapper {

        private final String client;
        private final boolean https;

        Forwarded(HttpServletRequest request, String client, boolean https) {
            super(request);
            this.client = client;
            this.https = https;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getScheme() {
            return https ? "https" : "http";
        }

        @Override
        public boolean isSecure() {
            return https;
        }
    }
}
