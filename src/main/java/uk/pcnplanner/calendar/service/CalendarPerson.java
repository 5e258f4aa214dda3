package uk.pcnplanner.calendar.service;

/** Someone whose calendar the current user may download, with how many events it holds. */
public record CalendarPerson(long staffId, String name, String role, String practice, int events) {}
