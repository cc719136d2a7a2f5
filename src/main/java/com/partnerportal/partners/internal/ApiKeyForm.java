package com.partnerportal.partners.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A new API key as the distributor console's form asks for it: the name its systems know it by (R9.8, R2.2). */
public record ApiKeyForm(
        @NotBlank(message = "{apiKeys.nameInvalid}")
        @Size(max = 100, message = "{apiKeys.nameInvalid}")
        @PlainText(message = "{apiKeys.nameInvalid}", multiline = false)
        String name)
        implements Serializable {

    public ApiKeyForm {
        name = FormText.strip(name);
    }

    public static ApiKeyForm blank() {
        return new ApiKeyForm(null);
    }
}
