package nexus.intake.institution;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface InstitutionRepository extends MongoRepository<InstitutionDocument, String> {

  boolean existsByCorporateNumber(String corporateNumber);

  Optional<InstitutionDocument> findFirstByMembersSubject(String subject);

  Optional<InstitutionDocument> findFirstByStatusAndMembersSubject(String status, String subject);

  Optional<InstitutionDocument> findFirstByVerificationTokenHash(String tokenHash);

  Optional<InstitutionDocument> findFirstByInvitationsLinkTokenHash(String tokenHash);
}
