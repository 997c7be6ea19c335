package nexus.intake.plan;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanRepository extends MongoRepository<PlanDocument, String> {

  Page<PlanDocument> findByInstitutionId(String institutionId, Pageable pageable);

  Optional<PlanDocument> findByIdAndInstitutionId(String id, String institutionId);

  long countByStatus(String status);
}
