# Thin wrappers over the Maven wrapper and scripts/ (see README.md).
SHELL := /bin/bash
BAN_PORT ?= 8080
export BAN_PORT

.PHONY: run test build fmt check db-up db-down bench bench-import bench-import-heap bench-geocoder bench-france eval clean

## run: database + build + Payara Micro in the foreground on BAN_PORT (Ctrl-C stops it)
run:
	@scripts/run.sh

## test: unit, integration and end-to-end tests against a throwaway PostGIS; prints totals
test:
	@scripts/test.sh

## build: compile and package everything, no tests
build:
	./mvnw -B -q install -DskipTests

## fmt: apply the code format (google-java-format)
fmt:
	./mvnw -B -q spotless:apply

## check: format check only
check:
	./mvnw -B -q spotless:check

## db-up / db-down: the project's own PostgreSQL cluster for make run (var/pg, port 55432)
db-up:
	@scripts/pg.sh up var/pg 55432 ban

db-down:
	@scripts/pg.sh down var/pg

## bench: HTTP benchmark of the management API against a baseline endpoint (docs/benchmarks.md)
bench:
	@scripts/bench-http.sh

## bench-import: the Paris BAN import against a raw COPY of the same rows (docs/benchmarks.md)
bench-import:
	@scripts/bench-import.sh

## bench-import-heap: live heap of a node importing a 2 GB synthetic BAN CSV under -Xmx1g (LIMIT_MINUTES, SIZE)
bench-import-heap:
	@scripts/bench-import-heap.sh

## bench-geocoder: JMH benchmark of the geocoder engine on the Paris extract (docs/benchmarks.md)
bench-geocoder:
	./mvnw -B -q install -DskipTests
	./mvnw -B -q -pl ban-domain -Pbench -DskipTests process-test-classes exec:java

## bench-france: geocoder on a synthetic France (SIZE=1 → 26 M addresses, SIZE=0.1 → 2.6 M; SEED, HEAP):
##   generation, build, heap, snapshot write/load, queries per CPU-second; FRANCE_JMH=1 adds JMH (JMH_ARGS, e.g. "-wi 1 -i 3")
SIZE ?= 0.1
SEED ?= 1
HEAP ?= 12g
bench-france:
	flock /tmp/ban-mvn.lock ./mvnw -B -q -pl ban-domain -Pbench -DskipTests process-test-classes \
	  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-france-cp.txt
	java -Xmx$(HEAP) -cp ban-domain/target/test-classes:ban-domain/target/classes:$$(cat ban-domain/target/bench-france-cp.txt) \
	  fr.gouv.ban.geocoder.scale.FranceScale $(CURDIR)/data $(CURDIR)/ban-domain/target/france $(SIZE) $(SEED)
	if [ -n "$(FRANCE_JMH)" ]; then CP=ban-domain/target/test-classes:ban-domain/target/classes:$$(cat ban-domain/target/bench-france-cp.txt); \
	  java -cp $$CP org.openjdk.jmh.Main fr.gouv.ban.geocoder.scale -jvmArgsPrepend "-cp $$CP" \
	  -jvmArgsAppend "-Dban.data.dir=$(CURDIR)/data -Dban.france.work=$(CURDIR)/ban-domain/target/france -Dban.france.size=$(SIZE) -Dban.france.seed=$(SEED)" $(JMH_ARGS); fi

## eval: top-1 accuracy of the geocoder per query kind on the Paris extract (2,000 per kind)
eval:
	./mvnw -B -q install -DskipTests
	./mvnw -B -q -pl ban-domain -DskipTests test-compile exec:java \
	  -Dexec.mainClass=fr.gouv.ban.geocoder.eval.EvaluationHarness -Dexec.classpathScope=test \
	  -Dexec.args="2000 42" -Dban.data.dir=$(CURDIR)/data

clean:
	./mvnw -B -q clean
