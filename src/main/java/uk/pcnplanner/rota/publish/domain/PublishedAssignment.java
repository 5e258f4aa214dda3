package uk.pcnplanner.rota.publish.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.time.Half;

/** One person's part in one published item, as the workbook's {@code Assignments} sheet lists it. */
@Entity
public class PublishedAssignment extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "publication_id")
    private Publication publication;

    private String itemKey;
    private LocalDate itemDate;

    @Enumerated(EnumType.STRING)
    private Half half;

    private LocalTime startTime;
    private LocalTime endTime;
    private String staffCode;
    private String staffName;

    @Enumerated(EnumType.STRING)
    private Activity activity;

    private String practiceCode;
    private String practiceName;
    private String roomName;

    /** Staff IDs of the other participants, comma-separated. */
    private String withStaff;
    private boolean pinned;

    /** The session, for whole-session items only: what the database's double-booking constraints compare. */
    @Enumerated(EnumType.STRING)
    @Column(name = "booked_half")
    private Half bookedHalf;

    protected PublishedAssignment() {}

    /** @param wholeSession whether the item takes its whole session (not a timed supervision) */
    public PublishedAssignment(Publication publication, String itemKey, LocalDate date, Half half, LocalTime start,
            LocalTime end, boolean wholeSession) {
        this.publication = publication;
        this.itemKey = itemKey;
        this.itemDate = date;
        this.half = half;
        this.startTime = start;
        this.endTime = end;
        this.bookedHalf = wholeSession ? half : null;
    }

    public PublishedAssignment who(String staffCode, String staffName, Activity activity, String withStaff,
            boolean pinned) {
        this.staffCode = staffCode;
        this.staffName = staffName;
        this.activity = activity;
        this.withStaff = withStaff;
        this.pinned = pinned;
        return this;
    }

    public PublishedAssignment where(String practiceCode, String practiceName, String roomName) {
        this.practiceCode = practiceCode;
        this.practiceName = practiceName;
        this.roomName = roomName;
        return this;
    }

    public String getItemKey() {
        return itemKey;
    }

    public LocalDate getItemDate() {
        return itemDate;
    }

    public Half getHalf() {
        return half;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getStaffCode() {
        return staffCode;
    }

    public String getStaffName() {
        return staffName;
    }

    public Activity getActivity() {
        return activity;
    }

    public String getPracticeCode() {
        return practiceCode;
    }

    public String getPracticeName() {
        return practiceName;
    }

    public String getRoomName() {
        return roomName;
    }

    public String getWithStaff() {
        return withStaff;
    }

    public boolean isPinned() {
        return pinned;
    }

    public boolean isWholeSession() {
        return bookedHalf != null;
    }
}
