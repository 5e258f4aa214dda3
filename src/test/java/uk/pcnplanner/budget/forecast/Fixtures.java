package uk.pcnplanner.budget.forecast;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.pcnplanner.budget.reference.ArrsRates;
import uk.pcnplanner.budget.reference.OnCosts;
import uk.pcnplanner.budget.reference.PayScales;
import uk.pcnplanner.network.domain.PayArea;
import uk.pcnplanner.roles.domain.AmountStatus;
import uk.pcnplanner.roles.domain.Role;
import uk.pcnplanner.roles.domain.RoleAmount;

/** Forecast inputs stated in the test: roles, their dated amounts, posts and the network's figures. */
final class Fixtures {

    static final Role CP = role("CP", "Clinical pharmacist", null);
    static final Role MHP = role("MHP", "Mental health practitioner", "No cap from 2023/24");
    static final Role DTL = role("DTL", "Digital and transformation lead", "1 per PCN");
    static final Role HWC = role("HWC", "Health and wellbeing coach", null);

    private final Map<String, List<RoleAmount>> amounts = new HashMap<>();
    private final List<BudgetPost> posts = new ArrayList<>();
    private String year = "2025/26";
    private BigDecimal weightedPopulation = new BigDecimal("10000");
    private PayArea payArea = PayArea.NATIONAL;
    private BigDecimal pensionRate = new BigDecimal("0.1438");
    private OnCosts.Ni ni;
    private PayScales pay = PayScales.shipped();

    Fixtures amount(Role role, String from, String amount, AmountStatus status) {
        return amount(role, PayArea.NATIONAL, from, amount, status);
    }

    Fixtures amount(Role role, PayArea area, String from, String amount, AmountStatus status) {
        amounts.computeIfAbsent(role.getCode(), k -> new ArrayList<>()).add(new RoleAmount(role, area,
                LocalDate.parse(from), amount == null ? null : new BigDecimal(amount), status, "test", Instant.EPOCH, "test"));
        return this;
    }

    Fixtures post(String id, Role role, String wte, String band, String salary, String start, String end) {
        return post(id, role, wte, band, null, salary, start, end);
    }

    Fixtures post(String id, Role role, String wte, String band, Integer payPoint, String salary, String start, String end) {
        posts.add(new BudgetPost(id, "Post " + id, role, new BigDecimal(wte), band, payPoint,
                salary == null ? null : new BigDecimal(salary), start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), true, 0));
        return this;
    }

    Fixtures year(String label) {
        year = label;
        return this;
    }

    Fixtures weightedPopulation(String population) {
        weightedPopulation = new BigDecimal(population);
        return this;
    }

    Fixtures payArea(PayArea area) {
        payArea = area;
        return this;
    }

    Fixtures pensionRate(String rate) {
        pensionRate = new BigDecimal(rate);
        return this;
    }

    Fixtures ni(OnCosts.Ni entered) {
        ni = entered;
        return this;
    }

    Fixtures pay(PayScales scale) {
        pay = scale;
        return this;
    }

    BudgetInputs inputs() {
        return new BudgetInputs(new FinancialYear(year), weightedPopulation, 52000, ArrsRates.shipped().forYear(year),
                ni == null ? OnCosts.shipped().forYear(year) : ni, pensionRate, payArea, pay, posts, amounts);
    }

    Forecast forecast() {
        return ForecastCalculator.forecast(inputs());
    }

    /** Roles are loaded by Flyway in the portal and have no public constructor; a test builds its own. */
    private static Role role(String code, String name, String capRule) {
        try {
            var constructor = Role.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Role role = constructor.newInstance();
            set(role, "code", code);
            set(role, "name", name);
            set(role, "capRule", capRule);
            set(role, "reimbursable", true);
            return role;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Role role, String field, Object value) throws ReflectiveOperationException {
        Field f = Role.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(role, value);
    }
}
