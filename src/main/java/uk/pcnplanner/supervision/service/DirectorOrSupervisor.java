package uk.pcnplanner.supervision.service;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method for supervisors and the clinical director; the method itself checks that a
 * supervisor acts only for their own supervisees.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('CLINICAL_DIRECTOR', 'SUPERVISOR')")
public @interface DirectorOrSupervisor {}
