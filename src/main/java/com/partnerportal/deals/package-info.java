/**
 * Deal registration (R9): partners register the opportunities they work on, distributors and the
 * vendor review them, and an approved registration is the partner's alone for its protection
 * period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deals")
package com.partnerportal.deals;
