/**
 * Test harness shared by the tests: embedded PostgreSQL and SMTP, the browser. It lives outside
 * {@code com.partnerportal} so that component scanning never picks it up.
 */
package partnerportal.testing;
