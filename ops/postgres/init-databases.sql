-- One database per service (docs/architecture.md, "Data ownership"). Run once by the postgres
-- image's entrypoint on an empty data volume (docker-compose.yml mounts this file into
-- /docker-entrypoint-initdb.d). Each service migrates its own schema with Flyway at start-up.
-- scripts/run-local.sh creates the same databases on the local server when they are missing.
CREATE DATABASE profile;
CREATE DATABASE recommendation;
CREATE DATABASE credit_risk;
CREATE DATABASE monitoring;
