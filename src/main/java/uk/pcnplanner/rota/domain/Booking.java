package uk.pcnplanner.rota.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Network;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.Half;

/**
 * A fixed item the solver must keep: a booked clinic, a fixed room for a working session, or a
 * booked supervision. Whole-session items have a half; timed items a start and minutes.
 */
@Entity
public class Booking extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "network_id")
    private Network network;

    private LocalDate bookingDate;

    @Enumerated(EnumType.STRING)
    private Half half;

    private LocalTime startTime;
    private Integer minutes;

    @ManyToOne(optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @Enumerated(EnumType.STRING)
    private Activity activity;

    @ManyToOne
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "booking_participant",
            joinColumns = @JoinColumn(name = "booking_id"),
            inverseJoinColumns = @JoinColumn(name = "staff_id"))
    private Set<Staff> with = new LinkedHashSet<>();

    protected Booking() {}

    public Booking(Network network, LocalDate bookingDate, Staff staff, Activity activity) {
        this.network = network;
        this.bookingDate = bookingDate;
        this.staff = staff;
        this.activity = activity;
    }

    public Network getNetwork() {
        return network;
    }

    public LocalDate getBookingDate() {
        return bookingDate;
    }

    public void setBookingDate(LocalDate bookingDate) {
        this.bookingDate = bookingDate;
    }

    public Half getHalf() {
        return half;
    }

    public void setHalf(Half half) {
        this.half = half;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setTime(LocalTime startTime, Integer minutes) {
        this.startTime = startTime;
        this.minutes = minutes;
    }

    public Staff getStaff() {
        return staff;
    }

    public Activity getActivity() {
        return activity;
    }

    public Practice getPractice() {
        return practice;
    }

    public void setPractice(Practice practice) {
        this.practice = practice;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public Set<Staff> getWith() {
        return with;
    }

    public void setWith(Set<Staff> with) {
        this.with = new LinkedHashSet<>(with);
    }
}
