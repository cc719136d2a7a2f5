package com.partnerportal.programme.internal;

import com.partnerportal.partners.Benefits;
import com.partnerportal.programme.LevelId;
import com.partnerportal.shared.FormText;
import com.partnerportal.shared.PlainText;
import com.partnerportal.shared.WholeNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A level as the vendor admin types it (R10.1): names, benefits, deal criteria (empty: none) and up to
 * {@link #CRITERIA} certification criteria (a row left empty is no criterion).
 */
public record LevelForm(
        @NotBlank(message = "{programme.error.nameEn}")
        @Size(max = 100, message = "{programme.error.nameEn}")
        @PlainText(message = "{programme.error.nameEn}", multiline = false)
        String nameEn,

        @NotBlank(message = "{programme.error.nameFr}")
        @Size(max = 100, message = "{programme.error.nameFr}")
        @PlainText(message = "{programme.error.nameFr}", multiline = false)
        String nameFr,

        @NotBlank(message = "{programme.error.seats}")
        @WholeNumber(min = 0, max = 10_000, message = "{programme.error.seats}")
        String technicalSeats,

        @NotBlank(message = "{programme.error.protection}")
        @WholeNumber(min = 1, max = 3650, message = "{programme.error.protection}")
        String protectionDays,

        @WholeNumber(min = 0, max = 1_000_000, message = "{programme.error.dealsWon}")
        String dealsWon,

        @Pattern(regexp = FormText.AMOUNT, message = "{programme.error.wonValue}")
        String wonValue,

        @Valid @Size(max = LevelForm.CRITERIA, message = "{programme.error.criteria}")
        List<CriterionForm> criteria) {

    public static final int CRITERIA = 4;

    /** "At least {@code users} users holding one of {@code certifications}". */
    public record CriterionForm(
            @WholeNumber(min = 1, max = 100_000, message = "{programme.error.users}")
            String users,

            @Size(max = 20, message = "{programme.error.certifications}")
            List<@Pattern(regexp = "[0-9a-f-]{36}", message = "{programme.error.certifications}") String>
                    certifications) {

        public CriterionForm {
            users = FormText.strip(users);
            certifications = certifications == null ? List.of() : List.copyOf(certifications);
        }

        boolean empty() {
            return users == null && certifications.isEmpty();
        }

        @AssertTrue(message = "{programme.error.criterion}")
        public boolean isComplete() {
            return empty() || (users != null && !certifications.isEmpty());
        }
    }

    public LevelForm {
        nameEn = FormText.strip(nameEn);
        nameFr = FormText.strip(nameFr);
        technicalSeats = FormText.strip(technicalSeats);
        protectionDays = FormText.strip(protectionDays);
        dealsWon = FormText.strip(dealsWon);
        wonValue = FormText.strip(wonValue);
        // Always the rows the page shows: those typed, then empty ones up to CRITERIA. A row keeps its
        // index (a gap is an empty row), since the binder goes on to address rows by the indices it read.
        var rows = new ArrayList<CriterionForm>();
        if (criteria != null) {
            criteria.forEach(row -> rows.add(row == null ? new CriterionForm(null, List.of()) : row));
        }
        while (rows.size() < CRITERIA) {
            rows.add(new CriterionForm(null, List.of()));
        }
        criteria = List.copyOf(rows);
    }

    public static LevelForm blank() {
        return new LevelForm(null, null, "5", "90", null, null, List.of());
    }

    public static LevelForm of(Level level) {
        var rows = level.certifications().stream()
                .map(c -> new CriterionForm(
                        Integer.toString(c.users()),
                        c.anyOf().stream().map(UUID::toString).sorted().toList()))
                .toList();
        return new LevelForm(
                level.nameEn(),
                level.nameFr(),
                Integer.toString(level.benefits().technicalSeats()),
                Integer.toString(level.benefits().dealProtectionDays()),
                level.dealsWon() == 0 ? null : Integer.toString(level.dealsWon()),
                level.wonValue().signum() == 0 ? null : level.wonValue().toPlainString(),
                rows);
    }

    /** The level this form describes, once valid. */
    Level toLevel(LevelId id, int rank) {
        var rows = criteria.stream()
                .filter(row -> !row.empty())
                .map(row -> new CertificationCriterion(
                        Integer.parseInt(row.users()),
                        new HashSet<>(row.certifications().stream()
                                .map(UUID::fromString)
                                .toList())))
                .toList();
        return new Level(
                id,
                rank,
                nameEn,
                nameFr,
                rows,
                dealsWon == null ? 0 : Integer.parseInt(dealsWon),
                wonValue == null ? BigDecimal.ZERO : FormText.amount(wonValue),
                new Benefits(Integer.parseInt(technicalSeats), Integer.parseInt(protectionDays)),
                false);
    }

    /** The certifications the rows name, to check that they exist. */
    List<UUID> certificationsNamed() {
        return criteria.stream()
                .flatMap(row -> row.certifications().stream())
                .map(UUID::fromString)
                .distinct()
                .toList();
    }
}
