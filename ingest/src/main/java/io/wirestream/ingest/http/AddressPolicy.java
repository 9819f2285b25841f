package io.wirestream.ingest.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The guard against server-side request forgery: a feed or a redirect must not make the fetcher reach
 * into the network it runs in (a cloud metadata service, an admin interface on localhost, a database).
 * Every host is resolved before it is requested, on every hop of a redirect chain, and refused when any
 * of its addresses is loopback, private, link-local, multicast, unspecified or otherwise not public,
 * unless {@code ingest.http.allowed.addresses} opens it.
 *
 * <p>The HTTP client resolves the host again when it connects; both look-ups go through the JVM's
 * address cache ({@code networkaddress.cache.ttl}, 30 s by default), so a DNS answer that changes between
 * the check and the connection (DNS rebinding) is not seen within that time.
 */
public final class AddressPolicy {

    private static final List<AddressRange> NOT_PUBLIC = List.of(
            AddressRange.parse("0.0.0.0/8"),        // "this network"
            AddressRange.parse("100.64.0.0/10"),    // carrier-grade NAT
            AddressRange.parse("192.0.0.0/24"),     // IETF protocol assignments
            AddressRange.parse("198.18.0.0/15"),    // benchmarking
            AddressRange.parse("240.0.0.0/4"),      // reserved, and broadcast
            AddressRange.parse("fc00::/7"),         // unique local
            AddressRange.parse("64:ff9b:1::/48"));  // local-use NAT64

    private final List<AddressRange> allowed;

    /** @param allowed blocks that are reachable even though they are not public */
    public AddressPolicy(List<AddressRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /**
     * Resolves the host of {@code url} and checks every address it has.
     *
     * @throws FetchException {@link FetchFailure#FORBIDDEN_ADDRESS} when an address is refused,
     *                        {@link FetchFailure#NETWORK} when the host does not resolve
     */
    public void check(URI url) throws FetchException {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new FetchException(FetchFailure.NETWORK, "Cannot resolve the host of " + url + ": " + e.getMessage(), e);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowed.stream().noneMatch(range -> range.contains(address))) {
                throw new FetchException(FetchFailure.FORBIDDEN_ADDRESS, "Refused to fetch " + url + ": "
                        + url.getHost() + " resolves to " + address.getHostAddress() + ", which is not a public "
                        + "address (open it with ingest.http.allowed.addresses)");
            }
        }
    }

    /** Whether {@code address} is a public unicast address. */
    static boolean isPublic(InetAddress address) {
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || NOT_PUBLIC.stream().anyMatch(range -> range.contains(address)));
    }
}
