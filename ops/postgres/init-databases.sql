-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d).
-- One database per service (DESIGN.md section 2); each service migrates its own schema with Flyway.
CREATE DATABASE civil_registry;
CREATE DATABASE residence;
CREATE DATABASE health_insurance;
CREATE DATABASE delivery;
CREATE DATABASE orchestrator;
