package com.partnerportal.programme;

/** A level as a choice in a form ({@code forms :: pick}): its id and its name in the reader's language. */
public record LevelChoice(String code, String name) {}
