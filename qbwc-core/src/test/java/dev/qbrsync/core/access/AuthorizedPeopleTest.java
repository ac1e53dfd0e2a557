package dev.qbrsync.core.access;

import dev.qbrsync.core.qbr.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizedPeopleTest {
    private static final String FIELD = "QBR_AUTHORIZED_USERS";

    @Test
    void theReplacedSystemsListIsReadAsItIsWithEveryoneAViewer() {
        AuthorizedPeople people = AuthorizedPeople.parse(" Anna@Example.com,bob@example.com , ,", false, FIELD);

        assertThat(people.roleOf("anna@example.com", Set.of())).contains(Role.VIEWER);
        assertThat(people.roleOf("BOB@example.com", Set.of())).contains(Role.VIEWER);
        assertThat(people.roleOf("carol@example.com", Set.of())).isEmpty();
        assertThat(people.admitsNobody()).isFalse();
    }

    @Test
    void anAddressMayCarryItsRole() {
        AuthorizedPeople people = AuthorizedPeople.parse("anna@example.com:admin, bob@example.com:Editor", false,
                FIELD);

        assertThat(people.roleOf("anna@example.com", Set.of())).contains(Role.ADMIN);
        assertThat(people.roleOf("bob@example.com", Set.of())).contains(Role.EDITOR);
    }

    @Test
    void claimsCountOnlyWhenAskedForAndTheHighestRoleWins() {
        AuthorizedPeople listOnly = AuthorizedPeople.parse("anna@example.com", false, FIELD);
        AuthorizedPeople withClaims = AuthorizedPeople.parse("anna@example.com", true, FIELD);

        assertThat(listOnly.roleOf("anna@example.com", Set.of("admin"))).contains(Role.VIEWER);
        assertThat(listOnly.roleOf("dave@example.com", Set.of("admin"))).isEmpty();
        assertThat(withClaims.roleOf("anna@example.com", Set.of("Editor", "unrelated-group"))).contains(Role.EDITOR);
        assertThat(withClaims.roleOf("dave@example.com", Set.of("admin"))).contains(Role.ADMIN);
        assertThat(withClaims.roleOf("erin@example.com", Set.of("finance-team"))).isEmpty();
    }

    @Test
    void anEmptyListAdmitsNobody() {
        assertThat(AuthorizedPeople.parse("", false, FIELD).admitsNobody()).isTrue();
        assertThat(AuthorizedPeople.parse(null, true, FIELD).admitsNobody()).isFalse();
    }

    @Test
    void anEntryThatIsNoAddressOrNamesNoRoleIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> AuthorizedPeople.parse("anna", false, FIELD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> AuthorizedPeople.parse("anna@example.com:owner", false, FIELD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("viewer, editor or admin");
    }
}
