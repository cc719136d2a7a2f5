package com.partnerportal.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * The passkey ceremonies under way (R4.3), in PostgreSQL: what the browser was asked to sign is
 * kept per HTTP session and kind, so the answer may reach any instance; it is taken out when it is
 * read (DELETE … RETURNING), so that a challenge is answered once, even by two requests at the same
 * instant; and it expires with the browser's own timeout.
 */
public class PasskeyCeremonies {

    private static final List<PublicKeyCredentialParameters> KNOWN_ALGORITHMS = List.of(
            PublicKeyCredentialParameters.EdDSA,
            PublicKeyCredentialParameters.ES256,
            PublicKeyCredentialParameters.ES384,
            PublicKeyCredentialParameters.ES512,
            PublicKeyCredentialParameters.RS256,
            PublicKeyCredentialParameters.RS384,
            PublicKeyCredentialParameters.RS512);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    private final JdbcClient jdbc;

    public PasskeyCeremonies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Registration of a new passkey by a logged-in user. */
    public PublicKeyCredentialCreationOptionsRepository registrations() {
        return new PublicKeyCredentialCreationOptionsRepository() {
            @Override
            public void save(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    PublicKeyCredentialCreationOptions options) {
                saveRegistration(request, options);
            }

            @Override
            public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
                return takeRegistration(request);
            }
        };
    }

    /** Login with a passkey. */
    public PublicKeyCredentialRequestOptionsRepository authentications() {
        return new PublicKeyCredentialRequestOptionsRepository() {
            @Override
            public void save(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    PublicKeyCredentialRequestOptions options) {
                saveAuthentication(request, options);
            }

            @Override
            public PublicKeyCredentialRequestOptions load(HttpServletRequest request) {
                return takeAuthentication(request);
            }
        };
    }

    private void saveRegistration(HttpServletRequest request, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            forget(request, "REGISTRATION");
            return;
        }
        var user = options.getUser();
        var selection = options.getAuthenticatorSelection();
        Long[] algorithms = options.getPubKeyCredParams().stream()
                .map(parameters -> parameters.getAlg().getValue())
                .toArray(Long[]::new);
        jdbc.sql("""
                        INSERT INTO passkey_ceremony (session_id, kind, challenge, rp_id, rp_name, user_handle, user_name,
                            user_display_name, algorithms, user_verification, resident_key, expires_at)
                        VALUES (:session, 'REGISTRATION', :challenge, :rpId, :rpName, :handle, :name, :displayName,
                            :algorithms, :verification, :residentKey, now() + :timeout * interval '1 millisecond')
                        ON CONFLICT (session_id, kind) DO UPDATE SET challenge = EXCLUDED.challenge,
                            rp_id = EXCLUDED.rp_id, rp_name = EXCLUDED.rp_name, user_handle = EXCLUDED.user_handle,
                            user_name = EXCLUDED.user_name, user_display_name = EXCLUDED.user_display_name,
                            algorithms = EXCLUDED.algorithms, user_verification = EXCLUDED.user_verification,
                            resident_key = EXCLUDED.resident_key, expires_at = EXCLUDED.expires_at
                        """)
                .param("session", request.getSession().getId())
                .param("challenge", options.getChallenge().getBytes())
                .param("rpId", options.getRp().getId())
                .param("rpName", options.getRp().getName())
                .param("handle", user.getId().toBase64UrlString())
                .param("name", user.getName())
                .param("displayName", user.getDisplayName())
                .param("algorithms", algorithms)
                .param(
                        "verification",
                        selection == null
                                ? "preferred"
                                : selection.getUserVerification().getValue())
                .param(
                        "residentKey",
                        selection == null || selection.getResidentKey() == null
                                ? null
                                : selection.getResidentKey().getValue())
                .param("timeout", timeoutOf(options.getTimeout()).toMillis())
                .update();
    }

    private PublicKeyCredentialCreationOptions takeRegistration(HttpServletRequest request) {
        return take(request, "REGISTRATION")
                .map(row -> PublicKeyCredentialCreationOptions.builder()
                        .rp(PublicKeyCredentialRpEntity.builder()
                                .id(row.rpId())
                                .name(row.rpName())
                                .build())
                        .user(ImmutablePublicKeyCredentialUserEntity.builder()
                                .id(Bytes.fromBase64(row.userHandle()))
                                .name(row.userName())
                                .displayName(row.userDisplayName())
                                .build())
                        .challenge(new Bytes(row.challenge()))
                        .pubKeyCredParams(KNOWN_ALGORITHMS.stream()
                                .filter(known ->
                                        row.algorithms().contains(known.getAlg().getValue()))
                                .toList())
                        .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                                .userVerification(verification(row.userVerification()))
                                .residentKey(
                                        row.residentKey() == null
                                                ? ResidentKeyRequirement.REQUIRED
                                                : ResidentKeyRequirement.valueOf(row.residentKey()))
                                .build())
                        .timeout(DEFAULT_TIMEOUT)
                        .build())
                .orElse(null);
    }

    private void saveAuthentication(HttpServletRequest request, PublicKeyCredentialRequestOptions options) {
        if (options == null) {
            forget(request, "AUTHENTICATION");
            return;
        }
        jdbc.sql("""
                        INSERT INTO passkey_ceremony (session_id, kind, challenge, rp_id, user_verification, expires_at)
                        VALUES (:session, 'AUTHENTICATION', :challenge, :rpId, :verification,
                            now() + :timeout * interval '1 millisecond')
                        ON CONFLICT (session_id, kind) DO UPDATE SET challenge = EXCLUDED.challenge,
                            rp_id = EXCLUDED.rp_id, user_verification = EXCLUDED.user_verification,
                            expires_at = EXCLUDED.expires_at
                        """)
                .param("session", request.getSession().getId())
                .param("challenge", options.getChallenge().getBytes())
                .param("rpId", options.getRpId())
                .param(
                        "verification",
                        options.getUserVerification() == null
                                ? "preferred"
                                : options.getUserVerification().getValue())
                .param("timeout", timeoutOf(options.getTimeout()).toMillis())
                .update();
    }

    private PublicKeyCredentialRequestOptions takeAuthentication(HttpServletRequest request) {
        return take(request, "AUTHENTICATION")
                .map(row -> PublicKeyCredentialRequestOptions.builder()
                        .challenge(new Bytes(row.challenge()))
                        .rpId(row.rpId())
                        .userVerification(verification(row.userVerification()))
                        .allowCredentials(List.of())
                        .timeout(DEFAULT_TIMEOUT)
                        .build())
                .orElse(null);
    }

    /** Ceremonies nobody finished: their challenges can no longer be answered anyway. */
    public void removeExpired() {
        jdbc.sql("DELETE FROM passkey_ceremony WHERE expires_at < now()").update();
    }

    private record Ceremony(
            byte[] challenge,
            String rpId,
            String rpName,
            String userHandle,
            String userName,
            String userDisplayName,
            List<Long> algorithms,
            String userVerification,
            String residentKey) {}

    private Optional<Ceremony> take(HttpServletRequest request, String kind) {
        var session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        DELETE FROM passkey_ceremony WHERE session_id = :session AND kind = :kind
                        RETURNING challenge, rp_id, rp_name, user_handle, user_name, user_display_name, algorithms,
                            user_verification, resident_key, expires_at > now() AS valid
                        """)
                .param("session", session.getId())
                .param("kind", kind)
                .query((row, n) -> row.getBoolean("valid")
                        ? Optional.of(new Ceremony(
                                row.getBytes("challenge"),
                                row.getString("rp_id"),
                                row.getString("rp_name"),
                                row.getString("user_handle"),
                                row.getString("user_name"),
                                row.getString("user_display_name"),
                                longs(row.getArray("algorithms")),
                                row.getString("user_verification"),
                                row.getString("resident_key")))
                        : Optional.<Ceremony>empty())
                .optional()
                .flatMap(ceremony -> ceremony);
    }

    private void forget(HttpServletRequest request, String kind) {
        var session = request.getSession(false);
        if (session != null) {
            jdbc.sql("DELETE FROM passkey_ceremony WHERE session_id = :session AND kind = :kind")
                    .param("session", session.getId())
                    .param("kind", kind)
                    .update();
        }
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static UserVerificationRequirement verification(String value) {
        return switch (value) {
            case "required" -> UserVerificationRequirement.REQUIRED;
            case "discouraged" -> UserVerificationRequirement.DISCOURAGED;
            default -> UserVerificationRequirement.PREFERRED;
        };
    }

    private static Duration timeoutOf(Duration timeout) {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }
}
