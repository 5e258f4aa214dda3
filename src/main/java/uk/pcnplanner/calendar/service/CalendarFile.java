package uk.pcnplanner.calendar.service;

/** A file to download: a person's calendar (.ics) or everyone's in one zip. */
public record CalendarFile(String fileName, String mediaType, byte[] content) {}
