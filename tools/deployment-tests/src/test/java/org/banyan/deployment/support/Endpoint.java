package org.banyan.deployment.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** A host (and maybe port) an environment variable points at. */
public record Endpoint(String host, OptionalInt port) {

    /**
     * The endpoints in a host-like variable's value: a plain host for *_HOST, the authority of a
     * URL for *_URL / *_URI, a comma-separated host:port list for *_SERVERS.
     */
    public static List<Endpoint> parse(String variable, String value) {
        List<Endpoint> endpoints = new ArrayList<>();
        if (variable.endsWith("_URL") || variable.endsWith("_URI")) {
            URI uri = URI.create(value.trim());
            endpoints.add(new Endpoint(uri.getHost(), uri.getPort() < 0 ? OptionalInt.empty() : OptionalInt.of(uri.getPort())));
        } else if (variable.endsWith("_SERVERS")) {
            for (String server : value.split(",")) {
                String s = server.trim();
                int colon = s.lastIndexOf(':');
                endpoints.add(colon < 0 ? new Endpoint(s, OptionalInt.empty())
                        : new Endpoint(s.substring(0, colon), OptionalInt.of(Integer.parseInt(s.substring(colon + 1)))));
            }
        } else {
            endpoints.add(new Endpoint(value.trim(), OptionalInt.empty()));
        }
        return endpoints;
    }

    public boolean isLoopback() {
        return host == null || host.isBlank() || host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("[::1]") || host.equals("0.0.0.0");
    }
}
