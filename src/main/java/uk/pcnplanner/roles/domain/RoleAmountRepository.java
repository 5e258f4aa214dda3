package uk.pcnplanner.roles.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleAmountRepository extends JpaRepository<RoleAmount, Long> {

    List<RoleAmount> findByRoleOrderByEffectiveFromDescRecordedAtDesc(Role role);

    List<RoleAmount> findAllByOrderByEffectiveFromDescRecordedAtDesc();
}
