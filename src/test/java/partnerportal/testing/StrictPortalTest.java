package partnerportal.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole portal as {@link PortalTest} starts it, with its stricter settings: vendor admins must
 * log in with a passkey, login delays are long enough that a throttled account stays throttled for
 * the whole of a test, one client may ask for only a few password reset links (the shared
 * application allows many, for the tests that post hundreds of forms), and connections from
 * 127.0.0.1 are a trusted reverse proxy (tests that connect from 127.0.0.2 … are not). The test classes with this
 * annotation share one application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@TestPropertySource(
        properties = {
            "portal.accounts.vendor-admin-passkey-required=true",
            "portal.accounts.login-first-delay=30s",
            "portal.accounts.login-longest-delay=60s",
            "portal.accounts.reset-free-requests-per-client=5",
            "portal.trusted-proxies=127.0.0.1/32"
        })
public @interface StrictPortalTest {}
