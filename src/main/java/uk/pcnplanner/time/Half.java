package uk.pcnplanner.time;

/** The half of a day a session is in; practices plan clinics, rooms and rotas by half-day. */
public enum Half {
    AM,
    PM
}
