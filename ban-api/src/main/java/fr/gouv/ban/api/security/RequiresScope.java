package fr.gouv.ban.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a write route needs. {@code {name}} is replaced by the path parameter of that name, so
 * {@code "{resource}_write"} on {@code /{resource}} means {@code housenumber_write} on {@code
 * /housenumber}. A write route (any method but GET/HEAD/OPTIONS) without this annotation is refused
 * to every token: routes are closed until they say what they need.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
  String value();
}
