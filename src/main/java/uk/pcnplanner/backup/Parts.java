package uk.pcnplanner.backup;

import static uk.pcnplanner.backup.TablePart.col;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.pcnplanner.backup.TablePart.Type;

/** The parts of a backup beside the network workbook: budgets, scenarios, drafts, weights, logins and audit. */
final class Parts {

    private Parts() {}

    /** The whole audit trail, restored first so the restore's own entries come after it. */
    @Component
    static class Audit extends WholeTable {
        Audit(JdbcTemplate jdbc) {
            super(jdbc, "audit.csv", "audit_entry", false, -10, List.of(col("occurred_at", Type.TIMESTAMP),
                    col("username", Type.TEXT), col("action", Type.TEXT), col("entity_type", Type.TEXT),
                    col("entity_id", Type.TEXT), col("entity_label", Type.TEXT), col("field", Type.TEXT),
                    col("old_value", Type.TEXT), col("new_value", Type.TEXT)));
        }

        /** An installation's first entries (its first sign-ins, say) do not make it hold data. */
        @Override
        public boolean hasData() {
            return false;
        }
    }

    /** ARRS rates the clinical director entered for years the reference data had not published. */
    @Component
    static class ArrsRates extends WholeTable {
        ArrsRates(JdbcTemplate jdbc) {
            super(jdbc, "arrs-rate-entries.csv", "arrs_rate_entry", false, 10, List.of(col("financial_year", Type.TEXT),
                    col("rate", Type.DECIMAL), col("source", Type.TEXT), col("recorded_at", Type.TIMESTAMP),
                    col("recorded_by", Type.TEXT)));
        }
    }

    /** Maximum reimbursable amounts recorded in the portal; the reference data's own come with every installation. */
    @Component
    static class RoleAmounts extends TablePart {
        private static final String REFERENCE = "reference data";

        RoleAmounts(JdbcTemplate jdbc) {
            super(jdbc, "role-amounts.csv", List.of(col("role_code", Type.TEXT), col("pay_area", Type.TEXT),
                    col("effective_from", Type.DATE), col("amount", Type.DECIMAL), col("status", Type.TEXT),
                    col("source", Type.TEXT), col("recorded_at", Type.TIMESTAMP), col("recorded_by", Type.TEXT)));
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public boolean hasData() {
            return count("select count(*) from role_amount where recorded_by <> '" + REFERENCE + "'") > 0;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select role_code, pay_area, effective_from, amount, status, source, recorded_at, recorded_by
                    from role_amount where recorded_by <> ? order by id""", REFERENCE);
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            jdbc.update("""
                    insert into role_amount (role_code, pay_area, effective_from, amount, status, source, recorded_at,
                        recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    r.get("role_code"), r.get("pay_area"), r.get("effective_from"), r.get("amount"), r.get("status"),
                    r.get("source"), r.get("recorded_at"), r.get("recorded_by"));
        }
    }

    /** The solver's rule weights the clinical director changed. */
    @Component
    static class ConstraintWeights extends WholeTable {
        ConstraintWeights(JdbcTemplate jdbc) {
            super(jdbc, "constraint-weights.csv", "constraint_weight", true, 10,
                    List.of(col("constraint_name", Type.TEXT), col("weight", Type.INT)));
        }
    }

    /** Employer NI rates and thresholds the clinical director entered for a year. */
    @Component
    static class EmployerNi extends WholeTable {
        EmployerNi(JdbcTemplate jdbc) {
            super(jdbc, "employer-ni-entries.csv", "employer_ni_entry", false, 10, List.of(
                    col("financial_year", Type.TEXT), col("rate", Type.DECIMAL), col("threshold", Type.DECIMAL),
                    col("source", Type.TEXT), col("recorded_at", Type.TIMESTAMP), col("recorded_by", Type.TEXT)));
        }
    }

    /** Pay scale salaries entered when a pay award was published. */
    @Component
    static class PayScaleEntries extends WholeTable {
        PayScaleEntries(JdbcTemplate jdbc) {
            super(jdbc, "pay-point-entries.csv", "pay_point_entry", false, 10, List.of(
                    col("financial_year", Type.TEXT), col("band", Type.TEXT), col("pay_point", Type.INT),
                    col("annual_salary", Type.DECIMAL), col("source", Type.TEXT), col("recorded_at", Type.TIMESTAMP),
                    col("recorded_by", Type.TEXT)));
        }
    }

    /** Staff members' pay points, which the network workbook has no column for. */
    @Component
    static class StaffPayPoints extends TablePart {
        StaffPayPoints(JdbcTemplate jdbc) {
            super(jdbc, "staff-pay-points.csv", List.of(col("staff_code", Type.TEXT), col("pay_point", Type.INT)));
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public boolean hasData() {
            return false;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select staff_code, pay_point from staff
                    where network_id = ? and pay_point is not null order by staff_code""", keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            jdbc.update("update staff set pay_point = ? where network_id = ? and staff_code = ?",
                    r.get("pay_point"), keys.networkId(), r.get("staff_code"));
        }
    }

    /** How many practices a person may serve in a week, and the unpopular sessions. */
    @Component
    static class RotationSettings extends WholeTable {
        RotationSettings(JdbcTemplate jdbc) {
            super(jdbc, "rotation-settings.csv", "rotation_setting", true, 10,
                    List.of(col("practices_per_week", Type.INT), col("unpopular_sessions", Type.TEXT)));
        }
    }

    /** Saved budget scenarios; their posts follow in scenario-posts.csv. */
    @Component
    static class Scenarios extends WholeTable {
        Scenarios(JdbcTemplate jdbc) {
            super(jdbc, "scenarios.csv", "budget_scenario", true, 20,
                    List.of(col("name", Type.TEXT), col("created_at", Type.TIMESTAMP)));
        }
    }

    @Component
    static class ScenarioPosts extends TablePart {
        ScenarioPosts(JdbcTemplate jdbc) {
            super(jdbc, "scenario-posts.csv", List.of(col("scenario", Type.TEXT), col("post_order", Type.INT),
                    col("post_code", Type.TEXT), col("label", Type.TEXT), col("role_code", Type.TEXT),
                    col("wte", Type.DECIMAL), col("band", Type.TEXT), col("annual_salary", Type.DECIMAL),
                    col("start_date", Type.DATE), col("end_date", Type.DATE), col("filled", Type.BOOL)));
        }

        @Override
        public int order() {
            return 21;
        }

        @Override
        public boolean hasData() {
            return false;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select s.name, p.post_order, p.post_code, p.label, p.role_code, p.wte, p.band, p.annual_salary,
                        p.start_date, p.end_date, p.filled
                    from scenario_post p join budget_scenario s on s.id = p.scenario_id
                    where s.network_id = ? order by s.id, p.post_order""", keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            List<Long> scenario = jdbc.queryForList("select id from budget_scenario where network_id = ? and name = ?",
                    Long.class, keys.networkId(), r.get("scenario"));
            if (scenario.isEmpty()) {
                throw new IllegalArgumentException(r.where() + " belongs to the scenario \"" + r.get("scenario")
                        + "\", which scenarios.csv does not have");
            }
            jdbc.update("""
                    insert into scenario_post (scenario_id, post_order, post_code, label, role_code, wte, band,
                        annual_salary, start_date, end_date, filled) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    scenario.getFirst(), r.get("post_order"), r.get("post_code"), r.get("label"), r.get("role_code"),
                    r.get("wte"), r.get("band"), r.get("annual_salary"), r.get("start_date"), r.get("end_date"),
                    r.get("filled"));
        }
    }

    /** The solver's plan drafts, numbered in the order they were made; their items follow in plan-draft-items.csv. */
    @Component
    static class PlanDrafts extends WholeTable {
        PlanDrafts(JdbcTemplate jdbc) {
            super(jdbc, "plan-drafts.csv", "plan_draft", true, 30, List.of(col("created_at", Type.TIMESTAMP),
                    col("score", Type.TEXT), col("unassigned", Type.INT)));
        }
    }

    @Component
    static class PlanDraftItems extends TablePart {
        PlanDraftItems(JdbcTemplate jdbc) {
            super(jdbc, "plan-draft-items.csv", List.of(col("draft", Type.INT), col("item_key", Type.TEXT),
                    col("activity", Type.TEXT), col("item_date", Type.DATE), col("half", Type.TEXT),
                    col("start_time", Type.TIME), col("minutes", Type.INT), col("staff", Type.TEXT),
                    col("practice", Type.TEXT), col("room", Type.TEXT), col("with_staff", Type.TEXT),
                    col("pinned", Type.BOOL), col("reason", Type.TEXT)));
        }

        @Override
        public int order() {
            return 31;
        }

        @Override
        public boolean hasData() {
            return false;
        }

        /** Items name the draft by its number (1 for the oldest) and people, practices and rooms by code. */
        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select (select count(*) from plan_draft e where e.network_id = d.network_id and e.id <= d.id),
                        i.item_key, i.activity, i.item_date, i.half, i.start_time, i.minutes, s.staff_code, p.code,
                        r.name, i.with_staff, i.pinned, i.reason
                    from plan_draft_item i join plan_draft d on d.id = i.draft_id
                    left join staff s on s.id = i.staff_id left join practice p on p.id = i.practice_id
                    left join room r on r.id = i.room_id
                    where d.network_id = ? order by d.id, i.id""", keys.networkId());
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            List<Long> drafts = jdbc.queryForList("select id from plan_draft where network_id = ? order by id", Long.class,
                    keys.networkId());
            long number = (Long) r.get("draft");
            if (number < 1 || number > drafts.size()) {
                throw new IllegalArgumentException(r.where() + " belongs to draft " + number
                        + ", and plan-drafts.csv has " + drafts.size());
            }
            jdbc.update("""
                    insert into plan_draft_item (draft_id, item_key, activity, item_date, half, start_time, minutes,
                        staff_id, practice_id, room_id, with_staff, pinned, reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    drafts.get((int) number - 1), r.get("item_key"), r.get("activity"), r.get("item_date"), r.get("half"),
                    r.get("start_time"), r.get("minutes"), keys.staffId(r.text("staff"), r.where()),
                    keys.practiceId(r.text("practice"), r.where()),
                    keys.roomId(r.text("practice"), r.text("room"), r.where()), r.get("with_staff"), r.get("pinned"),
                    r.get("reason"));
        }
    }

    /** Portal logins with their password hashes (never the passwords); one that already exists is kept as it is. */
    @Component
    static class Logins extends TablePart {
        Logins(JdbcTemplate jdbc) {
            super(jdbc, "logins.csv", List.of(col("username", Type.TEXT), col("password_hash", Type.TEXT),
                    col("display_name", Type.TEXT), col("role", Type.TEXT), col("practice", Type.TEXT),
                    col("staff", Type.TEXT), col("enabled", Type.BOOL)));
        }

        @Override
        public int order() {
            return 40;
        }

        /** The installation's first clinical director exists before any restore. */
        @Override
        public boolean hasData() {
            return false;
        }

        @Override
        List<List<String>> rows(BackupKeys keys) {
            return query("""
                    select u.username, u.password_hash, u.display_name, u.role, p.code, s.staff_code, u.enabled
                    from app_user u left join practice p on p.id = u.practice_id left join staff s on s.id = u.staff_id
                    order by u.username""");
        }

        @Override
        void insert(Row r, BackupKeys keys) {
            Long existing = jdbc.queryForObject("select count(*) from app_user where lower(username) = lower(?)",
                    Long.class, r.get("username"));
            if (existing != null && existing > 0) {
                return;
            }
            jdbc.update("""
                    insert into app_user (username, password_hash, display_name, role, practice_id, staff_id, enabled)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    r.get("username"), r.get("password_hash"), r.get("display_name"), r.get("role"),
                    keys.practiceId(r.text("practice"), r.where()), keys.staffId(r.text("staff"), r.where()),
                    r.get("enabled"));
        }
    }
}
