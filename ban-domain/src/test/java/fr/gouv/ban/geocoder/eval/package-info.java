/**
 * Quality evaluation of the geocoder on the real Paris extract (BAN CSV) and the Nouvelle-Calédonie
 * addok export (ndjson): seeded query sets derived from the addresses themselves (clean, without
 * postcode, abbreviated, one typo, autocomplete prefix, noise, wrong postcode, unknown number,
 * reverse at 0/20/200 m), their top-1 and top-5 accuracy and, for prefixes, the ceiling a text-only
 * ranker can reach. Run {@link fr.gouv.ban.geocoder.eval.EvaluationHarness#main}.
 */
package fr.gouv.ban.geocoder.eval;
