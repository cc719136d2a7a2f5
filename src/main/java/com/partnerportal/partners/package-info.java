/**
 * Partner companies, their email domains and the distributors they buy through (R2.1). Entitlement
 * lists and distributor associations (R2.2, R2.3) belong here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package com.partnerportal.partners;
