package io.eksplanner.security.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The {@link JwtDecoder} of {@code oidc} mode, made from Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}
 * properties as Boot's own decoder is (spring-boot {@code OAuth2ResourceServerJwtConfiguration.JwtDecoderConfiguration}
 * and its {@code KeyValueCondition}, 4.0.7): a JWK Set URI first (checking the issuer too when one is set), else the
 * issuer's discovery document, read on the first JWT, else a public key; the JWS algorithms and audiences as set.
 *
 * <p>The service declares it rather than leave it to Boot, because Boot makes its decoder only when one of those
 * properties is set, and the fast-start form's bean definitions are written at build time (Spring AOT), when none is.
 */
final class OidcDecoder {

    static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    private OidcDecoder() {}

    /** The decoder for {@code oidc} mode; refuses to start when no JWT property says whose JWTs to accept. */
    static JwtDecoder of(OAuth2ResourceServerProperties.Jwt properties) {
        String issuer = properties.getIssuerUri();
        if (StringUtils.hasText(properties.getJwkSetUri())) {
            var decoder = NimbusJwtDecoder.withJwkSetUri(properties.getJwkSetUri())
                    .jwsAlgorithms(algorithms -> properties.getJwsAlgorithms().stream()
                            .map(SignatureAlgorithm::from)
                            .forEach(algorithms::add))
                    .build();
            decoder.setJwtValidator(validators(
                    StringUtils.hasText(issuer)
                            ? JwtValidators.createDefaultWithIssuer(issuer)
                            : JwtValidators.createDefault(),
                    properties.getAudiences()));
            return decoder;
        }
        if (StringUtils.hasText(issuer)) {
            // Read the provider's discovery document on the first JWT, not at start-up, as Boot does.
            return new SupplierJwtDecoder(() -> {
                var decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
                decoder.setJwtValidator(
                        validators(JwtValidators.createDefaultWithIssuer(issuer), properties.getAudiences()));
                return decoder;
            });
        }
        if (properties.getPublicKeyLocation() != null) {
            var decoder = NimbusJwtDecoder.withPublicKey(publicKey(properties))
                    .signatureAlgorithm(SignatureAlgorithm.from(oneAlgorithm(properties.getJwsAlgorithms())))
                    .build();
            decoder.setJwtValidator(validators(JwtValidators.createDefault(), properties.getAudiences()));
            return decoder;
        }
        throw new IllegalStateException("planner.security.mode=oidc needs " + PREFIX + "issuer-uri, " + PREFIX
                + "jwk-set-uri or " + PREFIX + "public-key-location");
    }

    /** The decoder of the other modes, which take no JWT: it accepts none. */
    static JwtDecoder none() {
        return token -> {
            throw new BadJwtException("JWTs are accepted in planner.security.mode=oidc only");
        };
    }

    private static OAuth2TokenValidator<Jwt> validators(OAuth2TokenValidator<Jwt> standard, List<String> audiences) {
        if (audiences == null || audiences.isEmpty()) {
            return standard;
        }
        var all = new ArrayList<OAuth2TokenValidator<Jwt>>();
        all.add(standard);
        all.add(new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, audience -> audience != null && !Collections.disjoint(audience, audiences)));
        return new DelegatingOAuth2TokenValidator<>(all);
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt properties) {
        try {
            String pem = properties
                    .readPublicKey()
                    .replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(
                            new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(PREFIX + "public-key-location cannot be read", e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(PREFIX + "public-key-location is not a PEM RSA public key", e);
        }
    }

    private static String oneAlgorithm(List<String> algorithms) {
        if (algorithms == null || algorithms.size() != 1) {
            throw new IllegalStateException(
                    "a public key needs exactly one algorithm in " + PREFIX + "jws-algorithms, not " + algorithms);
        }
        return algorithms.get(0);
    }
}
