package io.wirestream.ingest.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 127.0.0.0/8}, {@code ::1/128}, or one address alone).
 *
 * @param network      the first address of the block
 * @param prefixLength how many leading bits every address of the block shares with it
 */
public record AddressRange(byte[] network, int prefixLength) {

    // Literal addresses only, so that parsing never asks DNS.
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");

    /**
     * Parses {@code 10.0.0.0/8}, {@code fd00::/8} or a single address.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static AddressRange parse(String text) {
        String spec = text.strip();
        int slash = spec.indexOf('/');
        String address = slash < 0 ? spec : spec.substring(0, slash);
        if (!LITERAL.matcher(address).matches() || !(address.contains(".") || address.contains(":"))) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block");
        }
        byte[] bytes;
        try {
            bytes = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address or CIDR block", e);
        }
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(spec.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' has no valid prefix length", e);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("'" + text + "': the prefix length must be 0 to " + bytes.length * 8);
            }
        }
        return new AddressRange(bytes, prefix);
    }

    /** Whether {@code address} is in this block. */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[full] & mask) == (network[full] & mask);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefixLength;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("A 4 or 16 byte address is always valid", e);
        }
    }
}
