package uk.pcnplanner.solver.constraints;

import java.util.function.BiFunction;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.optaplanner.test.api.score.stream.SingleConstraintVerification;
import uk.pcnplanner.solver.domain.ClinicItem;
import uk.pcnplanner.solver.domain.PlanSolution;
import uk.pcnplanner.solver.domain.SupervisionItem;
import uk.pcnplanner.solver.domain.WorkItem;

/** Verifies one rule at a time on the engine the solver runs. */
abstract class RuleTest {

    private static final ConstraintVerifier<PlanConstraints, PlanSolution> VERIFIER = ConstraintVerifier
            .build(new PlanConstraints(), PlanSolution.class, ClinicItem.class, WorkItem.class, SupervisionItem.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    static SingleConstraintVerification<PlanSolution> verify(
            BiFunction<PlanConstraints, ConstraintFactory, Constraint> rule) {
        return VERIFIER.verifyThat(rule);
    }
}
