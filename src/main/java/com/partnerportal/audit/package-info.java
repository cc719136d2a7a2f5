/**
 * The audit trail (R3.9): append-only, written in the transaction of each audited change, plus
 * the security events of login. Listens only; nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package com.partnerportal.audit;
