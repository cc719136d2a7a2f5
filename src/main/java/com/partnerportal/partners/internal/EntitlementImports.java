package com.partnerportal.partners.internal;

import com.partnerportal.partners.DistributorId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** Uploaded CSV files waiting for their uploader to confirm the valid rows; any instance can finish them. */
@Repository
public class EntitlementImports {

    public record Staged(UUID id, DistributorId distributorId, String fileName, String content) {}

    private final JdbcClient jdbc;

    public EntitlementImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID stage(DistributorId distributor, String uploadedBy, String fileName, String content) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO entitlement_import (id, distributor_id, uploaded_by, file_name, content)"
                        + " VALUES (:id, :distributor, :by, :name, :content)")
                .param("id", id)
                .param("distributor", distributor.value())
                .param("by", uploadedBy)
                .param("name", fileName)
                .param("content", content)
                .update();
        return id;
    }

    /** Takes the staged file out, so that it is applied once even if confirmed twice. */
    public Optional<Staged> take(DistributorId distributor, UUID id) {
        return jdbc.sql("DELETE FROM entitlement_import WHERE id = :id AND distributor_id = :distributor"
                        + " RETURNING id, distributor_id, file_name, content")
                .param("id", id)
                .param("distributor", distributor.value())
                .query((row, n) -> new Staged(
                        row.getObject("id", UUID.class),
                        new DistributorId(row.getObject("distributor_id", UUID.class)),
                        row.getString("file_name"),
                        row.getString("content")))
                .optional();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    public void forgetAbandoned() {
        jdbc.sql("DELETE FROM entitlement_import WHERE created_at < now() - interval '1 day'")
                .update();
    }
}
