/**
 * The address model. A <em>municipality</em> (commune) holds <em>groups</em>; a group is a street
 * (<em>voie</em>, kind {@code way}) or a named place (<em>lieu-dit</em>, kind {@code area}, also
 * used for former communes: <em>communes déléguées</em> after a merge). A <em>housenumber</em> (an
 * address: number + ordinal such as <em>bis</em>/<em>ter</em>) belongs to one group (its parent)
 * and may have ancestors (districts, former communes); its <em>positions</em> locate entrances,
 * buildings, postal delivery points. A <em>postcode</em> is La Poste's code for (part of) a
 * commune.
 *
 * <p>Glossary: INSEE code = official commune code (COG); SIREN = the commune's legal-entity number;
 * FANTOIR/RIVOLI = DGFiP street code (INSEE + 4 characters); CEA = La Poste address id; CIA (clé
 * d'interopérabilité) = the cross-system address key.
 *
 * <p>Every resource is versioned: each write stores exactly one new version; a delete is soft (the
 * row stays, {@code deletedAt} is set) so that history, redirects and restore keep working.
 */
package fr.gouv.ban.domain.model;
