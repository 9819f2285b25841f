package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bylines as pages write them, to names only. */
class AuthorNamesTest {

    private static List<String> names(String raw) {
        List<String> names = new ArrayList<>();
        AuthorNames.addTo(names, raw);
        return names;
    }

    @Test
    void dropsByInTheLanguagesOfTheNews() {
        assertThat(names("By Ann Lee")).containsExactly("Ann Lee");
        assertThat(names("Por Ana Beatriz Lima e Carlos Menezes"))
                .containsExactly("Ana Beatriz Lima", "Carlos Menezes");
        assertThat(names("di Paolo Gatti")).containsExactly("Paolo Gatti");
        assertThat(names("Von Jens Hartmann und Eva Braun")).containsExactly("Jens Hartmann", "Eva Braun");
        assertThat(names("Автор: Иван Петров")).containsExactly("Иван Петров");
        assertThat(names("Written by: Sam Roe")).containsExactly("Sam Roe");
    }

    @Test
    void splitsSeveralAuthors() {
        assertThat(names("Ann Lee, Bo Chan & Cy Diaz")).containsExactly("Ann Lee", "Bo Chan", "Cy Diaz");
        assertThat(names("Ann Lee and Bo Chan")).containsExactly("Ann Lee", "Bo Chan");
    }

    @Test
    void keepsNamesOnlyNotRolesAddressesOrPublishers() {
        assertThat(names("Ann Lee, Staff Writer")).containsExactly("Ann Lee");
        assertThat(names("Ann Lee ann.lee@example.com")).containsExactly("Ann Lee");
        assertThat(names("https://facebook.com/annlee")).isEmpty();
        assertThat(names("Troy L. Smith, Cleveland.com")).containsExactly("Troy L. Smith");
        assertThat(names("NJ Advance Media for NJ.com")).isEmpty();
        assertThat(names("Updated 3 hours ago")).isEmpty();
        assertThat(names("admin")).isEmpty();
        assertThat(names("김민수 기자")).isEmpty();
    }
}
