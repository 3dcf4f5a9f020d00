package fr.gouv.ban.api;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application, served at the server root so that paths match the public APIs it
 * replaces. The datasource is defined here so the same archive runs on Payara Micro and on a full
 * server; its settings come from MicroProfile Config ({@code BAN_DB_URL}, {@code BAN_DB_USER},
 * {@code BAN_DB_PASSWORD} in the environment).
 */
@ApplicationPath("/")
@DataSourceDefinition(
    name = "java:app/jdbc/ban",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=ban.db.url}",
    user = "${MPCONFIG=ban.db.user}",
    password = "${MPCONFIG=ban.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    // Nulls bound to jsonb and geometry columns must reach PostgreSQL untyped.
    // Batched inserts (imports, batches) travel as multi-row INSERTs: several times faster.
    properties = {"stringType=unspecified", "reWriteBatchedInserts=true"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "BAN server",
            version = "0.1.0",
            description =
                "Base Adresse Nationale: management API (versioned municipalities, postcodes,"
                    + " groups, housenumbers, positions).",
            license = @License(name = "MIT")))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description =
        "Access token from POST /token (OAuth2 client credentials). Writes need the resource's"
            + " scope, <resource>_write.")
public class BanApplication extends Application {}
