/**
 * Access requests (R3.1–R3.9): the business-email step, the company step, the automatic decision
 * with its recorded reason, and the review queues of distributors and the vendor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration")
package com.partnerportal.registration;
