package uk.pcnplanner.budget.forecast;

import java.util.Optional;
import uk.pcnplanner.budget.reference.Figure;
import uk.pcnplanner.budget.reference.PayScales;

/** A post's annual salary: the one given, else its band's pay point (the entry point unless set) for the year. */
final class PostSalary {

    static final String GIVEN = "salary given for the post";

    private PostSalary() {}

    static Optional<Figure> of(BudgetPost post, PayScales pay, FinancialYear year) {
        if (post.annualSalary() != null) {
            return Optional.of(Figure.of(post.annualSalary(), year.label(), GIVEN));
        }
        if (post.band() == null || post.band().isBlank()) {
            return Optional.empty();
        }
        return pay.salary(post.band(), post.payPointOrEntry(), year.label());
    }
}
