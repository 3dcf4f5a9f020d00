package fr.gouv.ban.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write route whose scopes depend on its body ({@code POST /batch}: one scope per operation):
 * {@link AccessControlFilter} requires a valid token and the route checks the scopes itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ScopesCheckedByRoute {}
