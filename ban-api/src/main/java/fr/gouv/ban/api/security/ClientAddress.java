package fr.gouv.ban.api.security;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Arrays;
import java.util.List;

/**
 * The IP a request comes from. {@code X-Forwarded-For} is honoured only when the direct peer is a
 * trusted proxy; then the right-most address that is not itself a trusted proxy is the client (the
 * left part of the header is whatever the client chose to send).
 */
public final class ClientAddress {
  private final Cidrs trustedProxies;

  public ClientAddress(Cidrs trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  public String of(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return remoteAddress;
  }

  /** A list of address blocks ({@code 10.0.0.0/8, 2001:db8::/32, 192.0.2.7}). */
  public static final class Cidrs {
    private final List<IPAddress> blocks;

    private Cidrs(List<IPAddress> blocks) {
      this.blocks = blocks;
    }

    /**
     * @throws IllegalArgumentException naming the first entry that is not an address or block
     */
    public static Cidrs parse(String commaSeparated) {
      if (commaSeparated == null || commaSeparated.isBlank()) {
        return new Cidrs(List.of());
      }
      return new Cidrs(
          Arrays.stream(commaSeparated.split(","))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .map(
                  s -> {
                    IPAddress a = new IPAddressString(s).getAddress();
                    if (a == null) {
                      throw new IllegalArgumentException("not an IP address or CIDR block: " + s);
                    }
                    return a.toPrefixBlock();
                  })
              .toList());
    }

    public boolean isEmpty() {
      return blocks.isEmpty();
    }

    public boolean contains(String address) {
      if (blocks.isEmpty() || address == null) {
        return false;
      }
      IPAddress a = new IPAddressString(address).getAddress();
      return a != null && blocks.stream().anyMatch(b -> b.contains(a));
    }
  }
}
