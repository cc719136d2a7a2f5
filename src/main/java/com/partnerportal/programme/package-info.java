/**
 * Programme levels (R10): the vendor's ordered levels with their criteria and benefits, each
 * company's level computed from its certificates and won deals, downgrades after a grace period and
 * the vendor's overrides. The benefits reach the modules that enforce them through {@code partners}
 * (seat limit, deal protection days); the catalogue asks {@link com.partnerportal.programme.Programme}
 * which levels a company reaches.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme")
package com.partnerportal.programme;
