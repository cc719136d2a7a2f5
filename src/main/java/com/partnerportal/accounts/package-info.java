/**
 * User accounts, roles, login and credentials (activation and reset links). Its root package is
 * the module's API: {@link com.partnerportal.accounts.Accounts} and the events it publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.partnerportal.accounts;
