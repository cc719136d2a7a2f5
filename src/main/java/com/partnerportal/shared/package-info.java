/**
 * Layout, error pages, locale handling and the few value types every module shares. Kept small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.partnerportal.shared;
