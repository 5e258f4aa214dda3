package uk.pcnplanner.access;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who may open which page and call which service method, from ONE table: every {@code @Route} in the
 * portal and every public method of every {@code @Service} bean, for each kind of visitor. A page or
 * method missing from the table fails the test (add its line), as does a line for one that no longer
 * exists.
 *
 * <p>Pages are checked with Vaadin's own access checker, the one its navigation uses. Methods are
 * called through the Spring proxy with dummy arguments (nulls and zeros): refused means method
 * security stopped the call ({@link AuthorizationDeniedException}, or
 * {@link AuthenticationCredentialsNotFoundException} for nobody signed in); anything else, a result or
 * any other exception, means the call got past the role check. Checks on which practice or person a
 * call is about (a practice manager asking for another practice) are the horizontal tests in
 * {@code HorizontalAccessTest}.
 */
@SpringBootTest
@DirtiesContext // the dummy calls leave listeners and half-started solves behind
class AccessMatrixTest {

    enum Who { ANONYMOUS, DIRECTOR, MANAGER_OF_A, SUPERVISOR }

    /** Who may: the allowed visitors. */
    private static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.of(Who.DIRECTOR, Who.MANAGER_OF_A, Who.SUPERVISOR);
    private static final Set<Who> DIRECTOR_AND_MANAGERS = EnumSet.of(Who.DIRECTOR, Who.MANAGER_OF_A);
    private static final Set<Who> DIRECTOR_AND_SUPERVISORS = EnumSet.of(Who.DIRECTOR, Who.SUPERVISOR);
    private static final Set<Who> SUPERVISORS = EnumSet.of(Who.SUPERVISOR);
    private static final Set<Who> DIRECTOR = EnumSet.of(Who.DIRECTOR);
    /**
     * No security annotation: called only by other services (inside their checked calls) or by Spring
     * Security itself, never by a view. Reaching one from a view would be a bug; keep this list short.
     */
    private static final Set<Who> INTERNAL = EnumSet.allOf(Who.class);

    /** Every page, by its route. */
    static final Map<String, Set<Who>> ROUTES = new TreeMap<>(Map.ofEntries(
            entry("/", SIGNED_IN),
            entry("/audit", DIRECTOR),
            entry("/backup", DIRECTOR),
            entry("/budget", DIRECTOR),
            entry("/budget/planned-posts", DIRECTOR),
            entry("/budget/scenarios", DIRECTOR),
            entry("/calendars", SIGNED_IN),
            entry("/import", DIRECTOR),
            entry("/leave", DIRECTOR_AND_MANAGERS),
            entry("/login", ANYONE),
            entry("/practices", DIRECTOR_AND_MANAGERS),
            entry("/published-rota", SIGNED_IN),
            entry("/roles", SIGNED_IN),
            entry("/room-allocation", DIRECTOR_AND_MANAGERS),
            entry("/rota", DIRECTOR),
            entry("/rota/weights", DIRECTOR),
            entry("/staff", DIRECTOR_AND_MANAGERS),
            entry("/supervision", DIRECTOR_AND_SUPERVISORS),
            entry("/supervision/compliance", DIRECTOR),
            entry("/supervision/rules", SIGNED_IN)));

    /** Every public method of every service, as {@code Class.method(ParameterTypes)}. */
    static final Map<String, Set<Who>> SERVICE_METHODS = new TreeMap<>(Map.ofEntries(
            entry("AuditService.created(Auditable)", INTERNAL), // audit inside the calling service's transaction
            entry("AuditService.deleted(Auditable)", INTERNAL),
            entry("AuditService.entityTypes()", DIRECTOR),
            entry("AuditService.event(String, String, String, String, String, String)", INTERNAL),
            entry("AuditService.search(String, String)", DIRECTOR),
            entry("AuditService.updated(Map, Auditable)", INTERNAL),
            entry("BackupService.backup()", DIRECTOR),
            entry("BackupService.fileName()", DIRECTOR),
            entry("BackupService.isEmptyInstallation()", DIRECTOR),
            entry("BackupService.restore(byte[])", DIRECTOR),
            entry("BudgetReferenceService.arrsRate(String)", DIRECTOR),
            entry("BudgetReferenceService.enterArrsRate(String, BigDecimal, String)", DIRECTOR),
            entry("BudgetService.compare()", DIRECTOR),
            entry("BudgetService.currentForecast()", DIRECTOR),
            entry("BudgetService.currentWorkbook()", DIRECTOR),
            entry("BudgetService.scenarioForecast(long)", DIRECTOR),
            entry("BudgetService.scenarioWorkbook(long)", DIRECTOR),
            entry("CalendarService.calendar(long)", SIGNED_IN),
            entry("CalendarService.everyone()", DIRECTOR),
            entry("CalendarService.people()", SIGNED_IN),
            entry("ComplianceService.report()", DIRECTOR),
            entry("ComplianceService.workbook()", DIRECTOR),
            entry("ConstraintWeightService.change(long, String, int)", DIRECTOR),
            entry("ConstraintWeightService.rotation(long)", SIGNED_IN),
            entry("ConstraintWeightService.rules(long)", SIGNED_IN),
            entry("ConstraintWeightService.saveRotation(RotationSetting)", DIRECTOR),
            entry("ConstraintWeightService.weights(long)", INTERNAL), // the solver reads it on threads without a sign-in
            entry("LeaveService.add(Long, LocalDate, LocalDate, Half)", DIRECTOR),
            entry("LeaveService.delete(LeavePeriod)", DIRECTOR),
            entry("LeaveService.leave()", DIRECTOR_AND_MANAGERS),
            entry("NetworkService.current()", SIGNED_IN),
            entry("NetworkService.requireCurrent()", SIGNED_IN),
            entry("OnCostService.employerNi(String)", DIRECTOR),
            entry("OnCostService.enterEmployerNi(String, BigDecimal, BigDecimal, String)", DIRECTOR),
            entry("OnCostService.network()", DIRECTOR),
            entry("OnCostService.setPensionRate(Network, BigDecimal)", DIRECTOR),
            entry("PayService.enterSalary(String, String, Integer, BigDecimal, String)", DIRECTOR),
            entry("PayService.salary(String, String, int)", DIRECTOR),
            entry("PayService.setPayPoint(BudgetPost, Integer)", DIRECTOR),
            entry("PlanEditService.move(long, PlanEdit)", DIRECTOR),
            entry("PlanEditService.options(long, String)", DIRECTOR),
            entry("PlanEditService.pin(long, long, int, String, boolean)", DIRECTOR),
            entry("PlanEditService.suggestions(long, long, int, String, int)", DIRECTOR),
            entry("PlanReviewService.bestPlaces(long, String, int)", DIRECTOR),
            entry("PlanReviewService.explain(long)", DIRECTOR_AND_MANAGERS),
            entry("PlannedPostService.delete(PlannedPost)", DIRECTOR),
            entry("PlannedPostService.newPlannedPost()", DIRECTOR),
            entry("PlannedPostService.plannedPosts()", DIRECTOR),
            entry("PlannedPostService.save(PlannedPost)", DIRECTOR),
            entry("PortalUserDetailsService.loadUserByUsername(String)", INTERNAL), // Spring Security's sign-in itself
            entry("PracticeService.delete(Practice)", DIRECTOR),
            entry("PracticeService.newPractice()", DIRECTOR),
            entry("PracticeService.practice(Long)", SIGNED_IN),
            entry("PracticeService.practices()", SIGNED_IN),
            entry("PracticeService.save(Practice)", DIRECTOR),
            entry("PublishService.history()", SIGNED_IN),
            entry("PublishService.publish(LocalDate, LocalDate)", DIRECTOR),
            entry("PublishedRotaService.myRota(Long)", SIGNED_IN),
            entry("PublishedRotaService.practices()", DIRECTOR_AND_MANAGERS),
            entry("PublishedRotaService.rota(Long, String)", DIRECTOR_AND_MANAGERS),
            entry("PublishedRotaService.workbook(Long, String, Progress)", DIRECTOR_AND_MANAGERS),
            entry("RoleCatalogueService.catalogue()", SIGNED_IN),
            entry("RoleCatalogueService.history(String)", SIGNED_IN),
            entry("RoleCatalogueService.recordAmount(String, PayArea, LocalDate, BigDecimal, AmountStatus, String)", DIRECTOR),
            entry("RoleCatalogueService.roles()", SIGNED_IN),
            entry("RoomAllocationService.week(long, LocalDate, Source)", DIRECTOR_AND_MANAGERS),
            entry("RoomAllocationService.weeks(long)", DIRECTOR_AND_MANAGERS),
            entry("RoomService.delete(Room)", DIRECTOR_AND_MANAGERS),
            entry("RoomService.newRoom(Long)", DIRECTOR_AND_MANAGERS),
            entry("RoomService.room(Long)", DIRECTOR_AND_MANAGERS),
            entry("RoomService.rooms(Long)", DIRECTOR_AND_MANAGERS),
            entry("RoomService.save(Room)", DIRECTOR_AND_MANAGERS),
            entry("RotaExportService.latestDraft()", DIRECTOR),
            entry("RotaExportService.networkPlan()", DIRECTOR),
            entry("RotaExportService.networkWorkbook()", DIRECTOR),
            entry("RotaPlanService.brokenRules(long)", DIRECTOR),
            entry("RotaPlanService.latest(long)", DIRECTOR),
            entry("ScenarioService.copyCurrentPlan(String)", DIRECTOR),
            entry("ScenarioService.delete(BudgetScenario)", DIRECTOR),
            entry("ScenarioService.removePost(BudgetScenario, String)", DIRECTOR),
            entry("ScenarioService.rename(BudgetScenario, String)", DIRECTOR),
            entry("ScenarioService.savePost(BudgetScenario, String, ScenarioPost)", DIRECTOR),
            entry("ScenarioService.scenarios()", DIRECTOR),
            entry("SolveService.isRunning(long)", DIRECTOR),
            entry("SolveService.listen(Consumer)", DIRECTOR),
            entry("SolveService.solve(long)", DIRECTOR),
            entry("SolveService.solveNow(long, Duration)", DIRECTOR),
            entry("SolveService.stop(long)", DIRECTOR),
            entry("StaffService.delete(Staff)", DIRECTOR),
            entry("StaffService.forEdit(Long)", DIRECTOR),
            entry("StaffService.item(Long)", DIRECTOR_AND_MANAGERS),
            entry("StaffService.list(StaffFilter)", DIRECTOR_AND_MANAGERS),
            entry("StaffService.newStaff()", DIRECTOR),
            entry("StaffService.save(Staff)", DIRECTOR),
            entry("StaffService.supervisors()", DIRECTOR),
            entry("SupervisionBookings.book(Long, List, SupervisionKind, SuggestedSlot)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionBookings.cancel(Long, int)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionBookings.reschedule(Long, int, SuggestedSlot)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionRuleService.add(Role, SupervisionKind, int, int, Integer)", DIRECTOR),
            entry("SupervisionRuleService.remove(SupervisionRule)", DIRECTOR),
            entry("SupervisionRuleService.resetToDefault(SupervisionRule)", DIRECTOR),
            entry("SupervisionRuleService.rules()", SIGNED_IN),
            entry("SupervisionRuleService.save(SupervisionRule)", DIRECTOR),
            entry("SupervisionService.booked(Long)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionService.suggest(Long, List, SupervisionKind)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionService.suggestMove(Long)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionService.supervisees(Long)", DIRECTOR_AND_SUPERVISORS),
            entry("SupervisionService.supervisors()", DIRECTOR_AND_SUPERVISORS),
            entry("WorkbookExportService.export()", DIRECTOR),
            entry("WorkbookExportService.template()", DIRECTOR),
            entry("WorkbookImportService.analyse(byte[])", DIRECTOR),
            entry("WorkbookImportService.replaceNetwork(byte[])", DIRECTOR)));

    private static final Map<Who, String> LOGINS = Map.of(
            Who.DIRECTOR, "director", Who.MANAGER_OF_A, "pm.castle", Who.SUPERVISOR, "supervisor");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Test
    void everyPageAndEveryServiceMethodAllowsExactlyWhomTheTableSays() throws Exception {
        Map<String, Class<?>> routes = routes();
        Map<String, Call> methods = serviceMethods();
        List<String> wrong = new ArrayList<>();
        wrong.addAll(missingOrStale("route", routes.keySet(), ROUTES.keySet()));
        wrong.addAll(missingOrStale("service method", methods.keySet(), SERVICE_METHODS.keySet()));

        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, Set<Who>> pagesFound = new TreeMap<>();
        Map<String, Set<Who>> methodsFound = new TreeMap<>();
        for (Who who : Who.values()) {
            signIn(who);
            try {
                for (var route : routes.entrySet()) {
                    var principal = contexts.getContext().getAuthentication();
                    boolean allowed = checker.hasAccess(route.getValue(), who == Who.ANONYMOUS ? null : principal,
                            role -> principal != null && principal.getAuthorities().stream()
                                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
                    if (allowed) {
                        pagesFound.computeIfAbsent(route.getKey(), k -> EnumSet.noneOf(Who.class)).add(who);
                    } else {
                        pagesFound.computeIfAbsent(route.getKey(), k -> EnumSet.noneOf(Who.class));
                    }
                }
                for (var method : methods.entrySet()) {
                    boolean allowed = method.getValue().gotPastSecurity();
                    Set<Who> found = methodsFound.computeIfAbsent(method.getKey(), k -> EnumSet.noneOf(Who.class));
                    if (allowed) {
                        found.add(who);
                    }
                }
            } finally {
                contexts.clearContext();
            }
        }
        wrong.addAll(differences("route", pagesFound, ROUTES));
        wrong.addAll(differences("service method", methodsFound, SERVICE_METHODS));

        int cells = (routes.size() + methods.size()) * Who.values().length;
        System.out.printf("Access matrix: %d routes and %d service methods × %d kinds of visitor = %d cells checked%n",
                routes.size(), methods.size(), Who.values().length, cells);
        if (!wrong.isEmpty()) {
            System.out.println("Found, as table lines:");
            pagesFound.forEach((k, v) -> System.out.println("        entry(\"" + k + "\", " + name(v) + "),"));
            methodsFound.forEach((k, v) -> System.out.println("        entry(\"" + k + "\", " + name(v) + "),"));
        }
        assertThat(wrong).as("differences from the access table").isEmpty();
    }

    private static List<String> missingOrStale(String kind, Set<String> found, Set<String> table) {
        List<String> wrong = new ArrayList<>();
        new TreeSet<>(found).stream().filter(k -> !table.contains(k))
                .forEach(k -> wrong.add("The " + kind + " " + k + " is not in the access table: add a line for it"));
        new TreeSet<>(table).stream().filter(k -> !found.contains(k))
                .forEach(k -> wrong.add("The access table lists the " + kind + " " + k + ", which no longer exists"));
        return wrong;
    }

    private static List<String> differences(String kind, Map<String, Set<Who>> found, Map<String, Set<Who>> table) {
        List<String> wrong = new ArrayList<>();
        found.forEach((key, allowed) -> {
            Set<Who> expected = table.get(key);
            if (expected != null && !expected.equals(allowed)) {
                wrong.add("The " + kind + " " + key + " lets in " + allowed + " where the table says " + expected);
            }
        });
        return wrong;
    }

    private static String name(Set<Who> who) {
        Map<String, Set<Who>> names = new LinkedHashMap<>();
        names.put("DIRECTOR", DIRECTOR);
        names.put("DIRECTOR_AND_MANAGERS", DIRECTOR_AND_MANAGERS);
        names.put("DIRECTOR_AND_SUPERVISORS", DIRECTOR_AND_SUPERVISORS);
        names.put("SUPERVISORS", SUPERVISORS);
        names.put("SIGNED_IN", SIGNED_IN);
        names.put("ANYONE", ANYONE);
        return names.entrySet().stream().filter(e -> e.getValue().equals(who)).map(Map.Entry::getKey).findFirst()
                .orElse("EnumSet.of(" + who.stream().map(w -> "Who." + w).collect(Collectors.joining(", ")) + ")");
    }

    private Map<String, Class<?>> routes() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("uk.pcnplanner")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            routes.put("/" + view.getAnnotation(Route.class).value(), view);
        }
        return routes;
    }

    /** One public method of a service bean, called through its proxy. */
    private record Call(Object bean, Method method) {
        boolean gotPastSecurity() {
            Object[] args = Arrays.stream(method.getParameterTypes()).map(AccessMatrixTest::dummy).toArray();
            try {
                method.invoke(bean, args);
                return true;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                return !(cause instanceof AuthorizationDeniedException
                        || cause instanceof AuthenticationCredentialsNotFoundException);
            } catch (IllegalAccessException e) {
                throw new AssertionError(method + " cannot be called", e);
            }
        }
    }

    private Map<String, Call> serviceMethods() {
        Map<String, Call> calls = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("uk.pcnplanner")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == Object.class || method.isSynthetic() || method.isBridge()
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                method.setAccessible(true);
                String key = type.getSimpleName() + "." + method.getName() + "("
                        + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                        + ")";
                calls.put(key, new Call(bean, method));
            }
        }
        return calls;
    }

    private static Object dummy(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0d;
        }
        throw new IllegalArgumentException("no dummy for " + type);
    }

    private void signIn(Who who) {
        contexts.clearContext();
        if (who == Who.ANONYMOUS) {
            return;
        }
        UserDetails user = users.loadUserByUsername(LOGINS.get(who));
        var security = contexts.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(security);
    }
}
