package com.partnerportal.mycompany.internal;

import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A colleague a partner administrator invites (R11.1): their work address at the company, name and language. */
public record ColleagueForm(
        @NotBlank(message = "{company.invite.emailInvalid}")
        @Size(max = 254, message = "{company.invite.emailInvalid}")
        @Email(message = "{company.invite.emailInvalid}")
        String email,

        @NotBlank(message = "{company.invite.nameInvalid}")
        @Size(max = 100, message = "{company.invite.nameInvalid}")
        @PlainText(message = "{company.invite.nameInvalid}", multiline = false)
        String firstName,

        @NotBlank(message = "{company.invite.nameInvalid}")
        @Size(max = 100, message = "{company.invite.nameInvalid}")
        @PlainText(message = "{company.invite.nameInvalid}", multiline = false)
        String lastName,

        @NotBlank(message = "{company.invite.languageInvalid}")
        @Pattern(regexp = "en|fr", message = "{company.invite.languageInvalid}")
        String language)
        implements Serializable {

    public ColleagueForm {
        email = FormText.strip(email);
        firstName = FormText.strip(firstName);
        lastName = FormText.strip(lastName);
        language = FormText.strip(language);
    }

    public static ColleagueForm blank(String language) {
        return new ColleagueForm(null, null, null, language);
    }
}
