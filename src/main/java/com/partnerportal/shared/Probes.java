package com.partnerportal.shared;

/**
 * The addresses that load balancers and orchestrators poll, every few seconds and without a user: health (with
 * liveness and readiness) and info. They have a security chain of their own and stay out of the request log.
 */
public final class Probes {

    /** As request-matcher patterns. */
    public static final String[] PATTERNS = {"/actuator/health", "/actuator/health/**", "/actuator/info"};

    private Probes() {}

    public static boolean isProbe(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/") || path.equals("/actuator/info");
    }
}
