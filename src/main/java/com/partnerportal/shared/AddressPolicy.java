package com.partnerportal.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the portal may call out to (SSRF): webhooks (R12.1) and identity providers (R11.2) alike —
 * {@code https://} to a host whose every address is
 * public — no loopback, private, link-local, carrier-grade NAT, multicast, documentation or reserved
 * range, IPv6 unique-local, nor an IPv4 address wrapped in IPv6. Checked when an endpoint is saved
 * and again for the addresses each connection is made to, so a name that resolves elsewhere later
 * (DNS rebinding) is refused too. Development and tests may allow {@code http://} to loopback
 * ({@code portal.webhooks.allow-local-http}, {@code portal.sso.allow-local-http}).
 */
public class AddressPolicy {

    /** Why an address is refused: {@code invalid}, {@code https}, {@code unknownHost} or {@code private}. */
    public static final class RefusedAddressException extends Exception {

        private final String reason;

        RefusedAddressException(String reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        /** The message key under the caller's prefix, e.g. {@code webhooks.url.private}. */
        public String messageKey(String prefix) {
            return prefix + "." + reason;
        }
    }

    private final boolean allowLocalHttp;

    public AddressPolicy(boolean allowLocalHttp) {
        this.allowLocalHttp = allowLocalHttp;
    }

    /** The address, checked and resolved now. */
    public URI check(String address) throws RefusedAddressException {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new RefusedAddressException("invalid", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw new RefusedAddressException("invalid", "not an absolute URL with a host");
        }
        if (!scheme.equals("https") && !(allowLocalHttp && scheme.equals("http"))) {
            throw new RefusedAddressException("https", "not https");
        }
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new RefusedAddressException("unknownHost", "unknown host " + host);
        }
        checkAddresses(host, addresses);
        if (scheme.equals("http") && !Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
            throw new RefusedAddressException("https", "http only to this machine in development");
        }
        return uri;
    }

    /** Refuses when any address the host resolved to is not public (or, in development, loopback). */
    public void checkAddresses(String host, InetAddress[] addresses) throws RefusedAddressException {
        if (addresses.length == 0) {
            throw new RefusedAddressException("unknownHost", "no address for " + host);
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !(allowLocalHttp && address.isLoopbackAddress())) {
                throw new RefusedAddressException(
                        "private", host + " resolves to a non-public address " + address.getHostAddress());
            }
        }
    }

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] ip) {
        int a = ip[0] & 0xff;
        int b = ip[1] & 0xff;
        int c = ip[2] & 0xff;
        return !(a == 0 // "this network"
                || a == 10
                || a == 127
                || (a == 100 && b >= 64 && b <= 127) // carrier-grade NAT
                || (a == 169 && b == 254)
                || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 168)
                || (a == 192 && b == 0 && (c == 0 || c == 2)) // IETF protocol assignments, TEST-NET-1
                || (a == 198 && (b == 18 || b == 19)) // benchmarking
                || (a == 198 && b == 51 && c == 100) // TEST-NET-2
                || (a == 203 && b == 0 && c == 113) // TEST-NET-3
                || a >= 224); // multicast, reserved, broadcast
    }

    private static boolean isPublicIpv6(byte[] ip) {
        int first = ip[0] & 0xff;
        int second = ip[1] & 0xff;
        if ((first & 0xfe) == 0xfc // unique local fc00::/7
                || (first == 0xfe && (second & 0xc0) == 0x80) // link-local fe80::/10
                || (first == 0xfe && (second & 0xc0) == 0xc0) // site-local fec0::/10
                || first == 0xff
                || (first == 0x20 && second == 0x01 && (ip[2] & 0xff) == 0x0d && (ip[3] & 0xff) == 0xb8)) {
            return false;
        }
        if (first == 0x20 && second == 0x02) { // 6to4 carries an IPv4 address in bytes 2–5
            return isPublicIpv4(Arrays.copyOfRange(ip, 2, 6));
        }
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= ip[i] == 0;
        }
        boolean nat64 = first == 0x00 && second == 0x64 && (ip[2] & 0xff) == 0xff && (ip[3] & 0xff) == 0x9b;
        if (zeroPrefix) { // ::/80 holds ::, ::1, IPv4-compatible (::a.b.c.d) and IPv4-mapped (::ffff:a.b.c.d)
            boolean wrapsIpv4 = (ip[10] == 0 && ip[11] == 0) || ((ip[10] & 0xff) == 0xff && (ip[11] & 0xff) == 0xff);
            return wrapsIpv4 && isPublicIpv4(Arrays.copyOfRange(ip, 12, 16));
        }
        if (nat64) {
            return isPublicIpv4(Arrays.copyOfRange(ip, 12, 16));
        }
        return true;
    }
}
