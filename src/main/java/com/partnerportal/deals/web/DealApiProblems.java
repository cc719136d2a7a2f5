package com.partnerportal.deals.web;

import com.partnerportal.deals.internal.DealTransitionRefusedException;
import com.partnerportal.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the deal registration API as RFC 9457 problem details, never an HTML page and never a 500. */
@RestControllerAdvice(assignableTypes = DealApiController.class)
class DealApiProblems extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {}

    /** The registration in the request breaks a rule; nothing was saved. */
    static class InvalidDealException extends RuntimeException {

        private final transient Map<String, String> problems;

        InvalidDealException(Map<String, String> problems) {
            super(String.join(" ", problems.values()));
            this.problems = Map.copyOf(problems);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such registration for this distributor");
    }

    @ExceptionHandler(InvalidDealException.class)
    ProblemDetail invalid(InvalidDealException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, invalid.getMessage());
        problem.setTitle("Invalid deal registration");
        List<FieldProblem> errors = invalid.problems.entrySet().stream()
                .map(entry -> new FieldProblem(entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(DealTransitionRefusedException.class)
    ProblemDetail refused(DealTransitionRefusedException refused) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle("Not possible in the registration's status");
        problem.setProperty("registrationStatus", refused.from());
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException invalid) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid");
    }
}
