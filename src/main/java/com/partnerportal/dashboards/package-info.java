/**
 * Dashboards for the vendor and for each distributor (R2–R7 at a glance): the registration funnel,
 * the review backlog, partners and users, technical seat use, learning, catalogue downloads and
 * support, over a date range, as charts with a table and a CSV file for each. A read model: it
 * queries the other modules' tables and changes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package com.partnerportal.dashboards;
