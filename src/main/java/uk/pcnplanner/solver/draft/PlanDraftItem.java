package uk.pcnplanner.solver.draft;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.pcnplanner.base.domain.VersionedEntity;
import uk.pcnplanner.network.domain.Practice;
import uk.pcnplanner.network.domain.Room;
import uk.pcnplanner.rota.domain.Activity;
import uk.pcnplanner.staff.domain.Staff;
import uk.pcnplanner.time.Half;

/**
 * One item of a draft: where and when it was placed, or why it could not be. The key ties it to
 * the same item in the next solve, which starts from it.
 */
@Entity
public class PlanDraftItem extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "draft_id")
    private PlanDraft draft;

    private String itemKey;

    @Enumerated(EnumType.STRING)
    private Activity activity;

    private LocalDate itemDate;

    @Enumerated(EnumType.STRING)
    private Half half;

    private LocalTime startTime;
    private Integer minutes;

    @ManyToOne
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    /** Staff IDs of the other participants, comma-separated, as the workbook writes them. */
    private String withStaff;
    private boolean pinned;
    private String reason;

    protected PlanDraftItem() {}

    public PlanDraftItem(PlanDraft draft, String itemKey, Activity activity, boolean pinned) {
        this.draft = draft;
        this.itemKey = itemKey;
        this.activity = activity;
        this.pinned = pinned;
    }

    public void placed(LocalDate date, Half half, LocalTime start, Integer minutes) {
        this.itemDate = date;
        this.half = half;
        this.startTime = start;
        this.minutes = minutes;
    }

    public void with(Staff staff, Practice practice, Room room, String withStaff) {
        this.staff = staff;
        this.practice = practice;
        this.room = room;
        this.withStaff = withStaff;
    }

    public void unassigned(String reason) {
        this.reason = reason;
    }

    /** Pinned items keep their placement when the plan is solved again. */
    public void pinned(boolean pin) {
        this.pinned = pin;
    }

    public String getItemKey() {
        return itemKey;
    }

    public Activity getActivity() {
        return activity;
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

    public Integer getMinutes() {
        return minutes;
    }

    public Staff getStaff() {
        return staff;
    }

    public Practice getPractice() {
        return practice;
    }

    public Room getRoom() {
        return room;
    }

    public String getWithStaff() {
        return withStaff;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getReason() {
        return reason;
    }
}
