/**
 * Quality evaluation of the geocoder on the real Paris extract: seeded query sets derived from the
 * addresses themselves (clean, without postcode, abbreviated, one typo, autocomplete prefix, noise,
 * wrong postcode, unknown number, reverse at 0/20/200 m) and their top-1 accuracy. Run {@link
 * fr.gouv.ban.geocoder.eval.EvaluationHarness#main}.
 */
package fr.gouv.ban.geocoder.eval;
