/**
 * The Partner University (R5): courses by track and the per-company technical seats, claimed by
 * the first users to launch it, race-free across instances.
 */
@org.springframework.modulith.ApplicationModule(displayName = "University")
package com.partnerportal.university;
