package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "127.0.0.0/8, 127.9.8.7, true",
            "127.0.0.0/8, 128.0.0.1, false",
            "10.0.0.0/12, 10.15.255.255, true",
            "10.0.0.0/12, 10.16.0.0, false",
            "192.168.1.7, 192.168.1.7, true",
            "192.168.1.7, 192.168.1.8, false",
            "fd00::/8, fd12:3456::1, true",
            "::1, ::1, true",
            "::1, 127.0.0.1, false",
            "0.0.0.0/0, 8.8.8.8, true",
    })
    void matchesCidrBlocks(String range, String address, boolean contained) throws Exception {
        assertThat(AddressRange.parse(range).contains(InetAddress.getByName(address))).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "10.0.0.0/33", "10.0.0.0/x", "example.com/8", ""})
    void refusesWhatIsNotAnAddressOrBlock(String text) {
        assertThatThrownBy(() -> AddressRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.0.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1"})
    void knowsWhatIsNotPublic(String address) throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void knowsWhatIsPublic() throws Exception {
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
        assertThat(AddressPolicy.isPublic(InetAddress.getByName("2606:2800:220:1:248:1893:25c8:1946"))).isTrue();
    }
}
