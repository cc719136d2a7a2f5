package com.partnerportal.registration.internal;

import com.partnerportal.shared.EnumName;
import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A vendor rule for an email domain as the admin form sends it (R3.2, R3.6). */
public record DomainRuleForm(
        @NotBlank(message = "{domainRules.invalid}") @Size(max = 300, message = "{domainRules.invalid}")
        String domain,

        @NotNull(message = "{domainRules.error.kind}")
        @EnumName(value = DomainRules.Kind.class, message = "{domainRules.error.kind}")
        String kind,

        @Size(max = 1000, message = "{domainRules.error.note}")
        @PlainText(message = "{domainRules.error.note}", multiline = false)
        String note)
        implements Serializable {

    public DomainRuleForm {
        domain = FormText.strip(domain);
        kind = FormText.strip(kind);
        note = FormText.strip(note);
    }

    public static DomainRuleForm blank() {
        return new DomainRuleForm(null, DomainRules.Kind.DENY.name(), null);
    }

    public DomainRules.Kind chosenKind() {
        return DomainRules.Kind.valueOf(kind);
    }
}
