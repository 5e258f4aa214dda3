package uk.pcnplanner.roles.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleRepository extends JpaRepository<Role, String> {

    List<Role> findAllByOrderByName();

    Optional<Role> findByCodeIgnoreCase(String code);
}
