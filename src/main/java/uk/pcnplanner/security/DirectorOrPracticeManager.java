package uk.pcnplanner.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method for the clinical director and practice managers; the method itself checks
 * that a practice manager asks only about their own practice.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CLINICAL_DIRECTOR', 'PRACTICE_MANAGER')")
public @interface DirectorOrPracticeManager {}
