/**
 * The resource catalogue (R6): decks, datasheets, battlecards, videos and documents that every
 * approved partner user can search in English and French, filter and download, with no seat limit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Resource catalogue")
package com.partnerportal.catalogue;
