package io.eksplanner.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.eksplanner.support.TestJwts;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The decoder of {@code oidc} mode, made from Boot's JWT properties as Boot makes its own: against a JWK Set served
 * over HTTP here, a public key file, and an issuer whose discovery document is read only when a JWT arrives.
 */
class OidcDecoderTests {

    static final KeyPair ISSUER = TestJwts.keyPair();
    static final KeyPair STRANGER = TestJwts.keyPair();

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serveTheKeys() throws IOException {
        byte[] keys = new JWKSet(new RSAKey.Builder((RSAPublicKey) ISSUER.getPublic())
                        .keyID("planner-test")
                        .build())
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/keys", exchange -> answer(exchange, keys));
        server.createContext(
                "/issuer/.well-known/openid-configuration",
                exchange -> answer(
                        exchange,
                        ("{\"issuer\":\"" + base() + "/issuer\",\"jwks_uri\":\"" + base() + "/keys\"}")
                                .getBytes(StandardCharsets.UTF_8)));
        server.start();
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        requests.incrementAndGet();
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void checksSignatureIssuerAndAudienceAgainstTheJwkSet() {
        var properties = new OAuth2ResourceServerProperties.Jwt();
        properties.setJwkSetUri(base() + "/keys");
        properties.setIssuerUri("https://issuer.example");
        properties.setAudiences(List.of("planner"));
        var decoder = OidcDecoder.of(properties);

        assertThat(decoder.decode(jwt(ISSUER, "https://issuer.example", "planner"))
                        .getSubject())
                .isEqualTo("someone@example.com");
        assertThatThrownBy(() -> decoder.decode(jwt(ISSUER, "https://issuer.example", "another-service")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("aud");
        assertThatThrownBy(() -> decoder.decode(jwt(ISSUER, "https://elsewhere.example", "planner")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
        assertThatThrownBy(() -> decoder.decode(jwt(STRANGER, "https://issuer.example", "planner")))
                .isInstanceOf(BadJwtException.class);
    }

    @Test
    void checksAPublicKeyWithItsOneAlgorithm() {
        var properties = new OAuth2ResourceServerProperties.Jwt();
        properties.setPublicKeyLocation(new DefaultResourceLoader().getResource(TestJwts.publicKeyFile(ISSUER)));
        var decoder = OidcDecoder.of(properties);

        assertThat(decoder.decode(jwt(ISSUER, "https://any.example", "any")).getSubject())
                .isEqualTo("someone@example.com");
        assertThatThrownBy(() -> decoder.decode(jwt(STRANGER, "https://any.example", "any")))
                .isInstanceOf(BadJwtException.class);

        properties.setJwsAlgorithms(List.of("RS256", "RS512"));
        assertThatThrownBy(() -> OidcDecoder.of(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly one algorithm");
    }

    @Test
    void readsTheIssuersDiscoveryDocumentOnlyWhenAJwtArrives() {
        var properties = new OAuth2ResourceServerProperties.Jwt();
        properties.setIssuerUri(base() + "/issuer");
        var decoder = OidcDecoder.of(properties);
        assertThat(requests).hasValue(0);

        assertThat(decoder.decode(jwt(ISSUER, base() + "/issuer", "any")).getSubject())
                .isEqualTo("someone@example.com");
        assertThat(requests.get()).isPositive();
        assertThatThrownBy(() -> decoder.decode(jwt(ISSUER, "https://issuer.example", "any")))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void refusesToStartOidcModeWithoutAnIdentityProvider() {
        assertThatThrownBy(() -> OidcDecoder.of(new OAuth2ResourceServerProperties.Jwt()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("issuer-uri")
                .hasMessageContaining("jwk-set-uri")
                .hasMessageContaining("public-key-location");
    }

    @Test
    void theOtherModesAcceptNoJwt() {
        assertThatThrownBy(() -> OidcDecoder.none().decode(jwt(ISSUER, "https://issuer.example", "planner")))
                .isInstanceOf(BadJwtException.class)
                .hasMessageContaining("oidc");
    }

    private static String jwt(KeyPair signer, String issuer, String audience) {
        var now = Instant.now();
        return TestJwts.sign(
                signer,
                new JWTClaimsSet.Builder()
                        .subject("someone@example.com")
                        .issuer(issuer)
                        .audience(audience)
                        .issueTime(Date.from(now.minusSeconds(60)))
                        .expirationTime(Date.from(now.plusSeconds(300)))
                        .build());
    }
}
