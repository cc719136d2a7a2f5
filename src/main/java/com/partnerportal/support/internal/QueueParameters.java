package com.partnerportal.support.internal;

import com.partnerportal.shared.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The support queue's filters as its address states them (R7.1), every value a string: {@link
 * #filter} drops what it cannot read and names it, so that any typed value gets a message, never an
 * error page. {@code after} is the page's place ({@link com.partnerportal.shared.Keyset}).
 */
public record QueueParameters(
        String status, String category, String company, String olderThan, String mine, String after) {

    /** The filter, and the message key of every value that was dropped. */
    public record Read(SupportStore.QueueFilter filter, List<String> problems) {}

    public Read read() {
        List<String> problems = new ArrayList<>();
        Status chosenStatus = choice(Status.class, status, problems);
        Category chosenCategory = choice(Category.class, category, problems);
        UUID companyId = null;
        if (present(company)) {
            try {
                companyId = UUID.fromString(company.strip());
            } catch (IllegalArgumentException notAnId) {
                problems.add("support.queue.problem.company");
            }
        }
        Integer olderThanDays = null;
        if (present(olderThan)) {
            try {
                olderThanDays = Integer.parseInt(olderThan.strip());
                if (olderThanDays < 0 || olderThanDays > 3650) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException notADayCount) {
                olderThanDays = null;
                problems.add("support.queue.problem.age");
            }
        }
        var filter =
                new SupportStore.QueueFilter(chosenStatus, chosenCategory, companyId, olderThanDays, "1".equals(mine));
        return new Read(filter, List.copyOf(problems));
    }

    public static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public static <E extends Enum<E>> E choice(Class<E> kind, String value, List<String> problems) {
        if (!present(value)) {
            return null;
        }
        return Choices.named(kind, value).orElseGet(() -> {
            problems.add("support.queue.problem." + kind.getSimpleName().toLowerCase(Locale.ROOT));
            return null;
        });
    }
}
