package am.haven.registration;

import am.haven.match.normalize.PartialDate;
import java.util.List;

/** A member that passed validation, in normalised form. */
record NewMember(String givenName, String familyName, String patronymic, Sex sex, PartialDate birthDate,
                 boolean birthDateEstimated, Relationship relationship, List<SpecificNeed> needs,
                 List<Person.Document> documents, String phone, List<String> languages) {}
