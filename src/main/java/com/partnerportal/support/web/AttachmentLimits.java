package com.partnerportal.support.web;

import com.partnerportal.files.StoredFiles;
import com.partnerportal.support.internal.SupportProperties;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What support pages tell about attachments: the size limit and the accepted kinds of file. */
@ControllerAdvice(assignableTypes = {SupportController.class, SupportAdminController.class})
class AttachmentLimits {

    private final SupportProperties properties;

    AttachmentLimits(SupportProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute
    void limits(Model model) {
        model.addAttribute("maxFileSize", properties.maxAttachmentSize().toMegabytes() + " MB");
        model.addAttribute("extensions", StoredFiles.allowedExtensions());
    }
}
