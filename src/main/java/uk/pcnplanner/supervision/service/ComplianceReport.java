package uk.pcnplanner.supervision.service;

import java.time.LocalDate;
import java.util.List;

/** Supervision compliance from {@code from} to {@code to}: per person (most overdue first) and per role. */
public record ComplianceReport(LocalDate from, LocalDate to, List<ComplianceRow> people, List<RoleCompliance> roles) {}
