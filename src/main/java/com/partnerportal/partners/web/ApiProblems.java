package com.partnerportal.partners.web;

import com.partnerportal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the distributor API as RFC 9457 problem details, never an HTML page and never a 500. */
@RestControllerAdvice(assignableTypes = DistributorApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource for this distributor");
    }

    @ExceptionHandler(DistributorApiController.InvalidEntitlementException.class)
    ProblemDetail invalid(DistributorApiController.InvalidEntitlementException invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, invalid.getMessage());
        problem.setTitle("Invalid entitlement");
        return problem;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid");
    }
}
