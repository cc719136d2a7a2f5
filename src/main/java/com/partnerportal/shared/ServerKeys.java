package com.partnerportal.shared;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keys the instances share and no one configures (the {@code server_key} table): the first instance
 * to ask for one makes it, every instance reads the same one.
 */
public final class ServerKeys {

    private ServerKeys() {}

    /** The named 256-bit key, made now if no instance made it before. */
    public static byte[] shared(JdbcClient jdbc, String name) {
        var fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO server_key (name, secret) VALUES (:name, :secret) ON CONFLICT (name) DO NOTHING")
                .param("name", name)
                .param("secret", fresh)
                .update();
        return jdbc.sql("SELECT secret FROM server_key WHERE name = :name")
                .param("name", name)
                .query(byte[].class)
                .single();
    }
}
