package com.partnerportal.notifications;

enum EmailStatus {
    PENDING,
    SENT,
    FAILED
}
