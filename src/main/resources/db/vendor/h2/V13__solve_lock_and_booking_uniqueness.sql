-- (H2 version; the PostgreSQL one in db/vendor/postgresql differs only in the word "stored",
-- which PostgreSQL requires on a generated column and H2 does not accept.)

-- Which application instance is solving which network. A row is a lease: the holder renews
-- lease_until while it solves and deletes the row when the solve ends; a lease that has run out
-- belongs to an instance that died, and any instance may take it over.
create table solve_lock (
    network_id  bigint       primary key,
    holder      varchar(200) not null,
    acquired_at timestamp    not null,
    lease_until timestamp    not null
);

-- Nobody and no room is booked twice for the same whole session. Timed items (supervision,
-- debriefs) also carry the session they start in, but several may share a session, so the
-- constraint looks at the half of whole-session items only; NULLs never clash in a unique
-- constraint, on H2 and on PostgreSQL alike.
alter table booking add column whole_session varchar(2)
    generated always as (case when start_time is null then half end);

alter table booking add constraint booking_staff_session_unique unique (staff_id, booking_date, whole_session);
alter table booking add constraint booking_room_session_unique unique (room_id, booking_date, whole_session);
-- Two timed items for one person, or in one room, never start at the same moment.
alter table booking add constraint booking_staff_start_unique unique (staff_id, booking_date, start_time);
alter table booking add constraint booking_room_start_unique unique (room_id, booking_date, start_time);
