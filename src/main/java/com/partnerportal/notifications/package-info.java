/**
 * Email: templates in English and French, an outbox stored in the business transaction and
 * delivered after commit with retries (R8.2). Listens to the other modules' events; nobody depends
 * on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package com.partnerportal.notifications;
