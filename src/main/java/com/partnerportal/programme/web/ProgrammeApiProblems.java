package com.partnerportal.programme.web;

import com.partnerportal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors of the programme API as RFC 9457 problem details, never an HTML page and never a 500. */
@RestControllerAdvice(assignableTypes = ProgrammeApiController.class)
class ProgrammeApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resource for this distributor");
    }
}
