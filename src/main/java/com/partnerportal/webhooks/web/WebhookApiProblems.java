package com.partnerportal.webhooks.web;

import com.partnerportal.shared.NotFoundException;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the webhooks API as RFC 9457 problem details, never an HTML page and never a 500. */
@RestControllerAdvice(assignableTypes = WebhookApiController.class)
class WebhookApiProblems extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {}

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "No such endpoint or delivery for this distributor");
    }

    @ExceptionHandler(WebhookApiController.InvalidEndpointException.class)
    ProblemDetail invalid(WebhookApiController.InvalidEndpointException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, invalid.getMessage());
        problem.setTitle("Invalid webhook endpoint");
        List<FieldProblem> errors = invalid.problems().entrySet().stream()
                .map(entry -> new FieldProblem(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid");
    }
}
