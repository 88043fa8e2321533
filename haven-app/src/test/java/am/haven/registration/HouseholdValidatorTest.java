package am.haven.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import am.haven.support.FieldProblem;
import am.haven.support.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseholdValidatorTest {

    static final LocalDate TODAY = LocalDate.of(2023, 9, 27);

    static MemberRequest member(String given, String family, String sex, String birth, String rel) {
        return new MemberRequest(given, family, null, sex, birth, null, rel, null, null, null, null);
    }

    static HouseholdRequest household(MemberRequest... members) {
        return new HouseholdRequest("Goris", null, null, null, null, null, null, null, List.of(members));
    }

    static List<String> fields(HouseholdRequest r) {
        try {
            HouseholdValidator.validate(r, TODAY);
            return List.of();
        } catch (InvalidRequestException e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
    }

    @Test
    void a_first_member_without_relationship_becomes_the_head() {
        NewHousehold h = HouseholdValidator.validate(household(member("Ani", "Sargsyan", "F", "1990", null),
                member("Aram", "Sargsyan", "M", "2015", null)), TODAY);
        assertThat(h.members()).extracting(NewMember::relationship).containsExactly(Relationship.HEAD, Relationship.OTHER);
    }

    @Test
    void two_heads_are_refused_on_the_second() {
        assertThat(fields(household(member("Ani", "Sargsyan", "F", "1990", "HEAD"), member("Aram", "Sargsyan", "M", "1988", "head"))))
                .containsExactly("members[1].relationship");
    }

    @Test
    void a_household_whose_members_all_name_another_relationship_needs_a_head() {
        assertThat(fields(household(member("Ani", "Sargsyan", "F", "1990", "SPOUSE")))).containsExactly("members");
    }

    @Test
    void a_birth_date_in_the_future_is_refused() {
        assertThat(fields(household(member("Ani", "Sargsyan", "F", "2023-10-02", "HEAD")))).containsExactly("members[0].birthDate");
    }

    @Test
    void names_must_have_letters_and_no_digits() {
        assertThat(fields(household(member("  ", "S4rgsyan", "F", "1990", "HEAD"))))
                .containsExactly("members[0].givenName", "members[0].familyName");
    }

    @Test
    void an_empty_household_and_a_missing_registration_point_are_both_reported() {
        assertThatThrownBy(() -> HouseholdValidator.validate(
                new HouseholdRequest(" ", null, null, null, null, null, null, null, List.of()), TODAY))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("registrationPoint", "members"));
    }

    @Test
    void unknown_need_codes_and_document_types_are_named() {
        MemberRequest m = new MemberRequest("Ani", "Sargsyan", null, "F", "1990", null, "HEAD", List.of("MOBILITY", "FLYING"),
                List.of(new MemberRequest.DocumentRequest("SPACE_PASS", "X1")), null, List.of("hy", "armenian"));
        assertThat(fields(household(m))).containsExactly("members[0].needs[1]", "members[0].documents[0].type",
                "members[0].languages[1]");
    }

    @Test
    void household_phones_are_normalised_and_deduplicated() {
        HouseholdRequest r = new HouseholdRequest("Goris", null, null, null, "091234567", List.of("+374 91 234567", "077123456"),
                null, null, List.of(member("Ani", "Sargsyan", "F", "1990", "HEAD")));
        assertThat(HouseholdValidator.validate(r, TODAY).phones()).containsExactly("+37491234567", "+37477123456");
    }
}
