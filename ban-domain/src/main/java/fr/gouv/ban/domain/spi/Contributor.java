package fr.gouv.ban.domain.spi;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import fr.gouv.ban.domain.contributor.ContributorType;
import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Selects the contributor type a plugin serves. Repeat it for a rule shared by several types. A
 * validation plugin without it is a global rule that runs for every writer.
 *
 * <pre>{@code
 * @ApplicationScoped
 * @Contributor(ContributorType.LAPOSTE)
 * public class CeaRule implements ValidationPlugin { ... }
 * }</pre>
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
@Repeatable(Contributor.List.class)
public @interface Contributor {
  ContributorType value();

  /** The container of repeated {@link Contributor} annotations. */
  @Documented
  @Retention(RUNTIME)
  @Target({TYPE, METHOD, FIELD, PARAMETER})
  @interface List {
    Contributor[] value();
  }

  /** {@code Contributor.Literal.of(type)} for {@code Instance.select}. */
  final class Literal extends AnnotationLiteral<Contributor> implements Contributor {
    private static final long serialVersionUID = 1L;
    private final ContributorType value;

    private Literal(ContributorType value) {
      this.value = value;
    }

    public static Literal of(ContributorType value) {
      return new Literal(value);
    }

    @Override
    public ContributorType value() {
      return value;
    }
  }
}
