/**
 * Uploaded files (catalogue resources, support attachments): checked before they are kept (plain
 * names, size limit, allowed types by content), stored in PostgreSQL in chunks so that every
 * instance serves them, and streamed back one chunk at a time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package com.partnerportal.files;
