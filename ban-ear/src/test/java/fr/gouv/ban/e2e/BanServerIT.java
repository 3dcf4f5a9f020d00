package fr.gouv.ban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End-to-end tests against the real application on Payara Micro and a real PostGIS database. The
 * archive deployed is the one {@code make run} runs ({@code target/dist/ban.war}) with the example
 * third-party plugin added by {@code scripts/add-plugin.sh} ({@code target/ban-e2e.war}); one
 * deployment serves every scenario (each {@code @Nested} class runs against it as an HTTP client),
 * so Payara boots once per test run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BanServerIT {
  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    File archive = new File(System.getProperty("ban.deployment", "target/dist/ban.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, archive);
  }

  /**
   * Runs before the nested scenarios (JUnit runs a class's own tests before its nested classes),
   * and records the deployment's address for them: Arquillian enriches only this class's instances.
   */
  @Test
  void serverIsReadyWithItsDatabaseAndGeocoder() throws InterruptedException {
    Server.use(base);
    var health = Server.root().get("health/ready");
    // the geocoder index builds in the background after deployment: poll, never sleep blindly
    for (int i = 0; i < 120 && health.status() != 200; i++) {
      Thread.sleep(500);
      health = Server.root().get("health/ready");
    }
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(health.text()).contains("\"database\"").contains("\"geocoder\"");
  }

  @Nested
  class Municipalities extends MunicipalityScenarios {}

  @Nested
  class Postcodes extends PostcodeScenarios {}

  @Nested
  class Housenumbers extends HousenumberScenarios {}

  @Nested
  class Positions extends PositionScenarios {}

  @Nested
  class Versions extends VersionScenarios {}

  @Nested
  class Collections extends CollectionScenarios {}

  @Nested
  class MalformedInputs extends MalformedInputScenarios {}

  @Nested
  class Platform extends PlatformScenarios {}

  @Nested
  class Concurrency extends ConcurrencyScenarios {}

  @Nested
  class Geocoding extends GeocodingScenarios {}

  @Nested
  class Imports extends ImportScenarios {}

  @Nested
  class Plugins extends PluginScenarios {}

  @Nested
  class GeocoderBatch extends GeocoderBatchScenarios {}

  @Nested
  class DiffFeed extends DiffFeedScenarios {}

  @Nested
  class Flags extends FlagScenarios {}

  @Nested
  class Batches extends BatchScenarios {}

  @Nested
  class Redirects extends RedirectScenarios {}

  @Nested
  class Merges extends MergeScenarios {}

  @Nested
  class ChangeConcurrency extends ChangeConcurrencyScenarios {}

  @Nested
  class Security extends SecurityScenarios {}

  @Nested
  class RouteSweep extends RouteSweepScenarios {}

  @Nested
  class RateLimits extends RateLimitScenarios {}
}
