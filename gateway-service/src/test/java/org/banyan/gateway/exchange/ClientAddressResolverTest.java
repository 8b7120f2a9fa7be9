package org.banyan.gateway.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who the client is, for the access log and anonymous rate limits. */
class ClientAddressResolverTest {

    private static MockServerWebExchange fromPeer(String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/tags")
                .remoteAddress(new InetSocketAddress("10.0.0.9", 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }

    @Test
    void withoutTrustedProxiesTheClientIsThePeerWhateverItClaims() {
        assertThat(new ClientAddressResolver(0).resolve(fromPeer("6.6.6.6"))).isEqualTo("10.0.0.9");
    }

    @Test
    void behindOneTrustedProxyTheClientIsTheAddressThatProxyAppended() {
        assertThat(new ClientAddressResolver(1).resolve(fromPeer("6.6.6.6, 203.0.113.7"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTwoTrustedProxiesTheClientIsTheSecondFromTheRight() {
        assertThat(new ClientAddressResolver(2).resolve(fromPeer("6.6.6.6, 203.0.113.7, 10.1.1.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindTrustedProxiesWithoutForwardedForTheClientIsThePeer() {
        assertThat(new ClientAddressResolver(1).resolve(fromPeer(null))).isEqualTo("10.0.0.9");
    }

    @Test
    void negativeProxyCountIsRefused() {
        assertThatThrownBy(() -> new ClientAddressResolver(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
