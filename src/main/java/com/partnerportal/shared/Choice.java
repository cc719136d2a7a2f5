package com.partnerportal.shared;

/** One option of a list a form offers: the value the form sends and the name the person reads. */
public record Choice(String code, String name) {}
