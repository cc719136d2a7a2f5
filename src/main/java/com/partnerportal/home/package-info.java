/**
 * The start page: the landing page for visitors, and for each person who logs in what they come
 * back for (R4.1, R5, R6, R7.1, R3.8): their University status and courses in progress, what is new
 * in the catalogue, their open support requests; for reviewers and vendor admins, their queues. A
 * read model: it queries the other modules' tables and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package com.partnerportal.home;
