package com.partnerportal.support.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxAttachmentSize the largest file a requester or the vendor may attach to a message */
@ConfigurationProperties("portal.support")
public record SupportProperties(@DefaultValue("50MB") DataSize maxAttachmentSize) {}
