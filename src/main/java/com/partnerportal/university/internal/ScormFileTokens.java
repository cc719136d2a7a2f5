package com.partnerportal.university.internal;

import com.partnerportal.shared.ServerKeys;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The key in the address of a package's files (R5.7): the player's sandboxed frame has no origin of
 * its own, so the browser sends it no session cookie; the path carries instead who may read which
 * SCO of which package, until when, signed with a key the instances share. It is made only for a
 * learner the launch page let in, so the track and seat rules (R5.2–R5.3) hold for every file.
 */
@Component
public class ScormFileTokens {

    /** What a valid key grants. */
    public record Grant(UUID packageId, UUID accountId, int sco) {}

    private static final Duration VALIDITY = Duration.ofHours(12);
    private static final int SIGNATURE_BYTES = 32;

    private final SecretKeySpec key;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    ScormFileTokens(JdbcClient jdbc) {
        this(ServerKeys.shared(jdbc, "scorm-file-keys"), Clock.systemUTC());
    }

    ScormFileTokens(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.clock = clock;
    }

    public String issue(Grant grant) {
        var claims = ByteBuffer.allocate(16 + 16 + 4 + 8)
                .putLong(grant.packageId().getMostSignificantBits())
                .putLong(grant.packageId().getLeastSignificantBits())
                .putLong(grant.accountId().getMostSignificantBits())
                .putLong(grant.accountId().getLeastSignificantBits())
                .putInt(grant.sco())
                .putLong(clock.instant().plus(VALIDITY).getEpochSecond())
                .array();
        var token = ByteBuffer.allocate(claims.length + SIGNATURE_BYTES)
                .put(claims)
                .put(sign(claims))
                .array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The grant of a key signed here and not expired; nothing for anything else. */
    public Optional<Grant> read(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != 44 + SIGNATURE_BYTES) {
            return Optional.empty();
        }
        var buffer = ByteBuffer.wrap(bytes);
        byte[] claims = new byte[44];
        byte[] signature = new byte[SIGNATURE_BYTES];
        buffer.get(claims).get(signature);
        if (!MessageDigest.isEqual(signature, sign(claims))) {
            return Optional.empty();
        }
        var read = ByteBuffer.wrap(claims);
        var packageId = new UUID(read.getLong(), read.getLong());
        var accountId = new UUID(read.getLong(), read.getLong());
        int sco = read.getInt();
        long expires = read.getLong();
        return expires < clock.instant().getEpochSecond()
                ? Optional.empty()
                : Optional.of(new Grant(packageId, accountId, sco));
    }

    private byte[] sign(byte[] claims) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(claims);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
