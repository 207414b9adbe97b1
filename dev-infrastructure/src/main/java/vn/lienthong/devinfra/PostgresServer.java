package vn.lienthong.devinfra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** A PostgreSQL server reached as its administrator: where databases are made and dropped. */
public record PostgresServer(String host, int port, String username, String password) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** The server named by POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD (default 127.0.0.1:5432, postgres). */
    public static PostgresServer fromEnvironment() {
        return new PostgresServer(
                env("POSTGRES_HOST", "127.0.0.1"),
                Integer.parseInt(env("POSTGRES_PORT", "5432")),
                env("POSTGRES_USER", "postgres"),
                env("POSTGRES_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username, password);
    }

    /** Throws a {@link SQLException} with the driver's reason when the server cannot be reached. */
    public void checkReachable() throws SQLException {
        try (Connection ignored = connect("postgres")) {
            // reached
        }
    }

    /** Creates the database unless it exists; returns true when it was created. */
    public boolean createDatabaseIfMissing(String database) throws SQLException {
        requireSafeName(database);
        try (Connection connection = connect("postgres");
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return false;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + database);
            }
            return true;
        }
    }

    public void dropDatabase(String database) throws SQLException {
        requireSafeName(database);
        try (Connection connection = connect("postgres"); var drop = connection.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        }
    }

    private static void requireSafeName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }
}
