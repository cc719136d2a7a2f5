package com.partnerportal.catalogue;

import com.partnerportal.shared.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.BindParam;

/**
 * One catalogue search as the page's address states it (R6.2). Built from raw parameters so that
 * any value a user can type gets a message, never an error page: an unknown value is dropped from
 * the search and named in {@link #problems()}.
 *
 * @param text the words to search, or null to list everything
 * @param product a product tag, or null
 * @param newOnly only resources published in the last {@link #NEW_DAYS} days
 * @param page counted from 0
 */
record SearchQuery(
        String text,
        ResourceType type,
        Audience audience,
        String language,
        String product,
        boolean newOnly,
        Sort sort,
        int page,
        List<String> problems) {

    static final int NEW_DAYS = 30;
    static final int MAX_TEXT = 200;
    static final int MAX_PAGE = 49;

    enum Sort {
        RELEVANCE,
        NEWEST,
        TITLE
    }

    /** The search's address as it was typed: every value a string, checked by {@link #from}. */
    record Parameters(
            String q,
            String type,
            String audience,
            String language,
            String product,
            @BindParam("new") String newOnly,
            String sort,
            String page) {}

    static SearchQuery from(Parameters parameters) {
        List<String> problems = new ArrayList<>();
        String text = blankToNull(parameters.q());
        if (text != null && text.length() > MAX_TEXT) {
            problems.add("catalogue.problem.text");
            text = null;
        }
        ResourceType type = parse(ResourceType.class, parameters.type(), problems, "catalogue.problem.type");
        Audience audience = parse(Audience.class, parameters.audience(), problems, "catalogue.problem.audience");
        String language = blankToNull(parameters.language());
        if (language != null && !Set.of("en", "fr").contains(language)) {
            problems.add("catalogue.problem.language");
            language = null;
        }
        String product = blankToNull(parameters.product());
        if (product != null && product.length() > 100) {
            problems.add("catalogue.problem.product");
            product = null;
        }
        Sort sort = parse(Sort.class, parameters.sort(), problems, "catalogue.problem.sort");
        if (sort == null || (sort == Sort.RELEVANCE && text == null)) {
            sort = text == null ? Sort.NEWEST : Sort.RELEVANCE;
        }
        int page = 0;
        String pageParameter = blankToNull(parameters.page());
        if (pageParameter != null) {
            try {
                page = Integer.parseInt(pageParameter);
            } catch (NumberFormatException notANumber) {
                page = -1;
            }
            if (page < 0 || page > MAX_PAGE) {
                problems.add("catalogue.problem.page");
                page = 0;
            }
        }
        boolean newOnly = "1".equals(parameters.newOnly()) || "on".equals(parameters.newOnly());
        return new SearchQuery(text, type, audience, language, product, newOnly, sort, page, List.copyOf(problems));
    }

    public boolean filtered() {
        return type != null || audience != null || language != null || product != null || newOnly;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String value, List<String> problems, String problem) {
        if (blankToNull(value) == null) {
            return null;
        }
        return Choices.named(kind, value).orElseGet(() -> {
            problems.add(problem);
            return null;
        });
    }
}
