/**
 * Support requests (R7.1): opened by users and by visitors who confirm their address, answered by
 * the vendor's partner-operations team, and the place where seat-holder changes (R5.5) and
 * distributor transfers (R2.3) start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package com.partnerportal.support;
