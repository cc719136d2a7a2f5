/**
 * Webhooks (R12.1): distributors and the vendor register HTTPS endpoints and hear of access
 * decisions, associations, deals, certifications and levels as signed HTTP calls, retried through
 * outages. It only listens to the other modules' events; no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package com.partnerportal.webhooks;
