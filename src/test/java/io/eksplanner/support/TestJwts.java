package io.eksplanner.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * JWTs signed by a key pair made for the test, and the public key as the PEM file {@code oidc} mode is configured
 * with ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}): no identity provider, no network.
 */
public final class TestJwts {

    private TestJwts() {}

    /** A fresh 2048-bit RSA key pair. */
    public static KeyPair keyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWT for {@code someone@example.com} from {@code https://issuer.example}, with its groups, expiring then. */
    public static String withGroups(KeyPair signer, Object groups, Instant expires) {
        return sign(
                signer,
                new JWTClaimsSet.Builder()
                        .subject("someone@example.com")
                        .issuer("https://issuer.example")
                        .issueTime(Date.from(expires.minusSeconds(600)))
                        .expirationTime(Date.from(expires))
                        .claim("groups", groups)
                        .build());
    }

    /** These claims signed with RS256. */
    public static String sign(KeyPair signer, JWTClaimsSet claims) {
        var token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            token.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    /** The public key of {@code pair} in a PEM file deleted when the JVM exits, as a {@code file:} URI. */
    public static String publicKeyFile(KeyPair pair) {
        var pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            var file = Files.createTempFile("planner-oidc-test", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
